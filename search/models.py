"""The embedded engine's index, in the site's own database.

Documents keep their pre-analysed terms (search.analysis), so SQLite's FTS5 (`search_fts`,
an external-content table kept in step by triggers) and PostgreSQL's `search_vector`
(a generated tsvector column with a GIN index) need no language knowledge of their own.
Both are created by migration 0002 for the database in use; Django never touches them.
"""

from django.db import DEFAULT_DB_ALIAS, connections, models


class IndexedDocument(models.Model):
    document_id = models.CharField(max_length=200, unique=True)
    locale = models.CharField(max_length=8, db_index=True)
    kind = models.CharField(max_length=20)
    title = models.TextField()
    text = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.CharField(max_length=32, blank=True)
    initiative_title = models.TextField(blank=True)
    initiative_url = models.CharField(max_length=500, blank=True)
    keywords = models.TextField(blank=True)
    # SearchDocument.language. Nullable: SQLite then adds the column in place, where a default
    # would make Django rebuild the table and lose the full-text triggers (migration 0002).
    language = models.CharField(max_length=8, null=True, blank=True)  # noqa: DJ001
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)

    class Meta:
        # Covers the newest-first listing each process loads, without touching the wide rows.
        indexes = [models.Index(fields=["locale", "-date", "document_id", "kind"], name="search_doc_newest")]

    def __str__(self):
        return self.document_id


class IndexedFacetValue(models.Model):
    # A plain integer, not a ForeignKey: deleting a whole locale stays one statement each.
    document_row = models.BigIntegerField(db_index=True)
    locale = models.CharField(max_length=8)
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=100)

    class Meta:
        # Covering: loading a locale's facets reads only this index.
        indexes = [
            models.Index(fields=["locale", "facet", "value", "document_row"], name="search_facet_rows"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


class IndexedTerm(models.Model):
    """The vocabulary of one locale: typo tolerance and "did you mean" pick from it."""

    locale = models.CharField(max_length=8)
    term = models.CharField(max_length=100)
    word = models.CharField(max_length=100)  # a word as written that gives this term, to suggest

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "term"], name="search_term_unique")]

    def __str__(self):
        return self.term


class IndexVersion(models.Model):
    """Changes with every write to a locale, so each process knows when its cached facets are stale."""

    locale = models.CharField(max_length=8, primary_key=True)
    token = models.CharField(max_length=32)

    def __str__(self):
        return f"{self.locale}: {self.token}"

    @classmethod
    def current(cls, locale: str, using: str = DEFAULT_DB_ALIAS) -> str:
        """The token of `locale` ("" before its first write). Every search asks, so plain SQL."""
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT token FROM {cls._meta.db_table} WHERE locale = %s", [locale])
            found = cursor.fetchone()
        return found[0] if found else ""


class PendingWrite(models.Model):
    """A document another engine than the embedded one missed: its write failed, or was skipped while
    the engine's circuit breaker was open. `heal_search_index` writes the document's current state
    there (or deletes it) and removes the row; /healthz calls the engine "stale" while any remain."""

    engine = models.CharField(max_length=40)
    document_id = models.CharField(max_length=200)
    changed_at = models.DateTimeField()  # the last failed write; healing removes only rows it has seen

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["engine", "document_id"], name="search_pending_unique"),
        ]

    def __str__(self):
        return f"{self.engine}: {self.document_id}"
