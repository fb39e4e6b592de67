"""The benchmark's other peer: the raw engine doing the same work, without our layer.

Embedded (SQLite): one FTS5 MATCH into a temporary table, then in plain SQL the top 20 by bm25,
the total and each facet's counts with the other facets' filters. Elasticsearch: the exact
request body our engine sends, posted with the low-level client, the response left unparsed.
"""

from __future__ import annotations

from django.db import connection

from search.analysis import parse_query
from search.engines.base import FACETS, SearchQuery
from search.engines.embedded import TITLE_WEIGHT, fts5_expression, locale_index


def _facet_filter(facet: str, values: tuple[str, ...]) -> tuple[str, list]:
    marks = ", ".join("%s" for _ in values)
    if facet == "kind":
        sql = f"m.row IN (SELECT id FROM search_indexeddocument WHERE kind IN ({marks}))"
        return sql, list(values)
    sql = (
        "EXISTS (SELECT 1 FROM search_indexedfacetvalue v WHERE v.document_row = m.row "
        f"AND v.facet = %s AND v.value IN ({marks}))"
    )
    return sql, [facet, *values]


def _where(filters: dict[str, tuple[str, ...]], except_facet: str | None = None) -> tuple[str, list]:
    parts, params = ["1"], []
    for facet, values in filters.items():
        if facet != except_facet and values:
            sql, values_params = _facet_filter(facet, values)
            parts.append(sql)
            params += values_params
    return " AND ".join(parts), params


def sqlite_search(query: SearchQuery) -> tuple[int, list[tuple], dict[str, list[tuple]]]:
    """Total, the top rows (title, url, text) and the facet counts, straight from SQLite."""
    vocabulary = locale_index(query.locale).vocabulary if query.text.strip() else {}
    clauses = parse_query(query.text, query.locale, vocabulary) if query.text.strip() else []
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS temp.m")
        if clauses:
            cursor.execute(
                "CREATE TEMP TABLE m AS SELECT rowid AS row, "
                f"bm25(search_fts, 0.0, {TITLE_WEIGHT}, 1.0) AS score "
                "FROM search_fts WHERE search_fts MATCH %s",
                [fts5_expression(query.locale, clauses)],
            )
            order = "m.score"
        else:
            cursor.execute(
                "CREATE TEMP TABLE m AS SELECT id AS row, 0.0 AS score FROM search_indexeddocument "
                "WHERE locale = %s",
                [query.locale],
            )
            order = "d.date DESC, d.document_id"
        where, params = _where(query.filters)
        cursor.execute(f"SELECT count(*) FROM m WHERE {where}", params)
        total = cursor.fetchone()[0]
        cursor.execute(
            f"SELECT d.title, d.url, d.text FROM m JOIN search_indexeddocument d ON d.id = m.row "
            f"WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",
            [*params, query.page_size, (query.page - 1) * query.page_size],
        )
        top = cursor.fetchall()
        facets = {}
        for facet in FACETS:
            where, params = _where(query.filters, except_facet=facet)
            if facet == "kind":
                sql = (
                    "SELECT d.kind, count(*) FROM m JOIN search_indexeddocument d ON d.id = m.row "
                    f"WHERE {where} GROUP BY d.kind"
                )
                cursor.execute(sql, params)
            else:
                sql = (
                    "SELECT f.value, count(*) FROM m JOIN search_indexedfacetvalue f "
                    f"ON f.document_row = m.row AND f.facet = %s WHERE {where} GROUP BY f.value"
                )
                cursor.execute(sql, [facet, *params])
            facets[facet] = cursor.fetchall()
        cursor.execute("DROP TABLE temp.m")
    return total, top, facets


def sqlite_match(query: SearchQuery) -> list[tuple]:
    """The raw engine query alone: the FTS5 match, top 20 by bm25 (facet filters and counts aside).

    A query without text has no full-text part; its raw query is the filtered top 20 by date.
    """
    vocabulary = locale_index(query.locale).vocabulary if query.text.strip() else {}
    clauses = parse_query(query.text, query.locale, vocabulary) if query.text.strip() else []
    with connection.cursor() as cursor:
        if clauses:
            cursor.execute(
                f"SELECT rowid, bm25(search_fts, 0.0, {TITLE_WEIGHT}, 1.0) AS score FROM search_fts "
                "WHERE search_fts MATCH %s ORDER BY score LIMIT %s",
                [fts5_expression(query.locale, clauses), query.page_size],
            )
        else:
            where, params = _where(query.filters)
            cursor.execute(
                "SELECT m.row FROM (SELECT id AS row, date, document_id FROM search_indexeddocument "
                f"WHERE locale = %s) m WHERE {where} ORDER BY m.date DESC, m.document_id LIMIT %s",
                [query.locale, *params, query.page_size],
            )
        return cursor.fetchall()


def elasticsearch_requests(engine, query: SearchQuery) -> list[tuple[str, object]]:
    """(path, body) of each request our engine sends for `query`, built from its own plan: for a
    text the `_count` that sizes it (when planned), then the one multi-search."""
    plan = engine.planned(query)
    counted = [(f"/{engine.alias(query.locale)}/_count", plan.text_count)] if plan.text_count else []
    return [*counted, ("/_msearch", engine.multi_search_body(plan.searches))]


def elasticsearch_search(engine, query: SearchQuery, requests: list | None = None) -> list[dict]:
    """Post our engine's requests as they are; `requests` may be prepared beforehand to leave only I/O.

    `requests` is `elasticsearch_requests(engine, query)`: (path, body) pairs, a list body being a
    multi-search.
    """
    requests = requests if requests is not None else elasticsearch_requests(engine, query)
    responses = []
    for path, body in requests:
        ndjson = isinstance(body, list)
        content_type = "application/x-ndjson" if ndjson else "application/json"
        response = engine.client.perform_request(
            "POST", path, headers={"accept": "application/json", "content-type": content_type}, body=body
        )
        responses.append(response.body)
    return responses
