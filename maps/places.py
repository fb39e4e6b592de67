"""Where the initiatives happened: one place per municipality with initiatives, in the visitor's
language, with its point on the base map when the municipality has coordinates."""

from dataclasses import dataclass, field

from django.utils.translation import ngettext

from cases.models import InitiativePage
from maps.boundaries import BaseMap
from taxonomy.localize import localized_by_pk, m2m_links
from taxonomy.models import Municipality

LABEL_OFFSET = 14  # viewBox units between a point and its label


@dataclass
class Place:
    name: str
    slug: str
    country: str
    initiatives: list = field(default_factory=list)  # [(title, url)]
    position: tuple | None = None  # (x, y) on the base map, None when it cannot be placed
    list_url: str = ""  # the initiative index filtered to this municipality

    @property
    def count(self):
        return len(self.initiatives)

    @property
    def link_name(self):
        """What a screen reader says for the point: the place and how many initiatives."""
        return f"{self.name}: {initiatives_phrase(self.count)}"

    @property
    def label_x(self):
        return self.position[0] + LABEL_OFFSET

    @property
    def label_y(self):
        return self.position[1] + 5


def initiatives_phrase(count):
    return ngettext("%(count)s initiative", "%(count)s initiatives", count) % {"count": count}


def places(initiatives, locale_id, base_map: BaseMap | None, request, filter_query, index_url):
    """[Place] by name for `initiatives` (live, public pages already filtered); an initiative in
    several municipalities counts in each. Each place links to the index at `index_url` with the
    filters of `filter_query` (a QueryDict) and its own municipality."""
    pages = {page.pk: page for page in initiatives}
    links = m2m_links([("places", InitiativePage, "municipalities", {"pk__in": list(pages)})])["places"]
    linked = Municipality.objects.in_bulk({target for _owner, target in links})
    shown = localized_by_pk(Municipality, list(linked), locale_id)
    found = {}
    for owner, target in sorted(links, key=lambda link: pages[link[0]].title.casefold()):
        source = linked[target]
        place = found.get(source.translation_key)
        if place is None:
            name = shown.get(target, source)
            place = found[source.translation_key] = Place(
                name=name.name, slug=source.slug, country=source.get_country_display()
            )
            place.position = position(source, name, base_map)
            query = filter_query.copy()
            query.setlist("municipality", [source.slug])
            place.list_url = f"{index_url}?{query.urlencode()}"
        page = pages[owner]
        place.initiatives.append((page.title, page.get_url(request)))
    return sorted(found.values(), key=lambda place: place.name.casefold())


def position(source, shown, base_map):
    """The point of a municipality: the coordinates of the row pages link to, else its translation's."""
    for row in (source, shown):
        if row.latitude is not None and row.longitude is not None and base_map is not None:
            return base_map.point(float(row.longitude), float(row.latitude))
    return None
