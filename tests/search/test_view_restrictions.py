"""Nothing behind a view restriction (password, login, groups; on the page or an ancestor) is found
by the search API or the search page, on the embedded engine and on Elasticsearch; removing the
restriction brings it back, a rebuild agrees, and its words are never offered as a spelling."""

import io
import json

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from cases.models import InitiativePage, Tip
from search.engines.embedded import EmbeddedEngine
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, item
from tests.search.nodes import closed_port

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Kvistmyra nærmiljøplan"
SECRET_URL = "/nb/initiatives/kvistmyra/"


@pytest.fixture
def engine(settling_engine):
    return settling_engine


@pytest.fixture
def pages(site, engine):
    """A section with a secret initiative (and a tip), and a public initiative in another section."""
    home = home_page()
    found = {}

    def build():
        section = InitiativeIndexPageFactory(parent=home)
        other = InitiativeIndexPageFactory(parent=home, title="Andre", slug="andre")
        secret = InitiativePageFactory(
            parent=section, title=SECRET_TITLE, slug="kvistmyra", live=False, summary="Kvistmyra skal løftes."
        )
        secret.tips = [item(Tip, title="Kvistmyra-tipset", text="Snakk med folk på Kvistmyra.")]
        secret.save_revision().publish()
        open_page = InitiativePageFactory(
            parent=other, title="Solbakken nærmiljøplan", slug="solbakken", live=False
        )
        open_page.save_revision().publish()
        found.update(section=section, page=InitiativePage.objects.get(pk=secret.pk))

    engine.run(build)
    return found


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="hemmelig")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Prosjektgruppe")[0])
    return restriction


def api(client, q):
    response = client.get("/api/search/", {"q": q, "locale": "nb", "page_size": 50})
    assert response.status_code == 200
    return json.loads(response.content)


def visible(client, q="kvistmyra"):
    """Everything a visitor could see of the secret page: API titles and URLs, the search page's
    and the search feed's text."""
    payload = api(client, q)
    shown = [hit["title"] for hit in payload["results"]] + [hit["url"] for hit in payload["results"]]
    html = client.get("/nb/search/", {"q": q}).content.decode()
    shown += [text for text in (SECRET_TITLE, SECRET_URL, "Kvistmyra-tipset", "<mark>") if text in html]
    feed = feedparser.parse(client.get("/nb/feed/search/", {"q": q}).content)
    shown += [entry.title for entry in feed.entries] + [entry.link for entry in feed.entries]
    return payload["engine"], shown


@pytest.mark.parametrize("on", ["page", "section"])
@pytest.mark.parametrize(
    "kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
)
def test_a_restriction_hides_the_page_from_search_at_once_and_removing_it_brings_it_back(
    client, engine, pages, kind, on
):
    answered_by, shown = visible(client)
    assert answered_by == engine.name
    assert {SECRET_TITLE, "Kvistmyra-tipset", SECRET_URL, "<mark>"} <= set(shown)

    restrictions = []
    engine.run(lambda: restrictions.append(restrict(pages[on], kind)))

    assert visible(client) == (engine.name, [])
    everything = [hit["title"] for hit in api(client, "")["results"]]
    assert "Solbakken nærmiljøplan" in everything and SECRET_TITLE not in everything
    assert [hit["title"] for hit in api(client, "solbakken")["results"]] == ["Solbakken nærmiljøplan"]

    engine.run(restrictions[0].delete)
    assert {SECRET_TITLE, "Kvistmyra-tipset"} <= set(visible(client)[1])


def test_a_rebuild_leaves_restricted_pages_out_too(client, engine, pages):
    engine.run(lambda: restrict(pages["section"], PageViewRestriction.LOGIN))
    engine.run(lambda: call_command("rebuild_search_index", stdout=io.StringIO()))
    assert visible(client) == (engine.name, [])
    assert [hit["title"] for hit in api(client, "nærmiljøplan")["results"]] == ["Solbakken nærmiljøplan"]


