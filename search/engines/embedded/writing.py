"""Writing the embedded index: a document's row, its facet value rows and its vocabulary, in the
transaction of the content change that made it (so the index never disagrees with the content)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS, connections, transaction

from search.analysis import WORD_RE, analyze_lowercase_words
from search.engines.base import SearchDocument, SearchWriter, document_facet_values
from search.engines.embedded.match import term_prefix
from search.engines.embedded.vocabulary import forget_unused, stored_terms
from search.engines.generation import index_changes_at_commit
from search.models import IndexedDocument, IndexedFacetValue, IndexedTerm, IndexVersion

BATCH = 500
MAX_TERM_LENGTH = 100
INSERT_BATCH = 1_000
INSERT_DOCUMENT = (
    "INSERT INTO search_indexeddocument (document_id, locale, kind, title, text, url, date, "
    "initiative_title, initiative_url, keywords, title_terms, body_terms, language) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
INSERT_FACET_VALUE = (
    "INSERT INTO search_indexedfacetvalue (document_row, locale, facet, value) VALUES (%s, %s, %s, %s)"
)
# Both SQLite (3.24+) and PostgreSQL know ON CONFLICT; a term already known keeps its word.
INSERT_TERM = "INSERT INTO search_indexedterm (locale, term, word) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING"


def document_terms(document: SearchDocument) -> tuple[list[str], list[str], dict[str, str]]:
    """Title terms, body terms and the vocabulary (term -> word as written) of a document."""
    title_words = WORD_RE.findall(document.title.lower())
    body_words = WORD_RE.findall(
        " ".join((document.text, document.keywords, document.initiative_title)).lower()
    )
    title_terms = analyze_lowercase_words(title_words, document.locale)
    body_terms = analyze_lowercase_words(body_words, document.locale)
    vocabulary = dict(zip(body_terms + title_terms, body_words + title_words, strict=True))
    return title_terms, body_terms, vocabulary


def chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class EmbeddedWriter(SearchWriter):
    name = "embedded"

    def __init__(self, using: str = DEFAULT_DB_ALIAS):
        self.using = using

    def index(self, documents: list[SearchDocument]) -> None:
        if not documents:
            return
        with transaction.atomic(using=self.using):
            self._remove_documents([document.id for document in documents])
            self._insert(documents)
            self._touch({document.locale for document in documents})

    def delete(self, document_ids: list[str]) -> None:
        if not document_ids:
            return
        with transaction.atomic(using=self.using):
            terms = self._terms_of(document_ids)
            locales = self._remove_documents(document_ids)
            for locale, found in terms.items():
                forget_unused(self.using, locale, term_prefix(locale), found)
            self._touch(locales)

    def _terms_of(self, document_ids: list[str]) -> dict[str, set[str]]:
        terms: dict[str, set[str]] = defaultdict(set)
        for batch in chunks(list(document_ids)):
            found = IndexedDocument.objects.using(self.using).filter(document_id__in=batch)
            for locale, title_terms, body_terms in found.values_list("locale", "title_terms", "body_terms"):
                terms[locale] |= stored_terms(term_prefix(locale), title_terms, body_terms)
        return terms

    def rebuild(self, documents_by_locale: dict[str, list[SearchDocument]]) -> None:
        locales = set(documents_by_locale)
        with transaction.atomic(using=self.using):
            IndexedFacetValue.objects.using(self.using).filter(locale__in=locales).delete()
            IndexedDocument.objects.using(self.using).filter(locale__in=locales).delete()
            IndexedTerm.objects.using(self.using).filter(locale__in=locales).delete()
            self._insert([document for documents in documents_by_locale.values() for document in documents])
            self._touch(locales)

    def _remove_documents(self, document_ids: list[str]) -> set[str]:
        locales = set()
        for batch in chunks(list(document_ids)):
            found = IndexedDocument.objects.using(self.using).filter(document_id__in=batch)
            rows = list(found.values_list("id", "locale"))
            ids = [row for row, _locale in rows]
            locales.update(locale for _row, locale in rows)
            IndexedFacetValue.objects.using(self.using).filter(document_row__in=ids).delete()
            IndexedDocument.objects.using(self.using).filter(id__in=ids).delete()
        return locales

    def _insert(self, documents: list[SearchDocument]) -> None:
        """Plain INSERTs with tuples: building ORM objects cost more than SQLite's own work."""
        unique = list({document.id: document for document in documents}.values())
        vocabulary: dict[str, dict[str, str]] = defaultdict(dict)
        with connections[self.using].cursor() as cursor:
            for batch in chunks(unique, INSERT_BATCH):
                rows = []
                for document in batch:
                    title_terms, body_terms, words = document_terms(document)
                    prefix = term_prefix(document.locale)
                    vocabulary[document.locale].update(words)
                    rows.append(
                        (
                            document.id,
                            document.locale,
                            document.kind,
                            document.title,
                            document.text,
                            document.url,
                            document.date,
                            document.initiative_title,
                            document.initiative_url,
                            document.keywords,
                            " ".join(prefix + term for term in title_terms),
                            " ".join(prefix + term for term in body_terms),
                            document.language,
                        )
                    )
                cursor.executemany(INSERT_DOCUMENT, rows)
                marks = ", ".join(["%s"] * len(batch))
                cursor.execute(
                    f"SELECT document_id, id FROM search_indexeddocument WHERE document_id IN ({marks})",
                    [document.id for document in batch],
                )
                row_of = dict(cursor.fetchall())
                cursor.executemany(
                    INSERT_FACET_VALUE,
                    [
                        (row_of[document.id], document.locale, facet, value)
                        for document in batch
                        for facet, values in document_facet_values(document).items()
                        if facet != "kind"  # the document row holds the kind
                        for value in values
                    ],
                )
            cursor.executemany(
                INSERT_TERM,
                [
                    (locale, term, word)
                    for locale, words in vocabulary.items()
                    for term, word in words.items()
                    if len(term) <= MAX_TERM_LENGTH and len(word) <= MAX_TERM_LENGTH
                ],
            )

    def _touch(self, locales: Iterable[str]) -> None:
        for locale in locales:
            IndexVersion.objects.using(self.using).update_or_create(
                locale=locale, defaults={"token": uuid.uuid4().hex}
            )
        index_changes_at_commit(self.using)
