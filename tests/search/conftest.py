"""Builders shared by the search tests: documents, result readers and engines."""

import uuid

import pytest

import search.engines
from search.engines.base import SearchDocument
from search.engines.elastic import ElasticsearchEngine
from search.engines.embedded import EmbeddedEngine

ITEM_KINDS = ("tip", "challenge", "success_factor")


def doc(number, *, kind="tip", locale="nb", title="", text="", date="2020-01-01", **facets):
    """A document of one initiative's; items (tips, challenges, success factors) name it."""
    item = kind in ITEM_KINDS
    return SearchDocument(
        id=f"{locale}:{kind}:{number}",
        locale=locale,
        kind=kind,
        title=title or f"Dokument {number}",
        text=text,
        url=f"/{locale}/eksempler/x/#{kind}-{number}",
        date=date,
        initiative_title="Områdeløft Eksempel" if item else "",
        initiative_url=f"/{locale}/eksempler/x/" if item else "",
        facets={facet: tuple(values) for facet, values in facets.items()},
    )


def ids(result):
    return {hit.document_id for hit in result.hits}


def counts(result, facet):
    return {value.value: value.count for value in result.facets[facet]}


def malmo_trip(**facets):
    """One Norwegian tip about Malmö, in an index of the three locales."""
    tip = SearchDocument(
        id="nb:tip:1",
        locale="nb",
        kind="tip",
        title="Studietur til Malmø",
        text="Vi lærte hvordan beboerne i Malmö ble tatt med i arbeidet.",
        url="/nb/tip/1/",
        facets=facets,
    )
    return {"nb": [tip], "sv": [], "en": []}


def unique_prefix(index_prefix, label=""):
    """An index prefix no other test uses, within the session's own `index_prefix`."""
    return "-".join(part for part in (index_prefix, label, uuid.uuid4().hex[:6]) if part)


def new_elasticsearch(url, index_prefix, label="", **options):
    """An Elasticsearch engine over indexes of its own (drop() them after), refreshing at each write."""
    return ElasticsearchEngine(url, prefix=unique_prefix(index_prefix, label), refresh=True, **options)


@pytest.fixture
def elasticsearch(elasticsearch_url, elasticsearch_index_prefix):
    """A fresh Elasticsearch engine with no index yet; its indexes go at the end of the test."""
    engine = new_elasticsearch(elasticsearch_url, elasticsearch_index_prefix)
    yield engine
    engine.drop()


@pytest.fixture
def forget_elasticsearch(monkeypatch):
    """Forget the process's Elasticsearch engine, so the test's settings make a new one."""
    import search.engines

    monkeypatch.setattr(search.engines, "_elasticsearch", None)


def item_document(number, locale="nb", kind="tip", title="", text="", **facets):
    initiative_url = f"/{locale}/eksempler/seved/"
    return SearchDocument(
        id=f"{locale}:900:{kind}-{number}",
        locale=locale,
        kind=kind,
        title=title or f"Tips {number}",
        text=text,
        url=f"{initiative_url}#{kind}-{number}",
        date=f"20{10 + number:02d}-01-01",
        initiative_title="Seved i Malmö",
        initiative_url=initiative_url,
        facets={facet: tuple(values) for facet, values in facets.items()},
    )


@pytest.fixture
def indexed(site):
    """A handful of documents in the embedded index, with taxonomy rows so facet values are known."""
    from tests.factories import LegalBasisFactory, MunicipalityFactory, ThemeFactory

    LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    MunicipalityFactory(name="Malmø", slug="malmo", country="SE")
    ThemeFactory(name="Folkehelse", slug="folkehelse")
    EmbeddedEngine().rebuild({locale: documents_in(locale) for locale in ("nb", "en")})


def documents_in(locale):
    """The same little corpus in a locale (the texts stay Norwegian; only ids and URLs change)."""
    return [
        item_document(
            1,
            locale,
            text="Snakk med beboerne der de er.",
            phase=["3"],
            law=["folkehelseloven"],
            municipality=["malmo"],
            country=["SE"],
            theme=["folkehelse"],
            evidence=["documented"],
        ),
        item_document(
            2,
            locale,
            text="Beboere vet best hva området trenger.",
            phase=["1"],
            country=["SE"],
            municipality=["malmo"],
        ),
        item_document(
            3,
            locale,
            kind="challenge",
            text="<b>Tillit</b> tar tid & krefter.",
            phase=["3"],
            law=["folkehelseloven"],
            country=["SE"],
        ),
    ] + [item_document(10 + n, locale, text=f"Parken nummer {n}.", country=["SE"]) for n in range(25)]


@pytest.fixture(params=["embedded", "elasticsearch"])
def settling_engine(request, settings, forget_elasticsearch, django_capture_on_commit_callbacks):
    """Search answered by one engine; `engine.settle()` runs the writes Elasticsearch gets after
    the commit and makes them searchable, as a second later in production."""
    settings.ELASTICSEARCH_URL = ""
    if request.param == "elasticsearch":
        prefix = request.getfixturevalue("elasticsearch_index_prefix")
        settings.ELASTICSEARCH_URL = request.getfixturevalue("elasticsearch_url")
        module = request.module.__name__.rsplit(".", 1)[-1]
        settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(prefix, module)
    state = Engine(request.param, django_capture_on_commit_callbacks)
    yield state
    if request.param == "elasticsearch":
        search.engines.elasticsearch_engine().drop()


class Engine:
    def __init__(self, name, capture):
        self.name, self.capture = name, capture

    def run(self, change):
        """Make a content change (a callable) as an editor's request would, commit included."""
        with self.capture(execute=True):
            change()
        elasticsearch = search.engines.elasticsearch_engine()
        if elasticsearch is not None:
            # every language: an untranslated page stands in the other locales' indexes too
            for locale in ("nb", "sv", "en"):
                elasticsearch.client.indices.refresh(index=elasticsearch.alias(locale))
