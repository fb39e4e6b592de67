"""`load_demo_content`: every page type in three languages, items with anchors, and idempotence.

The content is loaded once for tests/demo (its conftest.py) inside a transaction that is rolled
back afterwards, so other test modules still start from an empty database.
"""

import io
import re

import feedparser
import orjson
import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cases.models import InitiativeIndexPage, InitiativePage
from demo import data
from guide.models import PhaseGuidePage, PhasePage
from home.models import HomePage
from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from taxonomy.models import LegalBasis, Theme

LANGUAGES = ["nb", "sv", "en"]
PAGE_TYPES = [
    HomePage,
    PhaseGuidePage,
    PhasePage,
    InitiativeIndexPage,
    InitiativePage,
    ToolIndexPage,
    ToolPage,
    StudyTripIndexPage,
    StudyTripPage,
]
UNTRANSLATED_ON_PURPOSE = sum(1 for tool in data.pages("tools") if tool["nb"].get("translate") is False)


def left_out_of(lang):
    """Pages the demo leaves untranslated in `lang` on purpose (`translate: false` or a list)."""
    return sum(
        1
        for kind in ("tools", "initiatives", "study_trips")
        for record in data.pages(kind)
        if record["nb"].get("translate", True) is not True and lang not in (record["nb"]["translate"] or ())
    )


MALMO = next(initiative for initiative in data.pages("initiatives") if initiative["nb"]["key"] == "malmo")


def test_a_second_run_changes_no_row_in_any_table(demo):
    changed = {
        label: (count, demo["second"][label])
        for label, count in demo["first"].items()
        if demo["second"][label] != count
    }
    assert changed == {}
    assert "already in place" in demo["second_output"]


def test_the_demo_covers_what_the_portal_promises(demo):
    nb_pages = Page.objects.filter(locale__language_code="nb", depth__gt=1)
    assert PhasePage.objects.filter(locale__language_code="nb").count() == 5
    assert InitiativePage.objects.filter(locale__language_code="nb").count() >= 4
    assert ToolPage.objects.filter(locale__language_code="nb").count() >= 10
    assert StudyTripPage.objects.filter(locale__language_code="nb").count() == 3
    assert Theme.objects.filter(locale__language_code="nb").count() >= 10
    assert set(LegalBasis.objects.filter(locale__language_code="nb").values_list("slug", flat=True)) >= {
        "folkehelseloven",
        "sosialtjenesteloven",
        "plan-og-bygningsloven",
        "plan-och-bygglagen",
        "socialtjanstlagen",
    }
    assert UNTRANSLATED_ON_PURPOSE == 1  # the demo of the "not yet translated" notice
    for lang in ("sv", "en"):
        translated = Page.objects.filter(locale__language_code=lang, depth__gt=1)
        assert translated.count() == nb_pages.count() - left_out_of(lang)
        assert left_out_of(lang) >= 2  # a tool, and an initiative (en) or a study trip (sv)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_answers_in_every_language(demo, client, page_type, lang):
    pages = page_type.objects.live().filter(locale__language_code=lang)
    assert pages.exists()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_initiative_shows_each_tip_challenge_and_success_factor_with_its_anchor(demo, client, lang):
    page = InitiativePage.objects.get(locale__language_code=lang, title=MALMO[lang]["title"])
    html = client.get(page.url).content.decode()
    assert len(page.tips.all()) == 10
    for item in page.items():
        assert f'id="{item.anchor}"' in html
        assert f'href="#{item.anchor}"' in html
    for item in MALMO[lang]["items"]:
        assert item["text"].replace("'", "&#x27;") in html


def test_translations_are_linked_so_translators_can_sync_them(demo):
    translations = Translation.objects.filter(target_locale__language_code__in=["sv", "en"])
    assert translations.count() > 0
    for translation in translations:
        translated, total = translation.get_progress()
        assert translated == total, translation.source.object_repr
    segment = StringSegment.objects.filter(source__object_repr__startswith="Kunnskapsgrunnlag").first()
    swedish = StringTranslation.objects.filter(translation_of=segment.string, locale__language_code="sv")
    assert swedish.exists()


