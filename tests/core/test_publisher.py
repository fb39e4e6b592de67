"""The publisher setting (Settings → Publisher): editors fill it in the admin, with a name for each
other language; the feeds and the structured data name it at once, in the visitor's language."""

import feedparser
import pytest

from core.publisher import PublisherSettings, publisher
from tests.content import admin_client  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db


def form_data(**fields):
    data = {
        "name": "Direktoratet for områdeutvikling",
        "url": "https://dfo.example/",
        "email": "post@dfo.example",
        "logo": "",
        "names-TOTAL_FORMS": "1",
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "0",
        "names-MAX_NUM_FORMS": "1000",
        "names-0-language": "sv",
        "names-0-name": "Norska direktoratet för områdesutveckling",
        "names-0-url": "",
        "names-0-ORDER": "1",
        "names-0-id": "",
    }
    data.update(fields)
    return data


def test_an_editor_sets_the_publisher_and_the_feeds_name_it_in_each_language(admin_client, client, site):  # noqa: F811
    url = f"/admin/settings/core/publishersettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, form_data())
    assert response.status_code == 302, response.content.decode()[:2000]

    swedish = feedparser.parse(client.get("/sv/feed/").content)
    assert swedish.feed.author_detail.name == "Norska direktoratet för områdesutveckling"
    assert swedish.feed.author_detail.href == "https://dfo.example/"
    assert swedish.feed.author_detail.email == "post@dfo.example"
    english = feedparser.parse(client.get("/en/feed/").content)
    assert english.feed.author_detail.name == "Direktoratet for områdeutvikling"  # no English name given


def test_a_second_name_for_the_same_language_is_refused(admin_client, site):  # noqa: F811
    url = f"/admin/settings/core/publishersettings/{site.pk}/"
    data = form_data(**{"names-TOTAL_FORMS": "2", "names-1-language": "sv", "names-1-name": "Annat namn"})
    data.update({"names-1-url": "", "names-1-ORDER": "2", "names-1-id": ""})
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert not PublisherSettings.objects.filter(names__name="Annat namn").exists()


def test_an_address_on_the_portal_is_made_absolute_and_one_elsewhere_is_kept(rf, site):
    PublisherSettings.objects.create(site=site, name="Direktoratet", url="https://dfo.example/")
    assert publisher(None, "nb").url == "https://dfo.example/"
    PublisherSettings.objects.update(url="")
    PublisherSettings.objects.get().save()  # a change starts a new cache generation
    assert publisher(rf.get("/nb/"), "nb").url == "http://testserver/nb/"
