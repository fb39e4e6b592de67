"""The issue's acceptance checks, on the real demo content (load_demo_content), through the JSON API.

Loading the demo content takes a while, so the checks share one test; each says what failed.
"""

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

API = "/api/search/"


def expected_folkehelse_tips(locale):
    """Tips of live initiatives in `locale` tagged with folkehelseloven, themselves or via the initiative."""
    from cases.models import InitiativePage

    count = 0
    for page in InitiativePage.objects.live().public().filter(locale__language_code=locale):
        initiative_has_law = page.legal_bases.filter(slug="folkehelseloven").exists()
        for tip in page.tips.all():
            if initiative_has_law or tip.legal_bases.filter(slug="folkehelseloven").exists():
                count += 1
    return count


def titles(body):
    return [result["title"] for result in body["results"]]


def test_the_demo_content_passes_the_search_acceptance_checks(client, site):
    call_command("load_demo_content", stdout=io.StringIO())
    from search.indexing import rebuild_all

    rebuild_all()

    malmo = client.get(API, {"q": "Malmø", "locale": "nb", "kind": "initiative"}).json()
    assert any("Malmø" in title for title in titles(malmo)), f"Malmø in nb: {titles(malmo)}"
    for spelling in ("Malmö", "Malmo"):
        other = client.get(API, {"q": spelling, "locale": "nb", "kind": "initiative"}).json()
        assert titles(other) == titles(malmo), f"{spelling} finds other initiatives than Malmø"

    pbl_nb = client.get(API, {"q": "PBL", "locale": "nb", "kind": "legal_basis"}).json()
    assert titles(pbl_nb)[0] == "Plan- og bygningsloven", f"PBL in nb: {titles(pbl_nb)}"
    pbl_sv = client.get(API, {"q": "PBL", "locale": "sv", "kind": "legal_basis"}).json()
    assert titles(pbl_sv)[0] == "Plan- och bygglagen", f"PBL in sv: {titles(pbl_sv)}"

    residents = client.get(API, {"q": "beboere", "locale": "nb", "page_size": 50}).json()
    snippets = " ".join(result["snippet"].lower() for result in residents["results"])
    assert "<mark>beboerne</mark>" in snippets, "beboere does not find items written with beboerne"
    assert "<mark>beboere</mark>" in snippets

    tips = client.get(API, {"kind": "tip", "law": "folkehelseloven", "locale": "nb", "page_size": 50}).json()
    expected = expected_folkehelse_tips("nb")
    assert expected > 0
    assert tips["total"] == expected == len(tips["results"])
    assert {result["kind"] for result in tips["results"]} == {"tip"}
    kind_counts = {value["value"]: value["count"] for value in tips["facets"]["kind"]}
    assert kind_counts["tip"] == expected
    law_counts = {value["value"]: value["count"] for value in tips["facets"]["law"]}
    assert law_counts["folkehelseloven"] == expected
