"""Every analysis component our Elasticsearch settings name exists in stock Elasticsearch 8 and on
the test node.

Production runs a stock Elasticsearch 8, whose analysis-common module provides most components.
The node scripts/services/elasticsearch.sh runs (Maven Central's integration-test distribution)
lacks that module and loads scripts/services/es-analysis/PortalAnalysisPlugin.java instead, which
provides only what these settings name. So a component added to our index settings (or arriving
with a Wagtail upgrade) must be in stock Elasticsearch, or production refuses the index, and in the
server core or the plugin, or the test node does.

The settings are read from where they are made: ElasticsearchEngine.index_settings for the
portal's indexes, and Wagtail's Elasticsearch 8 backend, configured as portal/settings/base.py
configures it when ELASTICSEARCH_URL is set, with the mappings of every indexed model.
"""

import re
import runpy
from pathlib import Path

import pytest
from django.utils.module_loading import import_string

REPO = Path(__file__).resolve().parents[2]
PLUGIN = REPO / "scripts" / "services" / "es-analysis" / "PortalAnalysisPlugin.java"

# Components of the Elasticsearch 8 server itself, there without any module or plugin
# (org.elasticsearch.indices.analysis.AnalysisModule, PreBuiltAnalyzers, PreBuiltTokenizers, read
# from lib/elasticsearch-8.19.21.jar). A type can define a component in the settings; the
# pre-built names can only be referred to as they are. The "standard" token filter is left out:
# it refuses indexes made since 7.0.
CORE_TYPES = {
    "analyzer": {"custom", "default", "standard"},
    "normalizer": {"custom", "lowercase"},
    "tokenizer": {"standard"},
    "filter": {"hunspell", "shingle", "stop"},
    "char_filter": set(),
}
CORE_NAMES = {
    "analyzer": {"classic", "keyword", "simple", "stop", "whitespace"},
    "normalizer": set(),
    "tokenizer": set(),
    "filter": {"lowercase"},
    "char_filter": set(),
}

# The names stock Elasticsearch 8's analysis-common module registers (modules/analysis-common,
# org.elasticsearch.analysis.common.CommonAnalysisPlugin: getAnalyzers, getTokenFilters,
# getTokenizers, getCharFilters and their pre-configured/pre-built counterparts). Left out: the
# camel-case aliases nGram, edgeNGram and PathHierarchy, which refuse indexes made by 8.x.
ANALYSIS_COMMON = {
    "analyzer": {
        *("fingerprint", "keyword", "pattern", "simple", "snowball", "stop", "whitespace"),
        *("arabic", "armenian", "basque", "bengali", "brazilian", "bulgarian", "catalan"),
        *("chinese", "cjk", "czech", "danish", "dutch", "english", "estonian", "finnish"),
        *("french", "galician", "german", "greek", "hindi", "hungarian", "indonesian", "irish"),
        *("italian", "latvian", "lithuanian", "norwegian", "persian", "portuguese", "romanian"),
        *("russian", "sorani", "spanish", "swedish", "turkish", "thai"),
    },
    "normalizer": set(),
    "tokenizer": {
        *("char_group", "classic", "edge_ngram", "keyword", "letter", "lowercase", "ngram"),
        *("path_hierarchy", "pattern", "simple_pattern", "simple_pattern_split", "thai"),
        *("uax_url_email", "whitespace"),
    },
    "filter": {
        *("apostrophe", "arabic_normalization", "arabic_stem", "asciifolding"),
        *("bengali_normalization", "brazilian_stem", "cjk_bigram", "cjk_width", "classic"),
        *("common_grams", "condition", "czech_stem", "decimal_digit", "delimited_payload"),
        *("dictionary_decompounder", "dutch_stem", "edge_ngram", "elision", "fingerprint"),
        *("flatten_graph", "french_stem", "german_normalization", "german_stem"),
        *("hindi_normalization", "hyphenation_decompounder", "indic_normalization", "keep"),
        *("keep_types", "keyword_marker", "keyword_repeat", "kstem", "length", "limit"),
        *("lowercase", "min_hash", "multiplexer", "ngram", "pattern_capture", "pattern_replace"),
        *("persian_normalization", "persian_stem", "porter_stem", "predicate_token_filter"),
        *("remove_duplicates", "reverse", "russian_stem", "scandinavian_folding"),
        *("scandinavian_normalization", "serbian_normalization", "shingle", "snowball"),
        *("sorani_normalization", "stemmer", "stemmer_override", "stop", "synonym"),
        *("synonym_graph", "trim", "truncate", "type_as_payload", "unique", "uppercase"),
        *("word_delimiter", "word_delimiter_graph"),
    },
    "char_filter": {"html_strip", "mapping", "pattern_replace"},
}

