"""Bulk PO exchange: every page and snippet a locale lacks or has out of step, as one zip of PO
files (one per translation source), and the filled zip imported back in one upload.

Export and import use wagtail-localize's own Translation.export_po / import_po. Each file of an
upload is checked exactly as a single PO upload is (translations.pofile.check) and applied in its
own transaction, so a bad file is reported by name and reason while the good ones are applied.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    MissingRelatedObjectError,
    SourceDeletedError,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translations import pofile
from translations.report import MISSING, OUTDATED, TranslationReport, source_changed_since_sync
from translations.templatetags.translation_tags import language_in_sentence

EXPORTED_AT_HEADER = "X-Portal-Exported-At"
TOOL_NAME = "PO archive"


@dataclass
class ExportItem:
    translation: Translation
    source: object  # the instance translated from
    target: object | None


def translation_for(row):
    """The wagtail-localize Translation to export for a report row, or None (a translation made
    by copying, outside wagtail-localize, is edited directly and left out)."""
    source, created = TranslationSource.get_or_create_from_instance(row.source)
    if not created and source_changed_since_sync(source, row.source):
        # What "Sync translations" does, so that the file holds today's source texts.
        source.update_from_db()
    if row.status == MISSING:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=row.locale, defaults={"enabled": True}
        )
        return translation
    return Translation.objects.filter(source=source, target_locale=row.locale, enabled=True).first()


def export_items(locale, report=None):
    """What a translator into `locale` has to do: missing and out-of-step pages and snippets."""
    report = report or TranslationReport()
    items = []
    for row in report.rows(locale):
        if row.status not in (MISSING, OUTDATED):
            continue
        translation = translation_for(row)
        if translation is not None:
            items.append(ExportItem(translation, row.source, row.target))
    return items


def folder_name(instance):
    with override("en"):
        plural = str(instance._meta.verbose_name_plural)
    # Django's default plural of "initiative index" is "initiative indexs".
    return re.sub(r"indexs$", "indexes", slugify(plural)) or "items"


def file_names(items):
    """{item: readable unique name}, e.g. initiatives/malmo-seved.po."""
    names, taken = {}, set()
    for item in items:
        slug = slugify(getattr(item.source, "slug", "") or str(item.source)) or "item"
        base = f"{folder_name(item.source)}/{slug}"
        name, number = f"{base}.po", 2
        while name in taken:
            name, number = f"{base}-{number}.po", number + 1
        taken.add(name)
        names[id(item)] = name
    return names


def po_text(item, exported_at):
    po = item.translation.export_po()
    po.metadata["Language"] = item.translation.target_locale.language_code
    po.metadata[EXPORTED_AT_HEADER] = exported_at.isoformat()
    po.header = f"{capfirst(item.source._meta.verbose_name)}: {item.source}"
    return str(po)


def readme(locale, listing, exported_at):
    language = language_in_sentence(locale.language_code)
    date = exported_at.strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        _("Translations into %(language)s, exported %(date)s.") % {"language": language, "date": date},
        "",
        _("Each .po file holds the texts of one page or snippet that is not translated yet or has changed."),
        _(
            "Write each translation in the msgstr line under its msgid. Leave msgid, msgctxt and the file "
            "header as they are; an empty msgstr leaves the text as it is on the site."
        ),
        _(
            "Upload the whole zip file under Translation status → Exchange PO files. Files that cannot be "
            "imported are listed with the reason; the others are imported."
        ),
        "",
    ]
    lines += [f"{name}: {title}" for name, title in listing]
    return "\n".join(lines) + "\n"


def export_archive(locale):
    """({name: PO text}, README text) for every missing or out-of-step source in `locale`."""
    exported_at = timezone.now()
    with transaction.atomic():
        items = export_items(locale)
    names = file_names(items)
    files = {names[id(item)]: po_text(item, exported_at) for item in items}
    listing = [(names[id(item)], f"{item.source} ({item.source._meta.verbose_name})") for item in items]
    return files, readme(locale, listing, exported_at)


# Import


@dataclass
class FileResult:
    name: str
    title: str = ""
    message: str = ""
    imported: int = 0
    kept: int = 0  # entries left as they are because the site has a newer translation
    notes: list = field(default_factory=list)


def find_translation(po):
    translation_id = po.metadata.get(pofile.TRANSLATION_ID_HEADER)
    translation = (
        Translation.objects.filter(uuid=translation_id).select_related("source").first()
        if (translation_id and re.fullmatch(r"[0-9a-fA-F-]{32,36}", translation_id))
        else None
    )
    if translation is None:
        raise pofile.RejectedPOFile(
            _("This PO file was not downloaded from a translation on this site (it has no translation ID).")
        )
    return translation


def target_or_none(translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def may_edit(user, translation, target):
    """The single upload's rule (edit the translation); a translation not yet made: edit the source."""
    instance = target if target is not None else translation.source.get_source_instance()
    return user_can_edit_instance(user, instance)


