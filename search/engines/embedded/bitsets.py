"""Sets of documents as Python ints, one bit per document of a locale: an AND and a popcount
count a facet value within any match, whatever the match's size."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def bitset(rows: Iterable[int] | np.ndarray, nbytes: int) -> int:
    """A Python int with bit `row` set for every row. numpy sets and packs the bits: a Python loop
    over the rows of a word found in most documents was the costliest step of a search."""
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
