"""Visitors' answers to "Was this page useful?": a POST form that works without JavaScript (the
view redirects back to the page with a thank-you) and inline with it (JSON answers).

A "No" is stored at once; the optional comment that may follow attaches to it through a signed
token, so nothing about the visitor is kept to tie the two together. Requests are rate-limited per
client through the cache (django-ratelimit hashes the address into the cache key; the feedback
itself never holds it)."""

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.models import Page

from core.public_tree import default_site, locale_roots
from insights.models import COMMENT_LENGTH, PageFeedback
from insights.validation import refuse_links

TOKEN_SALT = "insights.feedback"
TOKEN_AGE = 60 * 60  # a comment may follow its "No" within the hour
THANKS = "thanks"


class AnswerForm(forms.Form):
    page = forms.IntegerField(min_value=1)
    useful = forms.ChoiceField(choices=[("yes", "yes"), ("no", "no")])


class CommentForm(forms.Form):
    token = forms.CharField(max_length=200)
    comment = forms.CharField(
        required=False,
        max_length=COMMENT_LENGTH,
        strip=True,
        validators=[refuse_links],
        error_messages={
            "max_length": _(
                "The comment is too long: at most %(limit_value)d characters, it has %(show_value)d."
            )
        },
    )


def make_token(feedback):
    return signing.dumps({"id": feedback.pk, "page": feedback.page_id}, salt=TOKEN_SALT)


def read_token(token):
    """(feedback id, page id) from a token this site made within the hour, or None."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_AGE)
        return int(data["id"]), int(data["page"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def client_address(request):
    # The same client address as the login lockout (django-axes, TRUSTED_PROXY_COUNT aware).
    return get_client_ip_address(request) or ""


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def live_page(page_id):
    """A live page of the site's trees (restricted ones too: see feedback_tags.page_feedback)."""
    pages = Page.objects.none()
    for root in locale_roots(default_site()):
        pages = pages | Page.objects.descendant_of(root, inclusive=True)
    page = pages.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def back_to(page, state):
    return HttpResponseRedirect(f"{page.localized.url or page.url}?feedback={state}#page-feedback")


def refused(request, status, message, page=None, comment="", token=""):
    if wants_json(request):
        return JsonResponse({"error": message}, status=status)
    context = {"message": message, "feedback_page": page, "comment": comment, "token": token}
    return render(request, "insights/feedback_refused.html", context, status=status)


@require_POST
def feedback(request):
    if is_ratelimited(
        request,
        group="insights.feedback",
        key=lambda group, request: client_address(request),
        rate=settings.FEEDBACK_RATE_LIMIT,
        method="POST",
        increment=True,
    ):
        return refused(
            request, 429, gettext("You have sent many answers in a short time. Please try again later.")
        )
    if "token" in request.POST:
        return comment(request)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return refused(
            request, 400, gettext("The answer could not be read. Go back to the page and try again.")
        )
    page = live_page(form.cleaned_data["page"])
    answer = PageFeedback.objects.create(
        page=page,
        locale=translation.get_language(),
        useful=form.cleaned_data["useful"] == "yes",
        day=timezone.localdate(),
    )
    if answer.useful:
        if wants_json(request):
            return JsonResponse({"message": gettext("Thank you for your answer!")})
        return back_to(page, THANKS)
    token = make_token(answer)
    if wants_json(request):
        return JsonResponse({"token": token})
    return back_to(page, token)


def comment(request):
    form = CommentForm(request.POST)
    found = read_token(request.POST.get("token", ""))
    if found is None:
        return refused(
            request, 400, gettext("This answer has expired. Go back to the page and answer again.")
        )
    feedback_id, page_id = found
    page = live_page(page_id)
    if not form.is_valid():
        message = " ".join(form.errors.get("comment", [])) or gettext("The comment could not be read.")
        return refused(request, 400, message, page, request.POST.get("comment", ""), request.POST["token"])
    if form.cleaned_data["comment"]:
        # Only the first comment counts: a token cannot overwrite what was sent with it.
        PageFeedback.objects.filter(pk=feedback_id, page_id=page_id, comment="").update(
            comment=form.cleaned_data["comment"]
        )
    if wants_json(request):
        return JsonResponse({"message": gettext("Thank you for your answer!")})
    return back_to(page, THANKS)


def page_state(request, page):
    """What the feedback box on `page` shows: "ask", "thanks", or ("comment", token)."""
    state = request.GET.get("feedback", "") if request is not None else ""
    if state == THANKS:
        return "thanks", ""
    found = read_token(state) if state else None
    if found and found[1] == page.pk:
        return "comment", state
    return "ask", ""
