"""What an initiative page shows, gathered with a fixed number of queries.

Previews render a page from an unsaved revision, whose items and tags exist only in memory:
they take the simple route through each object instead.
"""

from types import SimpleNamespace

from django.apps import apps
from django.core.cache import cache
from django.db.models import CharField, Value

from core.cache import MENU_CACHE_SECONDS, menu_cache_key
from core.public_tree import public
from taxonomy.localize import by_name, localized_by_pk, m2m_links
from taxonomy.models import LegalBasis, Municipality, Theme

ITEM_RELATIONS = ("success_factors", "challenges", "tips")
PAGE_TAGS = {"themes": Theme, "legal_bases": LegalBasis, "municipalities": Municipality}
ITEM_TAGS = {"themes": Theme, "legal_bases": LegalBasis}


def initiative_display(page, preview=False):
    """facts (localized tag lists) and the items per kind, each item with .shown_themes/.shown_legal_bases
    and .phase_page. Cached until the next cache generation (any publish, tag or restriction change),
    as the menus are: a third of the page's render. A preview's (its draft's) never is."""
    if preview:
        return gather_display(page, preview)
    key = f"{menu_cache_key('initiative-display')}:{page.pk}"
    display = cache.get(key)
    if display is None:
        display = gather_display(page)
        cache.set(key, display, MENU_CACHE_SECONDS)
    return display


def gather_display(page, preview=False):
    shown = public(apps.get_model("guide", "PhasePage").objects.live()).filter(locale_id=page.locale_id)
    phases = {phase.number: phase for phase in shown}
    if preview:
        display = from_objects(
            page, {relation: list(getattr(page, relation).all()) for relation in ITEM_RELATIONS}
        )
    else:
        display = from_database(page, load_items(page), phases)
    for relation in ITEM_RELATIONS:
        for entry in getattr(display, relation):
            entry.phase_page = phases.get(entry.phase)
    return display


def item_models(page):
    return {relation: getattr(type(page), relation).rel.related_model for relation in ITEM_RELATIONS}


def load_items(page):
    """The three kinds of items in one query, in page order."""
    models = item_models(page)
    field_names = [field.attname for field in models["tips"]._meta.concrete_fields]
    querysets = [
        model.objects.filter(page_id=page.pk)
        .order_by()
        .annotate(relation=Value(relation, output_field=CharField()))
        .values_list(*field_names, "relation")
        for relation, model in models.items()
    ]
    items = {relation: [] for relation in ITEM_RELATIONS}
    for *values, relation in querysets[0].union(*querysets[1:], all=True).order_by("sort_order", "id"):
        entry = models[relation](**dict(zip(field_names, values, strict=True)))
        entry._state.adding, entry._state.db = False, "default"
        items[relation].append(entry)
    return items


def from_objects(page, items):
    for entries in items.values():
        for entry in entries:
            entry.shown_themes = entry.localized_themes
            entry.shown_legal_bases = entry.localized_legal_bases
    facts = SimpleNamespace(
        themes=page.localized_themes(),
        legal_bases=page.localized_legal_bases(),
        municipalities=page.localized_municipalities(),
        phases=page.localized_phases(),
    )
    return SimpleNamespace(facts=facts, **items)


def from_database(page, items, phases):
    relations = [(name, type(page), name, {"pk": page.pk}) for name in PAGE_TAGS]
    relations.append(("phases", type(page), "phases", {"pk": page.pk}, "number"))
    for relation, model in item_models(page).items():
        relations += [(f"{relation}.{name}", model, name, {"page_id": page.pk}) for name in ITEM_TAGS]
    links = m2m_links(relations)

    wanted = {model: set() for model in PAGE_TAGS.values()}
    for label, pairs in links.items():
        name = label.rsplit(".", 1)[-1]
        if name in PAGE_TAGS:
            wanted[PAGE_TAGS[name]].update(target for _owner, target in pairs)
    shown = {model: localized_by_pk(model, pks, page.locale_id) for model, pks in wanted.items()}

    def targets(label, owner_id, model):
        return by_name(shown[model][target] for owner, target in links[label] if owner == owner_id)

    for relation, entries in items.items():
        for entry in entries:
            entry.shown_themes = targets(f"{relation}.themes", entry.pk, Theme)
            entry.shown_legal_bases = targets(f"{relation}.legal_bases", entry.pk, LegalBasis)
    numbers = sorted({number for _owner, number in links["phases"]})
    facts = SimpleNamespace(
        themes=targets("themes", page.pk, Theme),
        legal_bases=targets("legal_bases", page.pk, LegalBasis),
        municipalities=targets("municipalities", page.pk, Municipality),
        # Phase numbers are the same in every language: show this language's live phase pages.
        phases=[phases[number] for number in numbers if number in phases],
    )
    return SimpleNamespace(facts=facts, **items)
