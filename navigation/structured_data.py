"""schema.org for the page being shown (JSON-LD in its head): the site with its search on home
pages, breadcrumbs elsewhere, and the page itself typed as what it is where schema.org has a
fitting type. The agency that runs the portal (core.publisher) is the publisher of the site and
of the pages it writes; a tool names its own publisher. Dates are ISO 8601."""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.publisher import publisher
from core.site_url import absolute_url

# Characters that could end a <script> element early or confuse an HTML parser.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
PAGE_TYPES = {"InitiativePage": "Article", "ToolPage": "CreativeWork", "StudyTripPage": "Event"}
# The types the portal's own editors write; a tool is someone else's work.
PUBLISHED_BY_THE_AGENCY = {"WebSite", "WebPage", "Article"}
ADDRESS_FIELDS = (
    ("streetAddress", "address_street"),
    ("postalCode", "address_postal_code"),
    ("addressLocality", "address_locality"),
    ("addressCountry", "address_country"),
)


def json_ld(data):
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


def iso_moment(moment):
    """A publication time in ISO 8601 with its offset, to the second."""
    return moment.replace(microsecond=0).isoformat()


def structured_data(page, request, chrome, description, url, language):
    graph = []
    if request is None:
        return graph
    agency = publisher(request, language).as_schema_org()
    if page is not None and page.depth == 2:
        graph.append(
            {
                "@type": "WebSite",
                "name": _("Area initiatives"),
                "url": url,
                "inLanguage": language,
                "publisher": agency,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": absolute_url(chrome["search_url"], request) + "?q={search_term_string}",
                    "query-input": "required name=search_term_string",
                },
            }
        )
    trail = chrome["trail"]
    if len(trail) > 1:
        graph.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": n,
                        "name": crumb["title"],
                        "item": absolute_url(crumb["url"], request),
                    }
                    for n, crumb in enumerate(trail, start=1)
                ],
            }
        )
    if page is not None and page.depth > 2:
        graph.append(page_entity(page, description, url, language, agency))
    return graph


def page_entity(page, description, url, language, agency):
    kind = PAGE_TYPES.get(type(page).__name__, "WebPage")
    entity = {"@type": kind, "name": page.title, "url": url, "inLanguage": language}
    if description:
        entity["description"] = description
    if kind == "Article":
        entity["headline"] = page.title
    if kind in PUBLISHED_BY_THE_AGENCY:
        entity["publisher"] = agency
    if kind == "Event":
        entity.update(event_details(page))
        return entity
    if page.first_published_at:
        entity["datePublished"] = iso_moment(page.first_published_at)
    if page.last_published_at:
        entity["dateModified"] = iso_moment(page.last_published_at)
    if kind == "CreativeWork":
        if getattr(page, "publisher", ""):
            entity["publisher"] = {"@type": "Organization", "name": page.publisher}
        if getattr(page, "year", None):
            entity["copyrightYear"] = page.year
    return entity


def event_details(page):
    """A study trip as an Event: its dates, the place with its address, its organiser."""
    details = {"eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"}
    if page.start_date:
        details["startDate"] = page.start_date.isoformat()
    if page.end_date:
        details["endDate"] = page.end_date.isoformat()
    address = {key: getattr(page, field) for key, field in ADDRESS_FIELDS if getattr(page, field, "")}
    if page.destinations or address:
        place = {"@type": "Place", "name": page.destinations or page.address_locality}
        if address:
            place["address"] = {"@type": "PostalAddress", **address}
        details["location"] = place
    if page.organiser:
        details["organizer"] = {"@type": "Organization", "name": page.organiser}
    return details
