"""A filtered listing page (initiatives, tools): its form, counts, page of results and status."""

from django.core.paginator import Paginator
from django.utils.translation import get_language

from core.subscriptions import feed_link, feed_title, query_pairs, selection_text
from core.untranslated import mark_languages

PER_PAGE = 20


def filtered_listing(index, request, form, pages, feed, per_page=PER_PAGE):
    """The template context of `index`'s listing of `pages` filtered by `form` (a core.facets form): the
    page of results (each marked with its language), their number, the facet groups and the
    query without its page number (for the pagination links), the listing's own URL (the
    filter chips' links) and the Atom feed of the same selection (`feed`: its URL name)."""
    counted = form.count(pages)
    page_of_results = Paginator(counted.ids, per_page).get_page(request.GET.get("page"))
    found = pages.model.objects.filter(pk__in=page_of_results.object_list)
    by_pk = {page.pk: page for page in found.select_related("locale")}
    page_of_results.object_list = mark_languages(
        [by_pk[pk] for pk in page_of_results.object_list if pk in by_pk], get_language(), request
    )
    return {
        "filter_form": form,
        "facet_groups": form.groups(counted.counts),
        "results": page_of_results,
        "result_count": len(counted.ids),
        "query_without_page": form.data.urlencode(),
        "listing_url": index.get_url(request),
        # A period the form could not read answers 400: no feed of it to offer.
        "list_feed": None if form.period_error else listing_feed(index, form, feed),
    }


def listing_feed(index, form, url_name):
    """{"url", "title"} of the feed of `index` filtered by `form` (feeds/ builds the same title)."""
    return feed_link(url_name, listing_feed_title(index, form), query_pairs(form.data))


def listing_feed_title(index, form):
    return feed_title(index.title, selection_text(form.described()))


def with_form_status(response):
    """400 when the listing's form could not be applied as sent (its message says why)."""
    form = (getattr(response, "context_data", None) or {}).get("filter_form")
    if form is not None and form.period_error:
        response.status_code = 400
    return response
