import pytest
from django.test import Client

from tests.content import english_messages  # noqa: F401 - autouse: validation messages in English

HIT = "hit"


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on, as in production (the test settings leave it off for other tests)."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_CDN_SECONDS = 60


@pytest.fixture
def visitor():
    """An anonymous visitor whose browser checks CSRF as a real one does."""
    return Client(enforce_csrf_checks=True)


def served(client, url, **extra):
    """(status, "hit" / "miss" / "", html) of one GET."""
    response = client.get(url, **extra)
    return response.status_code, response.get("X-Page-Cache", ""), response.content.decode()
