"""Snippets: a window of the text around the first matched word, matched words in <mark>.

Shared by both engines so a snippet reads the same whichever answered. Everything that is not
markup we add is escaped.
"""

from __future__ import annotations

from collections.abc import Collection

from django.utils.html import escape

from search.analysis import WORD_RE, analyze_words

SNIPPET_WORDS = 30
LEAD_WORDS = 8


def snippet(text: str, terms: Collection[str], locale: str, length: int = SNIPPET_WORDS) -> str:
    """HTML-safe excerpt of `text` with every word whose term is in `terms` marked."""
    text = " ".join((text or "").split())
    matches = list(WORD_RE.finditer(text))
    if not matches:
        return escape(text[:300])
    analysed = analyze_words([match.group() for match in matches], locale)
    marked = [index for index, term in enumerate(analysed) if term in terms]
    first = max(0, marked[0] - LEAD_WORDS) if marked else 0
    marked = set(marked)
    last = min(len(matches), first + length)
    start = matches[first].start() if first else 0
    end = matches[last - 1].end() if last < len(matches) else len(text)

    parts, position = [], start
    for index in range(first, last):
        match = matches[index]
        if index in marked:
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:end]))
    return ("…" if first else "") + "".join(parts) + ("…" if last < len(matches) else "")
