"""A–Z in each language: Norwegian ends with Æ Ø Å, Swedish with Å Ä Ö; other accents fold."""

import unicodedata

from django.conf import settings

BASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALPHABETS = {"nb": BASE + "ÆØÅ", "sv": BASE + "ÅÄÖ", "en": BASE}


def alphabet(language):
    return ALPHABETS.get(language, BASE)


def fold(char, letters):
    """The letter of `letters` a character files under: itself, or without its accent (É → E)."""
    char = char.upper()
    if char in letters:
        return char
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base in letters else "#"


def sort_key(text, language):
    letters = alphabet(language)
    return [letters.find(fold(char, letters)) if char.isalpha() else -1 for char in text.strip()]


def by_letter(terms, language):
    """[(letter, [terms])] in the language's alphabetical order; terms starting otherwise under "#"."""
    letters = alphabet(language)
    groups = {}
    for term in sorted(terms, key=lambda term: sort_key(term.term, language)):
        groups.setdefault(fold(term.term.strip()[:1] or "#", letters), []).append(term)
    order = list(letters) + ["#"]
    return sorted(groups.items(), key=lambda group: order.index(group[0]))


def languages():
    return [code for code, _name in settings.LANGUAGES]
