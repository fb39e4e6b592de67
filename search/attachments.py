"""Documents attached to a page, searchable as kind "document": the report's own text, found in
the locale of the page that links it, with that page named and linked on the hit.

A page's attachments are the documents its fields point at (a document field, a StreamField's
document blocks, a rich-text link to a document), read from the page itself rather than from
Wagtail's reference index, which the worker may not have brought up to date yet. A document is
searchable when its text was extracted from its current file (documents.DocumentText) and its
collection, and every collection above it, has no view restriction.

Ids are "<locale>:<page id>:document:<document id>": under the page's prefix, so publishing,
unpublishing or restricting the page adds and drops its documents with it (search.indexing).
"""

from __future__ import annotations

import html
import re

from django.apps import apps
from django.db.models import OuterRef, Subquery
from wagtail.documents import get_document_model

from core.public_tree import public_documents as public_documents_of
from search.engines.base import SearchDocument

DOCUMENT_ID = re.compile(r":document:(\d+)$")


def attached_document_ids(page) -> list[int]:
    """The ids of the documents `page`'s own fields point at, in field order."""
    document_model = get_document_model()
    found = []
    for field in page._meta.concrete_fields:
        if field.many_to_one and field.related_model is document_model:
            found.append(field.value_from_object(page))
        elif hasattr(field, "extract_references"):
            references = field.extract_references(field.value_from_object(page))
            found += [object_id for model, object_id, *_where in references if model is document_model]
    return list(dict.fromkeys(int(pk) for pk in found if pk))


def public_documents(ids) -> list:
    """The documents of `ids` (in that order) that the public may read, each with `pages`: the
    text extracted from its current file, page by page. A document without one is left out."""
    if not ids:
        return []
    documents = public_documents_of(get_document_model().objects.filter(pk__in=ids))
    documents = {document.pk: document for document in documents}
    texts = apps.get_model("documents", "DocumentText").objects.filter(
        document_id__in=documents, status="extracted"
    )
    current = {}
    for text in texts.only("document_id", "file_hash", "pages"):
        if text.file_hash == documents[text.document_id].file_hash:
            current[text.document_id] = text.pages
    found = []
    for pk in ids:
        if pk in current:
            documents[pk].pages = current[pk]
            found.append(documents[pk])
    return found


def attached_documents(page, locale: str, page_url: str, facets: dict, date: str = "") -> list:
    """The searchable documents of `page`, built as the page's locale reads them. They carry the
    page's facets (a report is about what its page is about), their own kind and language."""
    documents = []
    for document in public_documents(attached_document_ids(page)):
        documents.append(
            SearchDocument(
                id=f"{locale}:{page.pk}:document:{document.pk}",
                locale=locale,
                kind="document",
                title=document.title,
                text="\n".join(" ".join(text.split()) for text in document.pages if text.strip()),
                url=document.url,
                date=f"{document.year:04d}-01-01" if document.year else date,
                initiative_title=page.title,
                initiative_url=page_url,
                keywords=document.publisher,
                facets=facets,
                language=document.language if document.language not in ("", locale) else "",
            )
        )
    return documents


# --- where in a document a hit is -------------------------------------------------------------------

SNIPPET_PARTS = re.compile(r"\s*…\s*")
TAGS = re.compile(r"<[^>]+>")


def normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def page_numbers(hits) -> dict[str, int]:
    """{hit's document_id: the number of the document's page its snippet comes from} for the
    document hits among `hits`, found by looking for the snippet's longest stretch of text in the
    pages extracted from the document's current file. One query, whatever the engine."""
    wanted = {}
    for hit in hits:
        match = DOCUMENT_ID.search(hit.document_id) if hit.kind == "document" else None
        if match and hit.snippet:
            stretches = SNIPPET_PARTS.split(html.unescape(TAGS.sub("", hit.snippet)))
            wanted[hit.document_id] = (int(match.group(1)), normalised(max(stretches, key=len)))
    if not wanted:
        return {}
    document_ids = {pk for pk, _stretch in wanted.values()}
    current_hash = get_document_model().objects.filter(pk=OuterRef("document_id")).values("file_hash")[:1]
    texts = apps.get_model("documents", "DocumentText").objects.filter(
        document_id__in=document_ids, status="extracted", file_hash=Subquery(current_hash)
    )
    pages = {}
    for text in texts.only("document_id", "pages"):
        pages[text.document_id] = [normalised(page) for page in text.pages]
    numbers = {}
    for hit_id, (pk, stretch) in wanted.items():
        # A snippet may run over a page break: then the page its first half is on.
        middle = len(stretch) // 2
        for part in (stretch, stretch[:middle], stretch[middle:]):
            found = (n for n, page in enumerate(pages.get(pk, ()), start=1) if part and part in page)
            number = next(found, None)
            if number:
                numbers[hit_id] = number
                break
    return numbers
