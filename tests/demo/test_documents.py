"""The demo's documents: each initiative and study trip links a PDF in its page's language that
holds the document's own sentence, the tools library has a handbook, and a second load adds none."""

import io
import re

import pytest
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from cases.models import InitiativePage
from demo import data
from resources.models import StudyTripPage, ToolIndexPage, ToolPage
from tests.demo.phrases import only_in_report, page_languages

PAGE_MODELS = {"initiatives": InitiativePage, "study_trips": StudyTripPage, "tools": ToolPage}
DOCUMENT_LINK = re.compile(r'href="(/documents/[^"]+\.pdf)"')
ATTACHED = [
    (key, lang, data.read("documents")["nb"]["documents"][key]["attach_to"]) for key, lang in only_in_report()
]


def page_in(attach_to, lang):
    kind, key = attach_to.split("/")
    record = next(record for record in data.pages(kind) if record["nb"]["key"] == key)
    return PAGE_MODELS[kind].objects.get(locale__language_code=lang, slug=record[lang]["slug"])


def pdf_text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return reader, text


@pytest.mark.parametrize(("key", "lang", "attach_to"), ATTACHED)
def test_each_page_links_its_document_in_its_own_language(demo, client, key, lang, attach_to):
    page = page_in(attach_to, lang)
    html = client.get(page.url).content.decode()
    reader, text = pdf_text(client, DOCUMENT_LINK.findall(html)[-1])
    assert only_in_report()[(key, lang)] in text
    assert reader.trailer["/Root"]["/Lang"] == lang  # tagged (PDF/UA) in the page's language
    assert len(reader.pages) >= 2  # a title page naming publisher and year, then the text
    publisher = data.read("publisher")[lang]["name"]
    assert f"{publisher} · {data.read('documents')['nb']['documents'][key]['year']}" in text


def test_every_initiative_and_study_trip_has_a_document_in_each_of_its_languages():
    attached = {(attach_to, lang) for _key, lang, attach_to in ATTACHED}
    for kind in ("initiatives", "study_trips"):
        for record in data.pages(kind):
            page = f"{kind}/{record['nb']['key']}"
            assert {(page, lang) for lang in page_languages(page)} <= attached, page


def test_documents_carry_their_language_year_and_publisher_in_a_collection(demo):
    documents = get_document_model().objects.select_related("collection")
    assert documents.count() == len(ATTACHED)
    for key, lang, _attach_to in ATTACHED:
        record = data.read("documents")[lang]["documents"][key]
        document = documents.get(title=f"{record['kind']}: {record['title']}", language=lang)
        assert (document.year, document.publisher) == (record["year"], data.read("publisher")[lang]["name"])
        assert document.collection.name == data.read("documents")["nb"]["collections"][record["collection"]]


@pytest.mark.parametrize("lang", ["nb", "sv", "en"])
def test_the_tools_library_has_a_handbook_to_download(demo, client, lang):
    index = ToolIndexPage.objects.get(locale__language_code=lang)
    handbooks = data.read("documents")["nb"]["collections"]["handbooks"]
    tools = ToolPage.objects.child_of(index).filter(
        document__language=lang, document__collection__name=handbooks
    )
    assert tools.exists()
    html = client.get(tools.first().url).content.decode()
    assert tools.first().document.url in html


def test_a_second_load_adds_no_documents(demo):
    label = get_document_model()._meta.label
    assert demo["second"][label] == demo["first"][label] == len(ATTACHED)


def test_a_translators_sync_keeps_the_document_of_the_translations_language(demo):
    source_page = page_in("study_trips/goteborg-2009", "nb")
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    for lang in ("sv", "en"):
        translated, _created = source.create_or_update_translation(Locale.objects.get(language_code=lang))
        assert translated.report.language == lang
    initiative = page_in("initiatives/malmo", "nb")
    source, _created = TranslationSource.update_or_create_from_instance(initiative)
    translated, _created = source.create_or_update_translation(Locale.objects.get(language_code="sv"))
    assert [block.value["document"].language for block in translated.attachments] == ["sv"]
