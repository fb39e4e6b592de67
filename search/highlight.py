"""Snippets: a window of the text around the first matched word, matched words in <mark>.

Shared by both engines so a snippet reads the same whichever answered. Everything that is not
markup we add is escaped.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import islice

from django.utils.html import escape

from search.analysis import WORD_RE, analyze_words

SNIPPET_WORDS = 30
LEAD_WORDS = 8
ANALYSIS_CHUNK = 64


def snippet(text: str, terms: Collection[str], locale: str, length: int = SNIPPET_WORDS) -> str:
    """HTML-safe excerpt of `text` with every word whose term is in `terms` marked."""
    text = " ".join((text or "").split())
    found = WORD_RE.finditer(text)
    matches: list = []  # the words read so far: only as far as the excerpt needs
    analysed: list[str] = []

    def read_up_to(end):
        matches.extend(islice(found, max(0, end - len(matches))))
        if len(analysed) < len(matches):  # stemming is the costly part
            analysed.extend(analyze_words([match.group() for match in matches[len(analysed) :]], locale))

    first_marked = None
    while first_marked is None:
        start = len(matches)
        read_up_to(start + ANALYSIS_CHUNK)
        if len(matches) == start:
            break
        first_marked = next((i for i in range(start, len(matches)) if analysed[i] in terms), None)
    if not matches:
        return escape(text[:300])
    first = max(0, first_marked - LEAD_WORDS) if first_marked is not None else 0
    read_up_to(first + length + 1)  # one word more tells whether the text goes on
    more = len(matches) > first + length
    last = min(len(matches), first + length)
    marked = {index for index in range(first, last) if analysed[index] in terms}
    start = matches[first].start() if first else 0
    end = matches[last - 1].end() if more else len(text)

    parts, position = [], start
    for index in range(first, last):
        match = matches[index]
        if index in marked:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:end]))
    return ("…" if first else "") + "".join(parts) + ("…" if more else "")
