"""Full-text matching on PostgreSQL: a tsvector per document, scored with ts_rank."""

from __future__ import annotations

from search.analysis import Clause
from search.engines.embedded.bitsets import parse_rows
from search.engines.embedded.match import Match, scored_arrays, term_prefix

FULL_RANK_LIMIT = 500  # lower than SQLite's: ts_rank reads each row's tsvector


def tsquery_expression(locale: str, clauses: list[Clause], title_only: bool = False) -> str:
    prefix = term_prefix(locale)
    weight = ":A" if title_only else ""  # title terms carry weight A in search_vector

    def phrase(terms):
        return "(" + " <-> ".join(f"'{prefix}{term}'{weight}" for term in terms) + ")"

    return " & ".join("(" + " | ".join(phrase(p) for p in clause.alternatives) + ")" for clause in clauses)


# Like bm25's per-column length normalisation on SQLite: a match in a short title outranks the same
# match in a long one (in Swedish, "PBL" is Plan- och bygglagen before the Norwegian act whose
# Swedish title glosses it as "norska plan- och bygglagen").
POSTGRES_RANK = (
    "ts_rank(search_vector, query, 1) + ts_rank(to_tsvector('simple'::regconfig, title_terms), query, 2)"
)


def tsquery_match(cursor, locale: str, clauses: list[Clause]) -> Match:
    """The same strategy as on SQLite with ts_rank, which reads each row's tsvector and so costs
    more per row than bm25: a lower limit. Title-only matches use the weight-A (title) terms."""
    where = (
        "FROM search_indexeddocument, to_tsquery('simple', %s) query "
        "WHERE locale = %s AND search_vector @@ query"
    )
    expression = tsquery_expression(locale, clauses)
    cursor.execute(
        f"SELECT id, {POSTGRES_RANK} {where} LIMIT {FULL_RANK_LIMIT + 1}",
        [expression, locale],
    )
    scored = cursor.fetchall()
    if len(scored) <= FULL_RANK_LIMIT:
        rows, scores = scored_arrays(scored)
        return Match(rows, rows, scores, complete=True)
    cursor.execute(f"SELECT string_agg(id::text, ',') {where}", [expression, locale])
    rows = parse_rows(cursor.fetchone()[0])
    cursor.execute(
        f"SELECT id, {POSTGRES_RANK} {where} LIMIT {FULL_RANK_LIMIT + 1}",
        [tsquery_expression(locale, clauses, title_only=True), locale],
    )
    titled = cursor.fetchall()
    titled = titled if len(titled) <= FULL_RANK_LIMIT else []
    return Match(rows, *scored_arrays(titled), complete=False)
