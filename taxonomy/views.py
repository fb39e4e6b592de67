"""Public pages for the legal bases: a list, and one page per law, in the visitor's language."""

from django.apps import apps
from django.http import Http404
from django.shortcuts import render
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.public_tree import public
from core.subscriptions import feed_link, feed_title
from taxonomy.models import LegalBasis, one_per_translation


def active_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def legal_bases_feed_title():
    """The title of the legal bases' feed (feeds/ gives its feed the same)."""
    return feed_title(_("Legal bases"))


def legal_basis_index(request):
    legal_bases = one_per_translation(LegalBasis.objects.all(), active_locale())
    feed = feed_link("legal_basis_feed", legal_bases_feed_title())
    description = _("The laws area-based initiatives build on, with their key sections in plain words.")
    context = {"legal_bases": legal_bases, "list_feed": feed, "meta_description": description}
    return render(request, "taxonomy/legal_basis_index.html", context)


def legal_basis_detail(request, slug):
    candidates = one_per_translation(LegalBasis.objects.filter(slug=slug), active_locale())
    if not candidates:
        raise Http404(slug)
    law = candidates[0]
    description = Truncator(law.purpose).chars(160)
    context = {"law": law, "related": related_pages(law), "meta_description": description}
    return render(request, "taxonomy/legal_basis_detail.html", context)


def related_pages(law):
    """Live, public phases and initiatives of the active language using this law (by slug, any locale row)."""
    locale = active_locale()
    uses_law = {"locale": locale, "legal_bases__slug": law.slug}
    phases = public(apps.get_model("guide", "PhasePage").objects.live()).filter(**uses_law).distinct()
    initiatives = (
        public(apps.get_model("cases", "InitiativePage").objects.live()).filter(**uses_law).distinct()
    )
    return {"phases": phases.order_by("number"), "initiatives": initiatives.order_by("title")}
