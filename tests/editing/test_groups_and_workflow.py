import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

from resources.models import ToolIndexPage
from tests.content import home_page, translate
from tests.factories import InitiativeIndexPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def member_of(group_name):
    user = get_user_model().objects.create_user(f"{group_name.lower()}-user", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_the_three_editorial_groups_exist(db):
    assert {"Editors", "Moderators", "Translators"} <= set(Group.objects.values_list("name", flat=True))


def test_an_editor_can_create_and_submit_but_not_publish(site):
    permissions = home_page().permissions_for_user(member_of("Editors"))
    assert permissions.can_add_subpage()
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
    assert not permissions.can_publish_subpage()


def test_a_moderator_can_publish(site):
    permissions = home_page().permissions_for_user(member_of("Moderators"))
    assert permissions.can_publish()
    assert permissions.can_publish_subpage()


def test_a_translator_can_edit_but_not_create_or_publish_pages(site):
    translator = member_of("Translators")
    permissions = home_page("sv").permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("taxonomy.change_theme")
    assert not translator.has_perm("taxonomy.add_theme")


def test_every_language_tree_is_under_the_review_before_publishing_workflow(site):
    for language in ("nb", "sv", "en"):
        workflow = home_page(language).get_workflow()
        assert workflow.name == "Review before publishing"
        assert [task.specific.groups.get().name for task in workflow.tasks] == ["Moderators"]


def tool_index_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "tools",
            "intro": rich_text(""),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )


def test_an_editor_who_presses_publish_in_the_admin_only_gets_a_draft(client, site):
    client.force_login(member_of("Editors"))
    data = tool_index_form("Tools") | {"action-publish": "publish"}
    response = client.post(f"/admin/pages/add/resources/toolindexpage/{home_page().pk}/", data)
    assert response.status_code == 302
    page = ToolIndexPage.objects.get(title="Tools")
    assert not page.live
    assert page.has_unpublished_changes


def test_an_editor_submits_for_review_and_a_moderator_must_approve(client, site):
    client.force_login(member_of("Editors"))
    data = tool_index_form("Tools for review") | {"action-submit": "submit"}
    client.post(f"/admin/pages/add/resources/toolindexpage/{home_page().pk}/", data)
    page = ToolIndexPage.objects.get(title="Tools for review")
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.current_task_state.task.name == "Moderator approval"
    assert not page.live


def test_a_translator_cannot_add_a_page_through_the_admin(client, site):
    client.force_login(member_of("Translators"))
    response = client.post(
        f"/admin/pages/add/resources/toolindexpage/{home_page('sv').pk}/",
        tool_index_form("Verktyg") | {"action-publish": "publish"},
    )
    assert response.status_code in (302, 403)
    assert not ToolIndexPage.objects.filter(title="Verktyg").exists()


def test_a_translator_cannot_publish_a_translated_page(site):
    index = InitiativeIndexPageFactory(parent=home_page())
    swedish = translate(index, "sv", publish=False)
    permissions = Page.objects.get(pk=swedish.pk).permissions_for_user(member_of("Translators"))
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_editors_manage_themes_and_legal_bases_in_the_admin(client, site):
    ThemeFactory(name="Safety")
    client.force_login(member_of("Editors"))
    response = client.get("/admin/snippets/taxonomy/theme/")
    assert response.status_code == 200
    assert "Safety" in response.content.decode()


def test_a_translator_starts_a_translation_that_stays_a_draft(client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    client.force_login(member_of("Translators"))
    swedish = Locale.objects.get(language_code="sv")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/localize/submit/page/{index.pk}/", {"locales": [swedish.pk]})
    assert response.status_code == 302
    translation = index.get_translation(swedish)
    assert not translation.live
    assert client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200
