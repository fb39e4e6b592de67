"""What is searched: live, public content turned into SearchDocuments, one locale at a time.

Per locale, one document for each tip, challenge and success factor (carrying its initiative's
title, URL, place, period and tags, plus its own), legal basis, initiative, tool, phase, study
trip and glossary term, and one for each public document attached to those pages
(search.attachments). Document ids start with "<locale>:<page id>:" for everything a page
produces, so the index can drop what a page no longer produces (search.indexing).

Facet values never depend on the language: kind, phase "1".."5", theme/law/municipality slugs,
country ISO codes, evidence levels (core.evidence). Labels for them come from search.labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale, Page
from wagtail.rich_text import get_text_for_indexing

from search.attachments import attached_documents
from search.engines.base import SearchDocument
from search.labels import facet_labels
from search.understanding import Decompounder, content_decompounder, understood
from taxonomy.models import LegalBasis, one_per_translation

ITEM_RELATIONS = ("success_factors", "challenges", "tips")
# Each item's tags too: one query per relation instead of two per item.
ITEM_PREFETCH = [f"{relation}__{tags}" for relation in ITEM_RELATIONS for tags in ("legal_bases", "themes")]


def locales() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def page_prefix(locale: str, page_id: int) -> str:
    return f"{locale}:{page_id}:"


def legal_basis_id(locale: str, slug: str) -> str:
    return f"{locale}:law:{slug}"


# --- text helpers -------------------------------------------------------------------------------


def rich(value) -> str:
    return get_text_for_indexing(str(value or ""))


def stream(page, field_name: str) -> str:
    field = page._meta.get_field(field_name)
    return " ".join(strip_tags(str(part)) for part in field.get_searchable_content(getattr(page, field_name)))


def join(*parts: str) -> str:
    return "\n".join(" ".join(str(part).split()) for part in parts if part and str(part).strip())


def localized(objects: Iterable) -> list:
    """Snippets in the active language where translated (pages may still point at the source rows)."""
    return [obj.localized for obj in objects]


def published(objects: Iterable) -> list:
    """The tags a visitor may see: a never-published snippet (a draft) is left out."""
    return [obj for obj in objects if obj.live]


def slugs(objects: Iterable) -> tuple[str, ...]:
    return tuple(dict.fromkeys(obj.slug for obj in objects))


def law_words(laws: Iterable) -> list[str]:
    return [word for law in localized(laws) for word in (law.name, law.short_name) if word]


def page_date(page) -> str:
    moment = page.last_published_at or page.first_published_at
    return moment.date().isoformat() if moment else ""


# --- one page -------------------------------------------------------------------------------------


def is_searchable(page: Page) -> bool:
    """Live, and public: no view restriction (password, login, groups) on it or on any ancestor."""
    return type(page).objects.filter(pk=page.pk).live().public().exists()


def documents_for_page(page: Page) -> list[SearchDocument]:
    """Everything `page` contributes to its locale's index; nothing if it is not live and public."""
    page = page.specific
    if type(page).__name__ not in BUILDERS or not is_searchable(page):
        return []
    return page_documents(page)


