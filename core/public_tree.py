"""The public page tree in every language, shared by the sitemap, the feeds and every listing, and
the documents the public may see."""

from django.db.models import BooleanField, Exists, OuterRef, Value
from django.db.models.functions import Length, Substr
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site


def default_site(request=None):
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.select_related("root_page").get(is_default_site=True)


def locale_roots(site):
    """The site's home page and its live translations, one per language."""
    root = site.root_page
    return Page.objects.filter(translation_key=root.translation_key, depth=root.depth).live()


def public_pages(site):
    """Every live, public page under any language's home page."""
    roots = list(locale_roots(site))
    if not roots:
        return Page.objects.none()
    pages = Page.objects.none()
    for root in roots:
        pages = pages | Page.objects.descendant_of(root, inclusive=True)
    return pages.live().public()


def restricted(deeper_than=None):
    """A condition on pages: a view restriction (password, login, groups) on the page or an ancestor;
    only one deeper than `deeper_than` counts when given (a visitor of a page at that depth passed
    those above). Part of the listing's own query: Wagtail's `.public()` costs a query per call."""
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    if deeper_than is not None:
        restrictions = restrictions.filter(page__depth__gt=deeper_than)
    return Exists(restrictions)


def public(pages, deeper_than=None):
    """`pages` without those behind a view restriction (see `restricted`)."""
    return pages.filter(~restricted(deeper_than))


def in_restricted_collection():
    """A condition on documents (any collection member): a view restriction on its collection or
    an ancestor of it. Such a document is never shown, listed or linked where the public looks."""
    return Exists(
        CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
        )
    )


def public_documents(documents):
    """The documents outside restricted collections, each marked `known_public` so that showing
    it (documents' {% document_link %}) needs no second look."""
    return documents.exclude(in_restricted_collection()).annotate(
        known_public=Value(True, output_field=BooleanField())
    )
