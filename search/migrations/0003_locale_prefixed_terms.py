"""Terms carry their locale ("nb0kommun"), so a full-text match needs no locale phrase.

FTS5's bm25 reads the whole posting list of every phrase in the query to weigh it; a locale
phrase matching every document of the language made each ranked search pay for that. The
locale column stays (UNINDEXED) so bm25's column weights keep their positions.
"""

import re

from django.db import migrations

SQLITE_TABLE = [
    "DROP TRIGGER IF EXISTS search_fts_after_update",
    "DROP TRIGGER IF EXISTS search_fts_after_delete",
    "DROP TRIGGER IF EXISTS search_fts_after_insert",
    "DROP TABLE IF EXISTS search_fts",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        locale UNINDEXED, title_terms, body_terms,
        content='search_indexeddocument', content_rowid='id',
        tokenize="unicode61 remove_diacritics 0 tokenchars '_'")""",
    """CREATE TRIGGER search_fts_after_insert AFTER INSERT ON search_indexeddocument BEGIN
        INSERT INTO search_fts(rowid, locale, title_terms, body_terms)
        VALUES (new.id, new.locale, new.title_terms, new.body_terms);
    END""",
    """CREATE TRIGGER search_fts_after_delete AFTER DELETE ON search_indexeddocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, locale, title_terms, body_terms)
        VALUES ('delete', old.id, old.locale, old.title_terms, old.body_terms);
    END""",
    """CREATE TRIGGER search_fts_after_update AFTER UPDATE ON search_indexeddocument BEGIN
        INSERT INTO search_fts(search_fts, rowid, locale, title_terms, body_terms)
        VALUES ('delete', old.id, old.locale, old.title_terms, old.body_terms);
        INSERT INTO search_fts(rowid, locale, title_terms, body_terms)
        VALUES (new.id, new.locale, new.title_terms, new.body_terms);
    END""",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]


def prefix_terms(apps, schema_editor):
    IndexedDocument = apps.get_model("search", "IndexedDocument")
    using = schema_editor.connection.alias
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_TABLE:
            schema_editor.execute(statement)
    for document in IndexedDocument.objects.using(using).only("locale", "title_terms", "body_terms"):
        prefix = re.sub(r"[^a-z]", "", document.locale.lower()) + "0"
        document.title_terms = " ".join(prefix + term for term in document.title_terms.split())
        document.body_terms = " ".join(prefix + term for term in document.body_terms.split())
        document.save(update_fields=["title_terms", "body_terms"])


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [migrations.RunPython(prefix_terms, migrations.RunPython.noop)]