def initiative_documents(page, locale: str, url: str) -> Iterator[SearchDocument]:
    municipalities = published(page.municipalities.all())
    laws = published(page.legal_bases.all())
    themes = published(page.themes.all())
    phases = tuple(str(number) for number in page.phase_numbers())
    place = [obj.name for obj in localized(municipalities)] + page.area_list()
    # Items inherit their initiative's evidence level: the advice is as well known as the work it comes from.
    shared_facets = {
        "country": (page.country,),
        "municipality": slugs(municipalities),
        "evidence": (page.evidence_level,),
    }
    date = f"{page.start_year:04d}-01-01" if page.start_year else page_date(page)
    prefix = page_prefix(locale, page.pk)

    yield SearchDocument(
        id=f"{prefix}initiative",
        locale=locale,
        kind="initiative",
        title=page.title,
        text=join(
            page.summary,
            rich(page.background),
            rich(page.goals),
            stream(page, "who_did_what"),
            rich(page.continuation),
            stream(page, "results_in_figures"),
        ),
        url=url,
        date=date,
        keywords=join(*place, *law_words(laws)),
        facets={**shared_facets, "phase": phases, "theme": slugs(themes), "law": slugs(laws)},
    )
    for relation in ITEM_RELATIONS:
        for item in getattr(page, relation).all():
            item_laws = laws + [law for law in published(item.legal_bases.all()) if law not in laws]
            # An item's own phase is more precise than the phases its initiative illustrates.
            item_phases = (str(item.phase),) if item.phase else phases
            yield SearchDocument(
                id=f"{prefix}{item.anchor}",
                locale=locale,
                kind=str(item.kind),
                title=item.display_title,
                text=item.text,
                url=f"{url}#{item.anchor}",
                date=date,
                initiative_title=page.title,
                initiative_url=url,
                keywords=join(*place, *law_words(item_laws)),
                facets={
                    **shared_facets,
                    "phase": item_phases,
                    "theme": slugs([*themes, *published(item.themes.all())]),
                    "law": slugs(item_laws),
                },
            )


def phase_documents(page, locale: str, url: str) -> Iterator[SearchDocument]:
    laws = published(page.legal_bases.all())
    yield SearchDocument(
        id=f"{page_prefix(locale, page.pk)}phase",
        locale=locale,
        kind="phase",
        title=page.title,
        text=join(
            page.short_description,
            rich(page.description),
            rich(page.expected_results),
            stream(page, "process"),
            stream(page, "city_processes"),
            stream(page, "actors"),
        ),
        url=url,
        date=page_date(page),
        keywords=join(*law_words(laws)),
        facets={
            "phase": (str(page.number),),
            "theme": slugs(published(page.themes.all())),
            "law": slugs(laws),
        },
    )


def tool_documents(page, locale: str, url: str) -> Iterator[SearchDocument]:
    yield SearchDocument(
        id=f"{page_prefix(locale, page.pk)}tool",
        locale=locale,
        kind="tool",
        title=page.title,
        text=join(page.summary, rich(page.body)),
        url=url,
        date=f"{page.year:04d}-01-01" if page.year else page_date(page),
        keywords=join(page.publisher, page.get_tool_type_display()),
        facets={
            "phase": tuple(str(phase.number) for phase in page.phases.all()),
            "theme": slugs(published(page.themes.all())),
            "evidence": (page.evidence_level,),
        },
    )


def study_trip_documents(page, locale: str, url: str) -> Iterator[SearchDocument]:
    municipalities = published(page.municipalities.all())
    yield SearchDocument(
        id=f"{page_prefix(locale, page.pk)}study_trip",
        locale=locale,
        kind="study_trip",
        title=page.title,
        text=join(page.summary, rich(page.purpose), stream(page, "programme"), rich(page.learnings)),
        url=url,
        date=page.start_date.isoformat() if page.start_date else page_date(page),
        keywords=join(page.destinations, page.organiser, *(obj.name for obj in localized(municipalities))),
        facets={
            "municipality": slugs(municipalities),
            "country": tuple(dict.fromkeys(obj.country for obj in municipalities)),
        },
    )


BUILDERS = {
    "InitiativePage": initiative_documents,
    "PhasePage": phase_documents,
    "ToolPage": tool_documents,
    "StudyTripPage": study_trip_documents,
}


def built_documents(page, locale: str, url: str) -> list[SearchDocument]:
    """What `page`'s builder makes of it at `url`, then the documents attached to it, which take the
    page's facets and date."""
    built = list(BUILDERS[type(page).__name__](page, locale, url))
    own = built[0] if built else None
    facets = dict(own.facets) if own else {}
    return built + attached_documents(page, locale, url, facets, own.date if own else "")


# What each searchable page type's builder reads of its relations. By model label: search looks
# the page models up in the app registry and imports none of the page apps.
PREFETCH = {
    "cases.InitiativePage": ["municipalities", "legal_bases", "themes", "phases", *ITEM_PREFETCH],
    "guide.PhasePage": ["legal_bases", "themes"],
    "resources.ToolPage": ["phases", "themes"],
    "resources.StudyTripPage": ["municipalities"],
}


