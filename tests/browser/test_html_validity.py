"""The W3C Nu HTML Checker (vnu.jar from the npm registry, on Java 17) finds no error on any page
type in any language, in the search states or on the 404 page."""

import json
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.helpers import LANGUAGES, page_urls
from tests.demo_site import REPO

pytestmark = pytest.mark.browser

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def fetch(base_url, url):
    try:
        with urllib.request.urlopen(base_url + url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.read()


def checked_urls(site_pages):
    urls = []
    for language in LANGUAGES:
        urls += page_urls(site_pages, language).values()
        urls += [
            f"/{language}/search/?q=plan&kind=tip&kind=challenge&country=NO",
            f"/{language}/search/?q=xyzzyqwerty",
            f"/{language}/search/?q=plan&page=999",
            f"/{language}/no-such-page/",
        ]
    return urls


def test_no_page_has_html_errors(live_site, site_pages, tmp_path):
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java (OpenJDK 17)"
    assert VNU.exists(), "vnu.jar comes with `make test` (ASSETS_FOR_TESTS=1 scripts/assets.sh)"
    files = {}
    for number, url in enumerate(checked_urls(site_pages)):
        path = tmp_path / f"page-{number}.html"
        path.write_bytes(fetch(live_site, url))
        files[path.name] = url
    run = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr)["messages"]
    errors = [f"{files[m['url'].rsplit('/', 1)[-1]]}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not errors, "\n".join(errors)
    assert len(files) > 40  # every page type × 3 languages and the states above were checked
