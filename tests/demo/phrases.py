"""Sentences that occur only inside a demo document (`only_in_report` in
demo/content/<language>/documents.yaml), never on a page: a search for one must find the document
itself. For the search tests: `only_in_report()` gives them per document and language."""

from demo import data
from demo.data import LANGUAGES, SOURCE


def page_languages(attach_to):
    """The languages the page a document is attached to ("study_trips/goteborg-2009") is in."""
    kind, key = attach_to.split("/")
    record = next(record for record in data.pages(kind) if record[SOURCE]["key"] == key)
    wanted = record[SOURCE].get("translate", True)
    if wanted is True:
        return list(LANGUAGES)
    return [SOURCE, *(wanted or [])]


def only_in_report():
    """{(document key, language): the sentence}, for each language the document is made in."""
    documents = data.read("documents")
    return {
        (key, lang): " ".join(documents[lang]["documents"][key]["only_in_report"].split())
        for key, source in documents[SOURCE]["documents"].items()
        for lang in page_languages(source["attach_to"])
    }
