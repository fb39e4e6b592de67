"""Inline definitions: the first time a published term (or one of its synonyms) appears in a page's
text, it is marked as a <dfn> with a disclosure holding the definition.

Words are compared by their Snowball stems, so "områdeløftet" finds "områdeløft". The matcher of a
language is built once per process and rebuilt when a term is saved or deleted (a version number
in the shared cache, bumped by glossary.signals), so a page costs one cache read, not a query.
"""

import re
import threading
import uuid

import Stemmer
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from glossary.models import Term

VERSION_KEY = "glossary:matcher-version"
STEMMERS = {"nb": "norwegian", "sv": "swedish", "en": "english"}
WORD = re.compile(r"\w+")
TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
# Never inside these: a link or button inside a link is invalid, and headings stay plain.
SKIPPED = {"a", "button", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "abbr", "code", "pre", "script", "style"}
ENTITY = re.compile(r"&#?\w+;")

_local = threading.local()
_matchers = {}


def stems(text, language):
    """The stems of the words of `text`; a doubled last letter is dropped so that Snowball's
    "områdeprogramm" (from "områdeprogrammet") meets "områdeprogram"."""
    stemmer = getattr(_local, language, None)
    if stemmer is None:
        stemmer = Stemmer.Stemmer(STEMMERS.get(language, "english"))
        setattr(_local, language, stemmer)
    words = stemmer.stemWords([word.casefold() for word in WORD.findall(text)])
    return tuple(re.sub(r"(\w)\1$", r"\1", word) for word in words)


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        # The cache was emptied (a restart of Redis), not a term published (that sets a new
        # version): the matcher this process holds is still good and costs no query.
        current = next(iter(list(_matchers)), (None, uuid.uuid4().hex))[1]
        cache.add(VERSION_KEY, current, None)
        current = cache.get(VERSION_KEY, current)
    return current


def terms_changed():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


class Matcher:
    """Phrases (a term and its synonyms, as stems) by their first stem, longest first."""

    def __init__(self, terms, language):
        self.language = language
        self.terms = {term.slug: term for term in terms}
        self.phrases = {}
        for term in terms:
            for phrase in [term.term, *term.synonym_list()]:
                key = stems(phrase, language)
                if key:
                    self.phrases.setdefault(key[0], []).append((key, term.slug))
        for candidates in self.phrases.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))

    def find(self, text, seen):
        """[(start, end, slug)] of the first occurrences in `text` of terms not in `seen`."""
        words = [match for match in WORD.finditer(text) if not _in_entity(text, match)]
        keys = stems(" ".join(match.group() for match in words), self.language)
        found, index = [], 0
        while index < len(words):
            step = 1
            for phrase, slug in self.phrases.get(keys[index], ()):
                if slug not in seen and keys[index : index + len(phrase)] == phrase:
                    seen.add(slug)
                    found.append((words[index].start(), words[index + len(phrase) - 1].end(), slug))
                    step = len(phrase)
                    break
            index += step
        return found


def _in_entity(text, match):
    """Word characters of an HTML entity (the "amp" of "&amp;") are not words of the text."""
    start = text.rfind("&", 0, match.start())
    return start != -1 and bool(ENTITY.match(text, start)) and ENTITY.match(text, start).end() >= match.end()


def matcher(language):
    key = (language, version())
    found = _matchers.get(key)
    if found is None:
        terms = list(Term.objects.filter(locale__language_code=language, live=True).order_by("pk"))
        found = Matcher(terms, language)
        for old in [old for old in _matchers if old[1] != key[1]]:
            del _matchers[old]  # older versions are of no use any more
        _matchers[key] = found
    return found


def define_terms(html, language, seen):
    """`html` with the first occurrence of each published term not in `seen` marked up.
    `seen` (a set of slugs) is shared by every text of one page, so a term is explained once."""
    html = str(html or "")
    found_matcher = matcher(language)
    if not found_matcher.phrases:
        return mark_safe(html)
    with translation.override(language):
        glossary_url = reverse("glossary")
    parts, depth = TAG.split(html), 0
    for position, part in enumerate(parts):
        if position % 2:  # a tag
            name = TAG_NAME.match(part)
            if name and name.group(1).lower() in SKIPPED and not part.endswith("/>"):
                depth += -1 if part.startswith("</") else 1
            continue
        if depth > 0 or not part.strip():
            continue
        parts[position] = _mark(part, found_matcher, seen, glossary_url)
    return mark_safe("".join(parts))


def _mark(text, found_matcher, seen, glossary_url):
    pieces, last = [], 0
    for start, end, slug in found_matcher.find(text, seen):
        term = found_matcher.terms[slug]
        pieces.append(text[last:start])
        pieces.append(
            render_to_string(
                "glossary/includes/inline_term.html",
                {"words": mark_safe(text[start:end]), "term": term, "url": f"{glossary_url}#{slug}"},
            ).strip()
        )
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
