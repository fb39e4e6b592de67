"""With Elasticsearch configured but unreachable or failing, visitors still get answers (embedded)."""

import logging
import os
import socket
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import search.engines
from search.engines import get_engine, index_writers
from search.engines.base import SearchQuery
from tests.search.conftest import malmo_trip, unique_prefix
from tests.search.nodes import closed_port

IN_CI = os.environ.get("CI", "").lower() == "true"
REPO = Path(__file__).resolve().parents[2]
ES_SCRIPT = REPO / "scripts" / "services" / "elasticsearch.sh"
DOCUMENTS = malmo_trip(phase=("3",), country=("no",))


@pytest.fixture
def unreachable(settings, db, forget_elasticsearch):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    search.engines.EmbeddedEngine().rebuild(DOCUMENTS)


@pytest.fixture
def real(settings, db, forget_elasticsearch, elasticsearch_url, elasticsearch_index_prefix):
    """Elasticsearch configured and filled, with the embedded index filled alongside."""
    settings.ELASTICSEARCH_URL = elasticsearch_url
    settings.PORTAL_SEARCH_INDEX_PREFIX = unique_prefix(elasticsearch_index_prefix, "fallback")
    for engine in index_writers():
        engine.rebuild(DOCUMENTS)
    elasticsearch = search.engines.elasticsearch_engine()
    elasticsearch.client.indices.refresh(index=elasticsearch.alias("nb"))
    yield elasticsearch
    elasticsearch.drop()


def malmo():
    return get_engine().search(SearchQuery(text="malmo", locale="nb"))


def warnings_about_elasticsearch(caplog):
    return [
        record
        for record in caplog.records
        if record.levelno == logging.WARNING and "elasticsearch" in record.getMessage().lower()
    ]


def test_search_answers_from_the_embedded_engine_when_nothing_listens_on_the_elasticsearch_port(
    unreachable, caplog
):
    with caplog.at_level(logging.WARNING):
        result = malmo()

    assert result.engine == "embedded"
    assert [hit.document_id for hit in result.hits] == ["nb:tip:1"]
    assert warnings_about_elasticsearch(caplog)


def test_healthz_says_elasticsearch_is_unreachable_and_the_embedded_engine_answers(unreachable, client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["search"]["engine"] == "elasticsearch"
    assert response.json()["search"]["reachable"] is False
    assert response.json()["search"]["fallback"] == "embedded"


def test_the_api_and_the_search_page_answer_visitors_while_elasticsearch_is_unreachable(unreachable, client):
    from django.urls import reverse
    from django.utils import translation

    api = client.get("/api/search/", {"q": "Malmø", "locale": "nb"})
    with translation.override("nb"):
        page = client.get(reverse("search:search"), {"q": "Malmø"})

    assert api.status_code == 200
    assert api.json()["engine"] == "embedded"
    assert [result["title"] for result in api.json()["results"]] == ["Studietur til Malmø"]
    assert page.status_code == 200
    assert "Studietur til" in page.content.decode()


@pytest.mark.elasticsearch
def test_a_working_elasticsearch_answers_itself(real, caplog):
    with caplog.at_level(logging.WARNING):
        result = malmo()

    assert result.engine == "elasticsearch"
    assert [hit.document_id for hit in result.hits] == ["nb:tip:1"]
    assert not warnings_about_elasticsearch(caplog)


@pytest.mark.elasticsearch
def test_search_answers_from_the_embedded_engine_when_the_elasticsearch_index_is_closed(real, caplog, client):
    real.client.indices.close(index=real.indexes_behind_aliases(["nb"])["nb"][0])

    with caplog.at_level(logging.WARNING):
        result = malmo()
    health = client.get("/healthz").json()["search"]

    assert result.engine == "embedded"
    assert [hit.document_id for hit in result.hits] == ["nb:tip:1"]
    assert warnings_about_elasticsearch(caplog)
    assert health["reachable"] is False and "nb" in health["unsearchable"]


@pytest.mark.elasticsearch
def test_search_answers_from_the_embedded_engine_when_reads_are_blocked(real, caplog):
    name = real.indexes_behind_aliases(["nb"])["nb"][0]
    real.client.indices.put_settings(index=name, settings={"index.blocks.read": True})
    try:
        with caplog.at_level(logging.WARNING):
            result = malmo()
    finally:
        real.client.indices.put_settings(index=name, settings={"index.blocks.read": False})

    assert result.engine == "embedded"
    assert warnings_about_elasticsearch(caplog)


def elasticsearch_script(command: str) -> str:
    done = subprocess.run(["bash", str(ES_SCRIPT), command], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def listening(url: str) -> bool:
    address = urlsplit(url)
    try:
        socket.create_connection((address.hostname, address.port), timeout=1).close()
    except OSError:
        return False
    return True


def search_while_stopped(real, caplog, client, attempts=3):
    """Stop the node, then search and ask /healthz. The node is shared with other test runs, and
    one of them may start it again meanwhile: an attempt counts only if the port stayed closed."""
    for _ in range(attempts):
        elasticsearch_script("stop")
        if listening(real.url):
            continue
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            during = malmo()
        health = client.get("/healthz").json()["search"]
        if not listening(real.url):
            return during, health
    pytest.fail(f"another process kept starting the shared Elasticsearch node at {real.url} during the test")


@pytest.mark.elasticsearch
def test_stopping_elasticsearch_leaves_search_working_and_it_is_used_again_once_back(real, caplog, client):
    if not (IN_CI or os.environ.get("ELASTICSEARCH_TEST_MAY_STOP") == "1"):
        pytest.skip("stops the shared node: runs with CI=true or ELASTICSEARCH_TEST_MAY_STOP=1 (make test)")
    if not ES_SCRIPT.exists() or elasticsearch_script("url") != real.url.rstrip("/"):
        pytest.skip("this Elasticsearch is not the node scripts/services/elasticsearch.sh manages")
    assert malmo().engine == "elasticsearch"

    try:
        during, health_during = search_while_stopped(real, caplog, client)
    finally:
        elasticsearch_script("start")

    assert during.engine == "embedded"
    assert [hit.document_id for hit in during.hits] == ["nb:tip:1"]
    assert warnings_about_elasticsearch(caplog)
    assert health_during["reachable"] is False and health_during["fallback"] == "embedded"
    assert malmo().engine == "elasticsearch"
    assert client.get("/healthz").json()["search"]["reachable"] is True
