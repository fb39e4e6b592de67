"""The image models moved from the home app to core (core/migrations/0001, home/migrations/0005):
a database made before the move keeps its images, renditions, the pages that show them, their tags
and the editors' permissions on them.

The database is migrated back to the last migrations before the move, filled through the models
of that state (as the code before the move wrote it), then migrated forward to the latest.
"""

import importlib
import io
import uuid
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from PIL import Image as PillowImage
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry

from cases.models import InitiativePage

# Every app's last migration before the move; core had none.
BEFORE_THE_MOVE = [
    ("home", "0004_editorial_groups"),
    ("cases", "0004_alter_challenge_legal_bases_alter_challenge_themes_and_more"),
    ("resources", "0005_alter_studytrippage_initiatives_visited_and_more"),
]
EDITORIAL_GROUPS = importlib.import_module("home.migrations.0004_editorial_groups")
MOVE = importlib.import_module("home.migrations.0005_image_models_to_core")
# The names of what the test makes, to remove it afterwards.
TITLE, SLUG, TAG, GROUP, USERS = (
    "Gårdsrom på Seved",
    "seved-move-",
    "courtyard-move",
    "Image movers",
    ("chooser", "editor"),
)


def migrate_to_the_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # The content types were renamed under the process's cache; `migrate` clears it too.
    ContentType.objects.clear_cache()


@pytest.fixture
def old_apps(django_db_setup, django_db_blocker, settings, tmp_path):
    """The models as the code before the move had them, on the test database migrated back to
    then. Migrating changes the schema, so it runs outside a test transaction; pytest-django's
    transactional mode would flush the migrations' rows (root page, locales, groups) for the
    tests after it. Instead the database is migrated to the latest again and what the test made
    is deleted."""
    settings.MEDIA_ROOT = tmp_path
    with django_db_blocker.unblock():
        executor = MigrationExecutor(connection)
        executor.migrate([("core", None), *BEFORE_THE_MOVE])
        try:
            yield executor.loader.project_state(BEFORE_THE_MOVE).apps
        finally:
            migrate_to_the_latest()
            remove_what_the_test_made()


