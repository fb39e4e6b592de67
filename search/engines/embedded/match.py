"""What a full-text match gives, on either database: the matching rows and their scores."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np


def term_prefix(locale: str) -> str:
    """Stored terms start with their locale ("nb0kommun"): a match needs no separate locale phrase."""
    return re.sub(r"[^a-z]", "", locale.lower()) + "0"


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
