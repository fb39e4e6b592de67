"""Views that are not pages describe themselves to search engines too (Lighthouse's SEO audit asks
every indexable page for a meta description), in the visitor's language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.content import home_page
from tests.factories import InitiativeIndexPageFactory, LegalBasisFactory

pytestmark = pytest.mark.django_db

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]+)">')


def description(client, url):
    match = DESCRIPTION.search(client.get(url).content.decode())
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("language", "glossary"),
    [
        ("nb", "Ordene i områdesatsinger forklart med enkle ord, fra A til Å."),
        ("sv", "Begreppen i områdesinsatser förklarade med enkla ord, från A till Ö."),
        ("en", "The terms of area-based initiatives explained in plain words, from A to Z."),
    ],
)
def test_other_views_describe_themselves_in_the_visitors_language(client, site, language, glossary):
    InitiativeIndexPageFactory(parent=home_page(language))  # the map shows its initiatives
    assert description(client, f"/{language}/glossary/") == glossary
    with translation.override(language):
        scale = reverse("evidence_scale")
    for url in (scale, f"/{language}/map/", f"/{language}/legal-bases/"):
        assert description(client, url), url


def test_a_law_is_described_by_its_purpose(client, site):
    purpose = "Loven skal bidra til en samfunnsutvikling som fremmer folkehelse."
    LegalBasisFactory(slug="folkehelseloven", purpose=purpose)
    assert description(client, "/nb/legal-bases/folkehelseloven/") == purpose
