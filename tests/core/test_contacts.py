"""Structured contacts on initiatives, tools and study trips: validated so someone can be reached,
shown as schema.org Person microdata with h-card classes, the e-mail address never in the page."""

import re

import pytest
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from core.blocks import ContactBlock
from tests.content import home_page
from tests.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    StudyTripIndexPageFactory,
    StudyTripPageFactory,
    ToolIndexPageFactory,
    ToolPageFactory,
)

pytestmark = pytest.mark.django_db

EMAIL = "omradesprogram@malmo.example"
CONTACT = {
    "name": "Områdekontoret",
    "role": "Koordinator",
    "organisation": "Malmö stad",
    "email": EMAIL,
    "phone": "+46 40 00 00 00",
}
NO_WAY_TO_REACH = {
    "nb": "Oppgi en e-postadresse eller et telefonnummer, så besøkende kan nå kontakten.",
    "sv": "Ange en e-postadress eller ett telefonnummer, så att besökare kan nå kontakten.",
    "en": "Give an e-mail address or a phone number, so visitors can reach the contact.",
}
PAGE_FACTORIES = {
    "initiative": (InitiativeIndexPageFactory, InitiativePageFactory),
    "tool": (ToolIndexPageFactory, ToolPageFactory),
    "study trip": (StudyTripIndexPageFactory, StudyTripPageFactory),
}


def clean(**parts):
    block = ContactBlock()
    return block.clean(block.to_python({**CONTACT, **parts}))


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_contact_without_an_email_address_or_phone_is_refused_in_the_editors_language(language):
    with translation.override(language):
        with pytest.raises(StructBlockValidationError) as raised:
            clean(email="", phone="")
        messages = [str(message) for message in raised.value.non_block_errors]
    assert messages == [NO_WAY_TO_REACH[language]]


def test_an_email_address_or_a_phone_number_alone_is_enough():
    assert clean(phone="", name="", role="", organisation="")["email"] == EMAIL
    assert clean(email="")["phone"] == "+46 40 00 00 00"


def test_a_phone_number_with_letters_is_refused():
    with pytest.raises(StructBlockValidationError) as raised:
        clean(phone="call the office")
    assert "phone" in raised.value.block_errors


def page_with_contacts(kind, language, contacts):
    index_factory, page_factory = PAGE_FACTORIES[kind]
    index = index_factory(parent=home_page(language))
    return page_factory(parent=index, contacts=[("contact", contact) for contact in contacts])


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
@pytest.mark.parametrize("kind", PAGE_FACTORIES)
def test_the_page_shows_its_contact_as_person_microdata_and_an_h_card(client, site, kind, language):
    page = page_with_contacts(kind, language, [CONTACT])
    html = client.get(page.url).content.decode()

    assert 'class="contact h-card" itemscope itemtype="https://schema.org/Person"' in html
    assert '<span class="p-name" itemprop="name">Områdekontoret</span>' in html
    assert 'class="contact__role p-job-title" itemprop="jobTitle">Koordinator<' in html
    assert 'itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"' in html
    assert '<span class="p-org" itemprop="name">Malmö stad</span>' in html
    assert 'class="ds-link p-tel" itemprop="telephone" href="tel:+4640000000">+46 40 00 00 00</a>' in html
    show = {"nb": "Vis e-postadresse", "sv": "Visa e-postadress", "en": "Show e-mail address"}[language]
    assert re.search(
        rf'<a class="ds-link" href="/{language}/contact/email/[^"/]+/" rel="nofollow">{show}</a>', html
    )


@pytest.mark.parametrize("kind", PAGE_FACTORIES)
def test_no_email_address_is_anywhere_in_the_page(client, site, kind):
    page = page_with_contacts(kind, "en", [CONTACT, {**CONTACT, "email": "second@oslo.example"}])
    html = client.get(page.url).content.decode()
    assert "mailto:" not in html
    assert not re.search(r"[\w.+-]+@[\w-]+\.example", html)
    assert "malmo.example" not in html and "oslo.example" not in html


def test_translators_see_the_role_and_organisation_and_never_the_name_email_or_phone(site):
    page = page_with_contacts("initiative", "nb", [CONTACT])
    segments = [segment for segment in extract_segments(page) if segment.path.startswith("contacts.")]
    strings = {
        segment.path.rsplit(".", 1)[-1]: segment.string.data
        for segment in segments
        if isinstance(segment, StringSegmentValue)
    }
    assert strings == {"role": "Koordinator", "organisation": "Malmö stad"}
    assert not [segment for segment in segments if isinstance(segment, OverridableSegmentValue)]
