"""The feed of a search: the same words and filters as the search page (search.query_parser reads
them, so the page and the feed accept and refuse the same input), the newest FEED_LIMIT hits.

Every hit is checked against the database before it becomes an entry: its page live and public,
its legal basis or glossary term published. An index that lags behind (Elasticsearch catches up
after the commit) never puts a page that was just restricted or unpublished in a feed. The check
also gives each entry its publication times. A feed reader's polling is not a visitor's search:
it is not recorded in the search insights."""

from dataclasses import replace

from django.apps import apps
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Page

from core.public_tree import public
from core.site_url import absolute_url
from feeds.base import FEED_LIMIT, BadFeedRequest, Entry, ListFeed, Selection, source_line
from search.engines import get_engine
from search.labels import facet_labels
from search.query_parser import QueryError, parse_search_params
from search.selection import search_feed_title
from search.views import query_params
from taxonomy.models import LegalBasis


def source_of(hit):
    """("page", id), ("law", slug) or ("term", slug): what a hit's document was built from."""
    _locale, source, *rest = hit.document_id.split(":")
    if source.isdigit():
        return "page", int(source)
    return source, ":".join(rest)


def publication_times(hits, language):
    """{source: (first published, last published)} of the hits' pages, laws and terms that are
    live and public; a hit whose source is missing here is not shown."""
    sources = [source_of(hit) for hit in hits]
    wanted = {kind: [key for found, key in sources if found == kind] for kind in ("page", "law", "term")}
    times = {}
    pages = public(Page.objects.live().filter(pk__in=wanted["page"]))
    for pk, first, last in pages.values_list("pk", "first_published_at", "last_published_at"):
        times["page", pk] = (first, last)
    laws = LegalBasis.objects.filter(live=True, slug__in=wanted["law"]).values_list(
        "slug", "locale__language_code", "first_published_at", "last_published_at"
    )
    for slug, code, first, last in laws:
        if code == language or ("law", slug) not in times:
            times["law", slug] = (first, last)
    terms = apps.get_model("glossary", "Term").objects.filter(live=True, locale__language_code=language)
    for slug, first, last in terms.filter(slug__in=wanted["term"]).values_list(
        "slug", "first_published_at", "last_published_at"
    ):
        times["term", slug] = (first, last)
    return times


def hit_summary(hit, request):
    snippet = (hit.snippet or "").replace("<mark>", "").replace("</mark>", "")
    summary = f"<p>{snippet}</p>" if snippet else ""
    if hit.initiative_url:
        attached = hit.kind == "document"
        summary += source_line(hit.initiative_title, hit.initiative_url, request, attached=attached)
    return summary


def hit_entries(hits, request, kind_labels):
    language = get_language()
    times = publication_times(hits, language)
    entries = []
    for hit in hits:
        first, last = times.get(source_of(hit), (None, None))
        if first is None and last is None:
            continue
        entries.append(
            Entry(
                title=hit.title,
                link=absolute_url(hit.url, request),
                updated=last or first,
                published=first,
                summary=hit_summary(hit, request),
                language=hit.language or hit.locale,
                categories=(str(kind_labels.get(hit.kind, hit.kind)),),
            )
        )
    return entries


class SearchFeed(ListFeed):
    def selection(self, request, **kwargs):
        language = get_language()
        labels = facet_labels(language)
        try:
            query = parse_search_params(request.GET, language, labels)
        except QueryError as error:
            raise BadFeedRequest(error.message) from error
        query = replace(query, sort="newest", page=1, page_size=FEED_LIMIT)
        result = get_engine().search(query)
        shown = query_params(replace(query, sort="relevance"))
        return Selection(
            title=search_feed_title(query, labels),
            link=absolute_url(reverse("search:search") + (f"?{shown}" if shown else ""), request),
            entries=hit_entries(result.hits, request, labels["kind"]),
        )
