"""Searching the embedded index: one full-text match, then facet counts over its bitset and a page
of hits ranked by score (titles first among the best) or by date."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import numpy as np
from cachetools import LRUCache
from django.db import DEFAULT_DB_ALIAS, connections

from search.analysis import Clause, parse_query
from search.engines.base import (
    FACETS,
    FacetValue,
    Hit,
    SearchQuery,
    SearchReader,
    SearchResult,
    ordered_facet_values,
)
from search.engines.embedded import postgresql, sqlite
from search.engines.embedded.bitsets import bit_flags, bitset
from search.engines.embedded.locale_index import LocaleIndex, locale_index, newest_first
from search.engines.embedded.match import Match, term_prefix
from search.highlight import snippet
from search.models import IndexedDocument

RERANK_POOL = 200  # the best candidates by bm25 that titles may reorder
MATCH_CACHE_SIZE = 64
CACHE_MIN_ROWS = 1_000  # smaller matches are cheap to redo


# Matches of common words are the expensive ones, and the ones visitors repeat: keep the last
# few (each is a bitset plus at most sqlite.FULL_RANK_LIMIT scores). Keys carry the index token, so a
# change to the locale's index makes its entries unreachable.
_match_cache = LRUCache(maxsize=MATCH_CACHE_SIZE)
_match_cache_lock = threading.Lock()  # gunicorn threads share it; cachetools' caches are not thread-safe


def full_text_match(
    locale: str, clauses: list[Clause], using: str = DEFAULT_DB_ALIAS, best: int | None = None
) -> Match:
    """Every document of `locale` matching all clauses, with relevance scores, from the database's
    own full-text search."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            return postgresql.tsquery_match(cursor, locale, clauses)
        if connection.vendor != "sqlite":  # pragma: no cover - settings only allow SQLite and PostgreSQL
            raise NotImplementedError(f"The embedded search engine does not support {connection.vendor}")
        return sqlite.fts5_match(cursor, locale, clauses, best)


