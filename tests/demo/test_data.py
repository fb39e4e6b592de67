"""demo.data: each language's texts laid over the nb source, and translation files held to its shape."""

import pytest

from demo import data
from demo.data import ContentShapeError, overlay
from tests.demo.phrases import only_in_report

KINDS = [
    "home",
    "themes",
    "legal_bases",
    "municipalities",
    "phases",
    "tools",
    "study_trips",
    "initiatives",
    "publisher",
    "documents",
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_translation_file_follows_the_shape_of_its_nb_file(kind):
    documents = data.read(kind)
    assert set(documents) == {"nb", "sv", "en"}


def test_a_translation_replaces_texts_and_keeps_the_facts_of_the_source():
    source = {"title": "Fasene", "number": 1, "steps": [{"text": "Start", "tool": "kart"}]}
    texts = {"title": "Phases", "steps": [{"text": "Begin"}]}
    assert overlay(source, texts, "en/x") == {
        "title": "Phases",
        "number": 1,
        "steps": [{"text": "Begin", "tool": "kart"}],
    }


def test_a_list_of_another_length_than_in_nb_is_refused():
    with pytest.raises(ContentShapeError, match="another length"):
        overlay({"goals": ["a", "b"]}, {"goals": ["a"]}, "sv/initiatives")


def test_a_key_that_is_not_in_nb_is_refused():
    with pytest.raises(ContentShapeError, match="not in the nb file"):
        overlay({"title": "Fasene"}, {"titel": "Faserna"}, "sv/phases")


def test_each_documents_own_sentence_is_in_its_text_and_nowhere_else_in_the_demo():
    texts = {lang: {} for lang in data.LANGUAGES}
    for path in sorted(data.CONTENT.glob("*/*.yaml")):
        texts[path.parent.name][path.stem] = " ".join(path.read_text("utf-8").split())
    for (key, lang), sentence in only_in_report().items():
        document = data.read("documents")[lang]["documents"][key]
        body = " ".join(" ".join(section["text"].split()) for section in document["sections"])
        assert sentence in body, (key, lang)
        elsewhere = [kind for kind, text in texts[lang].items() if kind != "documents" and sentence in text]
        assert elsewhere == [], (key, lang)
