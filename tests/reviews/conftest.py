"""Pages with reviews in every state, owner groups and admin users for the content review tests."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from reviews.models import ContentReview
from tests.content import home_page
from tests.factories import PhaseGuidePageFactory, PhasePageFactory, ToolIndexPageFactory, ToolPageFactory


def published(factory, **fields):
    """A page made and published as an editor does it (publishing schedules its review)."""
    page = factory(**fields)
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def set_review(page, days, owner=None, reviewed_days_ago=None):
    """The page's review due in `days` (below zero: overdue), owned by `owner`."""
    today = timezone.localdate()
    ContentReview.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "review_by": today + timedelta(days=days),
            "owner": owner,
            "last_reviewed": None if reviewed_days_ago is None else today - timedelta(days=reviewed_days_ago),
        },
    )


def admin_user(name, groups=(), language="en", superuser=False):
    """A user of the admin whose interface speaks `language`, in the named groups."""
    users = get_user_model().objects
    if superuser:
        user = users.create_superuser(name, f"{name}@example.org", "pw")
    else:
        user = users.create_user(name, password="pw")
    for group in groups:
        user.groups.add(group if isinstance(group, Group) else Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def teams(db):
    return {
        "guide": Group.objects.create(name="Guide team"),
        "examples": Group.objects.create(name="Examples team"),
    }


@pytest.fixture
def pages(site, teams):
    """English pages, one per state: overdue and soon (guide team), soon (examples team), not
    due (guide team), overdue without an owner; the home page is not due either."""
    home = home_page("en")
    guide = published(PhaseGuidePageFactory, parent=home)
    tools = published(ToolIndexPageFactory, parent=home)
    found = {
        "overdue": published(PhasePageFactory, parent=guide, number=1, title="Knowledge base"),
        "soon": published(PhasePageFactory, parent=guide, number=2, title="Planning"),
        "examples_soon": published(ToolPageFactory, parent=tools, title="Area analysis handbook"),
        "later": published(PhasePageFactory, parent=guide, number=3, title="Mobilisation"),
        "orphan": published(ToolPageFactory, parent=tools, title="Old toolkit"),
    }
    set_review(found["overdue"], -10, teams["guide"])
    set_review(found["soon"], 12, teams["guide"])
    set_review(found["examples_soon"], 3, teams["examples"])
    set_review(found["later"], 90, teams["guide"])
    set_review(found["orphan"], -40)
    return found


@pytest.fixture
def editor_in_guide_team(teams):
    return admin_user("guide-editor", ["Editors", teams["guide"]])


@pytest.fixture
def outsider(db):
    """In the admin, but allowed to edit no page."""
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return admin_user("reader", [group])


@pytest.fixture
def tools_only_editor(pages, db):
    """May edit the tools section only."""
    group = Group.objects.create(name="Tool editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    group.permissions.add(Permission.objects.get(codename="view_contentreview"))
    tools = pages["examples_soon"].get_parent()
    GroupPagePermission.objects.create(group=group, page=tools, permission_type="change")
    return admin_user("tool-editor", [group])
