"""The search page's help when nothing matched does bounded work: a 500-character query of made-up
words asks the engine and compares spellings no more than a fixed number of times, while an ordinary
misspelling still gets its "did you mean"."""

import random

import pytest

import search.suggestions
from search.engines.embedded import EmbeddedEngine
from search.suggestions import BROADER_SEARCHES, MAX_SPELLING_DISTANCE, SPELLING_COMPARISONS
from tests.search.conftest import documents_in, item_document

pytestmark = pytest.mark.django_db

PAGE = "/en/search/"
LETTERS = "abdefgiklmnoprstuv"


def made_up_words(count, seed):
    generator = random.Random(seed)
    words = set()
    while len(words) < count:
        words.add("".join(generator.choice(LETTERS) for _ in range(generator.randint(5, 9))))
    return sorted(words)


@pytest.fixture
def large_vocabulary(indexed):
    """The little corpus, plus one document of 6 000 made-up words: a vocabulary as large as the
    demo content's, spread over the same first letters as the long query's words."""
    text = " ".join(made_up_words(6000, seed=1))
    EmbeddedEngine().rebuild(
        {"nb": documents_in("nb"), "en": [*documents_in("en"), item_document(99, "en", text=text)]}
    )


@pytest.fixture
def counted(monkeypatch):
    """Counts the engine's searches and the edit distances computed (both still done for real)."""
    counts = {"searches": 0, "edit_distances": 0}
    search_for_real, distance_for_real = EmbeddedEngine.search, search.suggestions.edit_distance

    def counting_search(self, query):
        counts["searches"] += 1
        return search_for_real(self, query)

    def counting_distance(*args):
        counts["edit_distances"] += 1
        return distance_for_real(*args)

    monkeypatch.setattr(EmbeddedEngine, "search", counting_search)
    monkeypatch.setattr(search.suggestions, "edit_distance", counting_distance)
    return counts


def long_nonsense_query():
    words = made_up_words(200, seed=2)
    random.Random(2).shuffle(words)
    return " ".join(words)[:500].rsplit(" ", 1)[0]


def candidates_without_caps(words, vocabulary):
    """How many edit distances the uncapped search compared: every term with the word's first
    letter and a length within two of it."""
    return sum(
        1
        for word in words
        for term in vocabulary
        if term[:1] == word[:1] and abs(len(term) - len(word)) <= MAX_SPELLING_DISTANCE
    )


def test_a_long_query_of_made_up_words_costs_a_bounded_number_of_searches_and_comparisons(
    client, large_vocabulary, counted
):
    text = long_nonsense_query()
    vocabulary = EmbeddedEngine().vocabulary("en")

    response = client.get(PAGE, {"q": text, "kind": "tip"})

    assert response.status_code == 200 and "Nothing matched" in response.content.decode()
    assert len(text) > 480 and len(text.split()) > 60
    # Uncapped: one search per word left out, and every word against its part of the vocabulary.
    assert candidates_without_caps(text.split(), vocabulary) > 4 * SPELLING_COMPARISONS
    assert counted["edit_distances"] <= SPELLING_COMPARISONS
    # The page's own search, the spelling suggestion's, and the broader queries'.
    assert counted["searches"] <= 2 + BROADER_SEARCHES


def test_an_ordinary_misspelling_still_gets_its_suggestion_with_the_large_vocabulary(
    client, large_vocabulary, counted
):
    html = client.get(PAGE, {"q": "tilllitt"}).content.decode()

    assert 'Did you mean <a class="ds-link" href="/en/search/?q=tillit">tillit</a>' in html
    assert 0 < counted["edit_distances"] <= SPELLING_COMPARISONS


def test_the_words_after_the_first_few_are_kept_as_typed(large_vocabulary):
    from search.engines.base import SearchQuery

    words = ["tilllitt", *made_up_words(20, seed=3)]
    query = SearchQuery(text=" ".join([*words[1:8], "tilllitt"]), locale="en")
    early = SearchQuery(text=" ".join(words[:8]), locale="en")
    vocabulary = EmbeddedEngine().vocabulary("en")

    assert "tillit" in search.suggestions.spelling_suggestion(early, vocabulary).split()
    suggestion = search.suggestions.spelling_suggestion(query, vocabulary) or ""
    assert "tillit" not in suggestion.split()  # the ninth word got no candidates
