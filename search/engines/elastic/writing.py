"""Writing Elasticsearch: documents into each locale's alias, and rebuilds into fresh indexes that
replace the old ones in one alias swap."""

from __future__ import annotations

from collections.abc import Iterable

from elasticsearch import helpers

from search.engines.base import SearchDocument, SearchWriter
from search.engines.elastic.connection import ElasticsearchConnection
from search.engines.elastic.mapping import MAPPING_PROPERTIES, analysis_settings, source
from search.engines.generation import index_changed


class ElasticsearchWriter(ElasticsearchConnection, SearchWriter):
    def index_settings(self, locale: str) -> dict:
        return {
            "settings": {
                "number_of_shards": self.shards,
                "number_of_replicas": 0,
                "analysis": analysis_settings(locale),
            },
            "mappings": {"dynamic": "strict", "properties": MAPPING_PROPERTIES},
        }

    def create_index(self, locale: str) -> str:
        name = self.new_index_name(locale)
        body = self.index_settings(locale)
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
        return name

    def ensure_alias(self, locale: str) -> None:
        if not self.client.indices.exists_alias(name=self.alias(locale)):
            name = self.create_index(locale)
            self.client.indices.put_alias(index=name, name=self.alias(locale))
        elif locale not in self._mapped:
            # An index made before a field was added to the mapping gets it (the mapping is strict,
            # so documents with it would be refused); documents indexed before it lack its values
            # until `rebuild_search_index`.
            self.client.indices.put_mapping(index=self.alias(locale), properties=MAPPING_PROPERTIES)
        self._mapped.add(locale)

    def visible_refresh(self):
        """A write returns once searches see it (the next scheduled refresh, at most
        refresh_interval later), so the index generation moves on only then; tests refresh at once."""
        return True if self.refresh else "wait_for"

    def index(self, documents: list[SearchDocument]) -> None:
        for locale in {document.locale for document in documents}:
            self.ensure_alias(locale)
        actions = (
            {"_op_type": "index", "_index": self.alias(doc.locale), "_id": doc.id, "_source": source(doc)}
            for doc in documents
        )
        try:
            helpers.bulk(self.client, actions, refresh=self.visible_refresh(), chunk_size=1000)
        finally:
            index_changed()  # after a failure too: part of the batch may have been written

    def delete(self, document_ids: list[str]) -> None:
        # Ids need not name their locale, so delete from every locale (delete_by_query lives in the
        # reindex module, which the integration-test distribution lacks).
        aliases = [self.alias(locale) for locale in self.locales]
        aliases = [alias for alias in aliases if self.client.indices.exists_alias(name=alias)]
        actions = [
            {"_op_type": "delete", "_index": alias, "_id": document_id}
            for alias in aliases
            for document_id in document_ids
        ]
        if not actions:
            return
        try:
            _done, errors = helpers.bulk(
                self.client, actions, refresh=self.visible_refresh(), raise_on_error=False
            )
        finally:
            index_changed()  # after a failure too: part of the batch may have been deleted
        failures = [error for error in errors if error.get("delete", {}).get("status") != 404]
        if failures:
            raise RuntimeError(f"Elasticsearch could not delete {failures[:3]}")

    def bulk_load(self, index: str, documents: Iterable[SearchDocument], chunk_size: int = 1000) -> int:
        """Bulk requests from two threads, so building one request overlaps Elasticsearch indexing another."""
        actions = (
            {"_op_type": "index", "_index": index, "_id": doc.id, "_source": source(doc)} for doc in documents
        )
        indexed = 0
        for ok, item in helpers.parallel_bulk(
            self.client.options(request_timeout=120), actions, thread_count=2, chunk_size=chunk_size
        ):
            if not ok:
                raise RuntimeError(f"Elasticsearch refused a document: {item}")
            indexed += 1
        return indexed

    def rebuild(self, documents_by_locale: dict[str, list[SearchDocument]]) -> None:
        """Fill fresh indexes while the aliases still serve the old ones, then swap them in one call."""
        locales = sorted(set(self.locales) | set(documents_by_locale))
        new_indexes = {}
        try:
            for locale in locales:
                name = self.create_index(locale)
                new_indexes[locale] = name
                loading = {"refresh_interval": "-1", "translog.durability": "async"}
                self.client.indices.put_settings(index=name, settings=loading)
                self.bulk_load(name, documents_by_locale.get(locale, ()))
                serving = {"refresh_interval": None, "translog.durability": None}
                self.client.indices.put_settings(index=name, settings=serving)
                self.client.indices.refresh(index=name)
                # One segment per shard: a fresh index is read far more than written, and counting
                # facets over one segment needs no mapping of its values to the shard's ordinals.
                self.client.options(request_timeout=3600).indices.forcemerge(index=name, max_num_segments=1)
        except Exception:
            for name in new_indexes.values():
                self.client.indices.delete(index=name, ignore_unavailable=True)
            raise
        old_indexes = self.indexes_behind_aliases(locales)
        actions = []
        for locale, name in new_indexes.items():
            for old in old_indexes.get(locale, ()):
                actions.append({"remove": {"index": old, "alias": self.alias(locale)}})
            actions.append({"add": {"index": name, "alias": self.alias(locale)}})
        self.client.indices.update_aliases(actions=actions)
        index_changed()
        stale = [old for names in old_indexes.values() for old in names]
        if stale:
            self.client.indices.delete(index=",".join(stale), ignore_unavailable=True)

    def indexes_behind_aliases(self, locales: Iterable[str]) -> dict[str, list[str]]:
        found = {}
        for locale in locales:
            alias = self.alias(locale)
            if self.client.indices.exists_alias(name=alias):
                found[locale] = sorted(self.client.indices.get_alias(name=alias).body)
        return found

    def drop(self) -> None:
        """Delete every index of this prefix (tests and benchmarks clean up with it)."""
        # Wildcard deletes are refused by default (action.destructive_requires_name), so name them.
        names = list(
            self.client.indices.get(
                index=f"{self.prefix}-search-*", allow_no_indices=True, expand_wildcards="all"
            ).body
        )
        if names:
            self.client.indices.delete(index=",".join(names), ignore_unavailable=True)
