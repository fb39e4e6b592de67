"""In production the assets are self-hosted, fingerprinted and served compressed with a long
cache lifetime (collectstatic + WhiteNoise's CompressedManifestStaticFilesStorage)."""

import re

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    root = tmp_path_factory.mktemp("collected") / "static"
    production = {
        "STORAGES": PRODUCTION_STORAGES,
        "WHITENOISE_USE_FINDERS": False,
        "WHITENOISE_AUTOREFRESH": False,
    }
    with override_settings(STATIC_ROOT=root, **production):
        # Only the public site's files: the admin's thousands are not what this test is about.
        call_command(
            "collectstatic", "--no-input", "-v0", "-i", "wagtail*", "-i", "admin", "-i", "wagtail_localize"
        )
        yield root


def test_pages_link_fingerprinted_local_assets_only(site, collected):
    html = Client().get("/nb/").content.decode()
    assets = re.findall(r'(?:href|src)="([^"]+\.(?:css|js|woff2|svg))"', html)
    assert assets
    for url in assets:
        assert url.startswith("/static/"), f"{url} is not served by the site itself"
        assert re.search(r"\.[0-9a-f]{12}\.(css|js|woff2|svg)$", url), f"{url} has no content hash"


def test_fingerprinted_assets_are_cached_for_a_year_and_compressed(site, collected):
    client = Client()
    html = client.get("/nb/").content.decode()
    stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', html).group(1)
    response = client.get(stylesheet, HTTP_ACCEPT_ENCODING="gzip")
    response.close()
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert max_age >= 365 * 24 * 3600


def test_stylesheet_points_at_the_fingerprinted_font(site, collected):
    css = next((collected / "css").glob("portal.*.css")).read_text()
    assert re.search(r'url\("\.\./vendor/fonts/inter-latin-wght-normal\.[0-9a-f]{12}\.woff2"\)', css)