def without_newer_site_translations(checked, translation, exported_at):
    """Leave out entries the site translated differently after the export: the site's is newer."""
    if exported_at is None:
        return 0
    newer = {
        (row.translation_of.data, row.context.path): row.data
        for row in StringTranslation.objects.filter(
            locale=translation.target_locale,
            context__object_id=translation.source.object_id,
            updated_at__gt=exported_at,
        ).select_related("translation_of", "context")
    }
    kept = [e for e in checked.po if newer.get((e.msgid, e.msgctxt), e.msgstr) != e.msgstr]
    for entry in kept:
        checked.po.remove(entry)
    return len(kept)


def save_target(translation, user, target):
    """As the Translate button does: pages (and snippets with drafts) become drafts, other
    snippets are saved."""
    instance = target if target is not None else translation.source.get_source_instance()
    publish = not isinstance(instance, (Page, DraftStateMixin))
    translation.save_target(user=user, publish=publish)
    return _("Saved as a draft: review and publish it.") if not publish else _("Saved.")


def import_file(name, data, user):
    result = FileResult(name)
    po = pofile.parse_chunks([data])
    translation = find_translation(po)
    target = target_or_none(translation)
    try:
        source_instance = translation.source.get_source_instance()
    except ObjectDoesNotExist as error:
        raise pofile.RejectedPOFile(
            _("The page or snippet this file was made from has been deleted.")
        ) from error
    result.title = str(target or source_instance)
    if not may_edit(user, translation, target):
        raise pofile.RejectedPOFile(_("You do not have permission to edit this translation."))
    checked = pofile.check(po, translation)
    exported_at = parse_datetime(po.metadata.get(EXPORTED_AT_HEADER, "") or "")
    result.kept = without_newer_site_translations(checked, translation, exported_at)
    result.imported = len(checked.po)
    result.notes.append(pofile.success_message(checked))
    if result.kept:
        result.notes.append(
            ngettext(
                "%(count)d entry was translated on the site after the export and was kept as it is there.",
                "%(count)d entries were translated on the site after the export and were kept as they are "
                "there.",
                result.kept,
            )
            % {"count": result.kept}
        )
    try:
        with transaction.atomic():
            translation.import_po(checked.po, user=user, tool_name=TOOL_NAME)
            if checked.po:  # an untouched file changes nothing (and creates no page)
                result.notes.append(save_target(translation, user, target))
    except (ValidationError, MissingRelatedObjectError, SourceDeletedError) as error:
        messages = getattr(error, "messages", None) or [str(error)]
        raise pofile.RejectedPOFile(
            _("The translation could not be saved: %(error)s Nothing was imported from this file.")
            % {"error": " ".join(messages)}
        ) from error
    return result


def import_archive(files, user):
    """(applied, rejected): FileResults of the PO files applied and of those refused with why."""
    applied, rejected = [], []
    for name, data in files:
        try:
            applied.append(import_file(name, data, user))
        except pofile.RejectedPOFile as rejection:
            rejected.append(FileResult(name, message=str(rejection)))
    return applied, rejected
