"""The default engine: full-text search in the site's own database, no server needed.

One full-text match per search (FTS5 with bm25 on SQLite, tsvector with ts_rank on
PostgreSQL) gives the matched rows and their scores. Facet counts are then computed over that
one match set, in memory, with one bitset per facet value (a Python int, one bit per document
of the locale, numbered newest first): counting a value is an AND and a popcount, so a search
that matches most of the index costs the same few milliseconds of counting as one that matches
little. Each process keeps the bitsets of a locale until the locale's IndexVersion token changes.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from search.analysis import WORD_RE, Clause, analyze_lowercase_words, parse_query
from search.engines import vocabulary
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
RERANK_POOL = 200  # the best candidates by bm25 that titles may reorder
FULL_RANK_LIMIT = 2_000  # above this many matches only title matches get a bm25 score
POSTGRES_FULL_RANK_LIMIT = 500
MATCH_CACHE_SIZE = 64
CACHE_MIN_ROWS = 1_000  # smaller matches are cheap to redo
BATCH = 500
MAX_TERM_LENGTH = 100


# --- the in-memory part ------------------------------------------------------------------------


def bitset(rows: Iterable[int] | np.ndarray, nbytes: int) -> int:
    """A Python int with bit `row` set for every row. numpy sets and packs the bits: a tenth of
    the time of a Python loop, which a word found in most documents made the costliest step."""
    flags = np.zeros(nbytes * 8, dtype=bool)
    flags[np.asarray(rows if isinstance(rows, np.ndarray) else list(rows), dtype=np.int64)] = True
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


def parse_rows(joined: str | None) -> np.ndarray:
    """Row ids from the database's comma-joined aggregate (one string instead of a row per match)."""
    return np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.empty(0, dtype=np.int64)


