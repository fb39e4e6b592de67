"""Packed Python-int bitsets (search/engines/embedded/bitsets.py) against two maintained libraries,
pyroaring (Roaring bitmaps) and bitarray, on the embedded engine's three hot operations: building
a match's set from row numbers, counting every facet value within it, and taking the lowest
numbers (newest first) for a page of hits.

    .venv/bin/pip install -r requirements-bench.txt
    .venv/bin/python -m benchmarks.bitsets [--sizes 4400,44000,440000] [--out docs/bitsets.md]

The facet values imitate a locale of the benchmark corpus: 224 values whose sizes run from most
documents (a kind, a country) to a few (a small municipality).
"""

from __future__ import annotations

import argparse
import array
import statistics
import time
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path

import django
import numpy as np
from bitarray import bitarray
from bitarray.util import count_and
from pyroaring import BitMap

VALUE_SHARES = [0.4, 0.3, 0.1, 0.1, 0.05, 0.05] + [0.25] * 5 + [0.08] * 20 + [0.04] * 10 + [0.005] * 183
MATCH_SHARES = {"common word (60 %)": 0.6, "rare word (1 %)": 0.01}
LIBRARIES = ("packed ints", "pyroaring", "bitarray")


def timed(function, repeat: int) -> float:
    """The median of `repeat` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def as_bitarray(rows: np.ndarray, size: int) -> bitarray:
    flags = np.zeros(size, dtype=bool)
    flags[rows] = True
    bits = bitarray(endian="little")
    bits.pack(flags.tobytes())
    return bits


def as_roaring(rows: np.ndarray) -> BitMap:
    numbers = array.array("I")
    numbers.frombytes(rows.astype(np.uint32).tobytes())  # pyroaring's fast path is an array of "I"
    return BitMap(numbers)


def operations(library: str, size: int):
    """(build from rows, count within a match, lowest 20 numbers) for one library."""
    from search.engines.embedded.bitsets import bitset, lowest_bits  # after django.setup()

    nbytes = (size + 7) // 8
    if library == "packed ints":
        return (
            lambda rows: bitset(rows, nbytes),
            lambda match, sets: [(match & bits).bit_count() for bits in sets],
            lambda match: lowest_bits(match, 20),
        )
    if library == "pyroaring":
        return (
            as_roaring,
            lambda match, sets: [match.intersection_cardinality(bits) for bits in sets],
            lambda match: list(islice(match, 20)),
        )
    return (
        lambda rows: as_bitarray(rows, size),
        lambda match, sets: [count_and(match, bits) for bits in sets],
        lambda match: list(islice(match.search(1), 20)),
    )


def measure(size: int, repeat: int) -> list[tuple[str, str, float, float, float]]:
    random = np.random.default_rng(size)
    value_rows = [np.flatnonzero(random.random(size) < share) for share in VALUE_SHARES]
    match_rows = {name: np.flatnonzero(random.random(size) < share) for name, share in MATCH_SHARES.items()}
    lines = []
    for library in LIBRARIES:
        build, count, lowest = operations(library, size)
        sets = [build(rows) for rows in value_rows]
        for match_name, rows in match_rows.items():
            match = build(rows)
            lines.append(
                (
                    match_name,
                    library,
                    timed(partial(build, rows), repeat),
                    timed(partial(count, match, sets), repeat),
                    timed(partial(lowest, match), repeat),
                )
            )
    return sorted(lines)


def report(results: dict[int, list], repeat: int) -> str:
    out = [
        "# Bitsets: packed ints against pyroaring and bitarray",
        "",
        f"Measured by `python -m benchmarks.bitsets` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"median of {repeat} calls, milliseconds. Documents are one locale's; 224 facet values.",
        "",
        "| documents | match | sets | build the match | count 224 values in it | lowest 20 |",
        "|---:|---|---|---:|---:|---:|",
    ]
    for size, lines in results.items():
        for match_name, name, build, count, lowest in lines:
            out.append(f"| {size:,} | {match_name} | {name} | {build:.3f} | {count:.3f} | {lowest:.4f} |")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bitsets", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4400,44000,440000", type=lambda v: [int(s) for s in v.split(",")])
    parser.add_argument("--repeat", default=21, type=int)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    django.setup()  # the search package imports its models
    results = {size: measure(size, args.repeat) for size in args.sizes}
    text = report(results, args.repeat)
    print(text)
    if args.out:
        Path(args.out).write_text(text)


if __name__ == "__main__":
    main()
