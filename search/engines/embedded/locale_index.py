"""What a search of one locale needs in memory: its documents numbered newest first and a bitset
per facet value. Each process keeps a locale's until the locale's IndexVersion token changes."""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from django.db import DEFAULT_DB_ALIAS, connections

from search.engines.embedded.bitsets import bitset, lowest_bits, parse_rows
from search.models import IndexVersion


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
    """Everything a search of `locale` needs in memory. Plain SQL and group_concat: building ORM
    objects was most of the loading time of a large index."""
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


def newest_first(index: LocaleIndex, results: int, start: int, stop: int, skip=frozenset()) -> list[int]:
    """Database rows of `results` (less the rows in `skip`) from `start` to `stop`, newest first:
    the lowest numbers of the bitset."""
    wanted = stop + len(skip)  # the skipped rows may be among the newest ones
    rows = index.rows[lowest_bits(results, wanted)].tolist()
    return [row for row in rows if row not in skip][start:stop]
