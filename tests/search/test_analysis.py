"""The shared analysis: what both engines agree a word means."""

import pytest

from search.analysis import analyze, edit_distance, fold, near_terms, parse_query


@pytest.mark.parametrize("word", ["beboer", "beboere", "beboerne", "Beboernes"])
def test_norwegian_forms_of_resident_share_one_term(word):
    assert analyze(word, "nb") == ["beboer"]


@pytest.mark.parametrize("locale", ["nb", "sv", "en"])
def test_malmo_is_one_term_however_it_is_spelt(locale):
    assert len({analyze(spelling, locale)[0] for spelling in ("Malmø", "Malmö", "Malmo", "MALMÖ")}) == 1


def test_folding_follows_asciifolding():
    folded = [fold(word) for word in ["æble", "øre", "åker", "ärlig", "öl", "café", "über", "straße"]]
    assert folded == ["aeble", "ore", "aker", "arlig", "ol", "cafe", "uber", "strasse"]


def test_swedish_and_english_are_stemmed_in_their_own_language():
    assert analyze("bostäderna bostäder", "sv")[0] == analyze("bostäder", "sv")[0]
    assert analyze("residents", "en") == analyze("resident", "en")


def test_pbl_means_a_different_law_in_norwegian_and_swedish():
    [nb] = parse_query("PBL", "nb")
    [sv] = parse_query("PBL", "sv")
    assert tuple(analyze("plan- og bygningsloven", "nb")) in nb.alternatives
    assert tuple(analyze("plan- och bygglagen", "sv")) in sv.alternatives
    assert tuple(analyze("plan- och bygglagen", "sv")) not in nb.alternatives


def test_the_full_law_name_also_finds_the_abbreviation():
    [clause] = parse_query("folkehelseloven", "nb")
    assert ("fhl",) in clause.alternatives


def test_every_query_word_is_its_own_clause():
    clauses = parse_query("beboere i parken", "nb")
    assert [clause.words for clause in clauses] == [("beboere",), ("i",), ("parken",)]


def test_a_long_word_tolerates_one_typo_from_the_vocabulary():
    vocabulary = {"medvirkning", "medvirk", "kommun"}
    assert near_terms("medvirknimg", vocabulary) == {"medvirkning"}
    assert near_terms("emdvirkning", vocabulary) == {"medvirkning"}  # a transposition is one edit
    assert near_terms("mdvirknimg", vocabulary) == set()  # two edits is too many


def test_short_words_get_no_typo_tolerance():
    assert near_terms("komun", {"kommun"}) == {"kommun"}
    assert near_terms("kmun", {"kmune", "kmu"}) == set()


def test_edit_distance_counts_a_transposition_once():
    assert edit_distance("beboer", "bebeor") == 1
    assert edit_distance("malmo", "oslo") == 3
