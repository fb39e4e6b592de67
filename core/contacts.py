"""A contact's e-mail address is never in a page's HTML, where harvesters read it: the page links
"Show e-mail address" to a small page that shows it. Its address carries a signed token naming
the page and the contact block (nothing to guess or forge); the view answers only for a live page
the public may see, is rate-limited per client, and is neither indexed nor cached."""

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_ratelimit.core import is_ratelimited

from core.public_tree import default_site, public_pages

TOKEN_SALT = "core.contacts.email"
CONTACT_FIELD = "contacts"
ROBOTS = "noindex, nofollow"


def reveal_url(page_id, block_id):
    """Where a page's "Show e-mail address" link for one contact goes."""
    token = signing.dumps({"page": page_id, "contact": block_id}, salt=TOKEN_SALT, compress=True)
    return reverse("contact_email", args=[token])


def read_token(token):
    """(page id, contact block id) from a token this site made, or None."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
        return int(data["page"]), str(data["contact"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def published_contact(request, page_id, block_id):
    """(page, contact) from the published version of a live page the public may see, or (None, None):
    drafts, restricted pages and contacts removed since are never revealed."""
    page = public_pages(default_site(request)).filter(pk=page_id).first()
    page = page.specific if page is not None else None
    for block in getattr(page, CONTACT_FIELD, None) or []:
        if block.id == block_id and block.value.get("email"):
            return page, block.value
    return None, None


def answer(request, status, context):
    response = render(request, "core/contact_email.html", {"status": status, **context}, status=status)
    response["X-Robots-Tag"] = ROBOTS
    return response


@never_cache
@require_safe
def contact_email(request, token):
    if is_ratelimited(
        request,
        group="core.contacts",
        key=lambda group, request: get_client_ip_address(request) or "",
        rate=settings.CONTACT_REVEAL_RATE_LIMIT,
        increment=True,
    ):
        message = gettext("You have asked for many e-mail addresses in a short time. Please try again later.")
        return answer(request, 429, {"message": message})
    found = read_token(token)
    if found is None:
        message = gettext("This link to an e-mail address is not valid. Go back to the page and try again.")
        return answer(request, 400, {"message": message})
    page, contact = published_contact(request, *found)
    if contact is None:
        message = gettext("This e-mail address is no longer shown: the page has changed or is gone.")
        return answer(request, 404, {"message": message})
    return answer(request, 200, {"contact": contact, "contact_page": page})
