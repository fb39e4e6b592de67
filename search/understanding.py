"""What people type, understood the same way by both engines: kinds named in words, and place
names inside compounds. Both work on the documents before any engine sees them (search/documents.py
calls `understood`), so neither engine needs an analysis component of its own.

- **Kinds named in words.** Every document also carries the words that name its kind in its
  language, in every form people type (singular, plural, definite): a tool in nb carries
  "verktøy verktøyet verktøyene", so the query `verktøy` finds every tool. In a query, a small
  word right after a kind word ("verktøy *for* medvirkning") is dropped (`understood_text`), so
  the query asks for tools that mention medvirkning, not for the word "for" too.
- **Compounds.** Norwegian and Swedish write a place and what is about it as one word
  (*Groruddalssatsingen*, *Järvalyftet*). A `Decompounder` knows the place names of the content
  (municipalities, named areas, the capitalised words of initiative titles); a document word
  that starts with one of them gets the place as written and the rest (without the linking
  s or e) added to its keywords: *Groruddalssatsingen* adds *Groruddalen*, *Grorud*, *satsingen*.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from django.apps import apps
from django.db import connection
from django.db.models import Count, Max

from search.analysis import WORD_RE
from search.engines.base import SearchDocument
from search.labels import labels_version

# Per locale and kind: the kind's label (search/labels.py, as translated) and the words people use
# for it, in every form (Snowball stems some plurals apart from their singular, so all are listed).
KIND_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "tip": "tips tipset tipsene",
        "challenge": "utfordring utfordringen utfordringer utfordringene",
        "success_factor": "suksessfaktor suksessfaktoren suksessfaktorer suksessfaktorene",
        "legal_basis": "lovgrunnlag lovgrunnlaget lov loven lover lovene",
        "initiative": "eksempel eksemplet eksempler eksemplene områdesatsing områdesatsingen "
        "områdesatsinger områdesatsingene initiativ initiativet initiativer",
        "tool": "verktøy verktøyet verktøyene",
        "phase": "fase fasen faser fasene",
        "study_trip": "studiereise studiereisen studiereiser studiereisene studietur studieturen "
        "studieturer studieturene",
        "term": "begrep begrepet begreper begrepene ordliste ordlisten",
        "document": "dokument dokumentet dokumenter dokumentene rapport rapporten rapporter rapportene "
        "vedlegg vedlegget vedleggene",
    },
    "sv": {
        "tip": "tips tipset tipsen",
        "challenge": "utmaning utmaningen utmaningar utmaningarna",
        "success_factor": "framgångsfaktor framgångsfaktorn framgångsfaktorer framgångsfaktorerna",
        "legal_basis": "lagstöd lagstödet lag lagen lagar lagarna",
        "initiative": "exempel exemplet exemplen områdesinsats områdesinsatsen områdesinsatser "
        "områdesinsatserna initiativ initiativet",
        "tool": "verktyg verktyget verktygen",
        "phase": "fas fasen faser faserna",
        "study_trip": "studieresa studieresan studieresor studieresorna",
        "term": "begrepp begreppet begreppen ordlista ordlistan",
        "document": "dokument dokumentet dokumenten rapport rapporten rapporter rapporterna bilaga "
        "bilagan bilagor bilagorna",
    },
    "en": {
        "tip": "tip tips advice",
        "challenge": "challenge challenges",
        "success_factor": "success factor factors",
        "legal_basis": "legal basis law laws",
        "initiative": "initiative initiatives example examples",
        "tool": "tool tools",
        "phase": "phase phases",
        "study_trip": "study trip trips",
        "term": "term terms glossary",
        "document": "document documents report reports attachment attachments",
    },
}
# Small words that join a kind word to its subject: "verktøy for medvirkning", "tips om …".
CONNECTORS = {
    "nb": {"for", "om", "med", "i", "til", "ved", "på", "fra", "mot"},
    "sv": {"för", "om", "med", "i", "till", "vid", "på", "från", "kring", "mot"},
    "en": {"for", "about", "on", "in", "with", "to", "from", "of", "against"},
}


def kind_words(kind: str, locale: str) -> str:
    return KIND_WORDS.get(locale, {}).get(kind, "")


def _kind_vocabulary(locale: str) -> set[str]:
    return {word for words in KIND_WORDS.get(locale, {}).values() for word in words.split()}


def understood_text(text: str, locale: str) -> str:
    """The query text with the small word after a kind word left out ("verktøy for medvirkning" →
    "verktøy medvirkning"); unchanged when it names no kind."""
    tokens = text.split()
    lowered = [token.lower() for token in tokens]
    kinds, connectors = _kind_vocabulary(locale), CONNECTORS.get(locale, set())
    kept = [
        token
        for position, token in enumerate(tokens)
        if not (
            0 < position < len(tokens) - 1
            and lowered[position] in connectors
            and lowered[position - 1] in kinds
        )
    ]
    return " ".join(kept) if len(kept) < len(tokens) else text


# --- compounds ------------------------------------------------------------------------------------

MIN_PLACE = 4  # shorter names ("Ås") would split far too many words
MIN_STEM = 5  # "Groruddalen" is also written "Groruddal-"; "Bergen" is not "Berg-"
MIN_REST = 4  # shorter rests are endings: Groruddal-ens
DEFINITE_ENDINGS = ("en", "et")
LINKS = ("s", "e")
TITLE_NAME = re.compile(r"(?<!^)\b[A-ZÆØÅÄÖ]\w{3,}")  # a capitalised word that does not open the title


class Decompounder:
    """Splits compounds that start with a known place name. A word costs one dict lookup unless its
    first letters open some place name, so indexing stays as fast as before (docs/search.md)."""

    def __init__(self, places: Iterable[str]):
        self.forms: dict[str, str] = {}  # lowercase start of a compound -> the place as written
        for place in places:
            for word in WORD_RE.findall(place):
                lowered = word.lower()
                if len(lowered) < MIN_PLACE or lowered.isdigit():
                    continue
                self.forms.setdefault(lowered, word)
                for ending in DEFINITE_ENDINGS:
                    stem = lowered.removesuffix(ending)
                    if stem != lowered and len(stem) >= MIN_STEM:
                        self.forms.setdefault(stem, word)
        self.heads = {form[:MIN_PLACE] for form in self.forms}

    def parts(self, text: str) -> list[str]:
        """The places and the rests of the compounds in `text`, as words to add to its keywords."""
        if not self.forms:
            return []
        found: dict[str, None] = {}
        for word in dict.fromkeys(WORD_RE.findall(text.lower())):  # in order: the same keywords each time
            if len(word) < MIN_PLACE + MIN_REST or word[:MIN_PLACE] not in self.heads:
                continue
            rest = ""
            for end in range(MIN_PLACE, len(word) - MIN_REST + 1):
                place = self.forms.get(word[:end])
                after = word[end:]
                if after[:1] in LINKS and len(after) > MIN_REST:
                    after = after[1:]
                # A short rest is an ending ("Groruddal-ens"), not a second word.
                if place is not None and len(after) >= MIN_REST:
                    found[place] = None
                    rest = after
            if rest:
                found[rest] = None
        return list(found)


def understood(
    document: SearchDocument, decompounder: Decompounder | None = None, themes: dict[str, str] | None = None
) -> SearchDocument:
    """`document` with its kind's words, its themes' names (slug -> name in its language: "verktøy
    for medvirkning" finds the tools tagged "Demokrati og medvirkning") and its compounds' parts
    added to its keywords."""
    extra = [kind_words(document.kind, document.locale)]
    extra += [themes[slug] for slug in document.facets.get("theme", ()) if slug in (themes or {})]
    if decompounder is not None:
        text = " ".join((document.title, document.text, document.keywords, document.initiative_title))
        extra += decompounder.parts(text)
    extra = [word for word in extra if word]
    if not extra:
        return document
    keywords = "\n".join(part for part in (document.keywords, " ".join(extra)) if part)
    return replace(document, keywords=keywords)


def title_names(title: str) -> list[str]:
    """The capitalised words of an initiative's title past its first: mostly places."""
    return TITLE_NAME.findall(title)


# --- the place names of the content ---------------------------------------------------------------

_cached: tuple[tuple, Decompounder] | None = None


def content_places() -> list[str]:
    """Municipality names (every language), named areas and initiative titles' names."""
    places = list(
        apps.get_model("taxonomy", "Municipality").objects.filter(live=True).values_list("name", flat=True)
    )
    initiatives = apps.get_model("cases", "InitiativePage").objects.values_list("areas", "title")
    for areas, title in initiatives:
        places += [area for area in areas.split(",") if area.strip()]
        places += title_names(title)
    return places


def content_decompounder() -> Decompounder:
    """The decompounder of the current content, rebuilt only when municipalities or initiatives
    changed (two small queries decide; building it reads every initiative's title and areas)."""
    global _cached
    initiatives = apps.get_model("cases", "InitiativePage").objects.aggregate(
        Count("id"), Max("id"), Max("latest_revision_created_at")
    )
    # The labels' version changes with every municipality saved or deleted.
    key = (connection.settings_dict["NAME"], labels_version(), *initiatives.values())
    if _cached is None or _cached[0] != key:
        _cached = (key, Decompounder(content_places()))
    return _cached[1]
