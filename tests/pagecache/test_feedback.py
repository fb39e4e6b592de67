""" "Was this page useful?" on a cached page: the page holds no CSRF token, yet every answer is
CSRF-checked. Without JavaScript, Yes or No opens an uncached step with its own token; with it,
feedback.js fetches a token first. Both with a browser that enforces CSRF as a real one does."""

import re

import pytest
from wagtail.models import PageViewRestriction

from insights.models import PageFeedback
from tests.content import home_page
from tests.factories import ToolIndexPageFactory
from tests.pagecache.conftest import served

pytestmark = pytest.mark.django_db

STEP = "/{}/feedback/answer/"
POST = "/{}/feedback/"
JSON = {"HTTP_ACCEPT": "application/json"}
THANKS = {"nb": "Takk for svaret!", "sv": "Tack för ditt svar!", "en": "Thank you for your answer!"}


def csrf_of(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def step_form(html):
    """The fields of the step's form, as the browser sends them."""
    form = html.split('<form method="post"', 1)[1].split("</form>", 1)[0]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def test_the_cached_page_carries_no_token_and_asks_through_a_get_form(visitor, site):
    visitor.get("/nb/")
    status, state, html = served(visitor, "/nb/")
    assert (status, state) == (200, "hit")
    box = html.split('id="page-feedback"', 1)[1].split("</section>", 1)[0]
    assert "csrfmiddlewaretoken" not in html
    assert 'method="get" action="/nb/feedback/answer/"' in box
    assert f'name="page" value="{home_page("nb").pk}"' in box


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_yes_without_javascript_takes_one_more_press_and_comes_back_with_thanks(visitor, site, language):
    page = home_page(language)
    step = visitor.get(STEP.format(language), {"page": page.pk, "useful": "yes"})
    assert step.status_code == 200 and "X-Page-Cache" not in step
    assert "no-cache" in step["Cache-Control"]
    html = step.content.decode()
    assert page.title in html and 'name="comment"' not in html
    assert visitor.post(POST.format(language), {"page": page.pk, "useful": "yes"}).status_code == 403
    done = visitor.post(POST.format(language), step_form(html))
    assert done["Location"] == f"/{language}/?feedback=thanks#page-feedback"
    assert THANKS[language] in visitor.get(done["Location"]).content.decode()
    assert PageFeedback.objects.get().useful is True


def test_no_without_javascript_sends_the_answer_and_its_comment_at_once(visitor, site):
    page = home_page("en")
    html = visitor.get(STEP.format("en"), {"page": page.pk, "useful": "no"}).content.decode()
    assert 'name="comment"' in html and "personal data" in html
    fields = step_form(html)
    refused = visitor.post(POST.format("en"), {**fields, "comment": "see https://example.org"})
    assert refused.status_code == 400
    assert "links are not accepted" in refused.content.decode()
    assert "see https://example.org</textarea>" in refused.content.decode()
    assert not PageFeedback.objects.exists()
    fields = step_form(refused.content.decode())  # the refused step has a token of its own
    done = visitor.post(POST.format("en"), {**fields, "comment": "Missing an example from Bergen."})
    assert done["Location"] == "/en/?feedback=thanks#page-feedback"
    stored = PageFeedback.objects.get()
    assert (stored.useful, stored.comment, stored.locale) == (False, "Missing an example from Bergen.", "en")


def test_with_javascript_a_token_is_fetched_then_the_answers_posted(visitor, site):
    page = home_page("sv")
    token = visitor.get("/sv/feedback/token/")
    assert token.status_code == 200 and "no-cache" in token["Cache-Control"]
    assert "csrftoken" in token.cookies
    csrf = token.json()["token"]
    no = {"page": page.pk, "useful": "no", "csrfmiddlewaretoken": csrf}
    answer = visitor.post(POST.format("sv"), no, **JSON)
    comment = {"token": answer.json()["token"], "comment": "Saknar kontaktuppgifter."}
    comment["csrfmiddlewaretoken"] = csrf
    assert visitor.post(POST.format("sv"), comment, **JSON).json() == {"message": THANKS["sv"]}
    stored = PageFeedback.objects.get()
    assert (stored.useful, stored.comment) == (False, "Saknar kontaktuppgifter.")
    # The page itself is still the one cached copy for everybody.
    visitor.get("/sv/")
    assert served(visitor, "/sv/")[1] == "hit"


def test_the_step_names_no_page_behind_a_view_restriction(visitor, site):
    secret = ToolIndexPageFactory(parent=home_page("en"), title="Internal planning notes", slug="internal")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    html = visitor.get(STEP.format("en"), {"page": secret.pk, "useful": "yes"}).content.decode()
    assert "Internal planning notes" not in html and "/en/internal/" not in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_step_that_cannot_be_read_is_refused(visitor, site):
    assert visitor.get(STEP.format("en"), {"page": "x", "useful": "maybe"}).status_code == 400
    assert visitor.get(STEP.format("en"), {"page": 999999, "useful": "yes"}).status_code == 404
    assert visitor.post(STEP.format("en"), {"page": 1, "useful": "yes"}).status_code in (403, 405)
