"""What translators have to do: per locale, the pages and snippets that are missing, not yet
published, or out of step with their source.

A translation is out of step when any of these holds:
- the source was edited after wagtail-localize last read it ("sync" needed): its current
  translatable and synchronised fields differ from TranslationSource.content_json;
- the source was synced after the translation was last saved (TranslationLog), so the
  translated page does not show the synced content yet;
- some of the source's strings have no translation in the locale;
- (translations made by copying, without wagtail-localize) the source was published after
  the translation.
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Max
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, get_translatable_models
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, Translation, TranslationLog, TranslationSource

MISSING, DRAFT, OUTDATED = "missing", "draft", "outdated"


@dataclass
class ReportRow:
    status: str  # MISSING, DRAFT or OUTDATED
    locale: Locale
    source: object  # the instance translations are made from
    target: object | None
    reason: str
    action_label: str
    action_url: str

    @property
    def type_label(self):
        return capfirst(self.source._meta.verbose_name)

    @property
    def title(self):
        return str(self.target or self.source)


def translatable_snippet_models():
    """Snippet models translated on their own (child items travel with their parent)."""
    snippets = set(get_snippet_models())
    return [
        model
        for model in get_translatable_models()
        if not issubclass(model, Page)
        and model in snippets
        and not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    ]


def edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.id])
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[quote(instance.pk)])


def submit_url(instance, locale):
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.id])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, quote(instance.pk)],
        )
    return f"{url}?select_locale={locale.language_code}"


def is_live(instance):
    return not isinstance(instance, DraftStateMixin) or instance.live


# Bookkeeping of child objects: a child saved again keeps its content but may get a new id.
CHILD_BOOKKEEPING = {"pk", "id", "sort_order"}


def without_bookkeeping(value):
    if isinstance(value, list):
        return [without_bookkeeping(item) for item in value]
    if isinstance(value, dict):
        return {key: without_bookkeeping(item) for key, item in value.items() if key not in CHILD_BOOKKEEPING}
    return value


def serialized_fields(instance):
    """The translatable and synchronised fields of an instance as wagtail-localize stores them."""
    if isinstance(instance, ClusterableModel):
        data = json.loads(instance.to_json())
    else:
        data = json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
    names = [field.field_name for field in get_translatable_fields(type(instance))]
    return {name: without_bookkeeping(data.get(name)) for name in names}


def source_changed_since_sync(source, instance):
    published = getattr(instance, "last_published_at", None)
    if isinstance(instance, DraftStateMixin) and published and published <= source.last_updated_at:
        return False  # a published object's row only changes when it is published again
    stored = json.loads(source.content_json)
    current = serialized_fields(instance)
    return any(without_bookkeeping(stored.get(name)) != value for name, value in current.items())


def segment_counts(sources):
    """Translation.get_progress() for many translations in two queries: ({source: strings},
    {(source, locale): translated strings})."""
    segments = StringSegment.objects.filter(source__in=sources)
    totals = {row["source_id"]: row["n"] for row in segments.values("source_id").annotate(n=Count("id"))}
    done = (
        segments.filter(
            string__translations__context_id=F("context_id"), string__translations__has_error=False
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("id", distinct=True))
    )
    translated = {(row["source_id"], row["string__translations__locale_id"]): row["n"] for row in done}
    return totals, translated


class TranslationReport:
    """Builds the rows for every translatable page and snippet; `rows(locale)` filters them."""

    def __init__(self):
        position = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
        self.locales = sorted(Locale.objects.all(), key=lambda locale: position.get(locale.language_code, 99))
        self.default_locale = next(
            (locale for locale in self.locales if locale.language_code == settings.LANGUAGE_CODE), None
        )
        self._rows = None

    def rows(self, locale=None, status=None):
        if self._rows is None:
            self._rows = self.build()
        return [
            row
            for row in self._rows
            if (locale is None or row.locale == locale) and (status is None or row.status == status)
        ]

    def counts(self):
        counts = defaultdict(lambda: defaultdict(int))
        for row in self.rows():
            counts[row.locale.language_code][row.status] += 1
        return counts

    def build(self):
        rows = []
        page_groups = self.group(Page.objects.filter(depth__gt=1).specific(defer=False))
        rows += self.rows_for_groups(page_groups)
        for model in translatable_snippet_models():
            rows += self.rows_for_groups(self.group(model.objects.all()))
        rows.sort(key=lambda row: (row.locale.language_code, row.status, row.type_label, row.title))
        return rows

    @staticmethod
    def group(queryset):
        groups = defaultdict(dict)
        for instance in queryset:
            if isinstance(instance, Page) and instance.alias_of_id:
                continue  # an alias shows its original's content: the translation is still missing
            groups[instance.translation_key][instance.locale_id] = instance
        return groups

    def rows_for_groups(self, groups):
        if not groups:
            return []
        sources = self.sources_by_key(groups)
        translations = self.translations_by_source(sources.values())
        rows = []
        for key, instances in groups.items():
            tracked = sources.get(key)
            source_instance = instances.get(tracked.locale_id) if tracked else None
            if source_instance is None:
                tracked = None
                source_instance = instances.get(self.default_locale.id) if self.default_locale else None
                source_instance = source_instance or next(iter(instances.values()))
            if not is_live(source_instance):
                continue  # nothing to translate before the source is published
            for locale in self.locales:
                if locale.id == source_instance.locale_id:
                    continue
                target = instances.get(locale.id)
                row = self.row(locale, source_instance, target, tracked, translations.get((key, locale.id)))
                if row:
                    rows.append(row)
        return rows

    def sources_by_key(self, groups):
        """The TranslationSource of each group, preferring the one in the default locale."""
        sources = {}
        for source in TranslationSource.objects.filter(object_id__in=list(groups)).order_by(
            "-last_updated_at"
        ):
            current = sources.get(source.object_id)
            if current is None or (self.default_locale and source.locale_id == self.default_locale.id):
                sources[source.object_id] = source
        return sources

    @staticmethod
    def translations_by_source(sources):
        sources = list(sources)
        logs = (
            TranslationLog.objects.filter(source__in=sources)
            .values("source_id", "locale_id")
            .annotate(last=Max("created_at"))
        )
        last_saved = {(log["source_id"], log["locale_id"]): log["last"] for log in logs}
        totals, translated = segment_counts(sources)
        by_key = {}
        for translation in Translation.objects.filter(source__in=sources, enabled=True).select_related(
            "source"
        ):
            key = (translation.source_id, translation.target_locale_id)
            translation.last_saved_at = last_saved.get(key)
            translation.progress = (totals.get(translation.source_id, 0), translated.get(key, 0))
            by_key[(translation.source.object_id, translation.target_locale_id)] = translation
        return by_key

    def row(self, locale, source, target, tracked_source, translation):
        if target is None:
            return ReportRow(
                MISSING, locale, source, None, _("Not translated"), _("Translate"), submit_url(source, locale)
            )
        if not is_live(target):
            return ReportRow(
                DRAFT,
                locale,
                source,
                target,
                _("Translated, not published"),
                _("Review and publish"),
                edit_url(target),
            )
        reason, action = self.outdated_reason(source, target, tracked_source, translation)
        if reason is None:
            return None
        if action == "sync":
            url = reverse("wagtail_localize:update_translations", args=[tracked_source.id])
            return ReportRow(OUTDATED, locale, source, target, reason, _("Sync translations"), url)
        return ReportRow(OUTDATED, locale, source, target, reason, _("Update translation"), edit_url(target))

    @staticmethod
    def outdated_reason(source, target, tracked_source, translation):
        """(why the translation is out of step, "sync" or "edit"), or (None, None)."""
        if translation is None:
            source_published = getattr(source, "last_published_at", None)
            target_published = getattr(target, "last_published_at", None)
            if source_published and target_published and source_published > target_published:
                return _("The source was published after this translation"), "edit"
            return None, None
        if source_changed_since_sync(tracked_source, source):
            return _("The source has changed since it was last synced"), "sync"
        if translation.last_saved_at is None or translation.last_saved_at < tracked_source.last_updated_at:
            return _("The synced source has not been applied to this translation yet"), "edit"
        total, translated = translation.progress
        if translated < total:
            missing = total - translated
            return ngettext(
                "%(count)d text is not translated", "%(count)d texts are not translated", missing
            ) % {"count": missing}, "edit"
        return None, None
