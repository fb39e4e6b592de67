"""How words become search terms, shared by both engines so they give the same answers.

Pipeline per word: split on `\\w+` → lowercase → Snowball stem in the locale's language, or
the stem STEM_OVERRIDES gives (the stemmers know æ ø å ä ö, so they see the native word) →
fold to ASCII the way
Elasticsearch's `asciifolding` does (æ→ae, ø→o, å→a, ä→a, ö→o, é→e, ü→u, ß→ss). So
*Malmø*, *Malmö* and *Malmo* all become `malmo`, and *beboere*, *beboer*, *beboerne*
all become `beboer`.

Queries: every query word must match (AND). A word, or a run of words, that is a member of
a synonym group (law abbreviations) matches any member of the group; a member of several
words matches only as a phrase. An analysed query term of five characters or more also
matches vocabulary terms one edit away (Damerau: a transposition is one edit).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

STEMMER_LANGUAGE = {"nb": "norwegian", "sv": "swedish", "en": "english"}
WORD_RE = re.compile(r"\w+")
TYPO_MIN_LENGTH = 5
TYPO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

# Law abbreviations per locale. Each group lists expressions that mean the same; both engines
# analyse them with the pipeline above (Elasticsearch turns them into synonym_graph rules).
SYNONYMS: dict[str, list[tuple[str, ...]]] = {
    "nb": [
        ("pbl", "plan- og bygningsloven"),
        ("fhl", "folkehelseloven"),
        ("stl", "sol", "sosialtjenesteloven"),
    ],
    "sv": [
        ("pbl", "plan- och bygglagen"),
        ("sol", "socialtjänstlagen"),
        ("fhl", "folkehelseloven"),
    ],
    "en": [
        ("pbl", "planning and building act"),
        ("fhl", "public health act"),
        ("stl", "sol", "social services act"),
    ],
}

# Snowball Norwegian stems the singular of agent nouns harder than the plural (beboer → "bebo",
# beboere → "beboer", beboerne → "beboern"), so the forms of one word would not find each other.
# These words get their stem from here instead (before Snowball; Elasticsearch: stemmer_override).
AGENT_NOUNS = {
    "nb": ("beboer", "innbygger", "deltaker", "eier", "leder", "utbygger", "medarbeider", "arbeidsgiver"),
}
AGENT_NOUN_ENDINGS = ("", "e", "en", "ne", "s", "es", "ens", "nes")
STEM_OVERRIDES: dict[str, dict[str, str]] = {
    locale: {noun + ending: noun for noun in nouns for ending in AGENT_NOUN_ENDINGS}
    for locale, nouns in AGENT_NOUNS.items()
}

# Elasticsearch's asciifolding covers far more; these are the letters of our languages and
# neighbours that NFKD cannot take apart into a base letter and a mark.
_SPECIAL_FOLDS = str.maketrans(
    {"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"}
)

_local = threading.local()


def stemmer(locale: str) -> Stemmer.Stemmer:
    """One stemmer per thread and locale: PyStemmer objects are not thread-safe."""
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    if locale not in cache:
        cache[locale] = Stemmer.Stemmer(STEMMER_LANGUAGE.get(locale, "english"))
    return cache[locale]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """ASCII-fold a lowercased word: æ→ae, ø→o, å→a, ä→a, ö→o, é→e, ü→u."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


TERM_CACHE_LIMIT = 500_000
_term_cache: dict[str, dict[str, str]] = {}


def analyze_words(raw_words: list[str], locale: str) -> list[str]:
    """The search term of each word, in order (same length as `raw_words`).

    Words repeat a lot (Zipf), so each distinct lowercased word is stemmed and folded once.
    """
    return analyze_lowercase_words([word.lower() for word in raw_words], locale)


def analyze_lowercase_words(lowered: list[str], locale: str) -> list[str]:
    cache = _term_cache.get(locale)
    if cache is None or len(cache) > TERM_CACHE_LIMIT:
        cache = _term_cache[locale] = {}  # a new dict: other threads keep reading their own
    unknown = list({word for word in lowered if word not in cache})
    if unknown:
        overrides = STEM_OVERRIDES.get(locale, {})
        stems = stemmer(locale).stemWords(unknown)
        for word, stem in zip(unknown, stems, strict=True):
            cache[word] = fold(overrides.get(word, stem))
    return [cache[word] for word in lowered]


def analyze(text: str, locale: str) -> list[str]:
    """Text → its search terms, in order (positions matter for phrases)."""
    return analyze_words(words(text), locale)


def term(word: str, locale: str) -> str:
    return analyze_words([word], locale)[0]


# --- queries ---------------------------------------------------------------------------------

Phrase = tuple[str, ...]  # consecutive terms; a single term is a phrase of one


@dataclass(frozen=True)
class Clause:
    """One thing the query requires: any of `alternatives` must occur in the document."""

    words: tuple[str, ...]  # what the visitor typed for this clause
    alternatives: tuple[Phrase, ...]
    synonym: bool = False

    @property
    def terms(self) -> set[str]:
        return {term for phrase in self.alternatives for term in phrase}


@lru_cache(maxsize=16)
def synonym_groups(locale: str) -> list[tuple[Phrase, ...]]:
    groups = []
    for group in SYNONYMS.get(locale, ()):
        phrases = tuple(dict.fromkeys(tuple(analyze(expression, locale)) for expression in group))
        groups.append(tuple(phrase for phrase in phrases if phrase))
    return groups


def _synonym_at(terms: list[str], start: int, locale: str) -> tuple[int, tuple[Phrase, ...]] | None:
    """The longest synonym member starting at `start`: (its length, every phrase it stands for)."""
    best_length, alternatives = 0, []
    for group in synonym_groups(locale):
        for phrase in group:
            length = len(phrase)
            if tuple(terms[start : start + length]) == phrase and length >= best_length:
                if length > best_length:
                    best_length, alternatives = length, []
                alternatives.extend(group)
    if not best_length:
        return None
    return best_length, tuple(dict.fromkeys(alternatives))


def parse_query(text: str, locale: str, vocabulary: Collection[str] = ()) -> list[Clause]:
    """The clauses a query requires (AND), each with its alternatives (OR)."""
    raw_words = words(text)
    terms = analyze_words(raw_words, locale)
    clauses, position = [], 0
    while position < len(terms):
        found = _synonym_at(terms, position, locale)
        if found:
            length, alternatives = found
            clauses.append(Clause(tuple(raw_words[position : position + length]), alternatives, True))
            position += length
            continue
        query_term = terms[position]
        alternatives = [(query_term,)]
        alternatives += [(near,) for near in sorted(near_terms(query_term, vocabulary)) if near != query_term]
        clauses.append(Clause((raw_words[position],), tuple(alternatives)))
        position += 1
    return _without_duplicates(clauses)


def _without_duplicates(clauses: Iterable[Clause]) -> list[Clause]:
    seen, unique = set(), []
    for clause in clauses:
        if clause.alternatives not in seen:
            seen.add(clause.alternatives)
            unique.append(clause)
    return unique


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    transposes = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaces = {left + char + right[1:] for left, right in splits if right for char in TYPO_ALPHABET}
    inserts = {left + char + right for left, right in splits for char in TYPO_ALPHABET}
    return deletes | transposes | replaces | inserts


def near_terms(query_term: str, vocabulary: Collection[str]) -> set[str]:
    """Vocabulary terms within one edit of a query term long enough to be tolerant of a typo."""
    if len(query_term) < TYPO_MIN_LENGTH or not vocabulary:
        return set()
    return {candidate for candidate in edits1(query_term) if candidate in vocabulary}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = char_a != char_b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
