"""Laws named unambiguously: where laws of two countries share a short name (both have a PBL),
tags and labels name the country; the legal-bases index is in the menu, the footer and the sitemap."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from cases.models import Tip
from search.labels import compute_facet_labels
from taxonomy.names import law_display_name
from tests.content import home_page, translate
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, LegalBasisFactory, item

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def laws(db):
    return {
        "pbl_no": LegalBasisFactory(
            name="Plan- og bygningsloven", short_name="PBL", slug="plan-og-bygningsloven", country="NO"
        ),
        "pbl_se": LegalBasisFactory(
            name="Plan- och bygglagen", short_name="PBL", slug="plan-och-bygglagen", country="SE"
        ),
        "fhl": LegalBasisFactory(
            name="Folkehelseloven", short_name="FHL", slug="folkehelseloven", country="NO"
        ),
    }


def swedish_initiative(laws):
    home = home_page("sv")
    page = InitiativePageFactory.build(title="Järvalyftet", slug="jarvalyftet", country="SE")
    page.tips = [
        item(Tip, text="Bygg med de boende.", legal_bases=[laws["pbl_no"], laws["pbl_se"], laws["fhl"]])
    ]
    InitiativeIndexPageFactory(parent=home, slug="exempel").add_child(instance=page)
    page.legal_bases.set([laws["pbl_no"], laws["pbl_se"], laws["fhl"]])
    page.save_revision().publish()
    return page


def test_a_shared_short_name_names_the_country_in_the_visitors_language(laws):
    with translation.override("nb"):
        assert law_display_name(laws["pbl_no"], "short") == "PBL (Norge)"
        assert law_display_name(laws["pbl_se"], "short") == "PBL (Sverige)"
        assert law_display_name(laws["pbl_se"], "full") == "Plan- och bygglagen (PBL, Sverige)"
    with translation.override("en"):
        assert laws["pbl_no"].short_display_name == "PBL (Norway)"
    with translation.override("sv"):
        assert laws["pbl_no"].short_display_name == "PBL (Norge)"


def test_an_unambiguous_law_keeps_its_plain_names(laws):
    with translation.override("nb"):
        assert laws["fhl"].short_display_name == "FHL"
        assert laws["fhl"].display_name == "Folkehelseloven"
        assert laws["fhl"].full_display_name == "Folkehelseloven (FHL)"
        assert laws["pbl_no"].display_name == "Plan- og bygningsloven"  # its full name is its own


def test_a_shared_full_name_names_the_country_too(laws):
    LegalBasisFactory(name="Planning Act", short_name="", slug="planning-no", country="NO")
    other = LegalBasisFactory(name="Planning Act", short_name="", slug="planning-se", country="SE")
    with translation.override("en"):
        assert other.display_name == "Planning Act (Sweden)"
        assert other.short_display_name == "Planning Act (Sweden)"


def test_a_swedish_initiative_no_longer_reads_pbl_pbl(client, site, laws):
    page = swedish_initiative(laws)
    html = client.get(page.url).content.decode()
    assert "PBL, PBL" not in html
    assert "PBL (Sverige)</a>, <a" in html and "PBL (Norge)</a>" in html  # the tip's facts
    assert ">FHL</a>, <a" in html  # an unambiguous short name stays plain
    assert "Plan- och bygglagen (PBL, Sverige)" in html  # the initiative's facts
    assert "Folkehelseloven (FHL)" in html


def test_search_facet_labels_name_the_country_of_shared_names(site, laws):
    LegalBasisFactory(name="Planning Act", short_name="", slug="planning-no", country="NO")
    LegalBasisFactory(name="Planning Act", short_name="", slug="planning-se", country="SE")
    labels = compute_facet_labels("en")["law"]
    assert labels["planning-no"] == "Planning Act (Norway)"
    assert labels["planning-se"] == "Planning Act (Sweden)"
    assert labels["folkehelseloven"] == "Folkehelseloven"


def test_renaming_a_law_makes_its_name_unambiguous_at_once(laws):
    laws["pbl_se"].short_name = "PBL-SE"
    laws["pbl_se"].save()
    assert law_display_name(laws["pbl_no"], "short") == "PBL"


@pytest.mark.parametrize(
    ("language", "label"), [("nb", "Lovgrunnlag"), ("sv", "Lagstöd"), ("en", "Legal bases")]
)
def test_the_legal_bases_index_is_in_the_main_menu_and_the_footer(client, site, language, label):
    html = client.get(f"/{language}/").content.decode()
    menu = html.split('id="site-menu"', 1)[1].split("</nav>", 1)[0]
    footer = html.split('class="site-footer"', 1)[1]
    link = f'<a href="/{language}/legal-bases/">{label}</a>'
    assert link in menu
    assert link in footer
    index = client.get(f"/{language}/legal-bases/").content.decode()
    assert f'<a href="/{language}/legal-bases/" aria-current="page">{label}</a>' in index


def sitemap(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_the_sitemap_lists_the_index_and_each_law_with_its_alternates(client, site, laws):
    translate(laws["fhl"], "sv")
    entries = sitemap(client)
    for language in ("nb", "sv", "en"):
        assert f"http://testserver/{language}/legal-bases/" in entries
        law = entries[f"http://testserver/{language}/legal-bases/folkehelseloven/"]
        assert law == {
            "nb": "http://testserver/nb/legal-bases/folkehelseloven/",
            "sv": "http://testserver/sv/legal-bases/folkehelseloven/",
            "en": "http://testserver/en/legal-bases/folkehelseloven/",
            "x-default": "http://testserver/nb/legal-bases/folkehelseloven/",
        }
    assert "http://testserver/nb/legal-bases/plan-och-bygglagen/" in entries
    assert client.get("/sv/legal-bases/plan-och-bygglagen/").status_code == 200


def test_the_sitemap_leaves_out_a_language_whose_home_page_is_unpublished(client, site, laws):
    home_page("en").unpublish()
    entries = sitemap(client)
    assert "http://testserver/nb/legal-bases/folkehelseloven/" in entries
    assert not any(location.startswith("http://testserver/en/legal-bases/") for location in entries)
