"""The image models now belong to the core app (core/migrations/0001): the home app forgets them,
and their content types are renamed from home to core.

The state goes only: the tables home_portalimage and home_portalrendition stay, with every row.
The content types are renamed, not replaced, so their ids stay and with them everything that
points at them: the add/change/delete/choose permissions the editorial groups hold on collections
(0004_editorial_groups), tags, search index entries, the reference index and admin log entries.
"""

from django.db import migrations

MODELS = ["portalimage", "portalrendition"]


def rename_content_types(apps, schema_editor, old_app_label, new_app_label):
    ContentType = apps.get_model("contenttypes.ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MODELS:
        old = content_types.filter(app_label=old_app_label, model=model).first()
        if old is None:
            continue
        # A content type under the new label exists only if post_migrate ran between core 0001 and
        # this migration (`migrate core`); it and its permissions are fresh and unused, the old one
        # holds what the editors were given. Deleting it first keeps (app_label, model) unique.
        content_types.filter(app_label=new_app_label, model=model).delete()
        old.app_label = new_app_label
        old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    rename_content_types(apps, schema_editor, "home", "core")


def backwards(apps, schema_editor):
    rename_content_types(apps, schema_editor, "core", "home")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_editorial_groups"),
        ("core", "0001_initial"),
        # The foreign keys to the image model must point at core's before home's can go.
        ("cases", "0005_alter_initiativepage_image"),
        ("resources", "0006_alter_studytrippage_image"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="PortalRendition"),
                migrations.DeleteModel(name="PortalImage"),
            ],
            # The tables are core's now (Meta.db_table keeps their names): they must stay.
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
