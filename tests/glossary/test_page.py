"""The glossary page of each language: A–Z with letter navigation, each term at its own anchor with
its definition, synonyms, laws and "see also" links; in the footer and in the sitemap."""

import re

import pytest

from tests.factories import LegalBasisFactory
from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(site):
    law = LegalBasisFactory(name="Plan- og bygningsloven", short_name="PBL", slug="plan-og-bygningsloven")
    area = make_term(
        "Områdesatsing", "En samlet innsats i ett boområde.", "omradesatsing", synonyms="områdeløft"
    )
    participation = make_term(
        "Medvirkning",
        "Å få være med og påvirke planene.",
        "medvirkning",
        synonyms="beboermedvirkning, innbyggermedvirkning",
        legal_bases=[law],
        see_also=[area],
    )
    make_term("Ørnerede", "Et tenkt ord som skal sorteres etter Æ.", "ornerede")
    make_term("Ærlighet", "Et tenkt ord som skal sorteres før Ø.", "aerlighet")
    make_term("Utkast", "Ennå ikke publisert.", "utkast", publish=False)
    make_term(  # as wagtail-localize syncs them: the links point at the nb rows
        "Delaktighet",
        "Att få vara med och påverka.",
        "medvirkning",
        "sv",
        source=participation,
        legal_bases=[law],
        see_also=[area],
    )
    make_term("Öppenhet", "Ett påhittat ord som sorteras sist.", "oppenhet", "sv")
    make_term(
        "Participation", "Helping to shape plans.", "medvirkning", "en", "involvement", source=participation
    )
    return {"law": law, "participation": participation}


def entry_ids(html):
    return re.findall(r'class="glossary-entry" id="([^"]+)"', html)


def test_the_norwegian_glossary_lists_published_terms_a_to_z_with_æ_ø_å_last(client, terms):
    html = client.get("/nb/glossary/").content.decode()
    assert '<h1 class="ds-heading">Ordliste</h1>' in html
    assert entry_ids(html) == ["medvirkning", "omradesatsing", "aerlighet", "ornerede"]
    assert "Utkast" not in html  # a draft never reaches visitors


def test_each_term_shows_its_definition_synonyms_laws_and_see_also(client, terms):
    html = client.get("/nb/glossary/").content.decode()
    entry = html[html.index('id="medvirkning"') : html.index('id="omradesatsing"')]
    assert "<dfn" in entry and "Medvirkning</dfn>" in entry
    assert "Å få være med og påvirke planene." in entry
    assert "Også kalt: beboermedvirkning, innbyggermedvirkning" in entry
    assert 'href="/nb/legal-bases/plan-og-bygningsloven/"' in entry
    assert '<a class="ds-link" href="#omradesatsing">Områdesatsing</a>' in entry


def test_letter_navigation_links_the_letters_that_have_terms(client, terms):
    html = client.get("/nb/glossary/").content.decode()
    nav = html[html.index('class="glossary-letters"') : html.index("</nav>", html.index("glossary-letters"))]
    assert 'href="#letter-m"' in nav and 'id="letter-m"' in html
    assert '<span class="glossary-letters__empty">B</span>' in nav  # no term, no dead link
    assert nav.index(">Æ<") < nav.index(">Ø<") < nav.index(">Å<")


def test_the_swedish_glossary_has_its_own_terms_and_links_only_to_terms_that_exist_in_swedish(client, terms):
    html = client.get("/sv/glossary/").content.decode()
    assert '<h1 class="ds-heading">Ordlista</h1>' in html
    assert entry_ids(html) == ["medvirkning", "oppenhet"]  # Ö after the rest
    assert "Områdesatsing" not in html  # not translated: no "see also" link to a missing anchor
    assert 'href="/sv/legal-bases/plan-og-bygningsloven/"' in html


def test_the_english_glossary(client, terms):
    html = client.get("/en/glossary/").content.decode()
    assert '<h1 class="ds-heading">Glossary</h1>' in html
    assert entry_ids(html) == ["medvirkning"]
    assert "Also called: involvement" in html


def test_an_empty_glossary_says_so(client, site):
    html = client.get("/sv/glossary/").content.decode()
    assert "Inga begrepp har publicerats på det här språket ännu." in html


def test_the_footer_links_to_the_glossary_of_the_language(client, site):
    html = client.get("/sv/").content.decode()
    footer = html[html.index("<footer") :]
    assert '<a href="/sv/glossary/">Ordlista</a>' in footer


def test_the_sitemap_lists_the_glossary_in_every_language_with_alternates(client, site):
    xml = client.get("/sitemap.xml").content.decode()
    for language in ("nb", "sv", "en"):
        assert f"<loc>http://testserver/{language}/glossary/</loc>" in xml
        assert f'hreflang="{language}" href="http://testserver/{language}/glossary/"' in xml
    assert 'hreflang="x-default" href="http://testserver/nb/glossary/"' in xml


def test_the_page_costs_few_queries(client, terms, django_assert_max_num_queries):
    client.get("/nb/glossary/")  # warm the menu cache
    with django_assert_max_num_queries(12):
        assert client.get("/nb/glossary/").status_code == 200
