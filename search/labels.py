"""Human labels for facet values, in the visitor's language, and the values that exist at all."""

from __future__ import annotations

from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.evidence import EvidenceLevel
from core.phases import PHASE_NUMBERS
from core.public_tree import public
from search.engines.base import KINDS
from taxonomy.models import Country, LegalBasis, Municipality, Theme

KIND_LABELS = {
    "tip": _("Tip"),
    "challenge": _("Challenge"),
    "success_factor": _("Success factor"),
    "legal_basis": _("Legal basis"),
    "initiative": _("Initiative"),
    "tool": _("Tool"),
    "phase": _("Phase"),
    "study_trip": _("Study trip"),
    "term": _("Glossary term"),
    "document": _("Document"),
}
FACET_LABELS = {
    "kind": _("Type"),
    "phase": _("Phase"),
    "theme": _("Theme"),
    "law": _("Legal basis"),
    "country": _("Country"),
    "municipality": _("Municipality"),
    "evidence": _("Evidence level"),
}
PHASES = tuple(str(number) for number in PHASE_NUMBERS)


def _names_by_slug(model, locale: str) -> dict[str, str]:
    """slug -> name, in `locale` where translated, else in any language it exists in."""
    names: dict[str, str] = {}
    for slug, name, language in model.objects.filter(live=True).values_list(
        "slug", "name", "locale__language_code"
    ):
        if language == locale or slug not in names:
            names[slug] = name
    return names


def _law_names(locale: str) -> dict[str, str]:
    """slug -> the law's display name in `locale` (with its country where another country's law
    has the same name: taxonomy/names.py)."""
    laws: dict[str, LegalBasis] = {}
    for law in LegalBasis.objects.filter(live=True).select_related("locale"):
        if law.locale.language_code == locale or law.slug not in laws:
            laws[law.slug] = law
    return {slug: law.display_name for slug, law in laws.items()}


def _phase_titles(locale: str) -> dict[str, str]:
    titles = {}
    phases = public(apps.get_model("guide", "PhasePage").objects.live())
    for number, title, language in phases.values_list("number", "title", "locale__language_code"):
        if language == locale or str(number) not in titles:
            titles[str(number)] = title
    return titles


LABELS_VERSION_KEY = "~labels"  # a row of search.IndexVersion that changes with taxonomy and phases
_cache: dict[tuple[str, str, str], dict[str, dict[str, str]]] = {}


def labels_version() -> str:
    from search.models import IndexVersion

    return IndexVersion.current(LABELS_VERSION_KEY)


def labels_changed() -> None:
    """Called when a theme, legal basis, municipality or phase changes: labels are computed afresh."""
    import uuid

    from search.models import IndexVersion

    IndexVersion.objects.update_or_create(locale=LABELS_VERSION_KEY, defaults={"token": uuid.uuid4().hex})


def facet_labels(locale: str) -> dict[str, dict[str, str]]:
    """facet -> value -> label in `locale`, for every value that exists on the site (cached)."""
    from django.db import connection

    key = (str(connection.settings_dict["NAME"]), labels_version(), locale)
    labels = _cache.get(key)
    if labels is None:
        if len(_cache) > 32:
            _cache.clear()
        labels = _cache[key] = compute_facet_labels(locale)
    return labels


def compute_facet_labels(locale: str) -> dict[str, dict[str, str]]:
    with translation.override(locale):
        titles = _phase_titles(locale)
        phase_word = pgettext_lazy("facet label, e.g. Phase 3: Mobilisation", "Phase")
        return {
            "kind": {kind: str(KIND_LABELS[kind]) for kind in KINDS},
            "phase": {
                number: f"{phase_word} {number}: {titles[number]}"
                if number in titles
                else f"{phase_word} {number}"
                for number in PHASES
            },
            "theme": _names_by_slug(Theme, locale),
            "law": _law_names(locale),
            "country": {value: str(label) for value, label in Country.choices},
            "municipality": _names_by_slug(Municipality, locale),
            "evidence": {level.value: str(level.label) for level in EvidenceLevel},
        }


def facet_title(facet: str, locale: str) -> str:
    with translation.override(locale):
        return str(FACET_LABELS[facet])
