"""The home page, with everything it loads except images, stays under 150 KB on the wire.

Counted as a browser receives it from WhiteNoise: HTML, CSS and JavaScript gzip-compressed, fonts
as they are (woff2 is compressed already). Fonts referenced by the CSS count when the page's text
needs them: the Latin subset, which is also preloaded.
"""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

pytestmark = pytest.mark.django_db

BUDGET = 150 * 1024
ASSET = re.compile(r'<(?:link|script)\b[^>]*?(?:href|src)="/static/([^"]+)"[^>]*>')


def wire_size(name, content):
    return len(content) if name.endswith(".woff2") else len(gzip.compress(content, 6))


def static_file(name):
    path = finders.find(name)
    assert path, f"{name} is missing: run `make assets`"
    return Path(path).read_bytes()


def home_page_assets(client):
    html = client.get("/nb/").content
    names = ASSET.findall(html.decode())
    return html, [name for name in names if not name.endswith(("print.css",))]


def test_every_asset_the_home_page_links_to_exists(client, site):
    _html, names = home_page_assets(client)
    assert {"css/portal.css", "js/portal.js", "vendor/designsystemet/designsystemet.css"} <= set(names)
    for name in names:
        static_file(name)


def test_home_page_weighs_less_than_150_kb_without_images(client, site):
    html, names = home_page_assets(client)
    sizes = {"html": wire_size("page.html", html)}
    sizes.update({name: wire_size(name, static_file(name)) for name in names})
    total = sum(sizes.values())
    assert total <= BUDGET, f"{total / 1024:.0f} KB > 150 KB: {sizes}"


def test_fonts_do_not_block_text_or_shift_it(client, site):
    css = static_file("css/portal.css").decode()
    faces = re.findall(r"@font-face\s*{[^}]*}", css)
    assert faces and all("font-display: swap" in face for face in faces if "url(" in face)
    fallback = next(face for face in faces if "Inter fallback" in face)
    assert "size-adjust" in fallback and "ascent-override" in fallback


def test_server_error_page_needs_no_database_and_speaks_the_visitors_language(django_assert_num_queries):
    with translation.override("sv"), django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert '<html lang="sv"' in html
    assert "/static/css/portal.css" in html
