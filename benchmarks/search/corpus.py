"""Synthetic but realistic search content for the benchmark: initiatives with ~10 items each.

Each initiative is written in one language (nb, sv or en, as on the portal, where a Norwegian
initiative is written in Norwegian). Words follow a Zipf distribution over a vocabulary per
language: the head holds real, frequent words of the domain (so "kommune" occurs in nearly every
item, as on the real portal), the tail synthetic words that are rare. Items carry their initiative's
country, municipality, themes, phases and legal bases, like the real SearchDocuments.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator

from search.engines.base import SearchDocument

LOCALE_SHARE = (("nb", 0.5), ("sv", 0.4), ("en", 0.1))
COUNTRY = {"nb": "NO", "sv": "SE", "en": "DK"}
ITEM_KINDS = ("tip", "challenge", "success_factor")
THEMES = (
    "work",
    "education",
    "safety",
    "local-business",
    "public-health",
    "participation",
    "housing",
    "children-and-youth",
    "partnership",
    "civil-society",
    "culture-and-leisure",
)
LAWS = {
    "NO": ("folkehelseloven", "sosialtjenesteloven", "plan-og-bygningsloven"),
    "SE": ("plan-och-bygglagen", "socialtjanstlagen"),
    "DK": ("planloven",),
}
MUNICIPALITIES_PER_COUNTRY = 300
VOCABULARY_SIZE = 20_000
ZIPF_EXPONENT = 1.07

HEAD_WORDS = {
    "nb": (
        "og i kommunen på med for som til av beboere området det er en nærmiljø medvirkning "
        "samarbeid tiltak prosjektet bydelen boligområdet frivillige barn unge møteplass park "
        "folkehelse trygghet bolig skole arbeid innbyggere dialog planlegging gjennomføring "
        "videreføring kartlegging organisering mobilisering ressurser handlingsplan utvikling "
        "lokale aktører borettslag idrettslag biblioteket kulturhus uteområde lekeplass "
        "sosial bærekraft levekår inkludering fellesskap eierskap tillit forankring"
    ),
    "sv": (
        "och i kommunen på med för som till av boende området det är en närmiljö delaktighet "
        "samverkan insatser projektet stadsdelen bostadsområdet ideella barn unga mötesplats park "
        "folkhälsa trygghet bostad skola arbete invånare dialog planering genomförande "
        "fortsättning kartläggning organisering mobilisering resurser handlingsplan utveckling "
        "lokala aktörer bostadsbolag idrottsförening biblioteket kulturhus utemiljö lekplats "
        "social hållbarhet levnadsvillkor inkludering gemenskap ägarskap tillit förankring"
    ),
    "en": (
        "the and of municipality in with for to residents area it is a neighbourhood participation "
        "cooperation measures project district housing estate volunteers children young meeting place "
        "park public health safety housing school work inhabitants dialogue planning implementation "
        "continuation mapping organisation mobilisation resources action plan development local actors "
        "housing association sports club library culture house outdoor playground social sustainability "
        "living conditions inclusion community ownership trust anchoring"
    ),
}
SYLLABLES = {
    "nb": "ba be bo bu da de di do ga ge gi ha he ho ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi ø å æ by sk st tr",
    "sv": "ba be bo bu da de di do ga ge gi ha he ho ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi ä ö å sk st tr sj",
    "en": "ba be bo bu da de di do ga ge gi ha he ho ka ke ki ko la le li lo ma me mi mo na ne ni no "
    "ra re ri ro sa se si so ta te ti to va ve vi th sh ch st tr",
}


class Vocabulary:
    """Words of one language with Zipfian weights; rank 1 is the most frequent."""

    def __init__(self, locale: str, rng: random.Random):
        head = list(dict.fromkeys(HEAD_WORDS[locale].split()))
        syllables = SYLLABLES[locale].split()
        seen = set(head)
        tail = []
        while len(head) + len(tail) < VOCABULARY_SIZE:
            word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                tail.append(word)
        self.words = head + tail
        weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, len(self.words) + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def sample(self, rng: random.Random, count: int) -> list[str]:
        total = self.cumulative[-1]
        return [self.words[bisect.bisect_left(self.cumulative, rng.random() * total)] for _ in range(count)]

    def word_at_rank(self, rank: int) -> str:
        return self.words[rank - 1]


def municipality(country: str, rng: random.Random) -> str:
    """A third of initiatives are in the ten largest cities, the rest spread over the others."""
    number = rng.randrange(10) if rng.random() < 0.3 else rng.randrange(MUNICIPALITIES_PER_COUNTRY)
    return f"{country.lower()}-municipality-{number}"


def sentence(vocabulary: Vocabulary, rng: random.Random, low: int, high: int) -> str:
    words = vocabulary.sample(rng, rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def generate(initiatives: int, seed: int = 7) -> Iterator[SearchDocument]:
    """`initiatives` initiatives, each followed by its ~10 items (3-4 of each item kind)."""
    rng = random.Random(seed)
    vocabularies = {
        locale: Vocabulary(locale, random.Random(seed + index))
        for index, (locale, _) in enumerate(LOCALE_SHARE)
    }
    locales = [locale for locale, _ in LOCALE_SHARE]
    shares = list(itertools.accumulate(share for _, share in LOCALE_SHARE))
    for number in range(initiatives):
        locale = locales[bisect.bisect_left(shares, rng.random() * shares[-1])]
        vocabulary = vocabularies[locale]
        country = COUNTRY[locale]
        facets = {
            "phase": tuple(sorted(rng.sample("12345", rng.randint(1, 3)))),
            "theme": tuple(sorted(rng.sample(THEMES, rng.randint(1, 3)))),
            "law": tuple(sorted(rng.sample(LAWS[country], rng.randint(0, len(LAWS[country]))))),
            "country": (country,),
            "municipality": (municipality(country, rng),),
        }
        year = rng.randint(2005, 2025)
        title = sentence(vocabulary, rng, 3, 7).rstrip(".")
        url = f"/{locale}/initiatives/{number}/"
        yield SearchDocument(
            id=f"{locale}:initiative:{number}",
            locale=locale,
            kind="initiative",
            title=title,
            text=" ".join(sentence(vocabulary, rng, 8, 20) for _ in range(rng.randint(6, 12))),
            url=url,
            date=f"{year}-{rng.randint(1, 12):02d}-01",
            facets=facets,
        )
        for item in range(rng.randint(8, 12)):
            kind = ITEM_KINDS[item % 3]
            yield SearchDocument(
                id=f"{locale}:{kind}:{number}-{item}",
                locale=locale,
                kind=kind,
                title=sentence(vocabulary, rng, 3, 8).rstrip("."),
                text=" ".join(sentence(vocabulary, rng, 8, 20) for _ in range(rng.randint(2, 5))),
                url=f"{url}#{kind}-{item}",
                date=f"{year}-{rng.randint(1, 12):02d}-01",
                initiative_title=title,
                initiative_url=url,
                facets=facets,
            )


def documents_by_locale(initiatives: int, seed: int = 7) -> dict[str, list[SearchDocument]]:
    grouped: dict[str, list[SearchDocument]] = {locale: [] for locale, _ in LOCALE_SHARE}
    for document in generate(initiatives, seed):
        grouped[document.locale].append(document)
    return grouped
