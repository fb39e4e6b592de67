"""What a phase page shows, gathered with a fixed number of queries (see cases/display.py)."""

from types import SimpleNamespace

from django.apps import apps
from wagtail.documents import get_document_model

from core.public_tree import public_documents
from guide.gathered import gathered_for, merge_laws
from taxonomy.localize import by_name, localized_by_pk, m2m_links
from taxonomy.models import Theme


def phase_display(page, request=None, preview=False):
    phases = list(page.all_phases())
    numbers = [phase.number for phase in phases]
    earlier = [phase for phase in phases if phase.number < page.number]
    later = [phase for phase in phases if phase.number > page.number]
    gathered = gathered_for(page, request, preview=preview)
    if preview:  # the page's own tags live in memory; those of its items and initiatives are live
        legal_bases, themes = tags_from_objects(page)
        legal_bases = merge_laws(legal_bases, gathered.legal_bases)
    else:
        legal_bases, themes = gathered.legal_bases, themes_from_database(page)
    return SimpleNamespace(
        gathered=gathered,
        phases=phases,
        phase_numbers=numbers,
        previous_phase=earlier[-1] if earlier else None,
        next_phase=later[0] if later else None,
        legal_bases=legal_bases,
        themes=themes,
        resources=resources(page, request),
    )


def tags_from_objects(page):
    return page.localized_legal_bases(), page.localized_themes()


def themes_from_database(page):
    links = m2m_links([("themes", type(page), "themes", {"pk": page.pk})])
    themes = localized_by_pk(Theme, [target for _owner, target in links["themes"]], page.locale_id)
    return by_name(themes.values())


def resources(page, request=None):
    """Each resource as kind, title, url and note (and a document its document); tools in the
    page's language, documents only those the public may see.

    Read from the stream's raw data so that tool pages and documents load in one query each.
    """
    raw = [(entry["type"], entry["value"]) for entry in page.resources.raw_data]
    tool_ids = [value.get("page") for kind, value in raw if kind == "tool"]
    tools = localized_by_pk(apps.get_model("resources", "ToolPage"), tool_ids, page.locale_id)
    document_ids = {value.get("document") for kind, value in raw if kind == "document"}
    documents = public_documents(get_document_model().objects).in_bulk([pk for pk in document_ids if pk])
    rows = []
    for kind, value in raw:
        if kind == "tool" and value.get("page") in tools:
            tool = tools[value["page"]]
            rows.append(
                SimpleNamespace(
                    kind=kind, title=tool.title, url=tool.get_url(request), note=value.get("note")
                )
            )
        elif kind == "document" and value.get("document") in documents:
            document = documents[value["document"]]
            rows.append(
                SimpleNamespace(
                    kind=kind,
                    title=value.get("title") or document.title,
                    url=document.url,
                    note="",
                    document=document,
                )
            )
        elif kind == "link":
            rows.append(
                SimpleNamespace(
                    kind=kind, title=value.get("title"), url=value.get("url"), note=value.get("description")
                )
            )
    return rows
