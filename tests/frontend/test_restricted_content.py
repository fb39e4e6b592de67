"""No public list shows a page behind a view restriction (password, login, groups; on the page or
on its section): menu, home page, index pages, phase lists, related content, legal-basis pages,
the feeds and the sitemap, cached or not. A visitor who passed a section's restriction still sees
its own listing."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from cases.models import InitiativeIndexPage, InitiativePage
from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from tests.content import home_page, phase_guide_with_phases
from tests.factories import LegalBasisFactory, ThemeFactory

pytestmark = pytest.mark.django_db

PUBLIC = ["Solbakken nærmiljøplan", "Åpen veileder", "Studietur til Solbakken", "Knowledge base"]
SECRET = ["Kvistmyra nærmiljøplan", "Intern veileder", "Studietur til Kvistmyra", "Continuation"]
KINDS = [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]


def publish(parent, page, **tags):
    parent.add_child(instance=page)
    for name, values in tags.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="hemmelig")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Prosjektgruppe")[0])


def sections(home, slug):
    """An initiative, tool and study trip index page, each under `home` with slugs ending in `slug`."""
    return [
        publish(home, InitiativeIndexPage(title="Eksempler", slug=f"eksempler{slug}")),
        publish(home, ToolIndexPage(title="Verktøy", slug=f"verktoy{slug}")),
        publish(home, StudyTripIndexPage(title="Studieturer", slug=f"studieturer{slug}")),
    ]


def family(indexes, name, tool_title, theme, law, phase, visited=None):
    """An initiative, a tool sharing its theme and a study trip, under the three index pages."""
    initiatives, tools, trips = indexes
    initiative = publish(
        initiatives,
        InitiativePage(title=f"{name} nærmiljøplan", summary=f"Om {name}.", country="NO", start_year=2020),
        themes=[theme],
        legal_bases=[law],
        phases=[phase],
    )
    tool = publish(
        tools,
        ToolPage(
            title=tool_title, summary="Et verktøy.", tool_type="handbook", external_url="https://example.org/"
        ),
        themes=[theme],
    )
    trip = publish(
        trips,
        StudyTripPage(title=f"Studietur til {name}", destinations=name, start_date="2021-05-01"),
        initiatives_visited=[visited or initiative],
    )
    return [initiative, tool, trip]


@pytest.fixture
def content(site):
    """Public pages, and secret ones restricted by the test: in the same sections (`page`) or in
    sections of their own (`section`). Everything shares one theme, law and phase, and the public
    initiative is visited by both study trips, so every cross-link list would show the secret ones."""
    home = home_page()
    _guide, phases = phase_guide_with_phases(home)
    theme = ThemeFactory(name="Nærmiljø", slug="naermiljo")
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    public_indexes = sections(home, "")
    public = family(public_indexes, "Solbakken", "Åpen veileder", theme, law, phases[0])

    def secret(on):
        indexes = public_indexes if on == "page" else sections(home, "-interne")
        pages = family(indexes, "Kvistmyra", "Intern veileder", theme, law, phases[0], visited=public[0])
        return pages + [phases[4]], indexes

    return {"home": home, "phases": phases, "public": public, "secret": secret}


def pages_to_read(content):
    initiative, tool, _trip = content["public"]
    return {
        "home page": "/nb/",
        "initiative index": "/nb/eksempler/",
        "tool index": "/nb/verktoy/",
        "study trip index": "/nb/studieturer/",
        "initiative (related tools, study trips)": initiative.url,
        "tool (related initiatives)": tool.url,
        "phase (stepper, examples)": content["phases"][0].url,
        "phase guide": "/nb/phases/",
        "legal basis": "/nb/legal-bases/folkehelseloven/",
        "initiative filters": "/nb/eksempler/?phase=1",
        "search facets": "/nb/search/?phase=5",
        "feed": "/nb/feed/",
        "initiative feed": "/nb/feed/initiatives/?phase=1",
        "tool feed": "/nb/feed/tools/",
        "study trip feed": "/nb/feed/study-trips/",
        "phase advice feed": "/nb/feed/phases/1/",
        "search feed": "/nb/feed/search/?phase=5",
        "sitemap": "/sitemap.xml",
    }


def shown(client, content):
    """{list: its HTML or XML} for every page that lists or links other pages."""
    found = {}
    for name, url in pages_to_read(content).items():
        response = client.get(url)
        assert response.status_code == 200, name
        found[name] = response.content.decode()
    return found


@pytest.mark.parametrize("on", ["page", "section"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_list_shows_a_restricted_page(client, content, kind, on):
    secret, indexes = content["secret"](on)
    before = "".join(shown(client, content).values())
    assert all(title in before for title in PUBLIC + SECRET)

    for page in (secret[:3] if on == "page" else indexes) + [secret[3]]:
        restrict(page, kind)

    after = shown(client, content)
    assert [title for title in PUBLIC if title not in "".join(after.values())] == []
    hidden = SECRET + [page.url for page in secret + (indexes if on == "section" else [])]
    leaks = {name: [text for text in hidden if text in html] for name, html in after.items()}
    assert {name: found for name, found in leaks.items() if found} == {}


def test_a_visitor_who_passed_a_sections_login_still_sees_its_listing(client, content, django_user_model):
    secret, indexes = content["secret"]("section")
    for index in indexes:
        restrict(index, PageViewRestriction.LOGIN)
    assert client.get("/nb/eksempler-interne/").status_code == 302

    client.force_login(django_user_model.objects.create_user("ansatt", password="pw"))
    for index, page in zip(indexes, secret[:3], strict=True):
        assert page.title in client.get(index.url).content.decode()
