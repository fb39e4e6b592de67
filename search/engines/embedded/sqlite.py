"""Full-text matching on SQLite: FTS5, scored with bm25."""

from __future__ import annotations

import numpy as np
from django.db import DEFAULT_DB_ALIAS, connections

from search.analysis import Clause
from search.engines.embedded.bitsets import parse_rows
from search.engines.embedded.match import NO_SCORES, Match, scored_arrays, term_prefix

TITLE_WEIGHT = 4.0
FULL_RANK_LIMIT = 2_000  # above this many matches only title matches get a bm25 score


def fts5_expression(locale: str, clauses: list[Clause], columns: str | None = None) -> str:
    """The FTS5 query of the clauses, in every indexed column (the title and body terms; the
    locale column is unindexed) or only in `columns`. A column filter makes FTS5 read the
    positions of every match, so the full match goes without one."""
    prefix = term_prefix(locale)

    def phrase(terms):
        return '"' + " ".join(prefix + term for term in terms) + '"'

    body = " AND ".join("(" + " OR ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)
    return f"{{{columns}}} : ({body})" if columns else body


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


def fts5_match(cursor, locale: str, clauses: list[Clause], best: int | None = None) -> Match:
    """Every document of `locale` matching all clauses, with bm25 scores.

    bm25 costs time for every matching row, so beyond FULL_RANK_LIMIT matches only the rows whose
    title matches are scored (if those are not too many either); the rest follow them newest first.
    A search that filters nothing out needs only the `best` highest scores: SQLite keeps those
    itself instead of handing every score over.
    """
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
