""" "Was this page useful?" at the end of every public page: without JavaScript (a step page with the
answer's form, POST, redirect back with a thank-you) and inline (JSON); comments checked;
rate-limited; nothing about the visitor kept. With the page cache on: tests/pagecache/test_feedback.py."""

import pytest
from django.test import Client, override_settings

from insights.models import PageFeedback
from tests.content import home_page
from tests.insights.conftest import BROWSER

pytestmark = pytest.mark.django_db

URL = "/{}/feedback/"
JSON = {"HTTP_ACCEPT": "application/json"}
ASKED = {
    "nb": "Var denne siden nyttig?",
    "sv": "Var den här sidan till hjälp?",
    "en": "Was this page useful?",
}
THANKS = {"nb": "Takk for svaret!", "sv": "Tack för ditt svar!", "en": "Thank you for your answer!"}
TOO_LONG = {
    "nb": "Kommentaren er for lang: høyst 1000 tegn, den har 1001.",
    "sv": "Kommentaren är för lång: högst 1000 tecken, den har 1001.",
    "en": "The comment is too long: at most 1000 characters, it has 1001.",
}
NO_LINKS = {
    "nb": "Fjern lenken fra kommentaren: lenker tas ikke imot.",
    "sv": "Ta bort länken ur kommentaren: länkar tas inte emot.",
    "en": "Remove the link from the comment: links are not accepted.",
}
SLOW_DOWN = {
    "nb": "Du har sendt mange svar på kort tid. Prøv igjen senere.",
    "sv": "Du har skickat många svar på kort tid. Försök igen senare.",
    "en": "You have sent many answers in a short time. Please try again later.",
}
LANGUAGES = ["nb", "sv", "en"]


def answer(client, language, useful, **extra):
    page = home_page(language)
    return client.post(URL.format(language), {"page": page.pk, "useful": useful}, **extra)


