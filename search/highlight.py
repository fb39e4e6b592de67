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
ANALYSIS_CHUNK = 64


def snippet(text: str, terms: Collection[str], locale: str, length: int = SNIPPET_WORDS) -> str:
    """HTML-safe excerpt of `text` with every word whose term is in `terms` marked."""
    text = " ".join((text or "").split())
    matches = list(WORD_RE.finditer(text))
    if not matches:
        return escape(text[:300])
    words = [match.group() for match in matches]
    analysed: list[str] = []

    def analyse_up_to(end):  # stemming is the costly part: only as far as the excerpt needs
        if len(analysed) < end:
            analysed.extend(analyze_words(words[len(analysed) : end], locale))

    first_marked = None
    while first_marked is None and len(analysed) < len(words):
        start = len(analysed)
        analyse_up_to(start + ANALYSIS_CHUNK)
        first_marked = next((i for i in range(start, len(analysed)) if analysed[i] in terms), None)
    first = max(0, first_marked - LEAD_WORDS) if first_marked is not None else 0
    last = min(len(matches), first + length)
    analyse_up_to(last)
    marked = {index for index in range(first, last) if analysed[index] in terms}
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
