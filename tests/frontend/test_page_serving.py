"""Pages are reached and protected as Wagtail does it, in fewer queries (core/pages.py)."""

import re

import pytest
from wagtail.models import PageViewRestriction

from cases.models import InitiativeIndexPage, InitiativePage
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site):
    home = HomePage.objects.get(locale__language_code="nb")
    index = home.add_child(instance=InitiativeIndexPage(title="Eksempler", slug="eksempler"))
    index.save_revision().publish()
    return index


def initiative(parent, title, slug, publish=True):
    page = parent.add_child(
        instance=InitiativePage(title=title, slug=slug, summary=f"Om {title}.", country="NO", start_year=2015)
    )
    if publish:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


def password_protect(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )


def test_a_child_of_an_index_is_found_by_its_slug(client, index):
    initiative(index, "Groruddalen", "groruddalen")
    response = client.get("/nb/eksempler/groruddalen/")
    assert response.status_code == 200
    assert "Om Groruddalen." in response.content.decode()


def test_an_unknown_or_unpublished_child_is_not_found(client, index):
    initiative(index, "Utkast", "utkast", publish=False)
    assert client.get("/nb/eksempler/finnes-ikke/").status_code == 404
    assert client.get("/nb/eksempler/utkast/").status_code == 404
    assert client.get("/nb/eksempler/finnes-ikke/enda-dypere/").status_code == 404


def test_a_password_on_a_section_protects_every_page_in_it(client, index):
    initiative(index, "Groruddalen", "groruddalen")
    password_protect(index)
    html = client.get("/nb/eksempler/groruddalen/").content.decode()
    assert 'name="password"' in html
    assert "Om Groruddalen." not in html


def test_a_protected_section_is_left_out_of_the_menu(client, index):
    password_protect(index)
    menu = client.get("/nb/").content.decode().split('id="site-menu"', 1)[1].split("</nav>", 1)[0]
    assert "Eksempler" not in menu


def test_an_alias_is_protected_like_the_page_it_is_an_alias_of(client, index):
    home = HomePage.objects.get(locale__language_code="nb")
    other = home.add_child(instance=InitiativeIndexPage(title="Andre", slug="andre"))
    other.save_revision().publish()
    source = initiative(index, "Groruddalen", "groruddalen")
    source.create_alias(parent=other, update_slug="groruddalen")
    assert "Om Groruddalen." in client.get("/nb/andre/groruddalen/").content.decode()
    password_protect(source)
    html = client.get("/nb/andre/groruddalen/").content.decode()
    assert 'name="password"' in html
    assert "Om Groruddalen." not in html


def test_the_right_password_opens_a_protected_page(client, index):
    initiative(index, "Groruddalen", "groruddalen")
    password_protect(index)
    form = client.get("/nb/eksempler/groruddalen/").content.decode()
    action = re.search(r'<form action="([^"]+)"', form).group(1)
    return_url = re.search(r'name="return_url" value="([^"]+)"', form).group(1)
    response = client.post(action, {"password": "hemmelig", "return_url": return_url})
    assert response.status_code == 302
    assert "Om Groruddalen." in client.get("/nb/eksempler/groruddalen/").content.decode()
