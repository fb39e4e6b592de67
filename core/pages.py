"""What the portal's pages do the same way, in fewer queries than Wagtail's defaults: route to a
child and check view restrictions on every request."""

from datetime import timedelta

from django.core.exceptions import FieldDoesNotExist
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.fields import PAGE_TRANSLATABLE_FIELDS


class ViewRestrictionsInOneQuery:
    """Wagtail reads a page's ancestors, then their view restrictions, on every request. The
    ancestors' paths are parts of the page's own path, so one query with a subquery does. As in
    Wagtail, an alias counts as the page it is an alias of (followed up to three levels)."""

    def get_view_restrictions(self):
        paths = [self.path[: depth * self.steplen] for depth in range(1, self.depth + 1)]
        sources = (
            Page.objects.filter(path__in=paths)
            .annotate(source=Coalesce("alias_of__alias_of__alias_of", "alias_of__alias_of", "alias_of", "id"))
            .values("source")
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)


class PortalPage(ViewRestrictionsInOneQuery, Page):
    """The base of every page type of the portal."""

    # How long a page stays current before its owner must review it (the `reviews` app reads it);
    # page types whose content goes stale faster or slower set their own.
    review_interval = timedelta(days=365)

    class Meta:
        abstract = True


class RoutesToOneChildType:
    """Wagtail's Page.route reads a child's page row, then its specific row, then its image
    when the template shows it: three queries. An index whose children are all of one type
    reads the child with its specific fields and image in one, and the image's renditions in
    a second (so a cold rendition cache costs nothing more). Apps add what they show on every
    page to that one query through the `construct_served_page_queryset` hook (e.g. the date
    `reviews` shows), so it costs no query of its own."""

    def route(self, request, path_components):
        child_types = self.allowed_subpage_models()
        if not path_components or len(child_types) != 1:
            return super().route(request, path_components)
        child_type = child_types[0]
        children = child_type.objects.child_of(self)
        if has_field(child_type, "image"):
            children = children.select_related("image").prefetch_related("image__renditions")
        for construct in hooks.get_hooks("construct_served_page_queryset"):
            children = construct(children)
        try:
            child = children.get(slug=path_components[0])
        except child_type.DoesNotExist:
            # A child of another type (made before subpage_types changed) or none: Wagtail decides.
            return super().route(request, path_components)
        child._cached_parent_obj = self  # as Wagtail does: get_parent() needs no query
        return child.route(request, path_components[1:])


class IndexPage(RoutesToOneChildType, PortalPage):
    """A section's index: an introduction above a listing of its children, which are all of
    one type. Each concrete index names its parent and child types and how it lists them."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1

    class Meta:
        abstract = True


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
