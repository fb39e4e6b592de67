"""The demo glossary: terms from content/<language>/terms.yaml, made in nb, published with a
revision (as an editor would), then translated into sv and en through wagtail-localize."""

from demo import data
from demo.data import SOURCE
from glossary.models import Term


def term_fields(record):
    return {"term": record["term"], "definition": record["definition"], "synonyms": record["synonyms"]}


def load_terms(locales, legal_bases, translate):
    """Every term of the demo; `legal_bases` maps a slug to its nb row, `translate(instance,
    fields_for_lang)` makes the sv and en translations. Returns how many source terms were made."""
    records = data.entries("terms", "slug")
    made, terms = 0, {}
    for record in records:
        source = record[SOURCE]
        term = Term.objects.filter(locale=locales[SOURCE], slug=source["slug"]).first()
        if term is None:
            term = Term(locale=locales[SOURCE], slug=source["slug"], **term_fields(source))
            term.full_clean(exclude=["see_also", "legal_bases"])
            term.save()
            made += 1
        terms[source["slug"]] = term
    for record in records:
        source = record[SOURCE]
        term = terms[source["slug"]]
        if made:  # links need every term to exist; set once, when the terms are new
            term.legal_bases = [legal_bases[slug] for slug in source["legal_bases"]]
            term.see_also = [terms[slug] for slug in source["see_also"]]
            term.save()
            term.save_revision().publish()
        translate(term, lambda lang, record=record: term_fields(record[lang]))
    return made
