"""The default engine: full-text search in the site's own database, no server needed.

One full-text match per search (FTS5 with bm25 on SQLite, tsvector with ts_rank on
PostgreSQL) gives the matched rows and their scores. Facet counts are then computed over that
one match set, in memory, with one bitset per facet value (a Python int, one bit per row):
counting a value is an AND and a popcount, so a search that matches most of the index costs
the same few milliseconds of counting as one that matches little. Each process keeps the
bitsets of a locale until the locale's IndexVersion token changes.
"""

from __future__ import annotations

import heapq
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from search.analysis import WORD_RE, Clause, analyze_words, parse_query
from search.engines.base import (
    FACETS,
    FacetValue,
    Hit,
    SearchDocument,
    SearchEngine,
    SearchQuery,
    SearchResult,
)
from search.highlight import snippet
from search.models import IndexedDocument, IndexedFacetValue, IndexedTerm, IndexVersion

TITLE_WEIGHT = 4.0
BATCH = 500
MAX_TERM_LENGTH = 100


# --- the in-memory part ------------------------------------------------------------------------


def bitset(rows: Iterable[int], nbytes: int) -> int:
    bits = bytearray(nbytes)
    for row in rows:
        bits[row >> 3] |= 1 << (row & 7)
    return int.from_bytes(bits, "little")


def membership(bits: int):
    """A fast `row in bits` test: indexing bytes instead of shifting a big int."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8 or 1, "little")
    size = len(data)

    def contains(row: int) -> bool:
        index = row >> 3
        return index < size and bool(data[index] >> (row & 7) & 1)

    return contains


@dataclass
class LocaleIndex:
    token: str
    all_rows: int
    facets: dict[str, dict[str, int]]  # facet -> value -> rows having it
    newest: list[int]  # every row, by date descending then document id
    vocabulary: dict[str, str]  # term -> a word that gives it
    nbytes: int


def load_locale_index(locale: str, token: str, using: str = DEFAULT_DB_ALIAS) -> LocaleIndex:
    in_locale = IndexedDocument.objects.using(using).filter(locale=locale)
    documents = list(in_locale.values_list("id", "date", "document_id", "kind"))
    nbytes = max((row for row, *_ in documents), default=0) // 8 + 1
    rows_by_value: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for row, _date, _document_id, kind in documents:
        rows_by_value["kind"][kind].append(row)
    facet_rows = (
        IndexedFacetValue.objects.using(using)
        .filter(locale=locale)
        .values_list("document_row", "facet", "value")
    )
    for row, facet, value in facet_rows.iterator(chunk_size=20_000):
        rows_by_value[facet][value].append(row)
    by_id = sorted(documents, key=lambda document: document[2])
    newest = [row for row, *_ in sorted(by_id, key=lambda document: document[1], reverse=True)]
    return LocaleIndex(
        token=token,
        all_rows=bitset((row for row, *_ in documents), nbytes),
        facets={
            facet: {value: bitset(rows, nbytes) for value, rows in values.items()}
            for facet, values in rows_by_value.items()
        },
        newest=newest,
        vocabulary=dict(IndexedTerm.objects.using(using).filter(locale=locale).values_list("term", "word")),
        nbytes=nbytes,
    )


_cache: dict[tuple[str, str], LocaleIndex] = {}
_cache_lock = threading.Lock()


def locale_index(locale: str, using: str = DEFAULT_DB_ALIAS) -> LocaleIndex:
    versions = IndexVersion.objects.using(using).filter(locale=locale)
    token = versions.values_list("token", flat=True).first() or ""
    key = (str(connections[using].settings_dict["NAME"]), locale)
    cached = _cache.get(key)
    if cached is None or cached.token != token:
        with _cache_lock:
            cached = _cache.get(key)
            if cached is None or cached.token != token:
                cached = _cache[key] = load_locale_index(locale, token, using)
    return cached


# --- the full-text part ------------------------------------------------------------------------


def fts5_expression(locale: str, clauses: list[Clause]) -> str:
    def phrase(terms):
        return '"' + " ".join(terms) + '"'

    body = " AND ".join("(" + " OR ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)
    return f'locale : "{locale}" AND {{title_terms body_terms}} : ({body})'


def tsquery_expression(clauses: list[Clause]) -> str:
    def phrase(terms):
        return "(" + " <-> ".join(f"'{term}'" for term in terms) + ")"

    return " & ".join("(" + " | ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)


def full_text_match(
    locale: str, clauses: list[Clause], using: str = DEFAULT_DB_ALIAS
) -> list[tuple[int, float]]:
    """(row, score) of every document of `locale` matching all clauses; higher score is better."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT rowid, -bm25(search_fts, 0.0, {TITLE_WEIGHT}, 1.0) FROM search_fts "
                "WHERE search_fts MATCH %s",
                [fts5_expression(locale, clauses)],
            )
        elif connection.vendor == "postgresql":
            cursor.execute(
                "SELECT id, ts_rank(search_vector, query) FROM search_indexeddocument, "
                "to_tsquery('simple', %s) query WHERE locale = %s AND search_vector @@ query",
                [tsquery_expression(clauses), locale],
            )
        else:  # pragma: no cover - settings only allow SQLite and PostgreSQL
            raise NotImplementedError(f"The embedded search engine does not support {connection.vendor}")
        return cursor.fetchall()


