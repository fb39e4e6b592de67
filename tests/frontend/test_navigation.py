"""The main menu and breadcrumbs are cached, yet follow the page tree the moment it changes."""

import pytest

from home.models import HomePage

pytestmark = pytest.mark.django_db


def menu(client, url="/nb/"):
    html = client.get(url).content.decode()
    return html.split('id="site-menu"', 1)[1].split("</nav>", 1)[0]


def add_section(home, title, slug):
    from cases.models import InitiativeIndexPage

    section = home.add_child(instance=InitiativeIndexPage(title=title, slug=slug))
    section.save_revision().publish()
    return section


def test_a_newly_published_section_appears_in_the_menu_at_once(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    assert "Eksempler" not in menu(client)
    add_section(home, "Eksempler", "eksempler")
    assert 'href="/nb/eksempler/"' in menu(client)


def test_an_unpublished_section_leaves_the_menu_at_once(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    section = add_section(home, "Eksempler", "eksempler")
    assert "Eksempler" in menu(client)
    section.unpublish()
    assert "Eksempler" not in menu(client)


def test_a_new_alias_of_a_section_appears_in_the_menu_at_once(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    section = add_section(home, "Eksempler", "eksempler")
    assert 'href="/nb/flere-eksempler/"' not in menu(client)
    section.create_alias(parent=home, update_slug="flere-eksempler")
    assert 'href="/nb/flere-eksempler/"' in menu(client)


def test_the_current_section_is_marked_in_the_menu(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    add_section(home, "Eksempler", "eksempler")
    assert '<a href="/nb/eksempler/" aria-current="page">' in menu(client, "/nb/eksempler/")


def test_breadcrumbs_follow_a_renamed_parent(client, site):
    home = HomePage.objects.get(locale__language_code="nb")
    section = add_section(home, "Eksempler", "eksempler")
    assert "Områdesatsing" in client.get(section.url).content.decode()
    home.title = "Nabolagsløft"
    home.save_revision().publish()
    breadcrumbs = client.get(section.url).content.decode().split("ds-breadcrumbs", 1)[1].split("</nav>")[0]
    assert "Nabolagsløft" in breadcrumbs
