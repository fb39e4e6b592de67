"""GET /api/search/: the documented shape, and a 400 with a clear message for every kind of bad input."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/search/"


def test_the_api_answers_with_the_documented_shape(client, indexed):
    response = client.get(API, {"q": "beboere", "locale": "en", "kind": "tip"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        *("query", "locale", "engine", "total", "page", "page_size", "results", "facets", "other_locales")
    }
    assert (body["query"], body["locale"], body["engine"], body["total"]) == ("beboere", "en", "embedded", 2)
    assert (body["page"], body["page_size"]) == (1, 20)
    result = body["results"][0]
    assert set(result) == {"kind", "title", "url", "snippet", "initiative", "locale", "evidence", "language"}
    assert result["initiative"] == {"title": "Seved i Malmö", "url": "/en/eksempler/seved/"}
    assert result["locale"] == "en"
    assert "<mark>" in result["snippet"]
    assert set(body["facets"]) == {"kind", "phase", "theme", "law", "country", "municipality", "evidence"}
    assert {r["url"]: r["evidence"] for r in body["results"]} == {
        "/en/eksempler/seved/#tip-1": "documented",
        "/en/eksempler/seved/#tip-2": None,
    }
    assert body["facets"]["kind"] == [{"value": "tip", "label": "Tip", "count": 2, "selected": True}]


def test_facet_labels_are_in_the_requested_language(client, indexed):
    body = client.get(API, {"locale": "nb", "municipality": "malmo"}).json()
    assert body["facets"]["municipality"] == [
        {"value": "malmo", "label": "Malmø", "count": 2, "selected": True}
    ]
    [sweden] = [value for value in body["facets"]["country"] if value["value"] == "SE"]
    assert sweden["label"] in ("Sverige", "Sweden")  # "Sverige" once the catalogue is filled


def test_an_unknown_evidence_level_is_refused_with_a_clear_message(client, indexed):
    response = client.get(API, {"locale": "en", "evidence": "proven"})
    assert response.status_code == 400
    assert response.json()["error"] == {
        "parameter": "evidence",
        "message": "“proven” is not a known value for the filter “Evidence level”.",
    }


def test_repeated_parameters_widen_within_a_facet(client, indexed):
    body = client.get(API + "?locale=nb&kind=tip&kind=challenge&law=folkehelseloven").json()
    assert body["total"] == 2
    assert sorted(r["kind"] for r in body["results"]) == ["challenge", "tip"]


def test_page_size_and_page_select_a_slice(client, indexed):
    first = client.get(API, {"q": "parken", "page_size": 10}).json()
    third = client.get(API, {"q": "parken", "page_size": 10, "page": 3}).json()
    assert (first["total"], len(first["results"]), len(third["results"])) == (25, 10, 5)


def test_locale_defaults_to_norwegian(client, indexed):
    assert client.get(API, {"q": "beboere"}).json()["locale"] == "nb"


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"locale": "de"}, "locale"),
        ({"kind": "recipe"}, "kind"),
        ({"phase": "6"}, "phase"),
        ({"law": "no-such-law"}, "law"),
        ({"municipality": "atlantis"}, "municipality"),
        ({"country": "US"}, "country"),
        ({"theme": "nope"}, "theme"),
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page_size": "500"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"q": "x" * 501}, "q"),
        ({"q": "beboere\x00"}, "q"),
        ({"q": "be\x1bboere"}, "q"),
        ({"sort": "oldest"}, "sort"),
    ],
)
def test_bad_input_gets_a_400_naming_the_parameter(client, indexed, params, parameter):
    response = client.get(API, params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["parameter"] == parameter
    assert len(error["message"]) > 10


def test_a_query_of_exactly_500_characters_is_accepted(client, indexed):
    assert client.get(API, {"q": "beboere " * 62 + "abcd"}).status_code == 200


def test_error_messages_say_what_is_allowed(client, indexed):
    message = client.get(API, {"locale": "en", "page_size": "500"}).json()["error"]["message"]
    assert message == "The page size must be a whole number from 1 to 50."


def test_only_get_and_head_are_allowed(client, indexed):
    assert client.post(API, {"q": "x"}).status_code == 405