class EmbeddedReader(SearchReader):
    name = "embedded"

    def __init__(self, using: str = DEFAULT_DB_ALIAS, cache: bool = True):
        self.using = using
        self.match_cache = _match_cache if cache else None

    def search(self, query: SearchQuery) -> SearchResult:
        index = locale_index(query.locale, self.using)
        clauses = parse_query(query.text, query.locale, index.vocabulary) if query.text.strip() else []
        chosen = {
            facet: tuple(values) for facet, values in query.filters.items() if facet in FACETS and values
        }
        facet_filters = {
            facet: self._any_of(index.facets.get(facet, {}), values) for facet, values in chosen.items()
        }
        best = None if facet_filters else self._scores_needed(query)
        match, matched = (
            self._match(index, query.locale, clauses, best) if clauses else (None, index.all_rows)
        )
        results = matched
        for bits in facet_filters.values():
            results &= bits

        facets = {
            facet: self._count(index, matched, facet_filters, facet, chosen.get(facet, ()))
            for facet in FACETS
        }
        rows = self._page_rows(index, match, results, query, clauses, filtered=bool(facet_filters))
        return SearchResult(
            query=query,
            engine=self.name,
            total=results.bit_count(),
            hits=self._hits(rows, clauses, query.locale, index),
            facets=facets,
        )

    def count(self, query: SearchQuery) -> int:
        """The match and the filters only: no scores, hits or facet counts."""
        index = locale_index(query.locale, self.using)
        clauses = parse_query(query.text, query.locale, index.vocabulary) if query.text.strip() else []
        results = self._match(index, query.locale, clauses, 0)[1] if clauses else index.all_rows
        for facet, values in query.filters.items():
            if facet in FACETS and values:
                results &= self._any_of(index.facets.get(facet, {}), values)
        return results.bit_count()

    @staticmethod
    def _scores_needed(query: SearchQuery) -> int:
        """Without facet filters only the best scores can reach the page (newest first: none)."""
        return max(query.page * query.page_size, RERANK_POOL) if query.sort == "relevance" else 0

    def _match(
        self, index: LocaleIndex, locale: str, clauses: list[Clause], best: int | None
    ) -> tuple[Match, int]:
        """The full-text match and its rows as a bitset, reused while the locale's index is unchanged
        (only when every score is kept: another search may filter the best ones out)."""
        key = (str(connections[self.using].settings_dict["NAME"]), locale, index.token, tuple(clauses))
        cached = None
        if self.match_cache is not None:
            with _match_cache_lock:
                cached = self.match_cache.get(key)
        if cached is not None:
            return cached
        match = full_text_match(locale, clauses, self.using, best)
        numbers = index.numbers(match.rows)
        found = match, bitset(numbers[numbers >= 0], index.nbytes)
        if self.match_cache is not None and len(match.rows) >= CACHE_MIN_ROWS and match.every_score:
            with _match_cache_lock:
                self.match_cache[key] = found
        return found

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
        counts = {
            value: count
            for value, bits in index.facets.get(facet, {}).items()
            if (count := (base & bits).bit_count()) or value in selected
        }
        return ordered_facet_values(counts, selected)

    def _page_rows(self, index, match, results, query, clauses, filtered) -> list[tuple[int, float]]:
        start = (query.page - 1) * query.page_size
        stop = start + query.page_size
        if match is None or query.sort != "relevance":
            return [(row, 0.0) for row in newest_first(index, results, start, stop)]
        rows, scores = match.scored_rows, match.scores
        if filtered and len(rows):  # a facet filter leaves some matches out; without one, no test is needed
            numbers = index.numbers(rows)
            keep = (numbers >= 0) & bit_flags(results, len(index.rows))[np.maximum(numbers, 0)]
            rows, scores = rows[keep], scores[keep]
        pool = max(stop, RERANK_POOL)
        if match.every_score:  # unordered: best first, ties by row, as SQLite orders the best few
            order = np.lexsort((rows, -scores))[:pool]
            rows, scores = rows[order], scores[order]
        ranked = list(zip(rows[:pool].tolist(), scores[:pool].tolist(), strict=True))
        if match.complete:
            ranked[:RERANK_POOL] = self._titles_first(ranked[:RERANK_POOL], clauses, query.locale)
        elif len(ranked) < stop:
            titled = set(match.scored_rows.tolist())
            rest = newest_first(index, results, 0, stop - len(ranked), skip=titled)
            ranked += [(row, 0.0) for row in rest]
        return ranked[start:stop]

    def _titles_first(
        self, ranked: list[tuple[int, float]], clauses: list[Clause], locale: str
    ) -> list[tuple[int, float]]:
        """bm25 normalises by the length of the whole document, so a long initiative whose title
        matches can rank below short items that only mention it: among the best candidates, the
        more of the query the title holds, the higher the hit; bm25 orders the rest. `ranked` is in
        bm25 order already, and a stable sort by title share alone keeps that order among equals."""
        shares = self._title_shares([row for row, _score in ranked], clauses, locale)
        if not shares:
            return ranked
        titled = [entry for entry in ranked if entry[0] in shares]  # few: sort those, keep the rest
        titled.sort(key=lambda entry: -shares[entry[0]])
        return titled + [entry for entry in ranked if entry[0] not in shares]

    def _title_shares(self, pool: list[int], clauses: list[Clause], locale: str) -> dict[int, float]:
        """{row: share of the clauses its title holds} for the rows of `pool` whose title holds any."""
        if len(clauses) == 1 and connections[self.using].vendor == "sqlite":
            # One clause: FTS5 knows the rows whose title holds it, and there are no more of those
            # than matches (at most sqlite.FULL_RANK_LIMIT here), so asking costs less than reading titles.
            # With several clauses, one of them may be in most titles: read the pool's titles then.
            titled = set(sqlite.title_matches(locale, clauses, self.using).tolist())
            return {row: 1.0 for row in pool if row in titled}
        found = self._rows_by_id("title_terms", pool)
        prefix = term_prefix(locale)  # stored terms carry it
        wanted = [
            [{prefix + term for term in phrase} for phrase in clause.alternatives] for clause in clauses
        ]
        any_wanted = set().union(*(phrase for alternatives in wanted for phrase in alternatives))
        mentions = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, sorted(any_wanted))) + r")(?!\S)")
        shares = {}
        for row, (title_terms,) in found.items():
            if not mentions.search(title_terms):  # most titles: nothing to weigh
                continue
            terms = set(title_terms.split())
            held = sum(any(phrase <= terms for phrase in alternatives) for alternatives in wanted)
            if held:
                shares[row] = held / len(wanted)
        return shares

    @staticmethod
    def _evidence(index: LocaleIndex, row: int) -> str:
        """A row's evidence level, read from the facet's bitsets in memory (four values, no query)."""
        number = int(index.number_of[row]) if row < len(index.number_of) else -1
        if number < 0:
            return ""
        for value, bits in index.facets.get("evidence", {}).items():
            if bits >> number & 1:
                return value
        return ""

    def _hits(self, rows, clauses, locale, index) -> list[Hit]:
        columns = (
            "document_id, kind, title, url, text, locale, initiative_title, initiative_url, "
            "title_terms, body_terms, language"
        )
        found = self._rows_by_id(columns, [row for row, _score in rows])
        terms = {term for clause in clauses for term in clause.terms}
        prefix = term_prefix(locale)
        hits = []
        for row, score in rows:
            if row not in found:
                continue
            document_id, kind, title, url, text, in_locale, initiative_title, initiative_url = found[row][:8]
            title_terms, body_terms, language = found[row][8:]
            # The body's terms begin with the text's; the title stands in for an empty text.
            analysed = (body_terms if text else title_terms).split()
            hits.append(
                Hit(
                    document_id=document_id,
                    kind=kind,
                    title=title,
                    url=url,
                    snippet=snippet(text or title, terms, locale, analysed=analysed, prefix=prefix),
                    locale=in_locale,
                    initiative_title=initiative_title,
                    initiative_url=initiative_url,
                    evidence=self._evidence(index, row),
                    score=score,
                    language=language or "",
                )
            )
        return hits

    def _rows_by_id(self, columns: str, ids: list[int]) -> dict[int, tuple]:
        """{id: (columns…)} of indexed documents, in plain SQL (every search reads a page of them)."""
        if not ids:
            return {}
        marks = ", ".join(["%s"] * len(ids))
        with connections[self.using].cursor() as cursor:
            cursor.execute(f"SELECT id, {columns} FROM search_indexeddocument WHERE id IN ({marks})", ids)
            return {row[0]: row[1:] for row in cursor.fetchall()}

    def vocabulary(self, locale: str) -> dict[str, str]:
        return locale_index(locale, self.using).vocabulary

    def health(self) -> dict:
        try:
            documents = IndexedDocument.objects.using(self.using).count()
        except Exception as error:  # noqa: BLE001 - health reports, it never raises
            return {"engine": self.name, "reachable": False, "error": str(error)}
        return {"engine": self.name, "reachable": True, "documents": documents}
