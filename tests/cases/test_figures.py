"""Results in figures: each with what it measures, its year, an optional baseline and a source,
shown as a small table whose sources are linked, in each language's number format."""

import pytest
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from cases.blocks import FigureBlock
from search.documents import stream
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()

REPORT = "https://allmannyttan.example/report"
NO_SOURCE = {
    "nb": "Gi tallet en kilde: et dokument i portalen eller en lenke med tittel.",
    "sv": "Ge siffran en källa: ett dokument i portalen eller en länk med titel.",
    "en": "Give the figure a source: a document in the portal or a link with its title.",
}
BASELINE_LATER = {
    "nb": "Utgangsåret (2020) må være før årstallet for tallet (2019).",
    "sv": "Utgångsåret (2020) måste vara före årtalet för siffran (2019).",
    "en": "The baseline year (2020) must be before the figure's year (2019).",
}


def figure(**parts):
    value = {"value": "15", "unit": "of 22", "measure": "women who found work", "year": 2019}
    value.update({"source_url": REPORT, "source_title": "Lab report 2019"})
    value.update(parts)
    return value


def clean(value):
    block = FigureBlock()
    return block.clean(block.to_python(value))


def errors_of(value):
    with pytest.raises(StructBlockValidationError) as raised:
        clean(value)
    return {name: " ".join(error.messages) for name, error in raised.value.block_errors.items()}


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_figure_without_a_source_is_refused_with_a_message_in_the_editors_language(language):
    with translation.override(language):
        errors = errors_of(figure(source_url="", source_title=""))
    assert errors == {"source_url": NO_SOURCE[language]}


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_baseline_year_after_the_figures_year_is_refused(language):
    with translation.override(language):
        errors = errors_of(figure(baseline_value="5", baseline_year=2020))
    assert errors == {"baseline_year": BASELINE_LATER[language]}


def test_a_baseline_needs_both_its_value_and_its_year():
    assert set(errors_of(figure(baseline_value="5"))) == {"baseline_year"}
    assert set(errors_of(figure(baseline_year=2017))) == {"baseline_value"}


def test_a_link_needs_its_title_and_the_year_is_required():
    assert set(errors_of(figure(source_title=""))) == {"source_title"}
    assert "year" in errors_of(figure(year=None))


def test_a_figure_with_a_document_as_its_only_source_is_accepted():
    document = Document.objects.create(title="Final report", file="documents/final.pdf")
    assert (
        clean(figure(source_url="", source_title="", source_document=document.pk))["source_document"]
        == document
    )


def test_an_earlier_baseline_is_accepted():
    assert clean(figure(baseline_value="5", baseline_year=2018))["baseline_year"] == 2018


def initiative_with_figures(language, figures, **fields):
    index = InitiativeIndexPageFactory(parent=home_page(language))
    return InitiativePageFactory(
        parent=index,
        title="Innovation labs",
        results_in_figures=[("figure", value) for value in figures],
        **fields,
    )


TABLE = {
    "nb": ["Hva", "Verdi", "År", "Utgangspunkt", "Kilde", "1\xa0234,5\xa0%", "900\xa0%\xa0i\xa02017"],
    "sv": ["Vad", "Värde", "År", "Utgångsläge", "Källa", "1\xa0234,5\xa0%", "900\xa0%\xa0år\xa02017"],
    "en": ["What", "Value", "Year", "Baseline", "Source", "1,234.5%", "900% in 2017"],
}


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_page_shows_the_figures_as_a_table_with_linked_sources_in_its_language(client, site, language):
    value = figure(
        value="1234.5", unit="%", measure="growth in visits", baseline_value="900", baseline_year=2017
    )
    page = initiative_with_figures(language, [value])
    html = client.get(page.url).content.decode()

    table = html[html.index("<table") : html.index("</table>")]
    what, value_header, year, baseline, source, shown_value, shown_baseline = TABLE[language]
    for header in (what, value_header, year, baseline, source):
        assert f">{header}</th>" in table and 'scope="col"' in table
    assert '<th scope="row">growth in visits</th>' in table
    assert f">{shown_value}</td>" in table
    assert shown_baseline.replace("\xa0", " ") in table.replace("\xa0", " ")
    assert f'<a class="ds-link" href="{REPORT}">Lab report 2019</a>' in table
    assert "<caption" in table
    # The table scrolls in its own labelled, focusable region, never the page (390 px phones).
    assert 'role="region" aria-labelledby="figures-caption" tabindex="0"' in html


def test_a_source_document_in_a_private_collection_is_not_linked(client, site):
    private = Collection.get_first_root_node().add_child(name="Drafts of reports")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = Document.objects.create(
        title="Unpublished evaluation", file="documents/e.pdf", collection=private
    )
    shown = Document.objects.create(title="Final report", file="documents/f.pdf")
    page = initiative_with_figures(
        "en",
        [
            figure(measure="hidden one", source_url="", source_title="", source_document=hidden),
            figure(measure="shown one", source_url="", source_title="", source_document=shown),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Unpublished evaluation" not in html and hidden.url not in html
    assert f'<a class="ds-link" href="{shown.url}">Final report</a>' in html


def test_the_search_text_of_an_initiative_holds_what_its_figures_measure(site):
    page = initiative_with_figures("en", [figure(measure="women who found work in Portalen")])
    assert "women who found work in Portalen" in stream(page, "results_in_figures")


def test_translators_see_the_words_of_a_figure_but_not_its_numbers(site):
    page = initiative_with_figures(
        "nb", [figure(value="15", unit="av 22", measure="kvinner som fikk arbeid")]
    )
    strings = {
        segment.path.rsplit(".", 1)[-1]: segment.string.data
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("results_in_figures.")
    }
    assert strings == {
        "unit": "av 22",
        "measure": "kvinner som fikk arbeid",
        "source_title": "Lab report 2019",
    }
