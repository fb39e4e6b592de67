"""The glossary page of the visitor's language: every published term, A–Z, with its definition,
synonyms, related laws and "see also" links, each at a stable anchor (its slug)."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from glossary.alphabet import alphabet, by_letter
from glossary.models import Term
from taxonomy.localize import localized_by_pk


def active_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return Locale.get_default()


def published_terms(locale):
    return list(Term.objects.filter(locale=locale, live=True).prefetch_related("legal_bases", "see_also"))


def attach_links(terms, locale):
    """Each term's laws in the visitor's language, and its "see also" terms that are published here."""
    law_model = Term.legal_bases.field.related_model
    laws = localized_by_pk(law_model, {law.pk for t in terms for law in t.legal_bases.all()}, locale.pk)
    here = {term.translation_key: term for term in terms}
    for term in terms:
        term.laws = sorted((laws[law.pk] for law in term.legal_bases.all() if law.pk in laws), key=str)
        term.related = [
            here[other.translation_key]
            for other in term.see_also.all()
            if other.translation_key in here and other.translation_key != term.translation_key
        ]
    return terms


def glossary(request):
    locale = active_locale()
    language = locale.language_code
    groups = [
        {"letter": letter, "anchor": anchor(letter), "terms": terms}
        for letter, terms in by_letter(attach_links(published_terms(locale), locale), language)
    ]
    present = {group["letter"] for group in groups}
    letters = [
        {"letter": letter, "anchor": anchor(letter), "used": letter in present}
        for letter in alphabet(language)
    ]
    if "#" in present:
        letters.append({"letter": "#", "anchor": anchor("#"), "used": True})
    description = _("The terms of area-based initiatives explained in plain words, from A to Z.")
    context = {"groups": groups, "letters": letters, "meta_description": description}
    return render(request, "glossary/glossary.html", context)


def anchor(letter):
    return "letter-other" if letter == "#" else f"letter-{letter.lower()}"
