"""An initiative shows the tools that share its phases or themes; a tool shows those initiatives."""

import pytest
from wagtail.models import Locale

from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def norwegian_home(site):
    return HomePage.objects.get(locale__language_code="nb")


def theme(slug):
    from taxonomy.models import Theme

    return Theme.objects.create(name=slug.title(), slug=slug, locale=Locale.objects.get(language_code="nb"))


def publish_under(parent, index_model, index_slug, page):
    index = index_model.objects.child_of(parent).first() or parent.add_child(
        instance=index_model(title=index_slug.title(), slug=index_slug)
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def initiative(home, title, themes):
    from cases.models import InitiativeIndexPage, InitiativePage

    page = InitiativePage(title=title, summary=f"About {title}.", country="NO", start_year=2015)
    page.themes = themes
    return publish_under(home, InitiativeIndexPage, "eksempler", page)


def tool(home, title, themes):
    from resources.models import ToolIndexPage, ToolPage

    page = ToolPage(
        title=title, summary=f"What {title} is.", tool_type="handbook", external_url="https://example.org/"
    )
    page.themes = themes
    return publish_under(home, ToolIndexPage, "verktoy", page)


def related_section(client, page):
    html = client.get(page.url).content.decode()
    return html.split('class="related"', 1)[1] if 'class="related"' in html else ""


def test_initiative_shows_tools_that_share_a_theme(client, norwegian_home):
    health, housing = theme("helse"), theme("bolig")
    groruddalen = initiative(norwegian_home, "Groruddalen", [health])
    tool(norwegian_home, "Folkehelseguiden", [health])
    tool(norwegian_home, "Boligveilederen", [housing])
    related = related_section(client, groruddalen)
    assert "Folkehelseguiden" in related
    assert "Boligveilederen" not in related


def test_tool_shows_initiatives_that_share_a_theme(client, norwegian_home):
    health = theme("helse")
    initiative(norwegian_home, "Groruddalen", [health])
    guide = tool(norwegian_home, "Folkehelseguiden", [health])
    assert "Groruddalen" in related_section(client, guide)


def test_no_related_section_when_nothing_is_shared(client, norwegian_home):
    lonely = initiative(norwegian_home, "Ensom", [theme("kultur")])
    assert related_section(client, lonely) == ""
