"""Reading the demo content: demo/content/<language>/<kind>.yaml, one file per kind and language.

The nb file of a kind is the source and holds everything: texts and facts (slugs of snippets,
numbers, years, countries, URLs, references to other records by key). The sv and en files hold
only the texts, in the same shape: mappings by the same keys, lists in the same order. A
language's document is the nb document with that language's texts laid over it, so a fact is
written once and every text has its place in each language. See demo/README.md.
"""

from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("nb", "sv", "en")
SOURCE = "nb"
CONTENT = Path(__file__).resolve().parent / "content"


class ContentShapeError(ValueError):
    """A translation file does not follow the shape of the nb file."""


def overlay(source, texts, where):
    """`source` with the values of `texts` laid over it; lists must have the same length."""
    if isinstance(texts, dict):
        if not isinstance(source, dict) or not set(texts) <= set(source):
            raise ContentShapeError(f"{where}: {sorted(set(texts) - set(source or {}))} not in the nb file")
        return {key: overlay(value, texts.get(key, value), f"{where}.{key}") for key, value in source.items()}
    if isinstance(texts, list):
        if not isinstance(source, list) or len(source) != len(texts):
            raise ContentShapeError(f"{where}: the list has another length than in the nb file")
        return [overlay(s, t, f"{where}[{i}]") for i, (s, t) in enumerate(zip(source, texts, strict=True))]
    return texts


@cache
def read(kind):
    """{language: document} for one kind (e.g. "initiatives"), each complete in its language."""
    documents = {
        lang: yaml.safe_load((CONTENT / lang / f"{kind}.yaml").read_text("utf-8")) for lang in LANGUAGES
    }
    source = documents[SOURCE]
    return {lang: overlay(source, documents[lang], f"{lang}/{kind}") for lang in LANGUAGES}


def index(kind):
    """{language: the index page} of a kind of pages."""
    return {lang: document["index"] for lang, document in read(kind).items()}


def entries(kind, key, section=None):
    """The records of a kind in file order, each as {language: record}; the mapping key is put back
    into every record under the name `key` (e.g. "slug" for snippets, "number" for phases)."""
    documents = read(kind)
    records = documents[SOURCE] if section is None else documents[SOURCE][section]
    return [
        {
            lang: {key: name, **(document if section is None else document[section])[name]}
            for lang, document in documents.items()
        }
        for name in records
    ]


def pages(kind, key="key"):
    return entries(kind, key, section="pages")
