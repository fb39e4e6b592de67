"""A page's first publish schedules its review a page type's interval later; publishing again
leaves the date alone; translations and new pages take an owner; older pages get one by migration."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from reviews.models import ContentReview
from tests.content import home_page, translate
from tests.factories import (
    PhaseGuidePageFactory,
    PhasePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)
from tests.reviews.conftest import published, set_review

pytestmark = pytest.mark.django_db


def review_of(page):
    return ContentReview.objects.get(page_id=page.pk)


def test_the_home_page_is_due_a_year_after_it_was_published(site):
    assert review_of(home_page("nb")).review_by == timezone.localdate() + timedelta(days=365)


@pytest.mark.parametrize(
    ("index_factory", "page_factory", "days"),
    [
        (PhaseGuidePageFactory, PhasePageFactory, 182),  # steps and laws change: twice a year
        (ToolIndexPageFactory, ToolPageFactory, 365),
        (StudyTripIndexPageFactory, StudyTripPageFactory, 730),  # a report of a trip dates slowly
    ],
    ids=["phase", "tool", "study trip"],
)
def test_each_page_type_is_due_its_own_interval_after_publishing(site, index_factory, page_factory, days):
    index = published(index_factory, parent=home_page("nb"))
    page = published(page_factory, parent=index)
    assert review_of(index).review_by == timezone.localdate() + timedelta(days=365)
    assert review_of(page).review_by == timezone.localdate() + timedelta(days=days)
    assert review_of(page).last_reviewed is None  # publishing is not a review


def test_a_page_saved_as_a_draft_has_no_review_until_it_is_published(site):
    guide = PhaseGuidePageFactory(parent=home_page("nb"), live=False)
    guide.save_revision()
    assert not ContentReview.objects.filter(page_id=guide.pk).exists()
    guide.get_latest_revision().publish()
    assert ContentReview.objects.filter(page_id=guide.pk).exists()


def test_publishing_again_leaves_the_review_date_alone(site, teams):
    guide = published(PhaseGuidePageFactory, parent=home_page("nb"))
    set_review(guide, -5, teams["guide"])
    guide.title = "Phases, edited"
    guide.save_revision().publish()
    review = review_of(guide)
    assert review.review_by == timezone.localdate() - timedelta(days=5)  # still overdue
    assert review.owner == teams["guide"]


def test_a_translation_gets_its_own_review_and_the_owner_of_its_source(site, teams):
    guide = published(PhaseGuidePageFactory, parent=home_page("nb"))
    set_review(guide, -5, teams["guide"])
    swedish = translate(guide, "sv")
    review = review_of(swedish)
    assert review.owner == teams["guide"]
    assert review.review_by == timezone.localdate() + timedelta(days=365)  # not the source's date


def test_a_new_page_takes_the_owner_of_its_nearest_owned_ancestor(site, teams):
    guide = published(PhaseGuidePageFactory, parent=home_page("nb"))
    set_review(guide, 100, teams["guide"])
    phase = published(PhasePageFactory, parent=guide, number=1)
    assert review_of(phase).owner == teams["guide"]


def test_pages_live_before_content_review_get_a_date_from_the_migration(site):
    guide = published(PhaseGuidePageFactory, parent=home_page("nb"))
    phase = published(PhasePageFactory, parent=guide, number=1)
    draft = PhaseGuidePageFactory(parent=home_page("sv"), live=False)
    ContentReview.objects.all().delete()
    migration = importlib.import_module("reviews.migrations.0002_schedule_live_pages_and_grant_report")

    migration.schedule_live_pages(apps, None)

    published_on = timezone.localdate(phase.last_published_at)
    assert review_of(phase).review_by == published_on + timedelta(days=182)
    assert review_of(guide).review_by == published_on + timedelta(days=365)
    assert not ContentReview.objects.filter(page_id=draft.pk).exists()
    assert ContentReview.objects.filter(page__depth=2).count() == 3  # the home pages


def test_deleting_a_page_deletes_its_review(site):
    guide = published(PhaseGuidePageFactory, parent=home_page("nb"))
    guide.delete()
    assert not ContentReview.objects.filter(page_id=guide.pk).exists()