def bit_flags(bits: int, size: int) -> np.ndarray:
    """A bool per number, for at least `size` numbers: whether `bits` holds it."""
    nbytes = max((bits.bit_length() + 7) // 8, (size + 7) // 8, 1)
    data = np.frombuffer(bits.to_bytes(nbytes, "little"), dtype=np.uint8)
    return np.unpackbits(data, bitorder="little").view(bool)


LOWEST_BITS_CHUNK = 64  # bytes unpacked first; each further chunk is four times the last


def lowest_bits(bits: int, count: int) -> list[int]:
    """The `count` lowest numbers in `bits` (all of them if it holds fewer), ascending. Unpacks
    from the low end only as far as needed: a page of many results is in the first bytes."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    found: list[int] = []
    offset, chunk = 0, LOWEST_BITS_CHUNK
    while len(found) < count and offset < len(data):
        part = np.frombuffer(data, dtype=np.uint8, count=min(chunk, len(data) - offset), offset=offset)
        found += (np.flatnonzero(np.unpackbits(part, bitorder="little")) + offset * 8).tolist()
        offset, chunk = offset + chunk, chunk * 4
    return found[:count]


@dataclass
class LocaleIndex:
    """A locale's documents numbered newest first (0 is the newest, ties by document id): a bitset
    over those numbers spans this locale only, and its lowest bits are its newest documents."""

    token: str
    rows: np.ndarray  # number -> database row id
    number_of: np.ndarray  # database row id -> number (-1: a row of another locale)
    all_rows: int
    facets: dict[str, dict[str, int]]  # facet -> value -> numbers having it
    vocabulary: dict[str, str]  # term -> a word that gives it

    @property
    def nbytes(self) -> int:
        return (len(self.rows) + 7) // 8

    def numbers(self, rows: np.ndarray) -> np.ndarray:
        return numbers_of(self.number_of, rows)


def numbers_of(number_of: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The number of each database row; -1 for a row the index does not hold (another locale's,
    or one written after the index was loaded)."""
    numbers = np.full(len(rows), -1, dtype=np.int64)
    known = rows < len(number_of)
    numbers[known] = number_of[rows[known]]
    return numbers


def load_locale_index(locale: str, token: str, using: str = DEFAULT_DB_ALIAS) -> LocaleIndex:
    """Everything a search of `locale` needs in memory. Plain SQL and group_concat: a tenth of the
    time the ORM took at 100 000 documents."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT id, kind FROM search_indexeddocument WHERE locale = %s ORDER BY date DESC, document_id",
            [locale],
        )
        documents = cursor.fetchall()
        rows = np.array([row for row, _kind in documents], dtype=np.int64)
        number_of = np.full(int(rows.max()) + 1 if len(rows) else 0, -1, dtype=np.int32)
        number_of[rows] = np.arange(len(rows), dtype=np.int32)
        numbers_by_value: dict[str, dict[str, np.ndarray]] = defaultdict(dict)
        kinds = np.array([kind for _row, kind in documents])
        for kind in dict.fromkeys(kinds.tolist()):
            numbers_by_value["kind"][kind] = np.flatnonzero(kinds == kind)
        cursor.execute(
            f"SELECT facet, value, {GROUP_CONCAT[connections[using].vendor]} FROM search_indexedfacetvalue "
            "WHERE locale = %s GROUP BY facet, value",
            [locale],
        )
        for facet, value, joined in cursor.fetchall():
            numbers = numbers_of(number_of, parse_rows(joined))
            numbers_by_value[facet][value] = numbers[numbers >= 0]
        cursor.execute("SELECT term, word FROM search_indexedterm WHERE locale = %s", [locale])
        vocabulary = dict(cursor.fetchall())
    nbytes = (len(rows) + 7) // 8
    return LocaleIndex(
        token=token,
        rows=rows,
        number_of=number_of,
        all_rows=(1 << len(rows)) - 1,
        facets={
            facet: {value: bitset(numbers, nbytes) for value, numbers in values.items()}
            for facet, values in numbers_by_value.items()
        },
        vocabulary=vocabulary,
    )


GROUP_CONCAT = {
    "sqlite": "group_concat(document_row)",
    "postgresql": "string_agg(document_row::text, ',')",
}


_cache: dict[tuple[str, str], LocaleIndex] = {}
_cache_lock = threading.Lock()


def locale_index(locale: str, using: str = DEFAULT_DB_ALIAS) -> LocaleIndex:
    token = IndexVersion.current(locale, using)
    key = (str(connections[using].settings_dict["NAME"]), locale)
    cached = _cache.get(key)
    if cached is None or cached.token != token:
        with _cache_lock:
            cached = _cache.get(key)
            if cached is None or cached.token != token:
                cached = _cache[key] = load_locale_index(locale, token, using)
    return cached


class LRUCache:
    """A small thread-safe least-recently-used cache."""

    def __init__(self, size: int):
        self.size = size
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            value = self.entries.get(key)
            if value is not None:
                self.entries.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


# Matches of common words are the expensive ones, and the ones visitors repeat: keep the last
# few (each is a bitset plus at most FULL_RANK_LIMIT scores). Keys carry the index token, so a
# change to the locale's index makes its entries unreachable.
_match_cache = LRUCache(MATCH_CACHE_SIZE)


def newest_first(index: LocaleIndex, results: int, start: int, stop: int, skip=frozenset()) -> list[int]:
    """Database rows of `results` (less the rows in `skip`) from `start` to `stop`, newest first:
    the lowest numbers of the bitset."""
    wanted = stop + len(skip)  # the skipped rows may be among the newest ones
    rows = index.rows[lowest_bits(results, wanted)].tolist()
    return [row for row in rows if row not in skip][start:stop]


# --- the full-text part ------------------------------------------------------------------------


def term_prefix(locale: str) -> str:
    """Stored terms start with their locale ("nb0kommun"): a match needs no separate locale phrase."""
    return re.sub(r"[^a-z]", "", locale.lower()) + "0"


def fts5_expression(locale: str, clauses: list[Clause], columns: str | None = None) -> str:
    """The FTS5 query of the clauses, in every indexed column (the title and body terms; the
    locale column is unindexed) or only in `columns`. A column filter makes FTS5 read the
    positions of every match, so the full match goes without one."""
    prefix = term_prefix(locale)

    def phrase(terms):
        return '"' + " ".join(prefix + term for term in terms) + '"'

    body = " AND ".join("(" + " OR ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)
    return f"{{{columns}}} : ({body})" if columns else body


def tsquery_expression(locale: str, clauses: list[Clause], title_only: bool = False) -> str:
    prefix = term_prefix(locale)
    weight = ":A" if title_only else ""  # title terms carry weight A in search_vector

    def phrase(terms):
        return "(" + " <-> ".join(f"'{prefix}{term}'{weight}" for term in terms) + ")"

    return " & ".join("(" + " | ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)


@dataclass
class Match:
    rows: np.ndarray  # every matching row
    scored_rows: np.ndarray  # the rows given a relevance score (all of them, unless not `complete`)
    scores: np.ndarray  # their scores, higher is better
    complete: bool  # False: only rows whose title matches are scored; the others rank by date
    every_score: bool = True  # False: only the best few scores were asked for, best first


NO_SCORES = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


def scored_arrays(pairs: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    if not pairs:
        return NO_SCORES
    rows, scores = zip(*pairs, strict=True)
    return np.array(rows, dtype=np.int64), np.array(scores, dtype=np.float64)


def bm25_scores(cursor, expression: str, weights: str, best: int | None) -> tuple[np.ndarray, np.ndarray]:
    """(rows, scores) of an FTS5 match: the `best` highest, best first, or every one as two joined
    strings (a tuple a row took longer to hand over than numpy takes to parse them)."""
    score = f"-bm25(search_fts, {weights})"
    if best is not None:
        cursor.execute(
            f"SELECT rowid, {score} FROM search_fts WHERE search_fts MATCH %s ORDER BY 2 DESC, 1 "
            f"LIMIT {int(best)}",
            [expression],
        )
        return scored_arrays(cursor.fetchall())
    # LIMIT -1 keeps SQLite from merging the subquery into the aggregate, where bm25 may not be called.
    cursor.execute(
        f"SELECT group_concat(r), group_concat(s) FROM (SELECT rowid AS r, {score} AS s FROM search_fts "
        "WHERE search_fts MATCH %s LIMIT -1)",
        [expression],
    )
    rows, scores = cursor.fetchone()
    if not rows:
        return NO_SCORES
    return parse_rows(rows), np.fromstring(scores, dtype=np.float64, sep=",")


def full_text_match(
    locale: str, clauses: list[Clause], using: str = DEFAULT_DB_ALIAS, best: int | None = None
) -> Match:
    """Every document of `locale` matching all clauses, with relevance scores.

    bm25 costs about a microsecond per matching row, which a word found in most documents turns
    into tens of milliseconds. So beyond FULL_RANK_LIMIT matches, only the rows whose title
    matches are scored (if those are not too many either); the rest follow them newest first.
    A search that filters nothing out needs only the `best` highest scores: SQLite keeps those
    itself instead of handing every score over.
    """
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            return _postgresql_match(cursor, locale, clauses)
        if connection.vendor != "sqlite":  # pragma: no cover - settings only allow SQLite and PostgreSQL
            raise NotImplementedError(f"The embedded search engine does not support {connection.vendor}")
        expression = fts5_expression(locale, clauses)
        cursor.execute("SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH %s", [expression])
        rows = parse_rows(cursor.fetchone()[0])
        if len(rows) <= FULL_RANK_LIMIT:
            scored = bm25_scores(cursor, expression, f"0.0, {TITLE_WEIGHT}, 1.0", best)
            return Match(rows, *scored, complete=True, every_score=best is None)
        in_titles = fts5_expression(locale, clauses, columns="title_terms")
        # A word in most titles too ("og", "and") says nothing about relevance: newest first then.
        # Counting (up to the limit) is cheap; scoring thousands of titles only to drop them is not.
        cursor.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH %s "
            f"LIMIT {FULL_RANK_LIMIT + 1})",
            [in_titles],
        )
        if cursor.fetchone()[0] > FULL_RANK_LIMIT:
            return Match(rows, *NO_SCORES, complete=False)
        scored = bm25_scores(cursor, in_titles, "0.0, 1.0, 0.0", best)
        return Match(rows, *scored, complete=False, every_score=best is None)


def title_matches(locale: str, clauses: list[Clause], using: str = DEFAULT_DB_ALIAS) -> np.ndarray:
    """The rows of `locale` whose title matches all clauses (SQLite)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH %s",
            [fts5_expression(locale, clauses, columns="title_terms")],
        )
        return parse_rows(cursor.fetchone()[0])


