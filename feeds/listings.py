"""The feeds of the index pages, in the visitor's language: initiatives and tools with the
listing's filters (core.facets), study trips. Each follows the index of its language under the
site's home page; an index behind a view restriction has no feed (404).

A filter value the listing would drop with a warning is refused here (400): a feed cannot show
the warning, and a subscriber must not silently get a wider list than asked for."""

from django.apps import apps
from django.db.models import F
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.listing import listing_feed_title
from core.public_tree import default_site, locale_roots, public
from core.site_url import absolute_url
from core.untranslated import mark_languages
from feeds.base import FEED_LIMIT, BadFeedRequest, ListFeed, Selection, page_entry


def index_in_language(model_label, request):
    """The live, public index page of `model_label` under the site's home page in the visitor's language."""
    root = locale_roots(default_site(request)).filter(locale__language_code=get_language()).first()
    if root is None:
        raise Http404("No home page in this language.")
    model = apps.get_model(model_label)
    index = public(model.objects.live().descendant_of(root)).order_by("path").first()
    if index is None:
        raise Http404(f"No public {model._meta.verbose_name} in this language.")
    return index


def newest_pages(pages, request):
    """The FEED_LIMIT most recently published of `pages`, each marked with its language (the
    listing's link of a page not translated into the visitor's language)."""
    newest = F("first_published_at").desc(nulls_last=True)  # PostgreSQL puts NULLs first otherwise
    chosen = pages.select_related("locale").order_by(newest, "-pk")[:FEED_LIMIT]
    return mark_languages(list(chosen), get_language(), request)


def listed_entry(page, request, summary):
    return page_entry(
        page, request, summary=summary, link=page.listing_url, language=page.shown_language or get_language()
    )


class FilteredIndexFeed(ListFeed):
    """An index with a filter form (core.facets): initiatives, tools."""

    index_model = ""

    def selection(self, request, **kwargs):
        index = index_in_language(self.index_model, request)
        form = index.listing_form(request.GET)
        if form.period_error:
            raise BadFeedRequest(form.period_error)
        if form.ignored:
            raise BadFeedRequest(
                _("These filter values are not known: %(values)s. Remove them from the feed's address.")
                % {"values": ", ".join(f"“{value}”" for value in form.ignored)}
            )
        pages = newest_pages(form.filter(index.listed()), request)
        query = form.data.urlencode()
        return Selection(
            title=listing_feed_title(index, form),
            link=absolute_url(index.get_url(request) + (f"?{query}" if query else ""), request),
            entries=[listed_entry(page, request, page.summary) for page in pages],
        )


class InitiativeFeed(FilteredIndexFeed):
    index_model = "cases.InitiativeIndexPage"


class ToolFeed(FilteredIndexFeed):
    index_model = "resources.ToolIndexPage"


class StudyTripFeed(ListFeed):
    def selection(self, request, **kwargs):
        index = index_in_language("resources.StudyTripIndexPage", request)
        trips = newest_pages(index.listed(), request)
        return Selection(
            title=index.feed_title(),
            link=absolute_url(index.get_url(request), request),
            entries=[listed_entry(trip, request, trip_summary(trip)) for trip in trips],
        )


def trip_summary(trip):
    when = trip.start_date.isoformat() + (f" – {trip.end_date.isoformat()}" if trip.end_date else "")
    return " ".join(part for part in (trip.summary, f"({trip.destinations}, {when})") if part)
