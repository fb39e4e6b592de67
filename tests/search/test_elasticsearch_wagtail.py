"""Wagtail's own search (the admin's) runs on Elasticsearch when an installation configures it."""

import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from elasticsearch import Elasticsearch
from wagtail.search.backends import get_search_backend

from cases.models import InitiativePage
from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def wagtail_index_prefix(settings, elasticsearch_url, elasticsearch_index_prefix):
    """The same backend settings base.py uses when ELASTICSEARCH_URL is set, on this session's prefix."""
    prefix = f"{elasticsearch_index_prefix}-wagtail-{uuid.uuid4().hex[:6]}-"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
        }
    }
    return prefix


@pytest.fixture
def initiative(site, wagtail_index_prefix):
    index_page = InitiativeIndexPageFactory(parent=home_page())
    page = InitiativePageFactory(parent=index_page, title="Seved i Malmö", slug="seved")
    page.save_revision().publish()
    return InitiativePage.objects.get(pk=page.pk)


def test_update_index_puts_pages_into_elasticsearch(initiative, wagtail_index_prefix, elasticsearch_url):
    call_command("update_index", backend_name="default", stdout=StringIO())

    client = Elasticsearch(elasticsearch_url)
    indexes = client.indices.get(index=f"{wagtail_index_prefix}*").body
    assert indexes, "update_index created no Elasticsearch index under the configured prefix"
    found = client.search(index=f"{wagtail_index_prefix}*", query={"match": {"_all_text": "Seved"}})
    assert found["hits"]["total"]["value"] >= 1


def test_wagtail_search_finds_a_page_through_elasticsearch(initiative):
    call_command("update_index", backend_name="default", stdout=StringIO())
    backend = get_search_backend()

    results = backend.search("Seved", InitiativePage)

    assert type(backend).__module__.endswith("backends.elasticsearch8")
    assert [page.pk for page in results] == [initiative.pk]


def searches_served(client, prefix):
    stats = client.indices.stats(index=f"{prefix}*", metric="search").body
    return stats["_all"]["total"]["search"]["query_total"]


def test_the_admin_page_search_asks_elasticsearch_and_lists_the_page(
    initiative, admin_client, wagtail_index_prefix, elasticsearch_url
):
    call_command("update_index", backend_name="default", stdout=StringIO())
    client = Elasticsearch(elasticsearch_url)
    before = searches_served(client, wagtail_index_prefix)

    response = admin_client.get("/admin/pages/search/", {"q": "Seved"})

    assert response.status_code == 200
    assert "Seved i Malmö" in response.content.decode()
    assert searches_served(client, wagtail_index_prefix) > before