# Like bm25's per-column length normalisation on SQLite: a match in a short title outranks the same
# match in a long one (in Swedish, "PBL" is Plan- och bygglagen before the Norwegian act whose
# Swedish title glosses it as "norska plan- och bygglagen").
POSTGRES_RANK = (
    "ts_rank(search_vector, query, 1) + ts_rank(to_tsvector('simple'::regconfig, title_terms), query, 2)"
)


def _postgresql_match(cursor, locale: str, clauses: list[Clause]) -> Match:
    """The same strategy as on SQLite with ts_rank, which reads each row's tsvector and so costs
    more per row than bm25: a lower limit. Title-only matches use the weight-A (title) terms."""
    where = (
        "FROM search_indexeddocument, to_tsquery('simple', %s) query "
        "WHERE locale = %s AND search_vector @@ query"
    )
    expression = tsquery_expression(locale, clauses)
    cursor.execute(
        f"SELECT id, {POSTGRES_RANK} {where} LIMIT {POSTGRES_FULL_RANK_LIMIT + 1}",
        [expression, locale],
    )
    scored = cursor.fetchall()
    if len(scored) <= POSTGRES_FULL_RANK_LIMIT:
        rows, scores = scored_arrays(scored)
        return Match(rows, rows, scores, complete=True)
    cursor.execute(f"SELECT string_agg(id::text, ',') {where}", [expression, locale])
    rows = parse_rows(cursor.fetchone()[0])
    cursor.execute(
        f"SELECT id, {POSTGRES_RANK} {where} LIMIT {POSTGRES_FULL_RANK_LIMIT + 1}",
        [tsquery_expression(locale, clauses, title_only=True), locale],
    )
    titled = cursor.fetchall()
    titled = titled if len(titled) <= POSTGRES_FULL_RANK_LIMIT else []
    return Match(rows, *scored_arrays(titled), complete=False)