def vocabulary():
    return {word.lower() for word in EmbeddedEngine().vocabulary("nb").values()}


def test_a_restricted_pages_words_are_never_offered_as_a_spelling(client, engine, pages):
    # Two letters off: no typo tolerance finds it, only "did you mean".
    misspelt = "kvostmira"
    html = client.get("/nb/search/", {"q": misspelt}).content.decode()
    assert "search-empty__spelling" in html and ">kvistmyra</a>" in html.lower()
    assert {"kvistmyra", "nærmiljøplan"} <= vocabulary()

    engine.run(lambda: restrict(pages["page"], PageViewRestriction.PASSWORD))
    html = client.get("/nb/search/", {"q": misspelt}).content.decode()
    assert "search-empty__spelling" not in html and "kvistmyra" not in html.lower()
    # Its own words leave the vocabulary; those the public page shares stay.
    assert "kvistmyra" not in vocabulary() and "nærmiljøplan" in vocabulary()


def test_a_restriction_saved_in_the_admin_updates_the_index(client, engine, pages, django_user_model):
    admin = django_user_model.objects.create_superuser("redaktor", "redaktor@example.org", "pw")
    client.force_login(admin)
    privacy = f"/admin/pages/{pages['section'].pk}/privacy/"

    response = []
    engine.run(lambda: response.append(client.post(privacy, {"restriction_type": "login"})))
    assert response[0].status_code == 200
    client.logout()
    assert visible(client) == (engine.name, [])

    client.force_login(admin)
    engine.run(lambda: client.post(privacy, {"restriction_type": "none"}))
    client.logout()
    assert SECRET_TITLE in visible(client)[1]


def test_a_page_published_inside_a_restricted_section_is_not_indexed(client, engine, pages):
    engine.run(lambda: restrict(pages["section"], PageViewRestriction.GROUPS))

    def publish_new():
        page = InitiativePageFactory(parent=pages["section"], title="Kvistmyra fase to", live=False)
        page.save_revision().publish()

    engine.run(publish_new)
    assert visible(client) == (engine.name, [])
    assert "Kvistmyra fase to" not in client.get("/nb/search/", {"q": "fase"}).content.decode()


def test_saving_a_restriction_works_with_elasticsearch_unreachable(
    client, site, settings, forget_elasticsearch, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    with django_capture_on_commit_callbacks(execute=True):
        section = InitiativeIndexPageFactory(parent=home_page())
        page = InitiativePageFactory(parent=section, title=SECRET_TITLE, slug="kvistmyra", live=False)
        page.save_revision().publish()
    assert api(client, "kvistmyra")["total"] == 1

    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(section, PageViewRestriction.LOGIN)

    assert PageViewRestriction.objects.filter(pk=restriction.pk).exists()
    payload = api(client, "kvistmyra")
    assert (payload["engine"], payload["total"]) == ("embedded", 0)


def test_other_languages_count_only_public_pages(client, engine, pages):
    """An English search finds the untranslated Norwegian page in Norwegian (search.untranslated);
    restricted, it is gone from the English search, its total and its "results in Norwegian" hint."""
    english = client.get("/api/search/", {"q": "kvistmyra", "locale": "en"}).json()
    assert {(hit["language"], hit["url"]) for hit in english["results"]} == {
        ("nb", "/en/initiatives/kvistmyra/"),
        ("nb", "/en/initiatives/kvistmyra/#tip-1"),
    }

    engine.run(lambda: restrict(pages["page"], PageViewRestriction.PASSWORD))

    html = client.get("/en/search/", {"q": "kvistmyra"}).content.decode()
    assert "search-empty__elsewhere" not in html and "in Norwegian" not in html and "Kvistmyra" not in html
    payload = client.get("/api/search/", {"q": "kvistmyra", "locale": "en"}).json()
    assert (payload["total"], payload["other_locales"]) == (0, [])
