"""Terms go through the same "Review before publishing" workflow as pages and the other snippets,
and the editorial groups may work on them: Editors and Moderators add, change and delete terms,
Moderators also publish, lock and unlock them, Translators change (translate) them. Permissions may
not exist yet (post_migrate creates them later), so they are created here."""

from django.db import migrations

WORKFLOW_NAME = "Review before publishing"  # created by home.0004_editorial_groups
ACTIONS = {
    "Editors": ["add", "change", "delete"],
    "Moderators": ["add", "change", "delete", "publish", "lock", "unlock"],
    "Translators": ["change"],
}


def give_workflow_and_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")

    content_type, _ = ContentType.objects.get_or_create(app_label="glossary", model="term")
    for group in Group.objects.filter(name__in=ACTIONS):
        for action in ACTIONS[group.name]:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_term", defaults={"name": f"Can {action} term"}
            )
            group.permissions.add(permission)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def take_them_away(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    WorkflowContentType.objects.filter(content_type__app_label="glossary", content_type__model="term").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_terms"),
        ("home", "0004_editorial_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(give_workflow_and_groups, take_them_away)]
