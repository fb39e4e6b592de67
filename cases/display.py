"""What an initiative page shows, gathered with a fixed number of queries.

Previews render a page from an unsaved revision, whose items and tags exist only in memory:
they take the simple route through each object instead.
"""

from types import SimpleNamespace

from guide.models import PhasePage
from taxonomy.localize import by_name, localized_by_pk, m2m_links
from taxonomy.models import LegalBasis, Municipality, Theme

ITEM_RELATIONS = ("success_factors", "challenges", "tips")
PAGE_TAGS = {"themes": Theme, "legal_bases": LegalBasis, "municipalities": Municipality, "phases": PhasePage}
ITEM_TAGS = {"themes": Theme, "legal_bases": LegalBasis}


def initiative_display(page, preview=False):
    """facts (localized tag lists) and the items per kind, each item with .shown_themes/.shown_legal_bases."""
    items = {relation: list(getattr(page, relation).all()) for relation in ITEM_RELATIONS}
    attach_phase_pages(page, items)
    if preview:
        return from_objects(page, items)
    return from_database(page, items)


def attach_phase_pages(page, items):
    """Each item's phase as the live phase page of the page's language (one query), if there is one."""
    phases = {phase.number: phase for phase in PhasePage.objects.live().filter(locale_id=page.locale_id)}
    for entries in items.values():
        for entry in entries:
            entry.phase_page = phases.get(entry.phase)


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


def from_database(page, items):
    relations = [(name, type(page), name, {"pk": page.pk}) for name in PAGE_TAGS]
    for relation in ITEM_RELATIONS:
        item_model = getattr(type(page), relation).rel.related_model
        relations += [(f"{relation}.{name}", item_model, name, {"page_id": page.pk}) for name in ITEM_TAGS]
    links = m2m_links(relations)

    wanted = {model: set() for model in PAGE_TAGS.values()}
    for label, pairs in links.items():
        model = PAGE_TAGS[label.rsplit(".", 1)[-1]]
        wanted[model].update(target for _owner, target in pairs)
    shown = {model: localized_by_pk(model, pks, page.locale_id) for model, pks in wanted.items()}

    def targets(label, owner_id, model):
        return by_name(shown[model][target] for owner, target in links[label] if owner == owner_id)

    for relation, entries in items.items():
        for entry in entries:
            entry.shown_themes = targets(f"{relation}.themes", entry.pk, Theme)
            entry.shown_legal_bases = targets(f"{relation}.legal_bases", entry.pk, LegalBasis)
    facts = SimpleNamespace(
        themes=targets("themes", page.pk, Theme),
        legal_bases=targets("legal_bases", page.pk, LegalBasis),
        municipalities=targets("municipalities", page.pk, Municipality),
        phases=sorted(
            (shown[PhasePage][target] for _owner, target in links["phases"]), key=lambda phase: phase.number
        ),
    )
    return SimpleNamespace(facts=facts, **items)
