"""Snippets: a window of the text around the first matched word, matched words in <mark>.

Shared by both engines so a snippet reads the same whichever answered. Everything that is not
markup we add is escaped.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape  # what django.utils.html.escape does, without its lazy-string wrapper
from itertools import islice

from search.analysis import WORD_RE, analyze_words

SNIPPET_WORDS = 30
LEAD_WORDS = 8
ANALYSIS_CHUNK = 64


def snippet(
    text: str,
    terms: Collection[str],
    locale: str,
    length: int = SNIPPET_WORDS,
    analysed: Sequence[str] | None = None,
    prefix: str = "",
) -> str:
    """HTML-safe excerpt of `text` with every word whose term is in `terms` marked.

    `analysed`, when the caller has it, is the term of each word of the lowercased text in order,
    each after `prefix` (the embedded index stores them so; terms of other fields may follow):
    then no word is stemmed here.
    """
    text = " ".join((text or "").split())
    if not terms:  # filters only: nothing to mark, the text's beginning
        return excerpt(text, list(islice(WORD_RE.finditer(text), length + 1)), (), 0, (), length)
    lowered = text.lower()
    if analysed is not None and len(lowered) == len(text):
        # Every letter kept its place, so the spans of the lowercased words (the ones that were
        # indexed) are spans of the text. (A letter such as "İ" lowercases to two.)
        terms = {prefix + term for term in terms}
        first_marked = next((index for index, term in enumerate(analysed) if term in terms), None)
        first = window_start(first_marked)
        matches = list(islice(WORD_RE.finditer(lowered), max(first + length, first_marked or 0) + 1))
        if first_marked is not None and first_marked >= len(matches):
            first = 0  # the match is in a field after the text
        return excerpt(text, matches, analysed, first, terms, length)

    found = WORD_RE.finditer(text)
    matches: list = []  # the words read so far: only as far as the excerpt needs
    terms_read: list[str] = []

    def read_up_to(end):
        matches.extend(islice(found, max(0, end - len(matches))))
        if len(terms_read) < len(matches):  # stemming is the costly part
            words = [match.group() for match in matches[len(terms_read) :]]
            terms_read.extend(analyze_words(words, locale))

    first_marked = None
    while first_marked is None:
        start = len(matches)
        read_up_to(start + ANALYSIS_CHUNK)
        if len(matches) == start:
            break
        first_marked = next((i for i in range(start, len(matches)) if terms_read[i] in terms), None)
    first = window_start(first_marked)
    read_up_to(first + length + 1)  # one word more tells whether the text goes on
    return excerpt(text, matches, terms_read, first, terms, length)


def window_start(first_marked: int | None) -> int:
    return max(0, first_marked - LEAD_WORDS) if first_marked is not None else 0


def excerpt(text: str, matches: list, analysed: Sequence[str], first: int, terms, length: int) -> str:
    """The words from `first` on (`matches` holds one more than the window if the text goes on)."""
    if not matches:
        return escape(text[:300])
    more = len(matches) > first + length
    last = min(len(matches), first + length)
    start = matches[first].start() if first else 0
    end = matches[last - 1].end() if more else len(text)

    parts, position = [], start
    for index in range(first, last):
        if index < len(analysed) and analysed[index] in terms:
            match_start, match_end = matches[index].span()
            parts.append(escape(text[position:match_start]))
            parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
            position = match_end
    parts.append(escape(text[position:end]))
    return ("…" if first else "") + "".join(parts) + ("…" if more else "")
