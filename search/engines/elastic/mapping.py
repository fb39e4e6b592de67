"""What an Elasticsearch index holds: its analysis (mirroring search.analysis token for token), its
mapping, and the source of each document."""

from __future__ import annotations

from search.engines.base import FACETS, SearchDocument, document_facet_values

LOCALES = ("nb", "sv", "en")
# Elasticsearch's "english" stemmer is the old Porter algorithm; porter2 is Snowball English,
# the one PyStemmer (and so the embedded engine) uses.
ES_STEMMER = {"norwegian": "norwegian", "swedish": "swedish", "english": "porter2"}
# Unicode letters, digits and underscore form words, exactly like Python's re "\w+".
WORD_SEPARATORS = r"[^\p{L}\p{N}_]+"
# Every facet's values in one field, as "<facet>=<value>": one terms aggregation counts all the
# facets that have no chosen value, in one pass over the matches instead of one pass per facet.
FACET_VALUES = "facet_values"
MAPPING_PROPERTIES = {
    "id": {"type": "keyword"},
    "locale": {"type": "keyword"},
    "title": {"type": "text", "analyzer": "portal_index", "copy_to": "all"},
    # Only `all` and `title` are searched; `text` keeps its analyzer for highlighting, which
    # re-analyses the stored text, so indexing it separately would only double the work.
    "text": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "keywords": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "initiative_title": {"type": "text", "analyzer": "portal_index", "index": False, "copy_to": "all"},
    "all": {"type": "text", "analyzer": "portal_index", "search_analyzer": "portal_search"},
    "url": {"type": "keyword", "index": False},
    "initiative_url": {"type": "keyword", "index": False},
    "date": {"type": "keyword"},
    "language": {"type": "keyword", "index": False},  # SearchDocument.language, carried to the hit
    **{facet: {"type": "keyword"} for facet in FACETS},
    # Global ordinals built at refresh, not by the first search after it.
    FACET_VALUES: {"type": "keyword", "eager_global_ordinals": True},
}


def analysis_settings(locale: str) -> dict:
    """Index analysis for one locale, built from the data the embedded engine uses."""
    from search import analysis

    stemmer = ES_STEMMER[analysis.STEMMER_LANGUAGE[locale]]
    filters = {
        "portal_stemmer": {"type": "stemmer", "language": stemmer},
        "portal_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules(locale)},
    }
    chain = ["lowercase", "portal_stemmer", "asciifolding"]
    overrides = getattr(analysis, "STEM_OVERRIDES", {}).get(locale)
    if overrides:
        # Marks the word as a keyword, so the stemmer after it leaves the override's stem alone.
        rules = [f"{word} => {stem}" for word, stem in sorted(overrides.items())]
        filters["portal_stem_overrides"] = {"type": "stemmer_override", "rules": rules}
        chain.insert(1, "portal_stem_overrides")
    return {
        "tokenizer": {"portal_words": {"type": "pattern", "pattern": WORD_SEPARATORS}},
        "filter": filters,
        "analyzer": {
            "portal_index": {"type": "custom", "tokenizer": "portal_words", "filter": chain},
            "portal_search": {
                "type": "custom",
                "tokenizer": "portal_words",
                "filter": [*chain, "portal_synonyms"],
            },
        },
    }


def synonym_rules(locale: str) -> list[str]:
    """Solr-format equivalence rules; Elasticsearch analyses each side with the chain before the filter."""
    from search import analysis

    rules = []
    for group in analysis.SYNONYMS.get(locale, ()):
        expressions = [" ".join(expression.replace(",", " ").split()) for expression in group]
        rules.append(", ".join(expression for expression in expressions if expression))
    return [rule for rule in rules if "," in rule]


def source(document: SearchDocument) -> dict:
    body = {
        "id": document.id,
        "locale": document.locale,
        "kind": document.kind,
        "title": document.title,
        "text": document.text,
        "keywords": document.keywords,
        "initiative_title": document.initiative_title,
        "url": document.url,
        "initiative_url": document.initiative_url,
        "date": document.date,
        "language": document.language,
    }
    values = document_facet_values(document)
    for facet in FACETS:
        if facet != "kind":
            body[facet] = list(values.get(facet, ()))
    body[FACET_VALUES] = [f"{facet}={value}" for facet in FACETS for value in values.get(facet, ())]
    return body
