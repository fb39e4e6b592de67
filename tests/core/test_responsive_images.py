"""The first large image of a page is fetched at once and the rest wait until they are near; each is
offered in AVIF and WebP at the widths the layout needs, so a phone gets a small file."""

import re
from html.parser import HTMLParser

import pytest

from tests.content import home_page
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    PortalImageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
)

pytestmark = pytest.mark.django_db


class Pictures(HTMLParser):
    """Each <picture> in the page as its <source> types and srcsets and its <img> attributes."""

    def __init__(self):
        super().__init__()
        self.pictures = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self.pictures.append({"sources": {}, "img": None})
        elif tag == "source" and self.pictures:
            self.pictures[-1]["sources"][attrs["type"]] = attrs["srcset"]
        elif tag == "img" and self.pictures and self.pictures[-1]["img"] is None:
            self.pictures[-1]["img"] = attrs


def pictures(client, page):
    parser = Pictures()
    parser.feed(client.get(page.url).content.decode())
    return parser.pictures


def widths(srcset):
    return [int(width) for width in re.findall(r" (\d+)w", srcset)]


def test_the_hero_is_eager_with_high_priority_and_the_gallery_waits(client, site):
    index = InitiativeIndexPageFactory(parent=home_page())
    photo = PortalImageFactory(file__width=1200, file__height=800)
    page = InitiativePageFactory(
        parent=index,
        image=PortalImageFactory(file__width=1600, file__height=900),
        gallery=[("image", {"image": photo, "caption": "The square"})],
    )

    hero, gallery = pictures(client, page)

    assert (hero["img"]["loading"], hero["img"]["fetchpriority"]) == ("eager", "high")
    assert widths(hero["sources"]["image/avif"]) == [400, 800, 1200]
    assert hero["img"]["src"].endswith(".webp") and widths(hero["img"]["srcset"]) == [400, 800, 1200]
    assert "52rem" in hero["img"]["sizes"]  # the column beside the facts on a wide screen
    assert hero["img"]["alt"] == "Children playing in a courtyard between blocks of flats"
    assert hero["img"]["width"] and hero["img"]["height"]  # the box is reserved before the file arrives

    assert gallery["img"]["loading"] == "lazy" and "fetchpriority" not in gallery["img"]
    assert widths(gallery["sources"]["image/avif"]) == [400, 800]


def test_the_study_trip_hero_is_eager_too(client, site):
    trips = StudyTripIndexPageFactory(parent=home_page())
    trip = StudyTripPageFactory(parent=trips, image=PortalImageFactory(file__width=1200, file__height=675))

    [hero] = pictures(client, trip)

    assert (hero["img"]["loading"], hero["img"]["fetchpriority"]) == ("eager", "high")
    assert set(hero["sources"]) == {"image/avif"} and hero["img"]["src"].endswith(".webp")