# --- legal bases ----------------------------------------------------------------------------------


def legal_basis_document(law, locale: str) -> SearchDocument:
    sections = [
        join(block.value.get("label"), block.value.get("title"), block.value.get("text"))
        for block in law.key_sections
    ]
    with translation.override(locale):
        url = reverse("legal_basis", kwargs={"slug": law.slug})
    return SearchDocument(
        id=legal_basis_id(locale, law.slug),
        locale=locale,
        kind="legal_basis",
        title=law.name,
        text=join(law.purpose, *sections),
        url=url,
        keywords=join(law.short_name, law.official_reference),
        facets={"law": (law.slug,), "country": (law.country,)},
    )


def legal_basis_documents(locale: str, slug: str | None = None) -> list[SearchDocument]:
    """One per law, in `locale` where translated, else in the language it exists in."""
    try:
        locale_row = Locale.objects.get(language_code=locale)
    except Locale.DoesNotExist:
        return []
    laws = LegalBasis.objects.all() if slug is None else LegalBasis.objects.filter(slug=slug)
    return [understood(legal_basis_document(law, locale)) for law in one_per_translation(laws, locale_row)]


# --- everything -------------------------------------------------------------------------------------


def searchable_pages(locale: str | None = None, within: Page | None = None) -> Iterator[Page]:
    """Live pages with documents that are public: no view restriction (password, login, groups)
    on them or on any ancestor. Of one locale, and/or of the tree under `within` (inclusive)."""
    for model_label, prefetch in PREFETCH.items():
        pages = apps.get_model(model_label).objects.live().public()
        if locale is not None:
            pages = pages.filter(locale__language_code=locale)
        if within is not None:
            pages = pages.descendant_of(within, inclusive=True)
        yield from pages.select_related("locale").prefetch_related(*prefetch)


def page_documents(page: Page, decompounder: Decompounder | None = None) -> list[SearchDocument]:
    """The documents of a page known to be searchable (from `searchable_pages`), with their kind's
    words and their compounds' parts (search/understanding.py)."""
    locale = page.locale.language_code
    with translation.override(locale):
        url = page.get_url()
        if not url:
            return []
        decompounder = decompounder or content_decompounder()
        themes = facet_labels(locale)["theme"]
        return [understood(document, decompounder, themes) for document in built_documents(page, locale, url)]


def documents_for_locale(locale: str) -> list[SearchDocument]:
    from search.untranslated import untranslated_documents  # it builds on this module

    documents = legal_basis_documents(locale) + term_documents(locale)
    decompounder = content_decompounder()
    for page in searchable_pages(locale):
        documents.extend(page_documents(page, decompounder))
    documents.extend(untranslated_documents(locale, decompounder))  # pages this locale lacks
    return documents


def documents_by_locale() -> dict[str, list[SearchDocument]]:
    """Every searchable document of the site, per locale: what a rebuild indexes."""
    return {locale: documents_for_locale(locale) for locale in locales()}


# --- glossary terms ---------------------------------------------------------------------------------


def term_id(locale: str, slug: str) -> str:
    return f"{locale}:term:{slug}"


def term_documents(locale: str, slug: str | None = None) -> list[SearchDocument]:
    """One per published term of `locale` (a glossary is read in its own language): the term as
    title, its synonyms as keywords, so a search for a synonym finds it."""
    terms = apps.get_model("glossary", "Term").objects.filter(locale__language_code=locale, live=True)
    if slug is not None:
        terms = terms.filter(slug=slug)
    with translation.override(locale):
        url = reverse("glossary")
    return [
        understood(
            SearchDocument(
                id=term_id(locale, term.slug),
                locale=locale,
                kind="term",
                title=term.term,
                text=term.definition,
                url=f"{url}#{term.slug}",
                date=page_date(term),
                keywords=join(*term.synonym_list()),
            )
        )
        for term in terms
    ]