def token_of(response):
    return response["Location"].split("feedback=")[1].split("#")[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_ends_with_the_question_in_its_language(client, site, language):
    html = client.get(f"/{language}/").content.decode()
    assert ASKED[language] in html
    # No CSRF token in the page (it is cached for everybody): the answer's step page has one.
    assert "csrfmiddlewaretoken" not in html
    assert f'action="/{language}/feedback/answer/"' in html
    assert html.index('id="page-feedback"') < html.index("</main>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_yes_without_javascript_comes_back_with_thanks(client, site, language):
    response = answer(client, language, "yes")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/?feedback=thanks#page-feedback"
    assert THANKS[language] in client.get(response["Location"]).content.decode()
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.locale, stored.useful, stored.comment) == (
        home_page(language).pk,
        language,
        True,
        "",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_then_a_comment_without_javascript(client, site, language):
    # "No" on the page opens the step (a GET), whose form sends the answer and the comment at once.
    page = home_page(language)
    html = client.get(f"/{language}/feedback/answer/", {"page": page.pk, "useful": "no"}).content.decode()
    assert 'name="comment"' in html and 'name="csrfmiddlewaretoken"' in html
    assert "personal data" in html or "personopplysninger" in html or "personuppgifter" in html
    form = {"page": page.pk, "useful": "no", "comment": "Mangler eksempler fra Bergen."}
    done = client.post(URL.format(language), form)
    assert done["Location"] == f"/{language}/?feedback=thanks#page-feedback"
    stored = PageFeedback.objects.get()
    assert (stored.useful, stored.comment, stored.locale) == (
        False,
        "Mangler eksempler fra Bergen.",
        language,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_then_a_comment_on_the_page_after_a_no_sent_alone(client, site, language):
    """A "No" sent without the comment field (an old copy of the page, a script) brings the page back
    with the comment form and its token."""
    response = answer(client, language, "no")
    token = token_of(response)
    html = client.get(response["Location"]).content.decode()
    assert 'name="comment"' in html and f'value="{token}"' in html and 'name="csrfmiddlewaretoken"' in html
    done = client.post(URL.format(language), {"token": token, "comment": "Mangler eksempler fra Bergen."})
    assert done["Location"] == f"/{language}/?feedback=thanks#page-feedback"
    assert PageFeedback.objects.get().comment == "Mangler eksempler fra Bergen."


def test_with_javascript_the_answers_come_back_as_json(client, site):
    token = answer(client, "sv", "no", **JSON).json()["token"]
    response = client.post(URL.format("sv"), {"token": token, "comment": "Saknar kontaktuppgifter."}, **JSON)
    assert response.json() == {"message": THANKS["sv"]}
    assert answer(client, "sv", "yes", **JSON).json() == {"message": THANKS["sv"]}
    assert PageFeedback.objects.filter(locale="sv").count() == 2


def test_a_comment_cannot_replace_one_already_sent(client, site):
    token = token_of(answer(client, "en", "no"))
    client.post(URL.format("en"), {"token": token, "comment": "First"})
    client.post(URL.format("en"), {"token": token, "comment": "Second"})
    assert PageFeedback.objects.get().comment == "First"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_comment_is_refused_and_the_text_kept(client, site, language):
    token = token_of(answer(client, language, "no"))
    text = "a" * 1001
    response = client.post(URL.format(language), {"token": token, "comment": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert TOO_LONG[language] in html and f">{text}</textarea>" in html
    json = client.post(URL.format(language), {"token": token, "comment": text}, **JSON)
    assert json.status_code == 400 and json.json() == {"error": TOO_LONG[language]}
    assert PageFeedback.objects.get().comment == ""


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("link", ["see https://example.org", "www.example.org", "example.com/side"])
def test_a_comment_with_a_link_is_refused(client, site, language, link):
    token = token_of(answer(client, language, "no"))
    response = client.post(URL.format(language), {"token": token, "comment": link})
    assert response.status_code == 400
    assert NO_LINKS[language] in response.content.decode()
    assert link in response.content.decode()


def test_a_forged_token_or_page_is_refused(client, site):
    assert client.post(URL.format("en"), {"token": "forged", "comment": "x"}).status_code == 400
    assert client.post(URL.format("en"), {"page": 999999, "useful": "yes"}).status_code == 404
    assert client.post(URL.format("en"), {"page": "x", "useful": "maybe"}).status_code == 400
    assert client.get(URL.format("en")).status_code == 405
    assert not PageFeedback.objects.exists()


def test_the_form_is_csrf_protected(site):
    strict = Client(enforce_csrf_checks=True)
    assert answer(strict, "nb", "yes").status_code == 403
    assert not PageFeedback.objects.exists()


@override_settings(FEEDBACK_RATE_LIMIT="2/m")
@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_answers_from_one_client_are_refused(client, site, language):
    assert answer(client, language, "yes", REMOTE_ADDR="198.51.100.7").status_code == 302
    assert answer(client, language, "yes", REMOTE_ADDR="198.51.100.7").status_code == 302
    refused = answer(client, language, "yes", REMOTE_ADDR="198.51.100.7")
    assert refused.status_code == 429
    assert SLOW_DOWN[language] in refused.content.decode()
    assert answer(client, language, "yes", REMOTE_ADDR="198.51.100.8").status_code == 302
    assert PageFeedback.objects.count() == 3


def test_nothing_about_the_visitor_is_stored(client, site):
    token = token_of(answer(client, "nb", "no", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT=BROWSER))
    client.post(URL.format("nb"), {"token": token, "comment": "Uklart språk"}, REMOTE_ADDR="203.0.113.9")
    stored = " ".join(str(value) for row in PageFeedback.objects.values_list() for value in row)
    assert "Uklart språk" in stored
    assert "203.0.113.9" not in stored and "Firefox" not in stored and token not in stored


def test_a_page_behind_a_restriction_takes_answers_too(client, site):
    from wagtail.models import PageViewRestriction

    page = home_page("en")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert answer(client, "en", "yes").status_code == 302
    assert PageFeedback.objects.get().page_id == page.pk
