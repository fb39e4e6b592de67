"""Demo pages loaded before their fields had what the records give now get it on the next run:
trips their meeting place (publisher.py); initiatives, tools and trips their figures with sources
and their contacts (the migrations left figures without a year or source, and a contact with only
an organisation). Pages an editor has given a source or a way to reach someone are left alone."""

import uuid

from demo import data
from demo.data import SOURCE
from demo.fields import contact_blocks, figure_block
from demo.publisher import fill_addresses

KINDS = {
    "initiatives": ("results_in_figures", "contacts"),
    "tools": ("contacts",),
    "study_trips": ("contacts",),
}


def upgrade_old_pages(initiatives, tools, trips):
    return fill_addresses(trips) + fill_figures_and_contacts(initiatives, tools, trips)


def fill_figures_and_contacts(initiatives, tools, trips):
    """The pages of each kind by their key; returns how many pages were changed."""
    pages_by_kind = {"initiatives": initiatives, "tools": tools, "study_trips": trips}
    changed = 0
    for kind, fields in KINDS.items():
        for record in data.pages(kind):
            page = pages_by_kind[kind][record[SOURCE]["key"]]
            stale = [field for field in fields if is_stale(page, field) and wanted(record[SOURCE], field)]
            if not stale:
                continue
            for version in [page, *(other.specific for other in page.get_translations())]:
                texts = record[version.locale.language_code]
                for field in stale:
                    setattr(version, field, with_ids(page, field, values(texts, field)))
                version.save_revision().publish()
                changed += 1
    return changed


def is_stale(page, field):
    if field == "contacts":
        return not any(block.value.get("email") or block.value.get("phone") for block in page.contacts)
    return any(not (block.value.get("year") and has_source(block.value)) for block in page.results_in_figures)


def has_source(figure):
    return bool(figure.get("source_document") or figure.get("source_url"))


def wanted(record, field):
    return field == "results_in_figures" or bool(record.get("contacts"))


def values(record, field):
    if field == "contacts":
        return contact_blocks(record.get("contacts", []))
    return [figure_block(figure) for figure in record["results_in_figures"]]


def with_ids(page, field, blocks):
    """The same block ids in every language, as wagtail-localize keeps them."""
    for number, block in enumerate(blocks):
        block["id"] = str(uuid.uuid5(page.translation_key, f"{field}-{number}"))
    return blocks
