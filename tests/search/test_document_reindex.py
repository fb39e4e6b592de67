"""When a document changes, the pages holding it are indexed anew once, after the commit, on the
embedded engine and on Elasticsearch: one text read is one update of its page, however many rows
the reading writes; the file facts it writes alone change nothing; a document that may no longer be
shown leaves the index at once, in the transaction that hid it."""

import pytest
from django.db import transaction
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from documents.tasks import extract_document_text_task
from search import indexing
from search.models import IndexedDocument
from tests.content import home_page
from tests.factories import StudyTripIndexPageFactory, StudyTripPageFactory
from tests.search.test_attached_documents import found, new_document

pytestmark = pytest.mark.django_db

FILE_FACTS = ["page_count", "has_javascript", "has_embedded_files"]


@pytest.fixture
def engine(settling_engine):
    return settling_engine


@pytest.fixture
def trip(site, engine):
    """A Norwegian study trip with its report attached, the report's text read and searchable."""
    made = {}

    def build():
        index = StudyTripIndexPageFactory(parent=home_page())
        document = new_document("Reiserapport Malmo", ["Leietakerne drev vaskeriet sammen."], year=2013)
        page = StudyTripPageFactory(parent=index, title="Malmö 2013", slug="malmo-2013", live=False)
        page.report = document
        page.save_revision().publish()
        made.update(page=page, document=document)

    engine.run(build)
    assert found_titles("vaskeriet") == ["Reiserapport Malmo"]
    return made


def found_titles(query):
    return [title for kind, title in found(Client(), query) if kind == "document"]


@pytest.fixture
def page_updates(trip, monkeypatch):
    """The ids of the pages indexed anew from here on, one entry per update."""
    updated = []
    update_page = indexing.update_page

    def counting(page):
        updated.append(page.pk)
        update_page(page)

    monkeypatch.setattr(indexing, "update_page", counting)
    return updated


def test_reading_a_new_version_of_the_text_updates_the_page_holding_it_once(engine, trip, page_updates):
    document = trip["document"]
    # A new file the worker has not read yet, whose page count is not known either: the reading
    # stores the text, drops the old one and saves the file's facts, three rows in one transaction.
    get_document_model().objects.filter(pk=document.pk).update(file_hash="0" * 40, page_count=None)

    engine.run(lambda: extract_document_text_task.enqueue(document.pk))

    assert page_updates == [trip["page"].pk]
    assert get_document_model().objects.get(pk=document.pk).page_count == 1
    assert found_titles("vaskeriet") == ["Reiserapport Malmo"]


def test_saving_only_the_facts_read_from_the_file_updates_no_page(engine, trip, page_updates):
    document = trip["document"]
    document.page_count = 3
    engine.run(lambda: document.save(update_fields=FILE_FACTS))
    assert page_updates == []


def test_renaming_a_document_renames_its_hit(engine, trip):
    document = trip["document"]
    document.title = "Reiserapport fra Malmo"
    engine.run(document.save)
    assert found_titles("vaskeriet") == ["Reiserapport fra Malmo"]


def test_saving_a_document_twice_in_one_transaction_updates_its_page_once_with_the_last_title(
    engine, trip, page_updates
):
    document = trip["document"]

    def edit_twice():
        with transaction.atomic():
            for title in ("Reiserapport Malmo 2013", "Reiserapport fra Malmo"):
                document.title = title
                document.save()

    engine.run(edit_twice)
    assert page_updates == [trip["page"].pk]
    assert found_titles("vaskeriet") == ["Reiserapport fra Malmo"]


def test_a_rename_after_a_rolled_back_save_in_the_same_transaction_still_renames_the_hit(engine, trip):
    document = trip["document"]

    def fail_then_rename():
        with pytest.raises(RuntimeError), transaction.atomic():
            document.title = "Kladd"
            document.save()
            raise RuntimeError("the editor's form failed after the save")
        document.title = "Reiserapport fra Malmo"
        document.save()

    engine.run(fail_then_rename)
    assert found_titles("vaskeriet") == ["Reiserapport fra Malmo"]


def test_a_document_moved_into_a_restricted_collection_leaves_the_index_before_the_commit(engine, trip):
    private = Collection.get_first_root_node().add_child(name="Interne notater")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="hemmelig"
    )
    document = trip["document"]

    def move():
        document.collection = private
        document.save()
        assert not IndexedDocument.objects.filter(kind="document").exists()

    engine.run(move)
    assert found_titles("vaskeriet") == []


def test_restricting_a_collection_updates_a_page_holding_two_of_its_documents_once(
    engine, trip, page_updates
):
    private = Collection.get_first_root_node().add_child(name="Reiser")
    page = trip["page"]

    def move_both_and_restrict():
        second = new_document("Reiseplan Malmo", ["Bussen til vaskeriet gikk klokken ni."], private)
        page.learnings = f'<p>Se <a linktype="document" id="{second.pk}">reiseplanen</a>.</p>'
        page.save_revision().publish()
        trip["document"].collection = private
        trip["document"].save()

    engine.run(move_both_and_restrict)
    assert sorted(found_titles("vaskeriet")) == ["Reiseplan Malmo", "Reiserapport Malmo"]

    page_updates.clear()
    engine.run(
        lambda: CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
    )
    assert page_updates == [page.pk]
    assert found_titles("vaskeriet") == []
