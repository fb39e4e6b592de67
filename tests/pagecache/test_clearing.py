"""Everything that changes what visitors see clears the page cache at once: publishing, unpublishing,
moving and deleting a page, publishing a theme, legal basis or glossary term, a view restriction
added or removed, an image's alt text, a page marked reviewed. A draft changes nothing."""

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import PageViewRestriction

from core.cache import GENERATION_KEY, current_generation, start_new_generation
from core.publisher import PublisherSettings
from reviews.models import ContentReview
from tests.content import home_page
from tests.factories import (
    LegalBasisFactory,
    PortalImageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ThemeFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)
from tests.glossary.helpers import make_term
from tests.pagecache.conftest import served

pytestmark = pytest.mark.django_db

TOOL = "/nb/verktoy/gatur/"
TOOLS = "/nb/verktoy/"


@pytest.fixture
def tool(site):
    index = ToolIndexPageFactory(parent=home_page("nb"), title="Verktøy", slug="verktoy")
    tool = ToolPageFactory(parent=index, title="Gåtur med beboerne", slug="gatur")
    tool.themes.set([ThemeFactory(name="Trygghet", slug="trygghet")])
    tool.save_revision().publish()
    return tool


def warm(client, *urls):
    """Visit each URL twice, so that the second visit shows it came from the cache."""
    for url in urls:
        client.get(url)
        assert served(client, url)[1] == "hit", url


def test_a_publish_shows_at_once_on_the_page_and_in_the_lists_that_name_it(client, tool):
    warm(client, TOOL, TOOLS)
    tool.title = "Nabolagsvandring"
    tool.save_revision()  # a draft: visitors still get the cached page
    assert served(client, TOOL)[1] == "hit"
    assert "Nabolagsvandring" not in served(client, TOOLS)[2]

    tool.save_revision().publish()
    status, state, html = served(client, TOOL)
    assert (status, state) == (200, "miss") and "Nabolagsvandring" in html
    assert "Nabolagsvandring" in served(client, TOOLS)[2]


def test_an_unpublished_or_deleted_page_is_gone_at_once(client, tool):
    other = ToolPageFactory(parent=tool.get_parent(), title="Trygghetsvandring", slug="trygghet")
    warm(client, TOOL, "/nb/verktoy/trygghet/", TOOLS)
    tool.unpublish()
    assert served(client, TOOL)[0] == 404
    assert "Gåtur med beboerne" not in served(client, TOOLS)[2]
    other.delete()
    assert served(client, "/nb/verktoy/trygghet/")[0] == 404
    assert "Trygghetsvandring" not in served(client, TOOLS)[2]


def test_a_moved_page_is_at_its_new_address_at_once(client, tool):
    trips = StudyTripIndexPageFactory(parent=home_page("nb"), title="Studiereiser", slug="studiereiser")
    warm(client, TOOL, TOOLS)
    tool.move(trips, pos="last-child")
    moved = client.get(TOOL)  # Wagtail's redirect from the old address, not the cached page
    assert moved.status_code == 301 and moved["Location"].endswith("/nb/studiereiser/gatur/")
    status, _state, html = served(client, "/nb/studiereiser/gatur/")
    assert status == 200 and "Studiereiser" in html  # in its breadcrumbs
    assert "Gåtur med beboerne" not in served(client, TOOLS)[2]


def test_a_published_theme_shows_at_once_on_the_pages_tagged_with_it(client, tool):
    warm(client, TOOL)
    theme = tool.themes.get()
    theme.name = "Trygge nabolag"
    theme.save_revision().publish()
    html = served(client, TOOL)[2]
    assert "Trygge nabolag" in html and "Trygghet<" not in html


def test_a_published_legal_basis_shows_at_once_on_its_page(client, site):
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    warm(client, "/nb/legal-bases/folkehelseloven/")
    law.purpose = "Fremme befolkningens helse og trivsel."
    law.save_revision().publish()
    assert "Fremme befolkningens helse og trivsel." in served(client, "/nb/legal-bases/folkehelseloven/")[2]


def test_a_published_glossary_term_shows_at_once(client, site):
    make_term("Områdesatsing", "En samlet innsats i ett boområde.", "omradesatsing")
    warm(client, "/nb/glossary/")
    draft = make_term("Medvirkning", "Å få være med og påvirke.", "medvirkning", publish=False)
    assert "Medvirkning" not in served(client, "/nb/glossary/")[2]
    draft.save_revision().publish()
    assert "Medvirkning" in served(client, "/nb/glossary/")[2]


def test_a_restriction_added_hides_the_cached_page_and_one_removed_shows_it(client, tool):
    warm(client, TOOL)
    restriction = PageViewRestriction.objects.create(page=tool, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(TOOL)
    assert response.status_code == 302 and "X-Page-Cache" not in response
    restriction.delete()
    assert served(client, TOOL)[:2] == (200, "miss")
    assert served(client, TOOL)[1] == "hit"


def test_an_images_new_alt_text_shows_at_once(client, site):
    image = PortalImageFactory(alt_text="Barn som leker i et gårdsrom")
    index = StudyTripIndexPageFactory(parent=home_page("nb"), title="Studiereiser", slug="studiereiser")
    StudyTripPageFactory(parent=index, slug="malmo", image=image)
    warm(client, "/nb/studiereiser/malmo/")
    image.alt_text = "Beboere planter i en parsellhage"
    image.save()
    assert 'alt="Beboere planter i en parsellhage"' in served(client, "/nb/studiereiser/malmo/")[2]


def test_a_change_in_a_transaction_starts_a_generation_again_when_it_commits(
    db, django_capture_on_commit_callbacks
):
    """A visitor who read the old rows between the change and its commit may have cached them under
    the new generation: the commit starts another one."""
    start = current_generation()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        start_new_generation()
        assert cache.get(GENERATION_KEY) == start + 1
    assert cache.get(GENERATION_KEY) == start + 2


def test_marking_a_page_reviewed_shows_its_date_at_once(client, tool):
    warm(client, TOOL)
    review = ContentReview.objects.get(page=tool)
    review.last_reviewed = review.review_by.replace(year=2026, month=3, day=5)
    review.save()
    assert 'datetime="2026-03-05"' in served(client, TOOL)[2]


def test_a_new_publisher_reaches_cached_pages_at_once(client, site):
    warm(client, "/nb/")  # its structured data names the publisher
    settings = PublisherSettings.for_site(site)
    settings.name = "Direktoratet for nabolag"
    settings.save()
    assert "Direktoratet for nabolag" in served(client, "/nb/")[2]