def remove_what_the_test_made():
    InitiativePage.objects.filter(slug__startswith=SLUG).delete()
    get_image_model().objects.filter(title=TITLE).delete()  # and its renditions
    Tag.objects.filter(name=TAG).delete()  # and its tagged items
    Group.objects.filter(name=GROUP).delete()  # and its collection permissions
    get_user_model().objects.filter(username__in=USERS).delete()


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (200, 120, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def make_old_image(apps):
    """An image, a rendition and a tag as Wagtail saved them at the old code (the historical
    models have no upload_to methods, so the files are stored first, as an upload would be)."""
    PortalImage = apps.get_model("home", "PortalImage")
    PortalRendition = apps.get_model("home", "PortalRendition")
    ContentTypeThen = apps.get_model("contenttypes", "ContentType")
    Tag = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    Collection = apps.get_model("wagtailcore", "Collection")

    original = default_storage.save("original_images/courtyard.png", ContentFile(png(40, 30)))
    image = PortalImage.objects.create(
        title=TITLE,
        alt_text="Children playing in a courtyard",
        file=original,
        width=40,
        height=30,
        file_size=len(default_storage.open(original).read()),
        collection=Collection.objects.get(depth=1),
    )
    small = default_storage.save("images/courtyard.width-20.png", ContentFile(png(20, 15)))
    rendition = PortalRendition.objects.create(
        image=image, filter_spec="width-20", focal_point_key="", file=small, width=20, height=15
    )
    image_type = ContentTypeThen.objects.get_or_create(app_label="home", model="portalimage")[0]
    tag = Tag.objects.create(name=TAG, slug=TAG)
    TaggedItem.objects.create(tag=tag, content_type=image_type, object_id=image.pk)
    return image, rendition, original


def make_old_initiative(apps, image):
    """An initiative page whose main image is the image, below Wagtail's root page."""
    ContentTypeThen = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    InitiativePageThen = apps.get_model("cases", "InitiativePage")
    root = Page.objects.get(depth=1)
    page = InitiativePageThen.objects.create(
        title="Seved",
        draft_title="Seved",
        slug=f"{SLUG}{uuid.uuid4().hex[:6]}",
        path=f"{root.path}ZZZZ",
        depth=2,
        numchild=0,
        url_path="/seved/",
        locale=root.locale,
        translation_key=uuid.uuid4(),
        content_type=ContentTypeThen.objects.get_or_create(app_label="cases", model="initiativepage")[0],
        live=True,
        summary="A courtyard shared by three blocks.",
        country="SE",
        start_year=2019,
        image=image,
    )
    Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return page


def make_old_group(apps, name):
    """A group holding the Editors' permissions, made by the functions of 0004_editorial_groups."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermissionThen = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group = Group.objects.create(name=name)
    for app_label, model, codenames in EDITORIAL_GROUPS.COLLECTION_PERMISSIONS["Editors"]:
        for codename in codenames:
            GroupCollectionPermissionThen.objects.create(
                group=group,
                collection=Collection.objects.get(depth=1),
                permission=EDITORIAL_GROUPS.permission(apps, app_label, model, codename),
            )
    for app_label, model, codename in EDITORIAL_GROUPS.GLOBAL_PERMISSIONS["Editors"]:
        group.permissions.add(EDITORIAL_GROUPS.permission(apps, app_label, model, codename))
    return group


def test_images_pages_tags_and_permissions_survive_the_move(old_apps, client):
    permission_policy = policy_registry.get_by_type(get_image_model())
    image_then, rendition_then, original = make_old_image(old_apps)
    page_then = make_old_initiative(old_apps, image_then)
    group_then = make_old_group(old_apps, GROUP)
    image_type_id = (
        old_apps.get_model("contenttypes", "ContentType")
        .objects.get(app_label="home", model="portalimage")
        .pk
    )

    migrate_to_the_latest()

    Image = get_image_model()
    assert Image._meta.label == "core.PortalImage"
    assert Image._meta.db_table == "home_portalimage"
    image = Image.objects.get(pk=image_then.pk)
    assert (image.title, image.alt_text, image.file.name) == (
        TITLE,
        "Children playing in a courtyard",
        original,
    )
    assert (image.width, image.height, image.is_decorative) == (40, 30, False)
    assert image.file.read() == png(40, 30)
    assert list(image.renditions.values_list("pk", flat=True)) == [rendition_then.pk]
    assert image.get_rendition("width-20").pk == rendition_then.pk  # found, not made again
    assert list(image.tags.names()) == [TAG]

    assert InitiativePage.objects.get(pk=page_then.pk).image == image

    # The content type was renamed, not replaced: its id and everything pointing at it stay.
    image_type = ContentType.objects.get_for_model(Image)
    assert image_type.pk == image_type_id
    assert not ContentType.objects.filter(app_label="home", model__in=["portalimage", "portalrendition"])
    assert ContentType.objects.get_for_model(Image.get_rendition_model()).app_label == "core"

    granted = GroupCollectionPermission.objects.filter(
        group_id=group_then.pk, permission__content_type=image_type
    )
    assert sorted(granted.values_list("permission__codename", flat=True)) == [
        "add_portalimage",
        "change_portalimage",
        "choose_image",
    ]

    # Wagtail checks image permissions by codename against wagtailimages.Image, whatever the
    # image model: the group's choose_image counts, its add/change_portalimage do not (as before
    # the move). Its editors may choose the image; the Editors group (Wagtail's grants on
    # wagtailimages.Image, 0004's on ours) may list and edit it.
    users = get_user_model().objects
    chooser = users.create_user(username="chooser", password="x")
    chooser.groups.add(group_then.pk)
    assert permission_policy.user_has_permission(chooser, "choose")
    assert image in permission_policy.instances_user_has_permission_for(chooser, "choose")
    editor = users.create_user(username="editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    assert all(
        permission_policy.user_has_permission(editor, action) for action in ("add", "change", "choose")
    )

    client.force_login(chooser)
    response = client.get("/admin/images/chooser/")
    assert response.status_code == 200
    assert TITLE in response.json()["html"]
    client.force_login(editor)
    for url in ("/admin/images/", "/admin/images/chooser/", f"/admin/images/{image.pk}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.json()["html"] if "chooser" in url else response.content.decode()
        assert TITLE in html, url


@pytest.fixture
def content_type_cache_cleared():
    """The renames below are rolled back with the test; the process's cache of content types
    must forget them too, or later tests get ids that no longer exist."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.mark.django_db
def test_a_content_type_made_under_core_before_the_rename_gives_way(content_type_cache_cleared):
    """`migrate core` alone runs post_migrate, which makes core's content type and permissions
    before home/migrations/0005 renames home's: the renamed one, holding the editors' grants, wins."""
    early = ContentType.objects.get(app_label="core", model="portalimage")
    moved = ContentType.objects.create(app_label="home", model="portalimage")
    grant = GroupCollectionPermission.objects.create(
        group=Group.objects.create(name="Image editors"),
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.create(
            content_type=moved, codename="choose_image", name="Can choose image"
        ),
    )

    MOVE.forwards(django_apps, SimpleNamespace(connection=connection))
    ContentType.objects.clear_cache()  # as `migrate` does after the rename

    assert ContentType.objects.get_for_model(get_image_model()).pk == moved.pk
    assert not ContentType.objects.filter(pk=early.pk).exists()
    assert GroupCollectionPermission.objects.get(pk=grant.pk).permission.content_type_id == moved.pk
