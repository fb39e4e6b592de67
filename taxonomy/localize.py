"""Show many linked objects in the visitor's language with one query per model.

Pages and snippets link to the source-language rows (translations keep their tags in sync),
so a page in Swedish must look up the Swedish row of every tag it shows. Doing that with
`.localized` costs a query per tag; these helpers do it per model, and read many
many-to-many relations in one query.
"""

from django.db.models import CharField, Q, Value
from wagtail.models import DraftStateMixin, Page

from core.public_tree import public


def localized_by_pk(model, pks, locale_id):
    """{pk: the object in `locale_id` where a translation exists, else the object itself}.

    Pages (and other objects with drafts) count only when live: a visitor cannot follow a link to a draft.
    Pages count only when public too: nothing behind a view restriction is linked to.
    """
    pks = set(pks)
    if not pks:
        return {}
    translation_keys = model.objects.filter(pk__in=pks).values("translation_key")
    rows = model.objects.filter(Q(pk__in=pks) | Q(locale_id=locale_id, translation_key__in=translation_keys))
    if issubclass(model, DraftStateMixin):
        rows = rows.filter(live=True)
    if issubclass(model, Page):
        rows = public(rows)
    if hasattr(model, "with_display_flags"):
        rows = model.with_display_flags(rows)  # what a legal basis's display name needs
    rows = list(rows)
    in_locale = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    return {row.pk: in_locale.get(row.translation_key, row) for row in rows if row.pk in pks}


def m2m_links(relations):
    """Read several many-to-many relations in one query.

    `relations` holds (label, model, field name, owner lookups[, target field]); the lookups are
    relative to the owning model, e.g. {"pk": 3} or {"page_id": 3}. Returns
    {label: [(owner_id, target_id), ...]}, or the target's `target field` (an integer) instead of its id.
    """
    querysets = []
    for label, model, field_name, lookups, *target_field in relations:
        field = model._meta.get_field(field_name)
        owner, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        target_value = f"{target}__{target_field[0]}" if target_field else f"{target}_id"
        querysets.append(
            field.remote_field.through.objects.filter(
                **{f"{owner}__{key}": value for key, value in lookups.items()}
            )
            .annotate(relation=Value(label, output_field=CharField()))
            .values_list(f"{owner}_id", target_value, "relation")
        )
    links = {label: [] for label, *_rest in relations}
    if not querysets:
        return links
    combined = querysets[0].union(*querysets[1:], all=True) if len(querysets) > 1 else querysets[0]
    for owner_id, target_id, label in combined:
        links[label].append((owner_id, target_id))
    return links


def by_name(objects):
    return sorted(objects, key=lambda obj: str(obj).casefold())


def localized_relations(page, relations, preview=False):
    """{field name: linked objects in the page's language} for the page's many-to-many fields.

    `relations` maps field name to the linked model. Previews read the unsaved in-memory links.
    """
    if preview:
        return {name: by_name(obj.localized for obj in getattr(page, name).all()) for name in relations}
    links = m2m_links([(name, type(page), name, {"pk": page.pk}) for name in relations])
    return {
        name: by_name(
            localized_by_pk(model, [target for _owner, target in links[name]], page.locale_id).values()
        )
        for name, model in relations.items()
    }
