"""The portal's document model replaced Wagtail's (documents/0002, resources/0009): a database
made before the swap keeps its documents with their ids, files, collections and tags, the pages
that link them, and the editors' permissions on them.

The database is migrated back to the last migrations before the swap, filled through the models of
that state (as the code before the swap wrote it), then migrated forward to the latest.
"""

import importlib
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.documents.models import Document as WagtailDocument
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from resources.models import ToolPage

# The last migrations before the swap; documents had none.
BEFORE_THE_SWAP = [("resources", "0008_study_trip_meeting_place_address")]
EDITORIAL_GROUPS = importlib.import_module("home.migrations.0004_editorial_groups")
TITLE, SLUG, TAG, GROUP, COLLECTION, USERS = (
    "Sluttrapport Seved",
    "seved-swap-",
    "final-report-swap",
    "Document swappers",
    "Reports before the swap",
    ("swap-editor", "swap-chooser"),
)
# Above any id a fresh database has, so a sequence left at its start would be noticed.
OLD_ID = 41


def migrate_to_the_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


@pytest.fixture
def old_apps(django_db_setup, django_db_blocker, settings, tmp_path):
    """The models as the code before the swap had them, on the test database migrated back to then
    (outside a test transaction: see tests/core/test_image_model_move.py); afterwards the database
    is migrated to the latest again and what the test made is deleted."""
    settings.MEDIA_ROOT = tmp_path
    with django_db_blocker.unblock():
        collection = Collection.get_first_root_node().add_child(name=COLLECTION)
        executor = MigrationExecutor(connection)
        executor.migrate([("documents", None), *BEFORE_THE_SWAP])
        try:
            yield executor.loader.project_state(BEFORE_THE_SWAP).apps, collection
        finally:
            migrate_to_the_latest()
            remove_what_the_test_made()


def remove_what_the_test_made():
    ToolPage.objects.filter(slug__startswith=SLUG).delete()
    get_document_model().objects.filter(collection__name=COLLECTION).delete()
    WagtailDocument.objects.filter(title=TITLE).delete()
    Tag.objects.filter(name=TAG).delete()
    Group.objects.filter(name=GROUP).delete()
    get_user_model().objects.filter(username__in=USERS).delete()
    Collection.objects.filter(name=COLLECTION).delete()


def make_old_document(apps, collection):
    """A document and its tag as Wagtail's own model saved them (the file stored first, as an
    upload would be)."""
    DocumentThen = apps.get_model("wagtaildocs", "Document")
    ContentTypeThen = apps.get_model("contenttypes", "ContentType")
    TagThen = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    name = default_storage.save("documents/sluttrapport.txt", ContentFile(b"Sluttrapport for Seved."))
    document = DocumentThen.objects.create(
        id=OLD_ID,
        title=TITLE,
        file=name,
        collection_id=collection.pk,
        file_size=23,
        file_hash="0" * 40,
    )
    document_type = ContentTypeThen.objects.get_or_create(app_label="wagtaildocs", model="document")[0]
    tag = TagThen.objects.create(name=TAG, slug=TAG)
    TaggedItem.objects.create(tag=tag, content_type=document_type, object_id=document.pk)
    return DocumentThen.objects.get(pk=document.pk)


def make_old_tool(apps, document):
    """A tool page whose document is the document, below Wagtail's root page."""
    ContentTypeThen = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    ToolPageThen = apps.get_model("resources", "ToolPage")
    root = Page.objects.get(depth=1)
    page = ToolPageThen.objects.create(
        title="Handbook",
        draft_title="Handbook",
        slug=f"{SLUG}{uuid.uuid4().hex[:6]}",
        path=f"{root.path}ZZZY",
        depth=2,
        numchild=0,
        url_path="/handbook/",
        locale=root.locale,
        translation_key=uuid.uuid4(),
        content_type=ContentTypeThen.objects.get_or_create(app_label="resources", model="toolpage")[0],
        live=True,
        summary="How to run a walk with residents.",
        tool_type="handbook",
        document=document,
    )
    Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return page


def make_old_group(apps, name, collection):
    """A group holding the Editors' collection permissions (0004_editorial_groups) on the collection."""
    GroupThen = apps.get_model("auth", "Group")
    GroupCollectionPermissionThen = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = GroupThen.objects.create(name=name)
    for app_label, model, codenames in EDITORIAL_GROUPS.COLLECTION_PERMISSIONS["Editors"]:
        for codename in codenames:
            GroupCollectionPermissionThen.objects.create(
                group=group,
                collection_id=collection.pk,
                permission=EDITORIAL_GROUPS.permission(apps, app_label, model, codename),
            )
    for app_label, model, codename in EDITORIAL_GROUPS.GLOBAL_PERMISSIONS["Editors"]:
        group.permissions.add(EDITORIAL_GROUPS.permission(apps, app_label, model, codename))
    return group


def test_documents_pages_tags_and_permissions_survive_the_swap(old_apps, client):
    apps_then, collection = old_apps
    document_then = make_old_document(apps_then, collection)
    tool_then = make_old_tool(apps_then, document_then)
    group_then = make_old_group(apps_then, GROUP, collection)

    migrate_to_the_latest()

    Document = get_document_model()
    assert Document._meta.label == "documents.PortalDocument"
    document = Document.objects.get(pk=OLD_ID)
    assert (document.title, document.file.name, document.collection_id) == (
        TITLE,
        document_then.file.name,
        collection.pk,
    )
    assert document.created_at == document_then.created_at
    assert document.file.read() == b"Sluttrapport for Seved."
    assert list(document.tags.names()) == [TAG]
    assert ToolPage.objects.get(pk=tool_then.pk).document == document

    # Ids given by the copy are skipped by the next upload (PostgreSQL's sequence was reset).
    newer = Document.objects.create(
        title="Newer", file=ContentFile(b"x", name="newer.txt"), collection=collection
    )
    assert newer.pk > OLD_ID

    # The group's grants still count: Wagtail checks them against wagtaildocs.Document.
    policy = policy_registry.get_by_type(Document)
    users = get_user_model().objects
    editor = users.create_user(username="swap-editor", password="x")
    editor.groups.add(group_then.pk)
    assert all(policy.user_has_permission(editor, action) for action in ("add", "change", "choose"))
    assert document in policy.instances_user_has_permission_for(editor, "change")

    client.force_login(editor)
    response = client.get("/admin/documents/")
    assert response.status_code == 200
    assert TITLE in response.content.decode()
    response = client.get("/admin/documents/chooser/")
    assert TITLE in response.json()["html"]
    assert client.get(f"/admin/documents/edit/{OLD_ID}/").status_code == 200


@pytest.mark.django_db
def test_an_editor_of_the_editors_group_uploads_a_document(client, settings, tmp_path):
    """The Editors group made by home/0004 may add documents to the portal's model."""
    settings.MEDIA_ROOT = tmp_path
    editor = get_user_model().objects.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Årsrapport",
            "file": SimpleUploadedFile("arsrapport.txt", b"Arsrapport 2024.\n", content_type="text/plain"),
            "collection": Collection.get_first_root_node().pk,
            "language": "nb",
            "year": "2024",
            "publisher": "Malmö stad",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    document = get_document_model().objects.get(title="Årsrapport")
    assert (document.language, document.year, document.publisher) == ("nb", 2024, "Malmö stad")
    assert document.uploaded_by_user == editor
