"""Themes, legal bases and municipalities keep a history, as pages do: an edit is a draft until a
Moderator publishes it (or approves it in the "Review before publishing" workflow), a rejected
edit never goes live, and reverting to an old revision brings its text back on the law's page and
in search."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from taxonomy.models import LegalBasis, Municipality, Theme
from tests.factories import LegalBasisFactory, MunicipalityFactory, ThemeFactory

pytestmark = pytest.mark.django_db

OLD, NEW = "Kartlegg helsetilstanden", "Kvartalsrapporter om trivsel"


def member_of(group_name):
    user = get_user_model().objects.create_user(f"{group_name.lower()}-history", password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def edit_url(obj, view="edit", *args):
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{view}", args=[obj.pk, *args])


def law_form(law, section_text, **actions):
    fields = {
        "name": law.name,
        "short_name": law.short_name,
        "slug": law.slug,
        "country": law.country,
        "official_reference": law.official_reference,
        "purpose": law.purpose,
        "key_sections": streamfield(
            [("section", {"label": "§ 5", "title": "Oversikt", "text": section_text})]
        ),
        "url": law.url,
    }
    return nested_form_data(fields) | actions


@pytest.fixture
def law(site):
    return LegalBasisFactory(
        name="Folkehelseloven",
        short_name="FHL",
        slug="folkehelseloven",
        country="NO",
        key_sections=[("section", {"label": "§ 5", "title": "Oversikt", "text": OLD})],
    )


def public_page(client):
    return client.get("/en/legal-bases/folkehelseloven/").content.decode()


def found_by_api(client, word):
    body = client.get("/api/search/", {"q": word, "locale": "nb", "kind": "legal_basis"}).json()
    return [hit["title"] for hit in body["results"]]


def test_an_editors_draft_is_not_public_until_a_moderator_publishes_it(client, law):
    assert found_by_api(client, "helsetilstanden") == ["Folkehelseloven"]
    client.force_login(member_of("Editors"))
    # An editor may not publish: pressing Publish is refused, and nothing changes in public.
    refused = client.post(edit_url(law), law_form(law, NEW, **{"action-publish": "action-publish"}))
    assert refused.status_code in (302, 403)
    response = client.post(edit_url(law), law_form(law, NEW))
    assert response.status_code == 302, response.content.decode()[:2000]
    law.refresh_from_db()
    assert law.live and law.has_unpublished_changes
    assert law.latest_revision.as_object().key_sections[0].value["text"] == NEW

    client.logout()
    assert OLD in public_page(client) and NEW not in public_page(client)
    assert found_by_api(client, "kvartalsrapporter") == []
    assert found_by_api(client, "helsetilstanden") == ["Folkehelseloven"]

    client.force_login(member_of("Moderators"))
    response = client.post(edit_url(law), law_form(law, NEW, **{"action-publish": "action-publish"}))
    assert response.status_code == 302
    client.logout()
    assert NEW in public_page(client) and OLD not in public_page(client)
    assert found_by_api(client, "kvartalsrapporter") == ["Folkehelseloven"]
    assert found_by_api(client, "helsetilstanden") == []


def submit_for_review(client, law, text):
    client.force_login(member_of("Editors"))
    response = client.post(edit_url(law), law_form(law, text, **{"action-submit": "action-submit"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    law.refresh_from_db()
    return law.current_workflow_state


def test_a_rejected_edit_never_goes_live(client, law):
    state = submit_for_review(client, law, NEW)
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == "Review before publishing"
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, member_of("Moderators"), "reject")

    law.refresh_from_db()
    assert law.current_workflow_state.status == "needs_changes"  # back to the editor
    assert law.key_sections[0].value["text"] == OLD
    assert NEW not in public_page(client)
    assert found_by_api(client, "kvartalsrapporter") == []
    assert found_by_api(client, "helsetilstanden") == ["Folkehelseloven"]


def test_an_approved_edit_goes_live_with_the_moderators_approval(client, law):
    state = submit_for_review(client, law, NEW)
    assert NEW not in public_page(client)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, member_of("Moderators"), "approve")

    law.refresh_from_db()
    assert law.key_sections[0].value["text"] == NEW
    assert NEW in public_page(client)
    assert found_by_api(client, "kvartalsrapporter") == ["Folkehelseloven"]


def test_reverting_to_an_old_revision_restores_the_text_on_the_page_and_in_search(admin_client, client, law):
    admin_client.post(edit_url(law), law_form(law, OLD, **{"action-publish": "action-publish"}))
    law.refresh_from_db()
    old_revision = law.live_revision
    admin_client.post(edit_url(law), law_form(law, NEW, **{"action-publish": "action-publish"}))
    assert NEW in public_page(client)
    assert found_by_api(client, "helsetilstanden") == []

    # The editor opens the old revision (its text fills the form) and publishes it again.
    revert_url = edit_url(law, "revisions_revert", old_revision.pk)
    form = admin_client.get(revert_url).content.decode()
    assert OLD in form
    response = admin_client.post(revert_url, law_form(law, OLD, **{"action-publish": "action-publish"}))
    assert response.status_code == 302, response.content.decode()[:2000]

    law.refresh_from_db()
    assert law.key_sections[0].value["text"] == OLD
    assert law.revisions.count() == 3
    assert OLD in public_page(client) and NEW not in public_page(client)
    assert found_by_api(client, "helsetilstanden") == ["Folkehelseloven"]
    assert found_by_api(client, "kvartalsrapporter") == []
    compare = edit_url(law, "revisions_compare", old_revision.pk, law.live_revision.pk)
    assert admin_client.get(compare).status_code == 200


@pytest.mark.parametrize("factory", [ThemeFactory, LegalBasisFactory, MunicipalityFactory])
def test_the_edit_view_offers_save_draft_publish_review_and_history(admin_client, site, factory):
    obj = factory()
    html = admin_client.get(edit_url(obj)).content.decode()
    assert "Save draft" in html
    assert 'name="action-publish"' in html
    assert 'name="action-submit"' in html  # submit to the "Review before publishing" workflow
    assert 'name="lock"' in html or "Lock" in html
    assert edit_url(obj, "history") in html
    assert admin_client.get(edit_url(obj, "history")).status_code == 200


@pytest.mark.parametrize("model", [Theme, LegalBasis, Municipality])
def test_every_vocabulary_is_under_the_review_workflow(site, model):
    workflow = model().get_workflow()
    assert workflow is not None and workflow.name == "Review before publishing"
    assert member_of("Moderators").has_perm(f"taxonomy.publish_{model._meta.model_name}")
    assert not member_of("Editors").has_perm(f"taxonomy.publish_{model._meta.model_name}")


def test_a_never_published_legal_basis_is_neither_on_the_site_nor_in_search(client, site):
    LegalBasisFactory(name="Utkastloven", slug="utkastloven", live=False)
    body = client.get("/api/search/", {"q": "utkastloven", "locale": "nb"}).json()
    assert body["results"] == []
    assert client.get("/en/legal-bases/utkastloven/").status_code == 404
    assert "Utkastloven" not in client.get("/en/legal-bases/").content.decode()


def test_never_published_themes_and_municipalities_are_no_filter_choice_nor_facet_label(client, site):
    from search.labels import compute_facet_labels

    ThemeFactory(name="Synlig tema", slug="synlig")
    ThemeFactory(name="Hemmelig tema", slug="hemmelig", live=False)
    MunicipalityFactory(name="Utkastby", slug="utkastby", country="NO", live=False)
    labels = compute_facet_labels("nb")
    assert "synlig" in labels["theme"] and "hemmelig" not in labels["theme"]
    assert "utkastby" not in labels["municipality"]
    html = client.get("/api/search/", {"locale": "nb", "theme": "hemmelig"}).content.decode()
    assert "Hemmelig tema" not in html
