"""The durable outbox of writes Elasticsearch missed, and the healing that replays them.

A write to an engine other than the embedded one that fails (or is skipped by its circuit breaker)
leaves one PendingWrite row per document id. Healing takes each document's current state from the
embedded index, which is written in the same transaction as the content and so always current: the
latest state wins, however many writes were missed. A document no longer there is deleted.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone

from search.engines.base import SearchDocument, SearchWriter
from search.engines.breaker import CircuitOpen
from search.models import IndexedDocument, IndexedFacetValue, PendingWrite

logger = logging.getLogger(__name__)

BATCH = 500


def guarded(engine: SearchWriter, func, *args):
    """`func(*args)` through the engine's circuit breaker, when it has one."""
    breaker = getattr(engine, "breaker", None)
    return breaker.call(func, *args) if breaker else func(*args)


def push(engine: SearchWriter, documents: list[SearchDocument], stale_ids: list[str]) -> None:
    if stale_ids:
        engine.delete(stale_ids)
    if documents:
        engine.index(documents)


def record(engine: SearchWriter, document_ids: list[str]) -> None:
    """Remember that `engine` missed the latest state of `document_ids`."""
    now = timezone.now()
    rows = [PendingWrite(engine=engine.name, document_id=id_, changed_at=now) for id_ in set(document_ids)]
    PendingWrite.objects.bulk_create(
        rows,
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["engine", "document_id"],
        update_fields=["changed_at"],
    )


def write_or_record(engine: SearchWriter, documents: list[SearchDocument], stale_ids: list[str]) -> None:
    """Write to `engine`; what it misses goes to the outbox. Never raises: the content change stands."""
    try:
        guarded(engine, push, engine, documents, stale_ids)
        return
    except CircuitOpen:
        pass  # skipped without waiting; the breaker logged once when it opened
    except Exception as error:  # noqa: BLE001 - an engine being down must not undo an editor's change
        logger.warning(
            "Updating the %s search index failed (%s: %s); heal_search_index will retry",
            engine.name,
            type(error).__name__,
            str(error)[:200],
        )
    try:
        record(engine, [document.id for document in documents] + list(stale_ids))
    except Exception:  # noqa: BLE001 - logged with its cause; `rebuild_search_index` mends any engine
        logger.exception("Recording the missed %s search index writes failed", engine.name)


def pending_count(engine_name: str | None = None) -> int:
    rows = PendingWrite.objects.all()
    return (rows.filter(engine=engine_name) if engine_name else rows).count()


def stored_documents(document_ids: list[str]) -> list[SearchDocument]:
    """The embedded index's current version of each of `document_ids` that it holds."""
    rows = list(IndexedDocument.objects.filter(document_id__in=document_ids))
    facets: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    values = IndexedFacetValue.objects.filter(document_row__in=[row.pk for row in rows]).order_by("pk")
    for row_id, facet, value in values.values_list("document_row", "facet", "value"):
        facets[row_id][facet].append(value)
    return [
        SearchDocument(
            id=row.document_id,
            locale=row.locale,
            kind=row.kind,
            title=row.title,
            text=row.text,
            url=row.url,
            date=row.date,
            initiative_title=row.initiative_title,
            initiative_url=row.initiative_url,
            keywords=row.keywords,
            facets={facet: tuple(found) for facet, found in facets[row.pk].items()},
        )
        for row in rows
    ]


@dataclass
class Healing:
    pending: int = 0  # rows there were at the start
    written: int = 0
    deleted: int = 0
    skipped: bool = False  # the breaker is open: nothing was tried
    error: str = ""  # the node failed during healing; the rest waits for the next run


def heal(engine: SearchWriter, batch: int = BATCH) -> Healing:
    """Write the current state of every document `engine` missed, in batches; a row goes only once
    its document was written after the row's last failure (a newer failure keeps it)."""
    rows = PendingWrite.objects.filter(engine=engine.name)
    ids = list(rows.order_by("changed_at", "pk").values_list("document_id", flat=True))
    healing = Healing(pending=len(ids))
    if not ids:
        return healing
    breaker = getattr(engine, "breaker", None)
    if breaker and not breaker.allows():
        healing.skipped = True
        return healing
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        seen = timezone.now()  # before reading the content: a write after this keeps its row
        documents = stored_documents(chunk)
        gone = sorted(set(chunk) - {document.id for document in documents})
        try:
            guarded(engine, push, engine, documents, gone)
        except Exception as error:  # noqa: BLE001 - reported; the rows stay for the next run
            healing.error = f"{type(error).__name__}: {error}"[:300]
            return healing
        rows.filter(document_id__in=chunk, changed_at__lte=seen).delete()
        healing.written += len(documents)
        healing.deleted += len(gone)
    return healing
