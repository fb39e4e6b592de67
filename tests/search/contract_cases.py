"""The contract's documents and cases: what each query must match, before filters (test_contract.py)."""

from search.engines.base import SearchDocument


def item(doc_id, title, text, keywords="", initiative="", date="2020-01-01", **facets):
    locale, kind, _number = doc_id.split(":")
    return SearchDocument(
        id=doc_id,
        locale=locale,
        kind=kind,
        title=title,
        text=text,
        url=f"/{locale}/{kind}/{_number}/",
        date=date,
        initiative_title=initiative,
        initiative_url=f"/{locale}/initiatives/x/" if initiative else "",
        keywords=keywords,
        facets={name: tuple(values) for name, values in facets.items()},
    )


NO = {"country": ["no"]}
SE = {"country": ["se"]}
CONTENT = [
    # Norwegian Bokmål
    item(
        "nb:tip:1",
        "Involver beboerne tidlig",
        "Beboere i Grorud ble invitert til åpne møter om medvirkning etter plan- og bygningsloven.",
        initiative="Områdeløft Grorud",
        phase=["3"],
        theme=["participation"],
        law=["plan-og-bygningsloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:tip:2",
        "Samarbeid med borettslagene",
        "Styrene i borettslagene kjenner beboerne og deres behov for trygge uteområder.",
        initiative="Områdeløft Grorud",
        date="2022-05-01",
        phase=["2", "3"],
        theme=["housing"],
        law=["folkehelseloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:challenge:3",
        "Studietur til Malmø",
        "På studieturen så vi hvordan Malmö kommune arbeidet med trygghet i Rosengård.",
        initiative="Områdeløft Furuset",
        date="2019-09-01",
        phase=["4"],
        theme=["participation", "safety"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:legal_basis:4",
        "Plan- og bygningsloven",
        "Loven sikrer medvirkning i planlegging etter § 5-1.",
        keywords="PBL",
        law=["plan-og-bygningsloven"],
        **NO,
    ),
    item(
        "nb:legal_basis:5",
        "Folkehelseloven",
        "Kommunen skal ha oversikt over helsetilstanden etter § 5.",
        keywords="FHL",
        law=["folkehelseloven"],
        **NO,
    ),
    item(
        "nb:success_factor:6",
        "Folkehelse som felles mål",
        "Folkehelseloven ga kommunen et felles språk for arbeidet med levekår.",
        initiative="Levekårsløft Saupstad",
        date="2021-02-01",
        phase=["1"],
        theme=["public-health"],
        law=["folkehelseloven"],
        municipality=["trondheim"],
        **NO,
    ),
    item(
        "nb:tip:7",
        "Bruk sosialtjenesteloven aktivt",
        "NAV og bydelen samarbeidet om tiltak for beboerne etter sosialtjenesteloven.",
        initiative="Levekårsløft Saupstad",
        date="2023-01-01",
        phase=["4"],
        theme=["work"],
        law=["sosialtjenesteloven"],
        municipality=["trondheim"],
        **NO,
    ),
    item(
        "nb:tool:8",
        "Kartlegging av nærmiljøet",
        "Et verktøy for å kartlegge møteplasser, fra Malmo til Bergen.",
        date="2018-03-01",
        phase=["1"],
        theme=["housing"],
    ),
    item(
        "nb:initiative:9",
        "Områdeløft Grorud",
        "Et områdeløft i bydel Grorud med vekt på beboernes medvirkning og trygge byrom.",
        date="2024-06-01",
        phase=["1", "2", "3", "4", "5"],
        theme=["participation", "housing", "safety"],
        law=["plan-og-bygningsloven", "folkehelseloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "nb:challenge:10",
        "Én beboer i hver blokk",
        "Det holdt med én beboer som tok ansvar for dugnaden.",
        initiative="Levekårsløft Saupstad",
        date="2020-10-01",
        phase=["3"],
        theme=["participation"],
        municipality=["trondheim"],
        **NO,
    ),
    # Swedish
    item(
        "sv:tip:1",
        "Plan- och bygglagen i praktiken",
        "Samråd enligt plan- och bygglagen gav de boende en röst i planeringen.",
        initiative="Områdesinsats Rosengård",
        phase=["3"],
        theme=["participation"],
        law=["plan-och-bygglagen"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:legal_basis:2",
        "Plan- och bygglagen",
        "Lagen reglerar planläggning av mark och vatten.",
        keywords="PBL",
        law=["plan-och-bygglagen"],
        **SE,
    ),
    item(
        "sv:challenge:3",
        "Otrygghet i Malmö",
        "Boende i Malmö upplevde otrygghet kring torget på kvällarna.",
        initiative="Områdesinsats Rosengård",
        date="2021-04-01",
        phase=["1"],
        theme=["safety"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:tip:4",
        "Socialtjänstlagen och samverkan",
        "Socialtjänsten samverkade med skolan enligt socialtjänstlagen.",
        initiative="Områdesinsats Rosengård",
        date="2022-08-01",
        phase=["4"],
        theme=["children-and-youth"],
        law=["socialtjanstlagen"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "sv:success_factor:5",
        "Boendes delaktighet",
        "Delaktigheten ökade när de boende själva ledde arbetet i Malmo.",
        initiative="Områdesinsats Rosengård",
        date="2020-06-01",
        phase=["3", "5"],
        theme=["participation"],
        municipality=["malmo"],
        **SE,
    ),
    # English
    item(
        "en:tip:1",
        "Involve residents early",
        "Resident involvement in the planning stage built trust in Grorud.",
        initiative="Grorud area initiative",
        phase=["3"],
        theme=["participation"],
        law=["plan-og-bygningsloven"],
        municipality=["oslo"],
        **NO,
    ),
    item(
        "en:legal_basis:2",
        "Planning and Building Act",
        "The Norwegian act that governs land use planning.",
        keywords="PBL",
        law=["plan-og-bygningsloven"],
        **NO,
    ),
    item(
        "en:challenge:3",
        "Study trip to Malmö",
        "We studied how Malmo involved residents in Rosengård.",
        date="2019-09-01",
        phase=["4"],
        theme=["participation"],
        municipality=["malmo"],
        **SE,
    ),
    item(
        "en:tip:4",
        "Public health as a shared goal",
        "The Public Health Act gave the municipality a common language.",
        initiative="Saupstad living conditions initiative",
        date="2021-02-01",
        phase=["1"],
        theme=["public-health"],
        law=["folkehelseloven"],
        municipality=["trondheim"],
        **NO,
    ),
]
BY_ID = {document.id: document for document in CONTENT}
ALL = object()  # the case's text is empty: every document of the locale matches

# (locale, text, filters, the documents the text matches before filters)
CASES = [
    # stemming
    ("nb", "beboerne", {}, {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"}),
    ("nb", "borettslag", {}, {"nb:tip:2"}),
    ("nb", "beboere", {}, {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"}),
    (
        "nb",
        "beboer",
        {"municipality": ("trondheim",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    ("sv", "boendes", {}, {"sv:tip:1", "sv:challenge:3", "sv:success_factor:5"}),
    ("en", "residents involved", {}, {"en:tip:1", "en:challenge:3"}),
    ("en", "planning", {}, {"en:tip:1", "en:legal_basis:2"}),
    # folding: Malmø, Malmö and Malmo find each other in every language
    ("nb", "Malmø", {}, {"nb:challenge:3", "nb:tool:8"}),
    ("nb", "malmö", {}, {"nb:challenge:3", "nb:tool:8"}),
    ("sv", "Malmo", {}, {"sv:challenge:3", "sv:success_factor:5"}),
    ("en", "Malmø", {}, {"en:challenge:3"}),
    ("nb", "Rosengard", {}, {"nb:challenge:3"}),
    # synonyms: PBL is a different law in each country; FHL; SoL/STL
    ("nb", "PBL", {}, {"nb:tip:1", "nb:legal_basis:4"}),
    ("sv", "PBL", {}, {"sv:tip:1", "sv:legal_basis:2"}),
    ("en", "PBL", {}, {"en:legal_basis:2"}),
    ("nb", "FHL", {}, {"nb:legal_basis:5", "nb:success_factor:6"}),
    ("nb", "plan- og bygningsloven", {}, {"nb:tip:1", "nb:legal_basis:4"}),
    ("nb", "sol", {}, {"nb:tip:7"}),
    ("sv", "SoL", {}, {"sv:tip:4"}),
    ("en", "FHL", {}, {"en:tip:4"}),
    # one typo in a word of five letters or more; none in shorter words
    ("nb", "medvrikning", {}, {"nb:tip:1", "nb:legal_basis:4", "nb:initiative:9"}),
    ("nb", "kartleging", {}, {"nb:tool:8"}),
    ("sv", "samvekade", {}, {"sv:tip:4"}),
    ("en", "involvment", {}, {"en:tip:1", "en:challenge:3"}),
    ("nb", "oslp", {}, set()),
    # every word must match
    ("nb", "beboerne trondheim", {}, set()),
    ("nb", "beboerne bydelen", {}, {"nb:tip:7", "nb:initiative:9"}),
    # facet combinations: OR within a facet, AND across facets
    (
        "nb",
        "beboerne",
        {"phase": ("3",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    (
        "nb",
        "beboerne",
        {"phase": ("3", "4")},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    (
        "nb",
        "beboerne",
        {"phase": ("3", "4"), "law": ("folkehelseloven",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    ("nb", "Malmø", {"kind": ("tip", "tool")}, {"nb:challenge:3", "nb:tool:8"}),
    (
        "sv",
        "malmö",
        {"theme": ("participation",), "phase": ("3",)},
        {"sv:challenge:3", "sv:success_factor:5"},
    ),
    # empty query, filters only
    ("nb", "", {"kind": ("tip",), "law": ("folkehelseloven",)}, ALL),
    ("nb", "", {"municipality": ("oslo",)}, ALL),
    ("sv", "", {"law": ("plan-och-bygglagen", "socialtjanstlagen"), "kind": ("tip",)}, ALL),
    ("en", "", {}, ALL),
    ("nb", "", {"theme": ("no-such-theme",)}, ALL),
]

# A Norwegian tool not yet translated into English: the English index holds it, in Norwegian, under
# the English prefix and its Norwegian page's id (search.untranslated), marked with its language.
UNTRANSLATED = SearchDocument(
    id="en:812:tool",
    locale="en",
    kind="tool",
    title="Kartleggingsverktøy for nærmiljøet",
    text="Veilederen viser hvordan bydelen kartlegger møteplassene sine.",
    url="/en/verktoy/kartlegging/",
    date="2018-01-01",
    facets={"phase": ("1",), "theme": ("participation",)},
    language="nb",
)
CONTENT.append(UNTRANSLATED)
BY_ID[UNTRANSLATED.id] = UNTRANSLATED
CASES += [
    # found by its own words in a locale whose language it is not written in
    ("en", "møteplassene", {}, {UNTRANSLATED.id}),
    ("en", "kartlegger bydelen", {"kind": ("tool",)}, {UNTRANSLATED.id}),
    ("en", "Kartleggingsverktøy", {"theme": ("participation",)}, {UNTRANSLATED.id}),
]
