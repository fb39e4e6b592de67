import pytest

from search.engines.base import SearchDocument
from search.engines.embedded import EmbeddedEngine


def item_document(number, locale="nb", kind="tip", title="", text="", **facets):
    initiative_url = f"/{locale}/eksempler/seved/"
    return SearchDocument(
        id=f"{locale}:900:{kind}-{number}",
        locale=locale,
        kind=kind,
        title=title or f"Tips {number}",
        text=text,
        url=f"{initiative_url}#{kind}-{number}",
        date=f"20{10 + number:02d}-01-01",
        initiative_title="Seved i Malmö",
        initiative_url=initiative_url,
        facets={facet: tuple(values) for facet, values in facets.items()},
    )


@pytest.fixture
def indexed(site):
    """A handful of documents in the embedded index, with taxonomy rows so facet values are known."""
    from tests.factories import LegalBasisFactory, MunicipalityFactory, ThemeFactory

    LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    MunicipalityFactory(name="Malmø", slug="malmo", country="SE")
    ThemeFactory(name="Folkehelse", slug="folkehelse")
    EmbeddedEngine().rebuild({locale: documents_in(locale) for locale in ("nb", "en")})


def documents_in(locale):
    """The same little corpus in a locale (the texts stay Norwegian; only ids and URLs change)."""
    return [
        item_document(
            1,
            locale,
            text="Snakk med beboerne der de er.",
            phase=["3"],
            law=["folkehelseloven"],
            municipality=["malmo"],
            country=["SE"],
            theme=["folkehelse"],
        ),
        item_document(
            2,
            locale,
            text="Beboere vet best hva området trenger.",
            phase=["1"],
            country=["SE"],
            municipality=["malmo"],
        ),
        item_document(
            3,
            locale,
            kind="challenge",
            text="<b>Tillit</b> tar tid & krefter.",
            phase=["3"],
            law=["folkehelseloven"],
            country=["SE"],
        ),
    ] + [item_document(10 + n, locale, text=f"Parken nummer {n}.", country=["SE"]) for n in range(25)]
