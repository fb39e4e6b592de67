"""The full-text structures the ORM cannot describe: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        locale, title_terms, body_terms,
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
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_after_update",
    "DROP TRIGGER IF EXISTS search_fts_after_delete",
    "DROP TRIGGER IF EXISTS search_fts_after_insert",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    """ALTER TABLE search_indexeddocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'B')) STORED""",
    "CREATE INDEX search_indexeddocument_vector ON search_indexeddocument USING GIN (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_indexeddocument_vector",
    "ALTER TABLE search_indexeddocument DROP COLUMN IF EXISTS search_vector",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
