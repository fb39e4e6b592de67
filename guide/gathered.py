"""What a phase page gathers from the rest of the site: the tips, challenges and success factors
tagged with its phase, the initiatives that illustrate it, its tools and its legal bases.

Only live, public initiatives and tools of the page's own language count. The result is the
same for every visitor of the page, so it is cached until the next change to the page tree or the
tags (core/cache.py); a preview is never cached. Cold, it costs six queries whatever the numbers.
"""

from types import SimpleNamespace
from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import cache
from django.db.models import CharField, Q, Value
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.cache import MENU_CACHE_SECONDS, menu_cache_key
from core.public_tree import public
from taxonomy.localize import by_name, localized_by_pk, m2m_links
from taxonomy.models import LegalBasis

SHOWN_PER_KIND = 5  # the rest of a kind folds into a disclosure, with a link to the search
# (relation on InitiativePage, search kind, heading, the link to the rest in the search)
KINDS = (
    ("tips", "tip", _("Tips"), _("All tips for this phase in the search")),
    ("challenges", "challenge", _("Challenges"), _("All challenges for this phase in the search")),
    (
        "success_factors",
        "success_factor",
        _("Success factors"),
        _("All success factors for this phase in the search"),
    ),
)


def gathered_for(page, request=None, preview=False):
    if preview:
        return gather(page, request, include_own_laws=False)
    key = f"{menu_cache_key('phase-gathered')}:{page.pk}"
    gathered = cache.get(key)
    if gathered is None:
        gathered = gather(page, request)
        cache.set(key, gathered, MENU_CACHE_SECONDS)
    return gathered


def search_url(number, kind=None):
    params = [("phase", number)] + ([("kind", kind)] if kind else [])
    return f"{reverse('search:search')}?{urlencode(params)}"


def gather(page, request=None, include_own_laws=True):
    initiative_model = apps.get_model("cases", "InitiativePage")
    initiatives = public(initiative_model.objects.live()).filter(locale_id=page.locale_id)
    examples = list(
        initiatives.filter(phases__number=page.number).distinct().order_by("title").select_related("locale")
    )
    models = {relation: getattr(initiative_model, relation).rel.related_model for relation, *_ in KINDS}
    items = load_items(models, page.number, initiatives)
    advice = advice_groups(items, models, page.number, request)
    relations = [("initiatives", initiative_model, "legal_bases", {"pk__in": [p.pk for p in examples]})]
    if include_own_laws and page.pk:
        relations.append(("page", type(page), "legal_bases", {"pk": page.pk}))
    for relation, model in models.items():
        ids = [row["pk"] for row in items if row["relation"] == relation]
        if ids:
            relations.append((relation, model, "legal_bases", {"pk__in": ids}))
    return SimpleNamespace(
        advice=advice,
        advice_total=sum(group.count for group in advice),
        examples=[{"title": p.title, "url": p.get_url(request)} for p in examples],
        tools=tools_for(page, request),
        legal_bases=laws_from(relations, page.locale_id),
        search_url=search_url(page.number),
    )


def load_items(models, number, initiatives):
    """The items of every kind tagged with the phase, on the given initiatives: one query."""
    querysets = [
        model.objects.filter(phase=number, page_id__in=initiatives.values("pk"))
        .order_by()
        .annotate(relation=Value(relation, output_field=CharField()))
        .values("pk", "page_id", "number", "title", "text", "sort_order", "relation")
        for relation, model in models.items()
    ]
    return list(querysets[0].union(*querysets[1:], all=True).order_by("page_id", "sort_order", "pk"))


def advice_groups(items, models, number, request):
    """One group per kind that has items: heading, count, the first few, the rest, its search."""
    pages = {}
    if items:
        page_ids = {row["page_id"] for row in items}
        pages = {p.pk: p for p in Page.objects.filter(pk__in=page_ids).select_related("locale")}
    initiatives = {
        pk: {
            "title": p.title,
            "url": p.get_url(request),
            "updated": p.last_published_at or p.first_published_at,  # the phase's feed (feeds/)
        }
        for pk, p in pages.items()
    }
    groups = []
    for relation, kind, heading, search_label in KINDS:
        entries = []
        for row in items:
            if row["relation"] != relation or row["page_id"] not in initiatives:
                continue
            item = models[relation](id=row["pk"], number=row["number"], title=row["title"], text=row["text"])
            initiative = initiatives[row["page_id"]]
            entries.append(
                {
                    "title": item.display_title,
                    "text": Truncator(item.text).words(30) if item.title else "",
                    "url": f"{initiative['url']}#{item.anchor}",
                    "initiative": initiative,
                }
            )
        if entries:
            entries.sort(key=lambda entry: entry["initiative"]["title"].casefold())
            groups.append(
                SimpleNamespace(
                    kind=kind,
                    heading=heading,
                    count=len(entries),
                    shown=entries[:SHOWN_PER_KIND],
                    more=entries[SHOWN_PER_KIND:],
                    search_url=search_url(number, kind),
                    search_label=search_label,
                )
            )
    return groups


def tools_for(page, request=None):
    """Live, public tools of the page's language tagged with the phase (in any language) or listed
    among its resources: one query."""
    tool_model = apps.get_model("resources", "ToolPage")
    listed = [entry["value"].get("page") for entry in page.resources.raw_data if entry["type"] == "tool"]
    wanted = Q(phases__translation_key=page.translation_key)
    if listed:
        keys = tool_model.objects.filter(pk__in=[pk for pk in listed if pk]).values("translation_key")
        wanted |= Q(translation_key__in=keys)
    tools = (
        public(tool_model.objects.live())
        .filter(wanted, locale_id=page.locale_id)
        .distinct()
        .order_by("title")
        .select_related("locale")
    )
    return [
        {
            "title": tool.title,
            "url": tool.get_url(request),
            "summary": tool.summary,
            "type": tool.get_tool_type_display(),
        }
        for tool in tools
    ]


def laws_from(relations, locale_id):
    """The legal bases tagged on the relations, in the page's language, each once: two queries."""
    links = m2m_links(relations)
    pks = {target for pairs in links.values() for _owner, target in pairs}
    laws = {}
    for law in localized_by_pk(LegalBasis, pks, locale_id).values():
        laws.setdefault(law.translation_key, law)
    return by_name(laws.values())


def merge_laws(*lists):
    """Several lists of legal bases as one, each law once (by translation), by name."""
    laws = {}
    for law in (law for entries in lists for law in entries):
        laws.setdefault(law.translation_key, law)
    return by_name(laws.values())
