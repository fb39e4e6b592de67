"""The embedded engine's vocabulary ("did you mean" and typo tolerance pick from it) holds only
words of documents still indexed: when documents leave the index (a page unpublished, deleted or
put behind a view restriction), their terms that no remaining document has leave it too."""

from __future__ import annotations

from django.db import connections

from search.models import IndexedTerm

BATCH = 500


def stored_terms(locale_prefix: str, *columns: str) -> set[str]:
    """The terms (without their locale prefix) in a document's stored title and body terms."""
    return {
        token[len(locale_prefix) :]
        for column in columns
        for token in (column or "").split()
        if token.startswith(locale_prefix)
    }


def forget_unused(using: str, locale: str, locale_prefix: str, terms: set[str]) -> None:
    """Drop from `locale`'s vocabulary those of `terms` that no indexed document holds any more."""
    if not terms:
        return
    connection = connections[using]
    unused = []
    ordered = sorted(terms)
    with connection.cursor() as cursor:
        for start in range(0, len(ordered), BATCH):
            batch = ordered[start : start + BATCH]
            if connection.vendor == "postgresql":
                unused += _unused_postgresql(cursor, locale_prefix, batch)
            else:
                unused += _unused_sqlite(cursor, locale_prefix, batch)
    terms_of_locale = IndexedTerm.objects.using(using).filter(locale=locale)
    for start in range(0, len(unused), BATCH):
        terms_of_locale.filter(term__in=unused[start : start + BATCH]).delete()


def _unused_sqlite(cursor, locale_prefix: str, terms: list[str]) -> list[str]:
    unused = []
    for term in terms:
        phrase = '"' + (locale_prefix + term).replace('"', '""') + '"'
        cursor.execute("SELECT EXISTS (SELECT 1 FROM search_fts WHERE search_fts MATCH %s)", [phrase])
        if not cursor.fetchone()[0]:
            unused.append(term)
    return unused


def _unused_postgresql(cursor, locale_prefix: str, terms: list[str]) -> list[str]:
    # One lexeme per term, as the engine's own queries write them (search.engines.embedded).
    cursor.execute(
        "SELECT term FROM unnest(%s::text[]) AS term WHERE NOT EXISTS (SELECT 1 FROM "
        "search_indexeddocument WHERE search_vector @@ to_tsquery('simple', quote_literal(%s || term)))",
        [terms, locale_prefix],
    )
    return [term for (term,) in cursor.fetchall()]