def test_translated_pages_use_their_own_slug_and_an_image_with_alt_text_in_their_language(demo):
    for lang, slug in {"nb": "kunnskapsgrunnlag", "sv": "kunskapsunderlag", "en": "knowledge-base"}.items():
        assert PhasePage.objects.get(locale__language_code=lang, number=1).slug == slug
    for lang in LANGUAGES:
        page = InitiativePage.objects.get(locale__language_code=lang, title=MALMO[lang]["title"])
        assert page.image.alt_text == MALMO[lang]["image"]["alt"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_phase_sub_points_and_city_steps_are_translated_too(demo, client, lang):
    phase_1 = next(phase for phase in data.pages("phases", key="number") if phase["nb"]["number"] == 1)

    def sub_points_and_city_steps(phase):
        sub_points = [text for step in phase["process"] for text in step["sub_points"]]
        return sub_points + [text for city in phase["city_processes"] for text in city["steps"]]

    page = PhasePage.objects.get(locale__language_code=lang, number=1)
    html = client.get(page.url).content.decode()
    for text, source in zip(
        sub_points_and_city_steps(phase_1[lang]), sub_points_and_city_steps(phase_1["nb"]), strict=True
    ):
        assert text.replace("'", "&#x27;") in html
        assert source not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phase_page_gathers_advice_and_links_the_search_of_its_phase(demo, client, lang):
    for page in PhasePage.objects.live().filter(locale__language_code=lang):
        html = client.get(page.url).content.decode()
        assert 'class="phase-advice__item"' in html, page.url
        assert f"/{lang}/search/?phase={page.number}" in html, page.url


def test_evidence_levels_follow_the_seeds_the_same_in_every_language(demo, client):
    for kind, model in (("initiatives", InitiativePage), ("tools", ToolPage)):
        for record in data.pages(kind):
            source = model.objects.get(locale__language_code="nb", slug=record["nb"]["slug"])
            versions = [source, *(page.specific for page in source.get_translations())]
            assert {page.evidence_level for page in versions} == {record["nb"]["evidence_level"]}
            if source.evidence_level in ("effect", "evaluated"):  # only with the evaluation named
                assert source.evidence_source
    assert not InitiativePage.objects.filter(evidence_level="effect").exists()  # no seed shows one
    swedish = InitiativePage.objects.get(locale__language_code="sv", slug="allmannyttans-innovationslabb")
    html = client.get(swedish.url).content.decode()
    assert 'data-evidence="evaluated" href="/sv/kunskapsniva/#evaluated"' in html
    assert ">Så stoppar vi segregationen – rapport från Allmännyttans innovationslabb</a>" in html


def test_a_site_loaded_before_evidence_levels_gets_them_on_the_next_run(demo):
    source = InitiativePage.objects.get(locale__language_code="nb", slug=MALMO["nb"]["slug"])
    versions = InitiativePage.objects.filter(translation_key=source.translation_key)
    versions.update(evidence_level="practice", evidence_source="", evidence_source_title="")

    call_command("load_demo_content", stdout=io.StringIO())

    assert {
        (page.locale.language_code, page.evidence_level, page.evidence_source_title) for page in versions
    } == {
        ("nb", "documented", MALMO["nb"]["evidence_source_title"]),
        ("sv", "documented", MALMO["sv"]["evidence_source_title"]),
        ("en", "documented", MALMO["en"]["evidence_source_title"]),
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_map_shows_every_demo_municipality_with_initiatives_in_every_language(demo, client, lang):
    municipality = apps.get_model("taxonomy", "Municipality")
    assert not municipality.objects.filter(latitude__isnull=True).exists()  # every row, every language
    html = client.get(f"/{lang}/map/").content.decode()
    with_initiatives = municipality.objects.filter(
        initiatives__live=True, locale__language_code="nb"
    ).distinct()
    assert html.count('class="initiative-map__point"') == with_initiatives.count() > 0
    assert "not on the map" not in html


def test_the_insight_reports_are_not_empty_on_a_new_site(demo, client, django_user_model):
    from insights.models import PageFeedback, SearchRecord

    assert set(SearchRecord.objects.values_list("locale", flat=True)) == {"nb", "sv", "en"}
    assert (
        SearchRecord.objects.filter(results=0).exists() and SearchRecord.objects.exclude(filters="").exists()
    )
    assert set(PageFeedback.objects.values_list("locale", flat=True)) == {"nb", "sv", "en"}
    assert PageFeedback.objects.exclude(comment="").count() >= 3
    for feedback in PageFeedback.objects.select_related("page__locale"):
        assert feedback.page.locale.language_code == feedback.locale  # each answer on its language's page
    client.force_login(django_user_model.objects.create_superuser("demo-admin", "a@example.org", "pw"))
    assert "medvirkning" in client.get("/admin/reports/search-insights/").content.decode()
    assert (
        "Jeg savner et eksempel" in client.get("/admin/reports/page-feedback/?show=comments").content.decode()
    )


def test_the_agency_is_the_feeds_author_and_a_trips_place_has_its_address(demo, client):
    """A fictional agency in every language; the Copenhagen trip's meeting place in its JSON-LD."""
    publisher = data.read("publisher")
    for lang in LANGUAGES:
        feed = feedparser.parse(client.get(f"/{lang}/feed/").content)
        assert feed.feed.author_detail.name == publisher[lang]["name"]
    trip = StudyTripPage.objects.get(locale__language_code="en", address_street="Rådhuspladsen 1")
    html = client.get(trip.url).content.decode()
    graph = orjson.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1])
    event = next(entity for entity in graph["@graph"] if entity["@type"] == "Event")
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rådhuspladsen 1",
        "postalCode": "1550",
        "addressLocality": "København V",
        "addressCountry": "DK",
    }