# --- writing -----------------------------------------------------------------------------------

INSERT_BATCH = 1_000
INSERT_DOCUMENT = (
    "INSERT INTO search_indexeddocument (document_id, locale, kind, title, text, url, date, "
    "initiative_title, initiative_url, keywords, title_terms, body_terms) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
INSERT_FACET_VALUE = (
    "INSERT INTO search_indexedfacetvalue (document_row, locale, facet, value) VALUES (%s, %s, %s, %s)"
)
# Both SQLite (3.24+) and PostgreSQL know ON CONFLICT; a term already known keeps its word.
INSERT_TERM = "INSERT INTO search_indexedterm (locale, term, word) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING"


def document_terms(document: SearchDocument) -> tuple[list[str], list[str], dict[str, str]]:
    """Title terms, body terms and the vocabulary (term -> word as written) of a document."""
    title_words = WORD_RE.findall(document.title.lower())
    body_words = WORD_RE.findall(
        " ".join((document.text, document.keywords, document.initiative_title)).lower()
    )
    title_terms = analyze_lowercase_words(title_words, document.locale)
    body_terms = analyze_lowercase_words(body_words, document.locale)
    vocabulary = dict(zip(body_terms + title_terms, body_words + title_words, strict=True))
    return title_terms, body_terms, vocabulary


def chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class EmbeddedEngine(SearchEngine):
    name = "embedded"

    def __init__(self, using: str = DEFAULT_DB_ALIAS, cache: bool = True):
        self.using = using
        self.match_cache = _match_cache if cache else None

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
            terms = self._terms_of(document_ids)
            locales = self._remove_documents(document_ids)
            for locale, found in terms.items():
                vocabulary.forget_unused(self.using, locale, term_prefix(locale), found)
            self._touch(locales)

    def _terms_of(self, document_ids: list[str]) -> dict[str, set[str]]:
        terms: dict[str, set[str]] = defaultdict(set)
        for batch in chunks(list(document_ids)):
            found = IndexedDocument.objects.using(self.using).filter(document_id__in=batch)
            for locale, title_terms, body_terms in found.values_list("locale", "title_terms", "body_terms"):
                terms[locale] |= vocabulary.stored_terms(term_prefix(locale), title_terms, body_terms)
        return terms

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
        """Plain INSERTs with tuples: ORM objects made indexing several times slower than SQLite."""
        unique = list({document.id: document for document in documents}.values())
        vocabulary: dict[str, dict[str, str]] = defaultdict(dict)
        with connections[self.using].cursor() as cursor:
            for batch in chunks(unique, INSERT_BATCH):
                rows = []
                for document in batch:
                    title_terms, body_terms, words = document_terms(document)
                    prefix = term_prefix(document.locale)
                    vocabulary[document.locale].update(words)
                    rows.append(
                        (
                            document.id,
                            document.locale,
                            document.kind,
                            document.title,
                            document.text,
                            document.url,
                            document.date,
                            document.initiative_title,
                            document.initiative_url,
                            document.keywords,
                            " ".join(prefix + term for term in title_terms),
                            " ".join(prefix + term for term in body_terms),
                        )
                    )
                cursor.executemany(INSERT_DOCUMENT, rows)
                marks = ", ".join(["%s"] * len(batch))
                cursor.execute(
                    f"SELECT document_id, id FROM search_indexeddocument WHERE document_id IN ({marks})",
                    [document.id for document in batch],
                )
                row_of = dict(cursor.fetchall())
                cursor.executemany(
                    INSERT_FACET_VALUE,
                    [
                        (row_of[document.id], document.locale, facet, value)
                        for document in batch
                        for facet, values in document.facets.items()
                        if facet in FACETS and facet != "kind"
                        for value in dict.fromkeys(values)
                    ],
                )
            cursor.executemany(
                INSERT_TERM,
                [
                    (locale, term, word)
                    for locale, words in vocabulary.items()
                    for term, word in words.items()
                    if len(term) <= MAX_TERM_LENGTH and len(word) <= MAX_TERM_LENGTH
                ],
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
            hits=self._hits(rows, clauses, query.locale),
            facets=facets,
        )

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
        cached = self.match_cache.get(key) if self.match_cache is not None else None
        if cached is not None:
            return cached
        match = full_text_match(locale, clauses, self.using, best)
        numbers = index.numbers(match.rows)
        found = match, bitset(numbers[numbers >= 0], index.nbytes)
        if self.match_cache is not None and len(match.rows) >= CACHE_MIN_ROWS and match.every_score:
            self.match_cache.put(key, found)
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
        selected = set(selected)
        values = index.facets.get(facet, {})
        # (-count, value) pairs sort by count descending, then value, without a key function.
        counted = [
            (-count, value)
            for value, bits in values.items()
            if (count := (base & bits).bit_count()) or value in selected
        ]
        counted += [(0, value) for value in selected - values.keys()]
        counted.sort()
        return [FacetValue(value, -negated, value in selected) for negated, value in counted]

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
            # than matches (at most FULL_RANK_LIMIT here), so asking costs less than reading titles.
            # With several clauses, one of them may be in most titles: read the pool's titles then.
            titled = set(title_matches(locale, clauses, self.using).tolist())
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

    def _hits(self, rows, clauses, locale) -> list[Hit]:
        columns = (
            "document_id, kind, title, url, text, locale, initiative_title, initiative_url, "
            "title_terms, body_terms"
        )
        found = self._rows_by_id(columns, [row for row, _score in rows])
        terms = {term for clause in clauses for term in clause.terms}
        prefix = term_prefix(locale)
        hits = []
        for row, score in rows:
            if row not in found:
                continue
            document_id, kind, title, url, text, in_locale, initiative_title, initiative_url = found[row][:8]
            title_terms, body_terms = found[row][8:]
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
                    score=score,
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
