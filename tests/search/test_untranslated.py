"""A page a locale lacks is found there, in its own language, at its fallback URL, and leaves when
its translation is published (and comes back when that is unpublished), on both engines, through
the indexing that publishing triggers."""

import pytest
from wagtail.models import Locale

from search.engines.base import SearchQuery
from search.engines.elastic import ElasticsearchEngine
from search.engines.embedded import EmbeddedEngine
from tests.content import home_page, translate
from tests.factories import ToolIndexPageFactory, ToolPageFactory
from tests.search.conftest import unique_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, site, settings, forget_elasticsearch):
    if request.param == "embedded":
        settings.ELASTICSEARCH_URL = ""
        yield EmbeddedEngine()
        return
    url = request.getfixturevalue("elasticsearch_url")
    settings.ELASTICSEARCH_URL = url
    settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(
        request.getfixturevalue("elasticsearch_index_prefix"), "untr"
    )
    node = ElasticsearchEngine(url, prefix=settings.PORTAL_SEARCH_INDEX_PREFIX, refresh=True)
    yield node
    node.drop()


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Run a content change as an editor's request would, the writes after its commit included."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


def published(page):
    page.save_revision().publish()
    return page


def hits(engine, text, locale):
    if isinstance(engine, ElasticsearchEngine):  # the site's own writer does not refresh at each write
        engine.client.indices.refresh(index=f"{engine.prefix}-search-*", allow_no_indices=True)
    result = engine.search(SearchQuery(text=text, locale=locale))
    return [(hit.document_id, hit.language, hit.url) for hit in result.hits]


def test_an_untranslated_tool_is_found_in_each_locale_until_translated(engine, change):
    tools = change(lambda: ToolIndexPageFactory(parent=home_page("nb"), slug="verktoy"))
    change(lambda: [translate(tools, language) for language in ("sv", "en")])
    tool = change(
        lambda: published(
            ToolPageFactory(
                parent=tools,
                slug="kartlegging",
                title="Kartleggingsverktøy",
                summary="Veilederen viser hvordan bydelen kartlegger møteplassene sine.",
            )
        )
    )
    assert hits(engine, "møteplassene", "nb") == [(f"nb:{tool.pk}:tool", "", "/nb/verktoy/kartlegging/")]
    for language in ("sv", "en"):
        assert hits(engine, "møteplassene", language) == [
            (f"{language}:{tool.pk}:tool", "nb", f"/{language}/verktoy/kartlegging/")
        ]

    english = change(lambda: translate(tool, "en"))
    assert hits(engine, "møteplassene", "en") == [(f"en:{english.pk}:tool", "", english.url)]
    assert hits(engine, "møteplassene", "sv")[0][:2] == (f"sv:{tool.pk}:tool", "nb")  # still lacks it

    change(lambda: type(english).objects.get(pk=english.pk).unpublish())  # the copy publish() left live
    assert hits(engine, "møteplassene", "en")[0][:2] == (f"en:{tool.pk}:tool", "nb")


def test_a_restricted_source_gives_no_stand_in(engine, change):
    from wagtail.models import PageViewRestriction

    tools = change(lambda: ToolIndexPageFactory(parent=home_page("nb"), slug="verktoy"))
    change(lambda: translate(tools, "en"))
    tool = change(
        lambda: published(ToolPageFactory(parent=tools, title="Hemmelig", summary="Bare for innloggede."))
    )
    assert hits(engine, "innloggede", "en")
    change(lambda: PageViewRestriction.objects.create(page=tool, restriction_type="login"))
    assert hits(engine, "innloggede", "en") == []
    assert Locale.objects.filter(language_code="en").exists()
