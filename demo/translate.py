"""Translating demo objects the way a translator would with wagtail-localize.

A TranslationSource for the source object, a Translation per target language, a StringTranslation
for every segment, SegmentOverrides for per-language slugs and images; then the target is saved
and published. Translators can later edit and sync these translations as usual.
"""

import json

from django.core.management.base import CommandError
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from demo.data import LANGUAGES, SOURCE

TARGETS = [code for code in LANGUAGES if code != SOURCE]


class DemoContentError(CommandError):
    pass


# --- Pairing source strings with their translations --------------------------------------------


def string_pairs(source, target):
    """The (source, target) string data pairs wagtail-localize will see for one text value."""
    if source.lstrip().startswith("<"):
        source_strings = [value.data for value, _attrs in extract_strings(source)[1]]
        target_strings = [value.data for value, _attrs in extract_strings(target)[1]]
        if len(source_strings) != len(target_strings):
            raise DemoContentError(f"Rich text has a different shape in translation: {source[:80]!r}")
        return list(zip(source_strings, target_strings, strict=True))
    return [(StringValue.from_plaintext(source).data, StringValue.from_plaintext(target).data)]


def collect_pairs(source, target, pairs):
    if isinstance(source, str):
        for source_string, target_string in string_pairs(source, target):
            known = pairs.setdefault(source_string, target_string)
            if known != target_string:
                raise DemoContentError(
                    f"{source_string!r} has two translations: {known!r} and {target_string!r}"
                )
    elif isinstance(source, dict):
        for key, value in source.items():
            collect_pairs(value, target[key], pairs)
    elif isinstance(source, list | tuple):
        for source_value, target_value in zip(source, target, strict=True):
            collect_pairs(source_value, target_value, pairs)
    return pairs


def translation_memory(fields_for_lang):
    """{target language: {source string: translated string}} for one object."""
    source = fields_for_lang(SOURCE)
    return {lang: collect_pairs(source, fields_for_lang(lang), {}) for lang in TARGETS}


# --- Writing wagtail-localize's records ---------------------------------------------------------


def translate(instance, fields_for_lang, locales, slugs=None, images=None, languages=TARGETS):
    """Translate `instance` into every target language missing (of `languages`); returns how many
    were made. `slugs` and `images` map a language to its page slug and to the pk of its image."""
    pending = [lang for lang in TARGETS if lang in languages and not is_translated(instance, locales[lang])]
    if not pending:
        return 0
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    memory = translation_memory(fields_for_lang)
    for lang in pending:
        locale = locales[lang]
        Translation.objects.get_or_create(source=source, target_locale=locale)
        fill_strings(source, locale, memory[lang])
        if slugs:
            override(source, locale, "slug", slugs[lang])
        if images:
            override(source, locale, "image", images[lang])
        target, _created = source.create_or_update_translation(locale, publish=not has_drafts(instance))
        if has_drafts(instance):
            target.get_latest_revision().publish()
    return len(pending)


def is_translated(instance, locale):
    return (
        instance.has_translation(locale)
        and Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale=locale
        ).exists()
    )


def fill_strings(source, locale, memory):
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    missing = [segment.string.data for segment in segments if segment.string.data not in memory]
    if missing:
        raise DemoContentError(f"No {locale.language_code} text for {source.object_repr!r}: {missing[:3]}")
    done = set(
        StringTranslation.objects.filter(
            locale=locale, context_id__in=[segment.context_id for segment in segments]
        ).values_list("translation_of_id", "context_id")
    )
    StringTranslation.objects.bulk_create(
        StringTranslation(
            translation_of_id=segment.string_id,
            locale=locale,
            context_id=segment.context_id,
            data=memory[segment.string.data],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
        for segment in segments
        if (segment.string_id, segment.context_id) not in done
    )


def override(source, locale, path, value):
    segment = (
        OverridableSegment.objects.filter(source=source, context__path=path).select_related("context").first()
    )
    if segment is None:
        return
    SegmentOverride.objects.update_or_create(
        locale=locale, context=segment.context, defaults={"data_json": json.dumps(value)}
    )


def has_drafts(instance):
    """Pages get a revision that we publish ourselves (not on commit, so it also happens inside tests)."""
    return hasattr(instance, "save_revision") and hasattr(instance, "live")
