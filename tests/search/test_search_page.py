"""The public search page: a GET form that works without JavaScript."""

import re

import pytest

from tests.search.conftest import item_document

pytestmark = pytest.mark.django_db

PAGE = "/en/search/"  # English: the interface strings are the msgids


def test_the_search_page_shows_highlighted_hits_with_their_kind_and_initiative(client, indexed):
    html = client.get(PAGE, {"q": "beboere"}).content.decode()
    assert 'role="search"' in html
    assert 'value="beboere"' in html
    assert "<mark>beboerne</mark>" in html
    assert 'href="/en/eksempler/seved/#tip-1"' in html
    assert 'href="/en/eksempler/seved/">Seved i Malmö</a>' in html
    assert '<p class="search-hit__kind">Tip</p>' in html


def test_the_result_count_is_announced_politely(client, indexed):
    html = client.get(PAGE, {"q": "beboere"}).content.decode()
    assert re.search(r'role="status" aria-live="polite">2 results for “beboere”<', html)


def test_facets_are_checkboxes_with_counts_and_chosen_ones_stay_checked(client, indexed):
    html = client.get(PAGE, {"kind": "tip"}).content.decode()
    assert re.search(r'type="checkbox" name="kind" value="tip" id="facet-kind-tip" checked>', html)
    assert re.search(r'for="facet-kind-tip">Tip <span class="facet-count">\(27', html)
    assert re.search(r'for="facet-kind-challenge">Challenge <span class="facet-count">\(1', html)
    assert re.search(r'for="facet-phase-3">Phase 3 <span class="facet-count">\(1', html)


def test_hits_show_their_evidence_level_in_words_and_the_facet_filters_by_it(client, indexed):
    html = client.get(PAGE, {"q": "beboere", "evidence": "documented"}).content.decode()
    facet_value = r'for="facet-evidence-documented">Documented experience <span class="facet-count">\(1'
    assert re.search(facet_value, html)
    assert re.search(r'role="status" aria-live="polite">1 result for “beboere”<', html)
    assert (
        '<a class="ds-tag evidence-badge" data-color="accent" data-evidence="documented" '
        'href="/en/evidence-levels/#documented"><span class="evidence-badge__prefix">Evidence:</span> '
        "Documented experience</a>"
    ) in html


def test_chosen_filters_show_as_removable_chips_and_can_be_cleared(client, indexed):
    html = client.get(PAGE, {"q": "beboere", "kind": "tip", "municipality": "malmo"}).content.decode()
    assert 'href="/en/search/?q=beboere&amp;municipality=malmo">Type: Tip' in html
    assert 'href="/en/search/?q=beboere&amp;kind=tip">Municipality: Malmø' in html
    assert 'href="/en/search/?q=beboere">Clear all filters' in html


def test_snippets_escape_the_text_around_the_marks(client, indexed):
    html = client.get(PAGE, {"q": "tillit"}).content.decode()
    assert "&lt;b&gt;<mark>Tillit</mark>&lt;/b&gt; tar tid &amp; krefter." in html


def test_results_are_paginated_with_links_that_keep_the_query(client, indexed):
    html = client.get(PAGE, {"q": "parken", "page": 2}).content.decode()
    assert "Page 2 of 2" in html
    assert 'rel="prev" href="/en/search/?q=parken"' in html
    assert '<ol class="search-hits" start="21">' in html


def test_sorting_by_newest_is_offered_and_kept(client, indexed):
    html = client.get(PAGE, {"q": "parken", "sort": "newest"}).content.decode()
    assert '<option value="newest" selected>' in html
    assert 'rel="next" href="/en/search/?q=parken&amp;sort=newest&amp;page=2"' in html


def test_a_misspelling_gets_a_did_you_mean(client, indexed):
    html = client.get(PAGE, {"q": "tilllitt"}).content.decode()
    assert "Nothing matched" in html
    assert 'Did you mean <a class="ds-link" href="/en/search/?q=tillit">tillit</a>' in html


def test_no_results_because_of_a_filter_suggests_leaving_it_out(client, indexed):
    html = client.get(PAGE, {"q": "parken", "law": "folkehelseloven"}).content.decode()
    assert "Nothing matched" in html
    assert 'href="/en/search/?q=parken">Without the filter “Legal basis”</a> (25 results)' in html


def test_bad_input_is_explained_with_status_400_and_the_typed_text_kept(client, indexed):
    response = client.get(PAGE, {"q": "beboere", "page": "abc"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "The page number must be a whole number from 1 to 500." in html
    assert 'value="beboere"' in html
    assert 'aria-invalid="true"' in html


def test_a_too_long_query_is_refused_on_the_page_too(client, indexed):
    response = client.get(PAGE, {"q": "x" * 600})
    assert response.status_code == 400
    assert "The search text is too long (600 characters). Use at most 500." in response.content.decode()


def test_an_unknown_filter_value_is_refused_on_the_page(client, indexed):
    response = client.get(PAGE, {"kind": "recipe"})
    assert response.status_code == 400
    assert "“recipe” is not a known value for the filter “Type”." in response.content.decode()


def test_the_search_page_exists_in_every_language(client, indexed):
    for language in ("nb", "sv", "en"):
        response = client.get(f"/{language}/search/")
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


def test_a_word_with_nothing_near_it_gets_no_spelling_suggestion_but_still_help(client, indexed):
    response = client.get(PAGE, {"q": "pqxzv beboere", "kind": "tip"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Did you mean" not in html
    assert 'href="/en/search/?q=beboere&amp;kind=tip">Without the word “pqxzv”</a> (2 results)' in html


def test_with_several_filters_leaving_them_all_out_is_offered(client, indexed):
    html = client.get(PAGE, {"q": "parken", "law": "folkehelseloven", "phase": "3"}).content.decode()
    assert 'href="/en/search/?q=parken">Without any filter</a> (25 results)' in html


def test_a_renamed_municipality_shows_its_new_name_at_once(client, indexed):
    from taxonomy.models import Municipality

    assert "Municipality: Malmø" in client.get(PAGE, {"municipality": "malmo"}).content.decode()
    malmo = Municipality.objects.get(slug="malmo")
    malmo.name = "Malmö stad"
    malmo.save()
    assert "Municipality: Malmö stad" in client.get(PAGE, {"municipality": "malmo"}).content.decode()


def test_long_facet_lists_fold_all_but_the_largest_values_unless_chosen(client, indexed):
    from search.engines.embedded import EmbeddedEngine
    from tests.factories import MunicipalityFactory

    documents = []
    for number in range(14):
        MunicipalityFactory(slug=f"town-{number:02d}", name=f"Town {number:02d}")
        slug = f"town-{number:02d}"
        documents.append(item_document(100 + number, "en", text="Torget.", municipality=[slug]))
    EmbeddedEngine().index(documents)
    html = client.get(PAGE, {"q": "torget", "municipality": "town-13"}).content.decode()
    folded = html[html.index('<details class="facet-more">') :]
    assert "Show 3 more" in folded  # 14 towns: ten shown, the chosen one kept in sight, three folded
    assert 'id="facet-municipality-town-13" checked' in html[: html.index('<details class="facet-more">')]
    assert 'id="facet-municipality-town-12"' in folded
