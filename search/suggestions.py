"""Help when nothing matched: a spelling from the vocabulary, or a broader query that finds something."""

from __future__ import annotations

from dataclasses import dataclass, replace

from search.analysis import Clause, analyze_words, edit_distance, parse_query
from search.engines.base import SearchEngine, SearchQuery

MAX_SPELLING_DISTANCE = 2


@dataclass(frozen=True)
class Broader:
    query: SearchQuery
    total: int
    dropped_facet: str = ""  # the filter left out ("*": every filter), or "" when a word was left out
    dropped_word: str = ""


def closest_word(word: str, locale: str, vocabulary: dict[str, str]) -> str | None:
    """The vocabulary word closest in spelling to `word` (at most two edits away), or None."""
    term = analyze_words([word], locale)[0]
    if term in vocabulary or len(term) < 3:
        return None
    best, best_distance = None, MAX_SPELLING_DISTANCE + 1
    for candidate in vocabulary:
        if abs(len(candidate) - len(term)) > MAX_SPELLING_DISTANCE or candidate[:1] != term[:1]:
            continue
        distance = edit_distance(term, candidate, MAX_SPELLING_DISTANCE)
        if distance > MAX_SPELLING_DISTANCE:
            continue
        if best is None or distance < best_distance or (distance == best_distance and candidate < best):
            best, best_distance = candidate, distance
    return vocabulary[best] if best else None


def spelling_suggestion(query: SearchQuery, vocabulary: dict[str, str]) -> str | None:
    """The query text with unknown words replaced by known ones, or None if nothing was replaced."""
    clauses: list[Clause] = parse_query(query.text, query.locale)
    replaced, changed = [], False
    for clause in clauses:
        if clause.synonym or len(clause.words) != 1:
            replaced.extend(clause.words)
            continue
        better = closest_word(clause.words[0], query.locale, vocabulary)
        replaced.append(better or clause.words[0])
        changed = changed or bool(better)
    return " ".join(replaced) if changed else None


def broader_queries(engine: SearchEngine, query: SearchQuery, limit: int = 3) -> list[Broader]:
    """Queries with one filter or one word left out that do find something, most results first."""
    candidates = [
        (replace(query, filters={f: v for f, v in query.filters.items() if f != facet}, page=1), facet, "")
        for facet in query.filters
    ]
    if len(query.filters) > 1:
        candidates.append((replace(query, filters={}, page=1), "*", ""))
    clauses = parse_query(query.text, query.locale)
    if len(clauses) > 1:
        for index, clause in enumerate(clauses):
            words = [word for other, c in enumerate(clauses) if other != index for word in c.words]
            candidates.append((replace(query, text=" ".join(words), page=1), "", " ".join(clause.words)))
    found = []
    for candidate, facet, word in candidates:
        total = engine.search(replace(candidate, page_size=1)).total
        if total:
            found.append(Broader(query=candidate, total=total, dropped_facet=facet, dropped_word=word))
    return sorted(found, key=lambda broader: -broader.total)[:limit]
