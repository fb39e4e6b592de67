"""Dates on public pages are written the way each language writes them."""

import datetime

import pytest

from tests.translations.conftest import home, publish, translate_by_copy

pytestmark = pytest.mark.django_db


@pytest.fixture
def study_trip(site):
    from resources.models import StudyTripIndexPage, StudyTripPage

    index = publish(
        home("nb").add_child(instance=StudyTripIndexPage(title="Studiereiser", slug="studiereiser"))
    )
    trip = StudyTripPage(
        title="Til Malmö",
        slug="malmo",
        destinations="Malmö",
        start_date=datetime.date(2025, 6, 9),
        end_date=datetime.date(2025, 6, 11),
        organiser="Husbanken",
    )
    publish(index.add_child(instance=trip))
    for code in ("sv", "en"):
        translate_by_copy(trip, code, title=f"Malmö ({code})")
    return trip


@pytest.mark.parametrize(
    ("language", "start", "end"),
    [
        ("nb", "9. juni 2025", "11. juni 2025"),
        ("sv", "9 juni 2025", "11 juni 2025"),
        ("en", "June 9, 2025", "June 11, 2025"),
    ],
)
def test_study_trip_dates_follow_the_language(client, study_trip, language, start, end):
    html = client.get(f"/{language}/studiereiser/malmo/").content.decode()
    assert f'<time datetime="2025-06-09">{start}</time>' in html
    assert f'<time datetime="2025-06-11">{end}</time>' in html


def test_years_are_written_without_a_thousands_separator(client, initiative):
    html = client.get(initiative.url).content.decode()
    assert "2007" in html
    assert "2\xa0007" not in html and "2 007" not in html
