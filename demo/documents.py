"""The demo's documents (content/<language>/documents.yaml): each rendered as a PDF in every
language its page is in, stored as a Wagtail document in a collection, and attached to the page in
that language: a study trip's report, an initiative's attachments, a tool's document.

Each translation links the document in its own language through a wagtail-localize override of
the synchronised document field (a SegmentOverride), so a translator's later sync keeps it.

Idempotent: a page whose slot already holds a document in its language is left alone."""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail_localize.models import TranslationSource

from demo import data
from demo.data import SOURCE
from demo.pdf import render_pdf
from demo.translate import override
from documents.extraction import extract_document_text

# Which field of each kind of page holds its document; attachments is a StreamField of blocks.
SLOTS = {"study_trips": "report", "tools": "document", "initiatives": "attachments"}


def document_records():
    """{language: record} for each document, its key, collection name and publisher filled in."""
    documents = data.read("documents")
    publishers = data.read("publisher")
    for key in documents[SOURCE]["documents"]:
        yield {
            lang: {
                **document["documents"][key],
                "key": key,
                "collection_name": document["collections"][document["documents"][key]["collection"]],
                "publisher": publishers[lang]["name"],
            }
            for lang, document in documents.items()
        }


def load_documents(pages, locales):
    """Attach every document to its page in each language; `pages` maps a kind ("initiatives",
    "study_trips", "tools") to its nb pages by key. Returns how many objects were created."""
    created = 0
    for record in document_records():
        kind, page_key = record[SOURCE]["attach_to"].split("/")
        source_page = pages[kind][page_key]
        versions = {SOURCE: source_page} | {
            lang: source_page.get_translation(locale).specific
            for lang, locale in locales.items()
            if lang != SOURCE and source_page.has_translation(locale)
        }
        missing = [lang for lang, page in versions.items() if not holds_document_in(page, SLOTS[kind], lang)]
        if not missing:
            continue
        documents = {lang: make_document(record[lang], lang) for lang in missing}
        created += len(documents)
        if SOURCE in documents:
            attach(source_page, SLOTS[kind], documents[SOURCE])
            created += 1
        targets = {lang: document for lang, document in documents.items() if lang != SOURCE}
        if targets:
            created += attach_translations(source_page, SLOTS[kind], targets, locales)
    return created


def holds_document_in(page, slot, lang):
    if slot == "attachments":
        return any(block.value["document"].language == lang for block in page.attachments)
    document = getattr(page, slot)
    return document is not None and document.language == lang


def make_document(record, lang):
    """A Wagtail document of the record's PDF in `lang`, in its collection."""
    title = f"{record['kind']}: {record['title']}"
    name = f"{slugify(record['kind'])}-{record['key']}-{lang}.pdf"
    document = get_document_model()(
        title=title,
        collection=collection(record["collection_name"]),
        language=lang,
        year=record["year"],
        publisher=record["publisher"],
        file=ContentFile(render_pdf(record, lang), name=name),
    )
    document._set_document_file_metadata()  # size and hash, as the admin's upload form sets them
    document.save()
    # Read now, not by a worker: `make run` has none, and the demo is searchable when loaded.
    extract_document_text(document)
    return document


def collection(name):
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)


def attach(page, slot, document):
    """Put `document` in the page's slot (after its other attachments) and publish the page."""
    if slot == "attachments":
        blocks = [
            {"type": child.block_type, "value": child.block.get_prep_value(child.value), "id": child.id}
            for child in page.attachments
        ]
        page.attachments = [*blocks, {"type": "attachment", "value": {"document": document.pk, "title": ""}}]
    else:
        setattr(page, slot, document)
    page.save_revision().publish()


def attach_translations(source_page, slot, documents, locales):
    """Sync the translations from the source as a translator would, with the slot overridden to the
    document in each translation's language; returns how many objects were created."""
    source_page.refresh_from_db()
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    path = slot
    if slot == "attachments":
        attached = [block for block in source_page.attachments if block.value["document"].language == SOURCE]
        path = f"attachments.{attached[-1].id}.document"
    for lang, document in documents.items():
        override(source, locales[lang], path, document.pk)
        target, _created = source.create_or_update_translation(locales[lang], publish=False)
        target.get_latest_revision().publish()
    return len(documents)