# The plugin's registering methods, by the settings section their names belong to.
PLUGIN_REGISTRIES = {
    "getAnalyzers": "analyzer",
    "getTokenizers": "tokenizer",
    "getTokenFilters": "filter",
    "getCharFilters": "char_filter",
}
CHAIN_KEYS = {"tokenizer": "tokenizer", "filter": "filter", "char_filter": "char_filter"}
MAPPING_KEYS = {
    "analyzer": "analyzer",
    "search_analyzer": "analyzer",
    "search_quote_analyzer": "analyzer",
    "normalizer": "normalizer",
}


def components_used(analysis: dict, mappings: list[dict]) -> set[tuple[str, str, str]]:
    """(section, name, how) for each component the settings take from Elasticsearch: "type" when
    they define a component of that type, "name" when they refer to one they do not define."""
    defined = {section: set(analysis.get(section, {})) for section in ANALYSIS_COMMON}
    used = set()

    def refer(section, name):
        if name not in defined[section]:
            used.add((section, name, "name"))

    for section in ANALYSIS_COMMON:
        for definition in analysis.get(section, {}).values():
            used.add((section, definition.get("type", "custom"), "type"))
            if section not in ("analyzer", "normalizer"):
                continue
            for key, chained in CHAIN_KEYS.items():
                for item in (
                    [definition[key]] if isinstance(definition.get(key), str) else definition.get(key, [])
                ):
                    if isinstance(item, dict):  # an anonymous component, defined in place
                        used.add((chained, item["type"], "type"))
                    else:
                        refer(chained, item)

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in MAPPING_KEYS and isinstance(value, str):
                    refer(MAPPING_KEYS[key], value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for mapping in mappings:
        walk(mapping)
    return used


def stemmer_languages(analysis: dict) -> set[str]:
    filters = analysis.get("filter", {}).values()
    return {f.get("language", f.get("name", "english")) for f in filters if f.get("type") == "stemmer"}


def portal_settings():
    """The body ElasticsearchEngine sends to create each locale's index."""
    from search.engines.elastic import ElasticsearchEngine

    engine = ElasticsearchEngine("http://127.0.0.1:9")  # never contacted
    for locale in engine.locales:
        body = engine.index_settings(locale)
        yield f"portal index ({locale})", body["settings"]["analysis"], [body["mappings"]]


def wagtail_settings(monkeypatch):
    """Wagtail's backend as base.py configures it for an installation with Elasticsearch."""
    from wagtail.search.index import get_indexed_models

    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9")  # never contacted
    monkeypatch.delenv("SENTRY_DSN", raising=False)
    configured = runpy.run_path(str(REPO / "portal" / "settings" / "base.py"))["WAGTAILSEARCH_BACKENDS"]
    for name, params in configured.items():
        params = dict(params)
        backend = import_string(params.pop("BACKEND") + ".SearchBackend")(params)
        mappings = [backend.mapping_class(model).get_mapping() for model in get_indexed_models()]
        yield f"Wagtail backend {name!r}", backend.settings["settings"]["analysis"], mappings


@pytest.fixture
def everything_used(monkeypatch):
    sources = [*portal_settings(), *wagtail_settings(monkeypatch)]
    assert len(sources) >= 4, "expected the portal's three locale indexes and Wagtail's backend"
    return [
        (source, component)
        for source, analysis, mappings in sources
        for component in components_used(analysis, mappings)
    ]


def in_core(section, name, how):
    return name in CORE_TYPES[section] or (how == "name" and name in CORE_NAMES[section])


def plugin_source():
    return PLUGIN.read_text(encoding="utf-8")


def plugin_registrations() -> dict[str, set[str]]:
    """The names each `getX()` of the plugin puts into its map, up to its `return m;`."""
    registered = {section: set() for section in ANALYSIS_COMMON}
    for method, body in re.findall(
        r"public Map<[^\n]*> (get\w+)\(\) \{(.*?)\breturn m;", plugin_source(), re.S
    ):
        if method in PLUGIN_REGISTRIES:
            registered[PLUGIN_REGISTRIES[method]] |= set(re.findall(r'\bm\.put\("([^"]+)"', body))
    return registered


def test_the_settings_name_only_components_of_stock_elasticsearch(everything_used):
    missing = {
        (source, section, name)
        for source, (section, name, how) in everything_used
        if not in_core(section, name, how) and name not in ANALYSIS_COMMON[section]
    }
    assert not missing, f"not in Elasticsearch 8 nor its analysis-common module: {sorted(missing)}"


def test_the_test_node_provides_every_component_the_settings_name(everything_used):
    registered = plugin_registrations()
    missing = {
        (source, section, name)
        for source, (section, name, how) in everything_used
        if not in_core(section, name, how) and name not in registered[section]
    }
    assert not missing, f"register these in {PLUGIN.relative_to(REPO)}: {sorted(missing)}"


def test_the_plugin_registers_nothing_the_settings_do_not_name(everything_used):
    """The plugin stands in for analysis-common only as far as our settings need it."""
    needed = {(section, name) for _, (section, name, _) in everything_used}
    unused = {(section, name) for section, names in plugin_registrations().items() for name in names} - needed
    assert not unused, (
        f"no settings name these; remove them from {PLUGIN.relative_to(REPO)}: {sorted(unused)}"
    )


def test_the_plugin_stems_every_language_the_settings_name(monkeypatch):
    table = re.search(r"SNOWBALL_STEMMERS = Map\.of\((.*?)\);", plugin_source(), re.S).group(1)
    provided = set(re.findall(r'"([^"]+)",\s*"[^"]+"', table))
    sources = [*portal_settings(), *wagtail_settings(monkeypatch)]
    used = {language for _, analysis, _ in sources for language in stemmer_languages(analysis)}
    assert used, "the portal's indexes stem words; no stemmer was found in their settings"
    assert used <= provided, (
        f"add to SNOWBALL_STEMMERS in {PLUGIN.relative_to(REPO)}: {sorted(used - provided)}"
    )


def test_the_collector_sees_types_chains_inline_components_and_mapped_analyzers():
    analysis = {
        "analyzer": {
            "a": {"type": "custom", "tokenizer": "t", "filter": ["lowercase", "f", {"type": "kstem"}]}
        },
        "tokenizer": {"t": {"type": "pattern"}},
        "filter": {"f": {"type": "stemmer", "language": "swedish"}},
        "char_filter": {},
    }
    mappings = [{"properties": {"x": {"type": "text", "analyzer": "a", "search_analyzer": "english"}}}]

    assert components_used(analysis, mappings) == {
        ("analyzer", "custom", "type"),
        ("tokenizer", "pattern", "type"),
        ("filter", "stemmer", "type"),
        ("filter", "lowercase", "name"),
        ("filter", "kstem", "type"),
        ("analyzer", "english", "name"),
    }
    assert stemmer_languages(analysis) == {"swedish"}
