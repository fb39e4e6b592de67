"""What search/understanding.py adds to documents and takes from queries (the engines' side is in
the contract suite)."""

from search.understanding import Decompounder, kind_words, title_names, understood_text

PLACES = Decompounder(["Groruddalen", "Grorud", "Järva", "Ås", "Bergen", "Malmø"])


def test_a_compound_gives_every_place_it_starts_with_and_its_rest_without_the_link():
    assert PLACES.parts("Groruddalssatsingen i Oslo") == ["Grorud", "Groruddalen", "satsingen"]
    assert PLACES.parts("Järvalyftet") == ["Järva", "lyftet"]
    assert PLACES.parts("Malmøkommisjonens rapport") == ["Malmø", "kommisjonens"]


def test_inflections_short_names_and_unrelated_words_are_not_split():
    assert PLACES.parts("Groruddalens skoler") == ["Grorud", "dalens"]  # a genitive stays whole
    assert PLACES.parts("Åsgårdstrand og bergarter") == []  # "Ås" is too short, "Berg-" is not Bergen
    assert PLACES.parts("Malmøs") == []


def test_the_small_word_after_a_kind_word_leaves_the_query():
    assert understood_text("verktøy for medvirkning", "nb") == "verktøy medvirkning"
    assert understood_text("Studieresor till Malmö", "sv") == "Studieresor Malmö"
    assert understood_text("success factors in housing", "en") == "success factors housing"
    assert understood_text("for medvirkning", "nb") == "for medvirkning"  # no kind word before it
    assert understood_text("verktøy for", "nb") == "verktøy for"  # nothing after it


def test_every_kind_has_its_words_in_every_language():
    kinds = ("tip", "challenge", "success_factor", "legal_basis", "initiative", "tool", "phase", "study_trip")
    assert [
        (kind, locale) for kind in kinds for locale in ("nb", "sv", "en") if not kind_words(kind, locale)
    ] == []


def test_the_names_in_an_initiatives_title_are_its_capitalised_words_past_the_first():
    assert title_names("The Groruddalen programme in Oslo 2007–2016") == ["Groruddalen", "Oslo"]