def test_a_site_loaded_before_trips_had_addresses_gets_them_on_the_next_run(demo):
    source = StudyTripPage.objects.get(locale__language_code="nb", address_locality="Göteborg")
    versions = StudyTripPage.objects.filter(translation_key=source.translation_key)
    versions.update(address_locality="", address_country="")

    call_command("load_demo_content", stdout=io.StringIO())

    assert {
        (page.locale.language_code, page.address_locality, page.address_country) for page in versions
    } == {(lang, "Göteborg", "SE") for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_figures_are_outcomes_from_the_seeds_each_with_its_year_and_linked_source(demo, client, lang):
    """Only outcomes a seed reports (Malmö's and Groruddalen's seeds give none), each with a source."""
    with_figures = 0
    for page in InitiativePage.objects.live().filter(locale__language_code=lang):
        html = client.get(page.url).content.decode()
        for block in page.results_in_figures:
            figure = block.value
            assert figure["year"] and figure["measure"] and figure["source_url"] and figure["source_title"]
            assert f'<a class="ds-link" href="{figure["source_url"]}">{figure["source_title"]}</a>' in html
        with_figures += bool(page.results_in_figures)
    assert with_figures >= (1 if lang == "en" else 2)  # the agreements' initiative is not in en
    labs = InitiativePage.objects.get(
        locale__language_code=lang,
        translation_key=InitiativePage.objects.get(
            slug="allmannyttans-innovasjonslaboratorier"
        ).translation_key,
    )
    html = client.get(labs.url).content.decode()
    assert {"nb": "+80\xa0%", "sv": "+80\xa0%", "en": "+80%"}[lang] in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_initiative_and_trip_has_a_reachable_contact_and_no_address_in_its_page(demo, client, lang):
    pages = [
        *InitiativePage.objects.live().filter(locale__language_code=lang),
        *StudyTripPage.objects.live().filter(locale__language_code=lang),
    ]
    assert any(tool.contacts for tool in ToolPage.objects.live().filter(locale__language_code=lang))
    for page in pages:
        assert page.contacts and all(block.value["email"].endswith(".example") for block in page.contacts)
        html = client.get(page.url).content.decode()
        assert 'itemtype="https://schema.org/Person"' in html and "/contact/email/" in html
        assert "mailto:" not in html and ".example" not in html.replace("omradeutvikling.example", "")


def test_a_site_loaded_before_figures_had_sources_and_contacts_an_address_gets_them(demo):
    labs = InitiativePage.objects.get(
        locale__language_code="nb", slug="allmannyttans-innovasjonslaboratorier"
    )
    versions = InitiativePage.objects.filter(translation_key=labs.translation_key)
    old_figure = {"type": "figure", "value": {"value": "9 / 10", "measure": "old", "year": None}}
    old_contact = {"type": "contact", "value": {"organisation": "Sveriges Allmännytta"}}
    versions.update(results_in_figures=[old_figure], contacts=[old_contact])

    call_command("load_demo_content", stdout=io.StringIO())

    for page in versions:
        assert [block.value["measure"] for block in page.results_in_figures][0] != "old"
        assert all(block.value["source_url"] for block in page.results_in_figures)
        assert page.contacts[0].value["email"] == "innovationslabb@allmannyttan.example"
    english = versions.get(locale__language_code="en")
    assert english.contacts[0].value["role"] == "Contact for the innovation labs"
