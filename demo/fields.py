"""Field values of snippets and pages from one language's record of the demo content.

Each function takes a record as demo.data gives it for one language and returns the values of the
fields a translator translates; the loader adds the facts (relations, years) on the source only,
and wagtail-localize carries them to the translations.
"""

import uuid

from home.management.commands.setup_site import HOME_TITLES


def html_list(texts):
    return "<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"


def list_block(values):
    """A ListBlock value in Wagtail's current format: items with ids, which wagtail-localize needs
    to extract each item as a segment (the legacy plain list would stay untranslated)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def index_fields(data):
    return {"title": data["title"], "intro": data["intro"]}


def theme_fields(data):
    return {"name": data["name"], "description": data["description"]}


def legal_basis_fields(data):
    return {
        "name": data["name"],
        "short_name": data["short_name"],
        "purpose": data["purpose"],
        "key_sections": [
            {"type": "section", "value": {"label": s["label"], "title": s["title"], "text": s["text"]}}
            for s in data["key_sections"]
        ],
    }


def municipality_fields(data):
    return {"name": data["name"]}


def phase_fields(data):
    return {
        "title": data["title"],
        "short_description": data["short_description"],
        "description": data["description"],
        "expected_results": data["expected_results"],
        "process": [
            {"type": "step", "value": {"text": s["text"], "sub_points": list_block(s["sub_points"])}}
            for s in data["process"]
        ],
        "city_processes": [
            {"type": "city_process", "value": {"city": c["city"], "steps": list_block(c["steps"])}}
            for c in data["city_processes"]
        ],
        "actors": [
            {"type": "actor", "value": {"actor": a["actor"], "role": a["role"]}} for a in data["actors"]
        ],
    }


def initiative_fields(data):
    return {
        "title": data["title"],
        "summary": data["summary"],
        "background": data["background"],
        "goals": html_list(data["goals"]),
        "who_did_what": [
            {"type": "contribution", "value": {"heading": s["heading"], "text": f"<p>{s['text']}</p>"}}
            for s in data["who_did_what"]
        ],
        "continuation": data["continuation"],
        "results_in_figures": [figure_block(figure) for figure in data["results_in_figures"]],
        "areas": ", ".join(data["areas"]),
        "contacts": contact_blocks(data["contacts"]),
        "evidence_source_title": data["evidence_source_title"],
    }


def figure_block(figure):
    """A result with its year, optional baseline and source (a link for now; documents later)."""
    baseline = figure.get("baseline") or {}
    source = figure["source"]
    value = {
        "value": str(figure["value"]),
        "unit": figure.get("unit", ""),
        "measure": figure["measure"],
        "year": figure["year"],
        "baseline_value": str(baseline.get("value", "")),
        "baseline_year": baseline.get("year"),
        "source_document": None,
        "source_url": source.get("url", ""),
        "source_title": source.get("title", ""),
    }
    return {"type": "figure", "value": value}


def contact_blocks(contacts):
    """Contacts as role mailboxes on reserved example domains: never a real person's address."""
    parts = ("name", "role", "organisation", "email", "phone")
    return [
        {"type": "contact", "value": {part: contact.get(part, "") for part in parts}} for contact in contacts
    ]


def item_fields(item):
    return {"title": item["title"], "text": item["text"]}


def initiative_with_items(data):
    """An initiative with its tips, challenges and success factors, as wagtail-localize sees it."""
    return {**initiative_fields(data), "items": [item_fields(item) for item in data["items"]]}


def tool_fields(data):
    return {
        "title": data["title"],
        "summary": data["summary"],
        "body": data["body"],
        "contacts": contact_blocks(data.get("contacts", [])),
        "evidence_source_title": data["evidence_source_title"],
    }


def evidence_facts(data):
    """The level and the link to its source: facts, the same in every language."""
    return {"evidence_level": data["evidence_level"], "evidence_source": data["evidence_source"]}


def study_trip_fields(data):
    return {
        "title": data["title"],
        "summary": data["summary"],
        "destinations": data["destinations"],
        "participants": data["participants"],
        "purpose": data["purpose"],
        "programme": [
            {"type": "item", "value": {"day": p["day"], "heading": p["heading"], "text": p["text"]}}
            for p in data["programme"]
        ],
        "learnings": data["learnings"],
        "contacts": contact_blocks(data.get("contacts", [])),
    }


def home_fields(data, lang):
    return {"title": HOME_TITLES[lang], "intro": data["intro"], "body": data["body"]}


# A study trip's meeting place: facts, the same in every language (the postal names).
ADDRESS_FIELDS = {
    "street": "address_street",
    "postal_code": "address_postal_code",
    "locality": "address_locality",
    "country": "address_country",
}


def address_fields(data):
    address = data.get("address") or {}
    return {field: str(address.get(key, "")) for key, field in ADDRESS_FIELDS.items()}
