"""Inline definitions: the first use of a published term (or a synonym, in any inflection) in a
page's texts becomes a <dfn> with a disclosure; never inside a heading or a link; once per page."""

import re

import pytest

from cases.models import InitiativePage
from glossary.inline import define_terms
from tests.content import home_page
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)
from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db

BACKGROUND = (
    "<h2>Områdeløft i Groruddalen</h2>"
    '<p>Les om <a href="/nb/">områdeløft</a> her.</p>'
    "<p>Områdeløftene i bydelen varte i ti år. Et områdeløft til kom senere.</p>"
)


@pytest.fixture
def term(site):
    return make_term(
        "Områdesatsing",
        "En samlet innsats i ett boområde.",
        "omradesatsing",
        synonyms="områdeløft, områdeprogram",
    )


@pytest.fixture
def initiative(site):
    index = InitiativeIndexPageFactory(parent=home_page())
    page = InitiativePageFactory(
        parent=index, slug="grorud", background=BACKGROUND, goals="<p>Et nytt områdeløft.</p>"
    )
    page.save_revision().publish()
    return InitiativePage.objects.get(pk=page.pk)


def dfns(html):
    return re.findall(r'<dfn class="glossary-term__word" title="([^"]+)">(.*?)</dfn>', html)


def test_the_first_use_of_a_synonym_in_the_text_is_defined_once_per_page(client, term, initiative):
    html = client.get("/nb/initiatives/grorud/").content.decode()
    assert len(dfns(html)) == 1
    title, inner = dfns(html)[0]
    assert title == "Områdesatsing"
    assert ">Områdeløftene</a>" in inner  # the inflected synonym, in the paragraph after the link
    assert (
        '<span class="glossary-term__definition" id="definition-omradesatsing" hidden> En samlet innsats'
        in html
    )


def test_never_inside_a_heading_or_a_link(term):
    html = str(define_terms(BACKGROUND, "nb", set()))
    assert html.startswith("<h2>Områdeløft i Groruddalen</h2>")
    assert '<a href="/nb/">områdeløft</a> her.</p>' in html
    assert html.count("<dfn") == 1


def test_the_disclosure_is_valid_inside_a_paragraph_and_works_without_javascript(term):
    html = str(define_terms("<p>Et områdeløft.</p>", "nb", set()))
    paragraph = html[html.index("<p>") : html.index("</p>")]
    assert not re.search(r"<(details|div|p|section)\b", paragraph[3:])  # only phrasing content
    assert '<a class="glossary-term__toggle" href="/nb/glossary/#omradesatsing"' in html  # the fallback


def test_only_published_terms_of_the_page_language(site, initiative):
    make_term("Områdesatsing", "Utkast.", "omradesatsing", synonyms="områdeløft", publish=False)
    make_term("Områdesinsats", "Svensk.", "omradesinsats", "sv", synonyms="områdeløft")
    assert dfns(str(define_terms(BACKGROUND, "nb", set()))) == []


def test_publishing_a_term_updates_the_pages_at_once(client, initiative):
    assert dfns(client.get("/nb/initiatives/grorud/").content.decode()) == []
    make_term("Områdesatsing", "En samlet innsats.", "omradesatsing", synonyms="områdeløft")
    assert len(dfns(client.get("/nb/initiatives/grorud/").content.decode())) == 1


def test_a_multi_word_term_and_a_term_already_defined_on_the_page(site):
    make_term("Fysisk skjelett og sosial muskel", "Et bilde fra Malmø.", "skjelett", synonyms="sosial muskel")
    seen = set()
    first = str(define_terms("<p>Malmø talte om fysisk skjelett og sosial muskel.</p>", "nb", seen))
    assert first.count("<dfn") == 1
    assert ">fysisk skjelett og sosial muskel</a>" in first  # the longest phrase, not just "sosial muskel"
    assert str(define_terms("<p>Sosial muskel igjen.</p>", "nb", seen)) == "<p>Sosial muskel igjen.</p>"


def test_tool_pages_define_terms_too(client, term):
    index = ToolIndexPageFactory(parent=home_page())
    ToolPageFactory(parent=index, slug="guide", body="<p>En veileder for områdeprogram.</p>")
    html = client.get("/nb/tools/guide/").content.decode()
    assert [title for title, _inner in dfns(html)] == ["Områdesatsing"]