# --- writing -----------------------------------------------------------------------------------


def document_terms(document: SearchDocument) -> tuple[list[str], list[str], dict[str, str]]:
    """Title terms, body terms and the vocabulary (term -> word as written) of a document."""
    title_words = WORD_RE.findall(document.title)
    body_words = WORD_RE.findall(" ".join((document.text, document.keywords, document.initiative_title)))
    title_terms = analyze_words(title_words, document.locale)
    body_terms = analyze_words(body_words, document.locale)
    vocabulary = {}
    for word, term in zip(title_words + body_words, title_terms + body_terms, strict=True):
        if len(term) <= MAX_TERM_LENGTH and len(word) <= MAX_TERM_LENGTH:
            vocabulary.setdefault(term, word.lower())
    return title_terms, body_terms, vocabulary


def chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class EmbeddedEngine(SearchEngine):
    name = "embedded"

    def __init__(self, using: str = DEFAULT_DB_ALIAS):
        self.using = using

    # writing

    def index(self, documents: list[SearchDocument]) -> None:
        if not documents:
            return
        with transaction.atomic(using=self.using):
            self._remove_documents([document.id for document in documents])
            self._insert(documents)
            self._touch({document.locale for document in documents})

    def delete(self, document_ids: list[str]) -> None:
        if not document_ids:
            return
        with transaction.atomic(using=self.using):
            locales = self._remove_documents(document_ids)
            self._touch(locales)

    def rebuild(self, documents_by_locale: dict[str, list[SearchDocument]]) -> None:
        locales = set(documents_by_locale)
        with transaction.atomic(using=self.using):
            IndexedFacetValue.objects.using(self.using).filter(locale__in=locales).delete()
            IndexedDocument.objects.using(self.using).filter(locale__in=locales).delete()
            IndexedTerm.objects.using(self.using).filter(locale__in=locales).delete()
            self._insert([document for documents in documents_by_locale.values() for document in documents])
            self._touch(locales)

    def _remove_documents(self, document_ids: list[str]) -> set[str]:
        locales = set()
        for batch in chunks(list(document_ids)):
            found = IndexedDocument.objects.using(self.using).filter(document_id__in=batch)
            rows = list(found.values_list("id", "locale"))
            ids = [row for row, _locale in rows]
            locales.update(locale for _row, locale in rows)
            IndexedFacetValue.objects.using(self.using).filter(document_row__in=ids).delete()
            IndexedDocument.objects.using(self.using).filter(id__in=ids).delete()
        return locales

    def _insert(self, documents: list[SearchDocument]) -> None:
        unique = list({document.id: document for document in documents}.values())
        for batch in chunks(unique):
            rows, vocabulary = [], {}
            for document in batch:
                title_terms, body_terms, words = document_terms(document)
                for term, word in words.items():
                    vocabulary.setdefault((document.locale, term), word)
                rows.append(
                    IndexedDocument(
                        document_id=document.id,
                        locale=document.locale,
                        kind=document.kind,
                        title=document.title,
                        text=document.text,
                        url=document.url,
                        date=document.date,
                        initiative_title=document.initiative_title,
                        initiative_url=document.initiative_url,
                        keywords=document.keywords,
                        title_terms=" ".join(title_terms),
                        body_terms=" ".join(body_terms),
                    )
                )
            created = IndexedDocument.objects.using(self.using).bulk_create(rows)
            IndexedFacetValue.objects.using(self.using).bulk_create(
                IndexedFacetValue(document_row=row.pk, locale=document.locale, facet=facet, value=value)
                for row, document in zip(created, batch, strict=True)
                for facet, values in document.facets.items()
                if facet in FACETS and facet != "kind"
                for value in dict.fromkeys(values)
            )
            IndexedTerm.objects.using(self.using).bulk_create(
                (
                    IndexedTerm(locale=locale, term=term, word=word)
                    for (locale, term), word in vocabulary.items()
                ),
                ignore_conflicts=True,
            )

    def _touch(self, locales: Iterable[str]) -> None:
        for locale in locales:
            IndexVersion.objects.using(self.using).update_or_create(
                locale=locale, defaults={"token": uuid.uuid4().hex}
            )

    # reading

    def search(self, query: SearchQuery) -> SearchResult:
        index = locale_index(query.locale, self.using)
        clauses = parse_query(query.text, query.locale, index.vocabulary) if query.text.strip() else []
        scored = full_text_match(query.locale, clauses, self.using) if clauses else None
        if scored is None:
            matched = index.all_rows
        else:
            highest = max((row for row, _score in scored), default=0)
            matched = bitset((row for row, _score in scored), max(index.nbytes, highest // 8 + 1))

        chosen = {
            facet: tuple(values) for facet, values in query.filters.items() if facet in FACETS and values
        }
        facet_filters = {
            facet: self._any_of(index.facets.get(facet, {}), values) for facet, values in chosen.items()
        }
        results = matched
        for bits in facet_filters.values():
            results &= bits

        facets = {
            facet: self._count(index, matched, facet_filters, facet, chosen.get(facet, ()))
            for facet in FACETS
        }
        rows = self._page_rows(index, scored, results, query)
        return SearchResult(
            query=query,
            engine=self.name,
            total=results.bit_count(),
            hits=self._hits(rows, clauses, query.locale),
            facets=facets,
        )

    @staticmethod
    def _any_of(values: dict[str, int], chosen: Iterable[str]) -> int:
        bits = 0
        for value in chosen:
            bits |= values.get(value, 0)
        return bits

    @staticmethod
    def _count(index, matched, facet_filters, facet, selected) -> list[FacetValue]:
        """Counts of `facet` with every other facet's filter applied, but not its own."""
        base = matched
        for other, bits in facet_filters.items():
            if other != facet:
                base &= bits
        selected = set(selected)
        counted = []
        values = index.facets.get(facet, {})
        for value, bits in values.items():
            count = (base & bits).bit_count()
            if count or value in selected:
                counted.append(FacetValue(value=value, count=count, selected=value in selected))
        counted += [FacetValue(value=value, count=0, selected=True) for value in selected - values.keys()]
        return sorted(counted, key=lambda facet_value: (-facet_value.count, facet_value.value))

    @staticmethod
    def _page_rows(index, scored, results, query) -> list[tuple[int, float]]:
        start = (query.page - 1) * query.page_size
        stop = start + query.page_size
        contains = membership(results)
        if scored is not None and query.sort == "relevance":
            best = heapq.nsmallest(stop, ((-score, row) for row, score in scored if contains(row)))
            return [(row, -negated) for negated, row in best[start:stop]]
        return [(row, 0.0) for row in islice((row for row in index.newest if contains(row)), start, stop)]

    def _hits(self, rows, clauses, locale) -> list[Hit]:
        documents = IndexedDocument.objects.using(self.using).in_bulk([row for row, _score in rows])
        terms = {term for clause in clauses for term in clause.terms}
        return [
            Hit(
                document_id=document.document_id,
                kind=document.kind,
                title=document.title,
                url=document.url,
                snippet=snippet(document.text or document.title, terms, locale),
                locale=document.locale,
                initiative_title=document.initiative_title,
                initiative_url=document.initiative_url,
                score=score,
            )
            for row, score in rows
            if (document := documents.get(row))
        ]

    def vocabulary(self, locale: str) -> dict[str, str]:
        return locale_index(locale, self.using).vocabulary

    def health(self) -> dict:
        try:
            documents = IndexedDocument.objects.using(self.using).count()
        except Exception as error:  # noqa: BLE001 - health reports, it never raises
            return {"engine": self.name, "reachable": False, "error": str(error)}
        return {"engine": self.name, "reachable": True, "documents": documents}
