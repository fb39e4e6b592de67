"""PO upload for a translation that checks the whole file before it changes anything.

wagtail-localize's own upload view answers a file without its translation header with a
server error and imports the entries it knows while silently dropping the ones it does not
(a file made before the source changed loses work without a word). This view replaces it
at the same URL: a file is imported completely or not at all, and a rejected file is
answered with 400 and says why.
"""

import os
import tempfile
from dataclasses import dataclass

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.strings import StringValue, validate_translation_links
from wagtail_localize.views.edit_translation import user_can_edit_instance

MAX_PO_BYTES = 5 * 1024 * 1024
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
SHOWN_UNKNOWN_ENTRIES = 3


class RejectedPOFile(Exception):
    """A PO file that cannot be imported; the message is for the person who uploaded it."""


@dataclass
class CheckedPOFile:
    po: polib.POFile  # only the entries to import
    skipped_fuzzy: int


def parse(uploaded):
    if uploaded is None:
        raise RejectedPOFile(_("Choose a PO file to upload."))
    if uploaded.size > MAX_PO_BYTES:
        raise RejectedPOFile(_("The PO file is too large (more than 5 MB)."))
    return parse_chunks(uploaded.chunks())


def parse_chunks(chunks):
    """A polib.POFile from the bytes of a PO file, or RejectedPOFile."""
    # polib.pofile() takes a path or the contents, and would read a path given as contents.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        for chunk in chunks:
            file.write(chunk)
    try:
        return polib.pofile(file.name, encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise RejectedPOFile(_("This is not a valid PO file: %(error)s") % {"error": error}) from error
    finally:
        os.unlink(file.name)


def current_segments(translation):
    """{(source text, context path)} of the strings the translation has today."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string", "context")
    return {(segment.string.data, segment.context.path) for segment in segments}


def markup_error(entry):
    """Why a translated string's inline HTML cannot stand in for the source's, or ""."""
    try:
        StringValue.from_translated_html(entry.msgstr)
        validate_translation_links(entry.msgid, entry.msgstr)
    except ValueError as error:
        return str(error)
    return ""


def check(po, translation):
    if po.metadata.get(TRANSLATION_ID_HEADER) is None:
        raise RejectedPOFile(
            _("This PO file was not downloaded from a translation on this site (it has no translation ID).")
        )
    if po.metadata[TRANSLATION_ID_HEADER] != str(translation.uuid):
        raise RejectedPOFile(
            _("This PO file belongs to a different translation. Download the PO file of this translation.")
        )
    known = current_segments(translation)
    entries = [entry for entry in po if not entry.obsolete and entry.msgstr]
    unknown = [entry for entry in entries if (entry.msgid, entry.msgctxt) not in known]
    if unknown:
        shown = "; ".join(f"“{entry.msgid[:60]}”" for entry in unknown[:SHOWN_UNKNOWN_ENTRIES])
        raise RejectedPOFile(
            ngettext(
                "%(count)d entry does not match the current source text (%(entries)s). The source has "
                "probably changed since the file was downloaded: download it again and copy your "
                "translations across. Nothing was imported.",
                "%(count)d entries do not match the current source text (%(entries)s). The source has "
                "probably changed since the file was downloaded: download it again and copy your "
                "translations across. Nothing was imported.",
                len(unknown),
            )
            % {"count": len(unknown), "entries": shown}
        )
    invalid = [entry for entry in entries if markup_error(entry)]
    if invalid:
        entry = invalid[0]
        raise RejectedPOFile(
            ngettext(
                "%(count)d translation has markup that does not match its source, e.g. “%(entry)s”: "
                "%(error)s Nothing was imported.",
                "%(count)d translations have markup that does not match their source, e.g. “%(entry)s”: "
                "%(error)s Nothing was imported.",
                len(invalid),
            )
            % {"count": len(invalid), "entry": entry.msgstr[:60], "error": markup_error(entry)}
        )
    accepted = polib.POFile(wrapwidth=200)
    accepted.metadata = dict(po.metadata)
    accepted.extend(entry for entry in entries if "fuzzy" not in entry.flags)
    return CheckedPOFile(accepted, skipped_fuzzy=len(entries) - len(accepted))


def success_message(checked):
    message = ngettext(
        "Imported %(count)d translation from the PO file.",
        "Imported %(count)d translations from the PO file.",
        len(checked.po),
    ) % {"count": len(checked.po)}
    if checked.skipped_fuzzy:
        message += " " + ngettext(
            "%(count)d entry marked fuzzy was left out.",
            "%(count)d entries marked fuzzy were left out.",
            checked.skipped_fuzzy,
        ) % {"count": checked.skipped_fuzzy}
    return message


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    try:
        checked = check(parse(request.FILES.get("file")), translation)
    except RejectedPOFile as rejection:
        context = {"message": str(rejection), "next_url": next_url, "translation": translation}
        return TemplateResponse(request, "translations/pofile_rejected.html", context, status=400)
    with transaction.atomic():
        translation.import_po(checked.po, user=request.user, tool_name="PO File")
    messages.success(request, success_message(checked))
    return redirect(next_url)
