"""The demo's publisher (content/<language>/publisher.yaml): a fictional agency, the author of the
feeds and the publisher in the structured data; and the study trips' meeting places for a demo
database loaded before trips had them."""

from wagtail.models import Site

from core.publisher import PublisherName, PublisherSettings
from demo import data
from demo.data import LANGUAGES, SOURCE
from demo.fields import address_fields


def load_publisher():
    """The default site's publisher setting with its name in every language, unless it has one."""
    site = Site.objects.get(is_default_site=True)
    if PublisherSettings.objects.filter(site=site).exists():
        return 0
    texts = data.read("publisher")
    source = texts[SOURCE]
    setting = PublisherSettings.objects.create(
        site=site, name=source["name"], url=source["url"], email=source["email"]
    )
    for language in LANGUAGES:
        if language != SOURCE:
            PublisherName.objects.create(setting=setting, language=language, name=texts[language]["name"])
    return 1


def fill_addresses(trips):
    """Trips loaded before they had a meeting place get their record's, in every language; a trip
    with an address already (or none in its record) is left alone."""
    changed = 0
    for record in data.pages("study_trips"):
        page = trips[record[SOURCE]["key"]]
        facts = address_fields(record[SOURCE])
        if not any(facts.values()) or any(getattr(page, name) for name in facts):
            continue
        for version in [page, *(other.specific for other in page.get_translations())]:
            for name, value in facts.items():
                setattr(version, name, value)
            version.save_revision().publish()
            changed += 1
    return changed
