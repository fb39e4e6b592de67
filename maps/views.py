"""The map of initiatives: the initiative index's filters, its initiatives as points on a
server-drawn SVG map of Norway, Sweden and Denmark, and the same content as a list."""

import logging

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from cases.filters import InitiativeFilterForm
from cases.models import InitiativeIndexPage
from core.public_tree import public
from maps.boundaries import BoundariesMissing, base_map
from maps.places import places
from taxonomy.models import Country

# Where each country's name is written (lon, lat): inland, away from the demo's municipalities.
COUNTRY_LABELS = {Country.NORWAY: (8.8, 62.2), Country.SWEDEN: (15.4, 62.9), Country.DENMARK: (9.1, 56.1)}

logger = logging.getLogger(__name__)


def active_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def readable_base_map():
    """The base map, or None when its data is missing: the list still says it all."""
    try:
        return base_map()
    except BoundariesMissing as error:
        logger.error("map boundaries missing (run `make assets`): %s", error)
        return None


def initiative_map(request):
    locale = active_locale()
    index = public(InitiativeIndexPage.objects.live()).filter(locale=locale).first()
    if index is None:
        raise Http404("no initiative index in this language")
    form = InitiativeFilterForm(request.GET, locale_id=locale.pk)
    candidates = index.initiatives()
    initiatives = list(form.filter(candidates))
    index_url = index.get_url(request)
    drawn = readable_base_map()
    found = places(initiatives, locale.pk, drawn, request, form.data, index_url)
    query = form.data.urlencode()
    home = index.get_parent()
    context = {
        "index": index,
        "index_url": index_url,
        "filter_form": form,
        "facet_groups": form.groups(form.count(candidates).counts),
        "listing_url": reverse("initiative_map"),
        "query": query,
        "base_map": drawn,
        "places": found,
        "points": [place for place in found if place.position],
        "unplaced": [place for place in found if not place.position],
        "initiative_count": len(initiatives),
        "point_count": sum(1 for place in found if place.position),
        "country_labels": country_labels(drawn),
        "meta_description": _("Where the initiatives took place, on a map of Norway, Sweden and Denmark."),
        "trail": [
            {"title": home.title, "url": home.get_url(request)},
            {"title": index.title, "url": index_url},
            {"title": _("Map of initiatives"), "url": reverse("initiative_map")},
        ],
    }
    # As the index: a period that cannot be applied is a 400 with the form as sent.
    return render(request, "maps/initiative_map.html", context, status=400 if form.period_error else 200)


def country_labels(drawn):
    if drawn is None:
        return []
    labels = []
    for country, (lon, lat) in COUNTRY_LABELS.items():
        x, y = drawn.point(lon, lat)
        labels.append({"name": country.label, "x": x, "y": y})
    return labels
