"""The interfaces of search: SearchReader answers visitors (views and the API know only it),
SearchWriter keeps an index in step with the content; an engine is both."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = (
    "tip",
    "challenge",
    "success_factor",
    "legal_basis",
    "initiative",
    "tool",
    "phase",
    "study_trip",
    "term",
    "document",
)
FACETS = ("kind", "phase", "theme", "law", "country", "municipality", "evidence")
SORTS = ("relevance", "newest")


@dataclass(frozen=True)
class SearchDocument:
    """One searchable thing in one locale: a page, or a tip/challenge/success factor, or a legal basis."""

    id: str  # stable across rebuilds, unique across locales, e.g. "nb:tip:123"
    locale: str  # "nb" | "sv" | "en"
    kind: str  # one of KINDS
    title: str
    text: str  # the body to search and to highlight snippets from
    url: str
    date: str = ""  # ISO date used by sort=newest (e.g. last published, or the initiative's end year)
    initiative_title: str = ""
    initiative_url: str = ""
    keywords: str = ""  # extra searchable words (law short names, municipality and area names)
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet -> values (kind excluded)
    language: str = ""  # the text's language where it is not the locale's (a page not yet translated)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    locale: str = "nb"
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet -> chosen values
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20


# Built at every search, a Hit per result and a FacetValue for each of hundreds of values: slotted,
# not frozen (a frozen dataclass sets each field through object.__setattr__, which is slower).
@dataclass(slots=True)
class Hit:
    document_id: str
    kind: str
    title: str
    url: str
    snippet: str  # HTML-safe text with <mark>…</mark> around matched words
    locale: str
    initiative_title: str = ""
    initiative_url: str = ""
    evidence: str = ""  # the evidence level (core.evidence) of an initiative, a tool or an item's initiative
    score: float = 0.0
    language: str = ""  # as SearchDocument.language: set when the hit is in another language


@dataclass(slots=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResult:
    query: SearchQuery
    engine: str  # "embedded" | "elasticsearch"
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]  # every facet in FACETS, values sorted by count desc then value


def ordered_facet_values(counts: dict[str, int], selected: Iterable[str]) -> list[FacetValue]:
    """One facet's values as every engine returns them: by count descending, then value; a chosen
    value is listed (and marked selected) even when nothing carries it."""
    selected = set(selected)
    # (-count, value) pairs sort in that order without a key function (this runs for every value).
    counted = [(-count, value) for value, count in counts.items()]
    counted += [(0, value) for value in selected - counts.keys()]
    counted.sort()
    return [FacetValue(value, -negated, value in selected) for negated, value in counted]


def evidence_of(facets: dict) -> str:
    """The one evidence level a document's facets carry ("" for kinds without one)."""
    levels = facets.get("evidence") or ("",)
    return levels[0]


def document_facet_values(document: SearchDocument) -> dict[str, tuple[str, ...]]:
    """What a document adds to each facet's counts: its kind, and its distinct values of the
    other facets in FACETS (any other key of `facets` is ignored)."""
    values = {"kind": (document.kind,)}
    for facet in FACETS:
        if facet != "kind" and document.facets.get(facet):
            values[facet] = tuple(dict.fromkeys(document.facets[facet]))
    return values


class SearchReader:
    """What answers visitors: searches, its health for /healthz, and the vocabulary that
    "did you mean" picks from."""

    name = "abstract"

    def search(self, query: SearchQuery) -> SearchResult:
        raise NotImplementedError

    def count(self, query: SearchQuery) -> int:
        """How many documents `query` finds, without hits or facet counts (the cross-language hint
        asks this of every other locale). Engines answer it more cheaply than a search."""
        return self.search(SearchQuery(query.text, query.locale, query.filters, page_size=1)).total

    def health(self) -> dict:
        raise NotImplementedError

    def vocabulary(self, locale: str) -> dict[str, str]:
        """{term: a word as written that gives it}; empty when this engine keeps none."""
        return {}


class SearchWriter:
    """What keeps an index in step with the content."""

    name = "abstract"

    def index(self, documents: list[SearchDocument]) -> None:
        """Add or replace documents (by id)."""
        raise NotImplementedError

    def delete(self, document_ids: list[str]) -> None:
        raise NotImplementedError

    def rebuild(self, documents_by_locale: dict[str, list[SearchDocument]]) -> None:
        """Replace everything; search keeps answering from the old data until the new is complete."""
        raise NotImplementedError


class SearchEngine(SearchReader, SearchWriter):
    """An engine that both answers and keeps its own index (the embedded one, Elasticsearch)."""
