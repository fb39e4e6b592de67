"""Editors, Moderators and Translators, and a "Review before publishing" workflow.

Pages are created by `setup_site` after migrations, so permissions and the workflow
hang on Wagtail's root page (depth 1): they apply to every language's tree below it.
Permissions may not exist yet on a fresh database (post_migrate creates them later),
so they are created here by natural key when missing.
"""

from django.db import migrations

WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Moderator approval"

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    "Translators": ["change_page"],
}
SNIPPET_MODELS = [("taxonomy", "theme"), ("taxonomy", "legalbasis"), ("taxonomy", "municipality")]
SNIPPET_ACTIONS = {
    "Editors": ["add", "change", "delete"],
    "Moderators": ["add", "change", "delete"],
    "Translators": ["change"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("home", "portalimage", ["add_portalimage", "change_portalimage", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
    ],
    "Moderators": [
        ("home", "portalimage", ["add_portalimage", "change_portalimage", "delete_portalimage", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "delete_document", "choose_document"]),
    ],
    "Translators": [
        ("home", "portalimage", ["choose_image"]),
        ("wagtaildocs", "document", ["choose_document"]),
    ],
}
GLOBAL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "admin", "access_admin")],
    "Moderators": [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
    ],
    "Translators": [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
    ],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    name = codename.replace("_", " ").capitalize()
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {name[0].lower()}{name[1:]}"}
    )[0]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in PAGE_PERMISSIONS}

    for name, group in groups.items():
        # Wagtail's default groups may hold more on the root page than we intend (never publish for editors).
        GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
            permission__codename__in=PAGE_PERMISSIONS[name]
        ).delete()
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
            )
        for app_label, model in SNIPPET_MODELS:
            for action in SNIPPET_ACTIONS[name]:
                group.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))
        for app_label, model, codenames in COLLECTION_PERMISSIONS[name]:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(apps, app_label, model, codename),
                )
        for app_label, model, codename in GLOBAL_PERMISSIONS[name]:
            group.permissions.add(permission(apps, app_label, model, codename))

    create_review_workflow(apps, root_page, groups["Moderators"])


def create_review_workflow(apps, root_page, moderators):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([moderators])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore.Workflow")
    Workflow.objects.filter(name=WORKFLOW_NAME).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_featuredinitiative"),
        ("taxonomy", "0002_alter_legalbasis_country_alter_municipality_country"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_workflow)]
