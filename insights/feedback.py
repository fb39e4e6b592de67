"""Visitors' answers to "Was this page useful?", which ends every page: a form that works without
JavaScript and inline with it, while the page itself carries no CSRF token, so the page cache can
serve one copy to every visitor. Without JavaScript, Yes or No opens a small uncached step (a GET)
whose form has the token: "Send" for Yes, an optional comment and "Send" for No; the view then
redirects back to the page with a thank-you. With JavaScript, feedback.js fetches a token from
/<lang>/feedback/token/ and posts the same answers inline (JSON answers).

A "No" is stored at once; the optional comment that may follow attaches to it through a signed
token, so nothing about the visitor is kept to tie the two together. Requests are rate-limited per
client through the cache (django-ratelimit hashes the address into the cache key; the feedback
itself never holds it)."""

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe
from django_ratelimit.core import is_ratelimited
from wagtail.models import Page

from core.public_tree import default_site, locale_roots, public
from insights.models import COMMENT_LENGTH, PageFeedback
from insights.validation import refuse_links

TOKEN_SALT = "insights.feedback"
TOKEN_AGE = 60 * 60  # a comment may follow its "No" within the hour
THANKS = "thanks"


class AnswerForm(forms.Form):
    page = forms.IntegerField(min_value=1)
    useful = forms.ChoiceField(choices=[("yes", "yes"), ("no", "no")])


class CommentOnlyForm(forms.Form):
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


class CommentForm(CommentOnlyForm):
    token = forms.CharField(max_length=200)


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
    useful = form.cleaned_data["useful"] == "yes"
    with_comment = not useful and "comment" in request.POST  # the step's No form: both at once
    if with_comment:
        comment_form = CommentOnlyForm(request.POST)
        if not comment_form.is_valid():
            message = " ".join(comment_form.errors["comment"])
            if wants_json(request):
                return JsonResponse({"error": message}, status=400)
            return step(request, page, "no", message, request.POST["comment"], status=400)
    answer = PageFeedback.objects.create(
        page=page,
        locale=translation.get_language(),
        useful=useful,
        comment=comment_form.cleaned_data["comment"] if with_comment else "",
        day=timezone.localdate(),
    )
    if with_comment:
        if wants_json(request):
            return JsonResponse({"message": gettext("Thank you for your answer!")})
        return back_to(page, THANKS)
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


def step(request, page, useful, message="", comment="", status=200):
    """The no-JavaScript step after Yes or No on a (cached) page: the answer's own form, with its
    CSRF token. A page behind a view restriction takes answers too, but its title is not named."""
    named = public(Page.objects.filter(pk=page.pk)).exists()
    context = {
        "feedback_page": page if named else None,
        "page_id": page.pk,
        "useful": useful,
        "message": message,
        "comment": comment,
    }
    return render(request, "insights/feedback_step.html", context, status=status)


@never_cache
@require_safe
def answer_step(request):
    form = AnswerForm(request.GET)
    if not form.is_valid():
        return refused(
            request, 400, gettext("The answer could not be read. Go back to the page and try again.")
        )
    return step(request, live_page(form.cleaned_data["page"]), form.cleaned_data["useful"])


@never_cache
@require_safe
def csrf_token(request):
    """A CSRF token (and its cookie) for feedback.js: the cached page has none."""
    return JsonResponse({"token": get_token(request)})
