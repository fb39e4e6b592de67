"""Help when nothing matched: a spelling from the vocabulary, or a broader query that finds something.

The work is capped, not only the query's length: a 500-character query of made-up words must cost
about what a short misspelling does. Only its first words get spelling candidates, all of them share
one budget of edit distances, and a handful of engine searches look for broader queries.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, replace

from search.analysis import Clause, analyze_words, edit_distance, parse_query
from search.engines.base import SearchQuery, SearchReader

MAX_SPELLING_DISTANCE = 2
SPELLING_WORDS = 6  # words of a query that get spelling candidates
SPELLING_COMPARISONS = 2000  # edit distances per query, for all its words together
BROADER_SEARCHES = 6  # engine searches to find broader queries
# Longer queries get no "without the word …": leaving out one of many unknown words still finds
# nothing, and each try is a search for all the others.
DROPPABLE_WORDS = 8


@dataclass(frozen=True)
class Broader:
    query: SearchQuery
    total: int
    dropped_facet: str = ""  # the filter left out ("*": every filter), or "" when a word was left out
    dropped_word: str = ""


class Budget:
    """Edit distances a query may still compute."""

    def __init__(self, comparisons: int = SPELLING_COMPARISONS):
        self.left = comparisons


_by_start_lock = threading.Lock()
_by_start: dict[int, tuple[dict, dict]] = {}  # id(vocabulary) -> (vocabulary, its terms by start)


def by_start(vocabulary: dict[str, str]) -> dict[tuple[str, int], list[str]]:
    """The vocabulary's terms by (first letter, length), built once per vocabulary: scanning all of
    it for each word of a long query was most of that query's cost."""
    found = _by_start.get(id(vocabulary))
    if found is not None and found[0] is vocabulary:
        return found[1]
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for term in sorted(vocabulary):
        groups[(term[:1], len(term))].append(term)
    with _by_start_lock:
        if len(_by_start) > 8:  # a locale's vocabulary is replaced at each write; keep the newest
            _by_start.clear()
        _by_start[id(vocabulary)] = (vocabulary, dict(groups))
    return groups


def closest_word(
    word: str, locale: str, vocabulary: dict[str, str], budget: Budget | None = None
) -> str | None:
    """The vocabulary word closest in spelling to `word` (at most two edits away), or None; gives up
    when `budget` runs out (keeping the best found so far)."""
    term = analyze_words([word], locale)[0]
    if term in vocabulary or len(term) < 3:
        return None
    budget = budget or Budget()
    groups = by_start(vocabulary)
    best, best_distance = None, MAX_SPELLING_DISTANCE + 1
    lengths = range(len(term) - MAX_SPELLING_DISTANCE, len(term) + MAX_SPELLING_DISTANCE + 1)
    for candidate in (found for length in lengths for found in groups.get((term[:1], length), ())):
        if budget.left <= 0:
            break
        budget.left -= 1
        distance = edit_distance(term, candidate, MAX_SPELLING_DISTANCE)
        if distance > MAX_SPELLING_DISTANCE:
            continue
        if best is None or distance < best_distance or (distance == best_distance and candidate < best):
            best, best_distance = candidate, distance
    return vocabulary[best] if best else None


def spelling_suggestion(query: SearchQuery, vocabulary: dict[str, str]) -> str | None:
    """The query text with unknown words replaced by known ones, or None if nothing was replaced."""
    clauses: list[Clause] = parse_query(query.text, query.locale)
    replaced, changed, budget = [], False, Budget()
    for number, clause in enumerate(clauses):
        if clause.synonym or len(clause.words) != 1 or number >= SPELLING_WORDS:
            replaced.extend(clause.words)
            continue
        better = closest_word(clause.words[0], query.locale, vocabulary, budget)
        replaced.append(better or clause.words[0])
        changed = changed or bool(better)
    return " ".join(replaced) if changed else None


def broader_queries(engine: SearchReader, query: SearchQuery, limit: int = 3) -> list[Broader]:
    """Queries with one filter or one word left out that do find something, most results first;
    at most BROADER_SEARCHES of them are tried (filters first, then words of a short query)."""
    candidates = [
        (replace(query, filters={f: v for f, v in query.filters.items() if f != facet}, page=1), facet, "")
        for facet in query.filters
    ]
    if len(query.filters) > 1:
        candidates.append((replace(query, filters={}, page=1), "*", ""))
    clauses = parse_query(query.text, query.locale)
    if 1 < len(clauses) <= DROPPABLE_WORDS:
        for index, clause in enumerate(clauses):
            words = [word for other, c in enumerate(clauses) if other != index for word in c.words]
            candidates.append((replace(query, text=" ".join(words), page=1), "", " ".join(clause.words)))
    found = []
    for candidate, facet, word in candidates[:BROADER_SEARCHES]:
        total = engine.search(replace(candidate, page_size=1)).total
        if total:
            found.append(Broader(query=candidate, total=total, dropped_facet=facet, dropped_word=word))
    return sorted(found, key=lambda broader: -broader.total)[:limit]
