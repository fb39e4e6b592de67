"""The portal's document model replaces Wagtail's (WAGTAILDOCS_DOCUMENT_MODEL): every row of
wagtaildocs_document is copied into documents_portaldocument with its id, so the foreign keys of
resources/0009 and the document ids inside StreamFields (attachments, phase resources) keep
pointing at the same document, and the files stay where they are.

What pointed at Wagtail's document by content type follows it: tags, the reference index (where a
document is used), the admin search index and the documents' history. The editors' collection
permissions stay on wagtaildocs.Document: Wagtail checks document permissions against that model
whatever the document model is (wagtail.documents.get_permission_policy, auth_model).

The old table is left as it was at the swap; nothing reads it any more.
"""

from django.core.management.color import no_style
from django.db import migrations

FIELDS = [
    "id",
    "title",
    "file",
    "created_at",
    "uploaded_by_user_id",
    "collection_id",
    "file_size",
    "file_hash",
]
# Rows that name a document by content type and id.
BY_CONTENT_TYPE = [
    ("taggit", "TaggedItem", ["content_type"]),
    ("wagtailcore", "ReferenceIndex", ["content_type", "base_content_type", "to_content_type"]),
    ("wagtailcore", "ModelLogEntry", ["content_type"]),
    ("wagtailsearch", "IndexEntry", ["content_type"]),
]
BATCH = 500


def copy_rows(source, target, connection):
    """Every row of `source` missing from `target`, with its id and its created_at (which
    bulk_create would set to now: auto_now_add)."""
    existing = set(target.objects.using(connection.alias).values_list("pk", flat=True))
    rows = [
        row
        for row in source.objects.using(connection.alias).order_by("pk").values(*FIELDS)
        if row["id"] not in existing
    ]
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        copies = target.objects.using(connection.alias).bulk_create(target(**row) for row in batch)
        for copy, row in zip(copies, batch, strict=True):
            copy.created_at = row["created_at"]
        target.objects.using(connection.alias).bulk_update(copies, ["created_at"])
    # The ids were given, not drawn: PostgreSQL's sequence must start after the highest.
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [target]):
            cursor.execute(statement)


def repoint_content_type(apps, connection, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(connection.alias)
    old_type = content_types.filter(app_label=old[0], model=old[1]).first()
    if old_type is None:
        return
    new_type = content_types.get_or_create(app_label=new[0], model=new[1])[0]
    for app_label, model_name, fields in BY_CONTENT_TYPE:
        model = apps.get_model(app_label, model_name)
        for field in fields:
            model.objects.using(connection.alias).filter(**{field: old_type}).update(**{field: new_type})


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    copy_rows(apps.get_model("wagtaildocs", "Document"), apps.get_model("documents", "PortalDocument"), connection)
    repoint_content_type(apps, connection, ("wagtaildocs", "document"), ("documents", "portaldocument"))


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    copy_rows(apps.get_model("documents", "PortalDocument"), apps.get_model("wagtaildocs", "Document"), connection)
    repoint_content_type(apps, connection, ("documents", "portaldocument"), ("wagtaildocs", "document"))


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
