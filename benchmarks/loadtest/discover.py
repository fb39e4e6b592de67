"""The URLs a load run requests, found on the running site as a crawler would: pages from
/sitemap.xml (their kind from the template's body class), static files from the home pages, and
search filters from the API's own facets. Each URL is fetched once here, which warms the caches
the way a site in service has them warm.
"""

import json
import random
import re
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HEADERS = {"X-Forwarded-Proto": "https"}
LANGUAGES = ("nb", "sv", "en")
# Share of requests per kind: mostly pages and searches, as a public knowledge portal is used.
WEIGHTS = {
    "home": 10,
    "initiative": 15,
    "phase": 10,
    "tool": 5,
    "page": 10,
    "search": 15,
    "api": 25,
    "static": 10,
}
# Words people search for in each language (plus a few taken from the pages' titles, so that
# every language has queries with many hits).
WORDS = {
    "nb": ["beboere", "medvirkning", "boligselskap", "trygghet", "nærmiljø", "frivillige"],
    "sv": ["boende", "delaktighet", "bostadsbolag", "trygghet", "föreningar", "stadsdel"],
    "en": ["residents", "participation", "housing", "safety", "volunteers", "neighbourhood"],
}
PAGE_KINDS = {"home": "home", "initiative": "initiative", "phase": "phase", "tool": "tool"}
FACETS = ("kind", "phase", "theme", "law", "municipality", "country")
BODY_CLASS = re.compile(r'<body class="([^"]*)"')
STATIC = re.compile(r'(?:href|src)="(/static/[^"?#]+)')
TITLE = re.compile(r"<title>([^<]*)</title>")
LOC = re.compile(r"<loc>([^<]+)</loc>")


def fetch(base, path, timeout=30):
    request = urllib.request.Request(base + path, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def sitemap_paths(base):
    status, body = fetch(base, "/sitemap.xml")
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status}")
    paths = []
    for loc in LOC.findall(body):
        path = urllib.parse.urlsplit(loc).path
        if path.endswith(".xml"):  # a sitemap index: follow it
            paths += [urllib.parse.urlsplit(sub).path for sub in LOC.findall(fetch(base, path)[1])]
        else:
            paths.append(path)
    return sorted(set(paths))


def page_kind(html):
    match = BODY_CLASS.search(html)
    first = match.group(1).split()[0] if match and match.group(1).split() else ""
    return PAGE_KINDS.get(first, "page")


def title_words(titles, limit=3):
    words = sorted({w.lower() for t in titles for w in re.findall(r"\w{6,}", t) if not w.isdigit()})
    return words[:limit]


def facet_values(base, language):
    status, body = fetch(base, f"/api/search/?locale={language}&page_size=1")
    if status != 200:
        raise RuntimeError(f"/api/search/ answered {status}")
    facets = json.loads(body).get("facets", {})
    return {
        name: [item["value"] for item in facets.get(name, []) if item.get("count")]
        for name in FACETS
        if facets.get(name)
    }


def search_queries(rng, language, facets, words, count):
    """`count` query strings: a word or none, up to two filters, sometimes newest first or page 2."""
    queries = []
    for _ in range(count):
        params = []
        word = rng.choice([*words, ""])
        if word:
            params.append(("q", word))
        for name in rng.sample(sorted(facets), k=min(len(facets), rng.choice([0, 1, 1, 2]))):
            params.append((name, rng.choice(facets[name])))
        if not word or rng.random() < 0.2:
            params.append(("sort", "newest"))
        if rng.random() < 0.1:
            params.append(("page", "2"))
        queries.append(urllib.parse.urlencode(params))
    return queries


def discover(base, seed=14, searches_per_language=40):
    """The plan: {"weights": {...}, "urls": {kind: [path, ...]}, "checked": {status: count}}."""
    rng = random.Random(seed)
    urls = {kind: [] for kind in WEIGHTS}
    checked = {}
    titles = {language: [] for language in LANGUAGES}
    static = set()
    paths = sitemap_paths(base)
    # A few at a time: on a busy host one by one took a minute for 350 URLs.
    with ThreadPoolExecutor(max_workers=4) as pool:
        pages = list(pool.map(lambda path: fetch(base, path), paths))
    for path, (status, html) in zip(paths, pages, strict=True):
        checked[status] = checked.get(status, 0) + 1
        if status != 200:
            continue
        kind = page_kind(html)
        urls[kind].append(path)
        language = path.strip("/").split("/")[0]
        if language in titles:
            titles[language] += TITLE.findall(html)
        if kind == "home":
            static.update(STATIC.findall(html))
    urls["static"] = sorted(static)
    for language in LANGUAGES:
        facets = facet_values(base, language)
        words = WORDS[language] + title_words(titles[language])
        for query in search_queries(rng, language, facets, words, searches_per_language):
            urls["search"].append(f"/{language}/search/?{query}")
            urls["api"].append(f"/api/search/?locale={language}&{query}")
    with ThreadPoolExecutor(max_workers=4) as pool:
        for status, _body in pool.map(
            lambda path: fetch(base, path), urls["search"] + urls["api"] + urls["static"]
        ):
            checked[status] = checked.get(status, 0) + 1
    return {"weights": WEIGHTS, "urls": urls, "checked": checked}


def known_paths(plan):
    """Path -> kind for the pages in a plan (the access log's classifier starts from these)."""
    return {path: kind for kind, paths in plan["urls"].items() for path in paths if "?" not in path}
