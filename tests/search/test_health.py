"""/healthz tells operators which search engine answers and whether a configured Elasticsearch is down."""

import pytest
from django.test import override_settings

from search.models import IndexedDocument

pytestmark = pytest.mark.django_db


def test_healthz_reports_the_embedded_engine_by_default(client, indexed):
    search = client.get("/healthz").json()["search"]
    assert search["engine"] == "embedded"
    assert search["reachable"] is True
    assert search["documents"] == IndexedDocument.objects.count() > 0


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9")  # nothing listens on the discard port
def test_healthz_reports_elasticsearch_down_and_the_fallback(client, indexed):
    response = client.get("/healthz")
    assert response.status_code == 200  # search still answers, from the embedded engine
    search = response.json()["search"]
    assert (search["engine"], search["reachable"], search["fallback"]) == ("elasticsearch", False, "embedded")


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9")
def test_search_answers_from_the_embedded_engine_when_elasticsearch_is_down(client, indexed, caplog):
    body = client.get("/api/search/", {"q": "beboere", "locale": "en"}).json()
    assert (body["engine"], body["total"]) == ("embedded", 2)
    assert "answering from embedded" in caplog.text
