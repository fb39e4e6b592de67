"""Glossary terms go through "Review before publishing" as pages and the other snippets do, and
the editorial groups may work on them: a rejected definition never reaches the glossary page."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data

from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db

OLD = "Residents take part in deciding what happens in their area."
NEW = "Anything a municipality calls participation, however little it decides."


def member_of(group_name):
    user = get_user_model().objects.create_user(f"{group_name.lower()}-terms", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def submit(client, term, definition):
    client.force_login(member_of("Editors"))
    url = reverse("wagtailsnippets_glossary_term:edit", args=[term.pk])
    form = nested_form_data({"term": term.term, "slug": term.slug, "definition": definition, "synonyms": ""})
    response = client.post(url, form | {"action-submit": "action-submit"})
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    term.refresh_from_db()
    return term.current_workflow_state


def decide(state, action):
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, member_of("Moderators"), action)


@pytest.fixture
def term(site):
    return make_term("Participation", OLD, "participation", language="en")


def test_terms_are_under_the_review_workflow(term):
    assert term.get_workflow().name == "Review before publishing"


def test_a_rejected_definition_never_reaches_the_glossary(client, term):
    state = submit(client, term, NEW)
    assert state.status == "in_progress"
    decide(state, "reject")

    html = client.get("/en/glossary/").content.decode()
    assert OLD in html and NEW not in html


def test_an_approved_definition_goes_live(client, term):
    state = submit(client, term, NEW)
    assert NEW not in client.get("/en/glossary/").content.decode()
    decide(state, "approve")
    assert NEW in client.get("/en/glossary/").content.decode()


@pytest.mark.parametrize(
    ("group", "allowed"),
    [
        ("Editors", {"add", "change", "delete"}),
        ("Moderators", {"add", "change", "delete", "publish", "lock", "unlock"}),
        ("Translators", {"change"}),
    ],
)
def test_the_editorial_groups_may_work_on_terms(site, group, allowed):
    user = member_of(group)
    actions = {"add", "change", "delete", "publish", "lock", "unlock"}
    assert {action for action in actions if user.has_perm(f"glossary.{action}_term")} == allowed
