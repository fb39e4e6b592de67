"""The contract's cases: what each query must match, before filters (test_contract.py)."""

from tests.search.contract_content import ALL, UNTRANSLATED

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
    # glossary terms are found by their synonyms and filtered by kind
    ("nb", "områderettet innsats", {}, {"nb:term:11"}),
    ("nb", "områderettet", {"kind": ("term", "tip")}, {"nb:term:11"}),
    ("sv", "medborgardialog", {}, {"sv:term:6"}),
    ("en", "regeneration", {"kind": ("term",)}, {"en:term:5"}),
    # attached documents: found by words only their text holds, by their kind's words and their
    # page's facets
    ("nb", "nattravnene", {}, {"nb:document:20"}),
    ("nb", "rapport om nattravnene", {}, {"nb:document:20"}),
    ("nb", "nattravnene", {"kind": ("document",), "municipality": ("oslo",)}, {"nb:document:20"}),
    ("nb", "nattravnene", {"kind": ("tip",)}, {"nb:document:20"}),
    ("sv", "feriearbeten", {"evidence": ("documented",)}, {"sv:document:9"}),
    ("sv", "rapporter", {"kind": ("document",)}, {"sv:document:9"}),
    ("en", "laundry rooms report", {}, {"en:document:4"}),
    # empty query, filters only
    ("nb", "", {"kind": ("tip",), "law": ("folkehelseloven",)}, ALL),
    ("nb", "", {"municipality": ("oslo",)}, ALL),
    ("sv", "", {"law": ("plan-och-bygglagen", "socialtjanstlagen"), "kind": ("tip",)}, ALL),
    ("en", "", {}, ALL),
    ("nb", "", {"theme": ("no-such-theme",)}, ALL),
    # kinds named in words, singular and plural, in each language; "for" after a kind word drops
    ("nb", "verktøy", {}, {"nb:tool:8", "nb:tool:11"}),
    ("nb", "verktøyene", {}, {"nb:tool:8", "nb:tool:11"}),
    ("nb", "verktøy for deltakelse", {}, {"nb:tool:11"}),
    ("nb", "tips", {"phase": ("1",)}, {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:tip:12"}),
    ("nb", "utfordringer", {}, {"nb:challenge:3", "nb:challenge:10"}),
    ("nb", "suksessfaktor", {}, {"nb:success_factor:6"}),
    ("nb", "lover", {}, {"nb:legal_basis:4", "nb:legal_basis:5"}),
    ("sv", "verktyg", {}, {"sv:tool:6"}),
    ("sv", "utmaningar", {}, {"sv:challenge:3", "sv:challenge:7"}),
    ("sv", "framgångsfaktorer", {}, {"sv:success_factor:5"}),
    ("sv", "lagar", {}, {"sv:legal_basis:2"}),
    ("en", "tools", {}, {"en:tool:5", UNTRANSLATED.id}),  # an untranslated tool is a tool too
    ("en", "tool for participation", {}, {"en:tool:5"}),
    ("en", "challenges", {}, {"en:challenge:3"}),
    ("en", "study trips", {}, {"en:challenge:3", "en:study_trip:6"}),
    ("en", "law", {}, {"en:legal_basis:2"}),
    # an item found by its initiative's name, its municipality and its named areas
    ("nb", "Groruddalssatsingen", {}, {"nb:tip:12"}),
    ("nb", "Stovner", {"kind": ("tip",)}, {"nb:tip:12"}),
    ("sv", "Tensta", {}, {"sv:challenge:7"}),
    ("sv", "Stockholm", {}, {"sv:challenge:7"}),
    # a place name finds the compounds built on it; the rest of a compound is found too
    ("nb", "Groruddalen", {}, {"nb:tip:12"}),
    ("nb", "Grorud", {}, {"nb:tip:1", "nb:tip:2", "nb:initiative:9", "nb:tip:12", "nb:document:20"}),
    ("nb", "satsingen", {}, {"nb:tip:12"}),
    ("sv", "Järva", {}, {"sv:challenge:7"}),
    # evidence levels: items carry their initiative's; laws and phases carry none
    ("nb", "", {"evidence": ("evaluated",)}, ALL),
    ("nb", "", {"evidence": ("documented", "practice"), "kind": ("tip", "tool")}, ALL),
    (
        "nb",
        "beboerne",
        {"evidence": ("documented",)},
        {"nb:tip:1", "nb:tip:2", "nb:tip:7", "nb:initiative:9", "nb:challenge:10"},
    ),
    ("sv", "", {"evidence": ("effect",), "phase": ("3",)}, ALL),
    ("en", "", {"evidence": ("effect",)}, ALL),
]

CASES += [
    # found by its own words in a locale whose language it is not written in
    ("en", "møteplassene", {}, {UNTRANSLATED.id}),
    ("en", "kartlegger bydelen", {"kind": ("tool",)}, {UNTRANSLATED.id}),
    ("en", "Kartleggingsverktøy", {"theme": ("participation",)}, {UNTRANSLATED.id}),
]
