"""Factories for the portal's content (wagtail-factories / factory_boy).

Pages need a parent: pass `parent=` (a HomePage from the `site` fixture, or an index page).
Many-to-many tags: `page.themes.set([...])` then `page.save_revision().publish()` (or `page.save()`).
Snippets get the default locale (nb) unless `locale=` is given.
"""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cases.models import InitiativeIndexPage, InitiativePage
from core.images import PortalImage
from guide.models import PhaseGuidePage, PhasePage
from resources.models import StudyTripIndexPage, StudyTripPage, ToolIndexPage, ToolPage
from taxonomy.models import LegalBasis, Municipality, Theme


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "What the theme covers."


class LegalBasisFactory(DjangoModelFactory):
    class Meta:
        model = LegalBasis

    name = factory.Sequence(lambda n: f"Law {n}")
    short_name = factory.Sequence(lambda n: f"L{n}")
    slug = factory.Sequence(lambda n: f"law-{n}")
    country = "NO"
    official_reference = factory.Sequence(lambda n: f"LOV-2011-06-24-{n}")
    purpose = "Why the law exists, in plain words."
    url = "https://lovdata.no/"


class MunicipalityFactory(DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Municipality {n}")
    slug = factory.Sequence(lambda n: f"municipality-{n}")
    country = "NO"


class PortalImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PortalImage

    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text = "Children playing in a courtyard between blocks of flats"


class PhaseGuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PhaseGuidePage

    title = "Phases"
    slug = "phases"
    intro = "<p>Five phases, in order.</p>"


class PhasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PhasePage

    title = factory.LazyAttribute(lambda page: f"Phase {page.number}")
    slug = factory.LazyAttribute(lambda page: f"phase-{page.number}")
    number = factory.Sequence(lambda n: n % 5 + 1)
    short_description = factory.LazyAttribute(lambda page: f"What phase {page.number} is about.")


class InitiativeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InitiativeIndexPage

    title = "Initiatives"
    slug = "initiatives"


class InitiativePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InitiativePage

    title = factory.Sequence(lambda n: f"Initiative {n}")
    slug = factory.Sequence(lambda n: f"initiative-{n}")
    summary = "What the initiative did, in two sentences."
    country = "NO"
    start_year = 2010
    end_year = 2015


class ToolIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolIndexPage

    title = "Tools"
    slug = "tools"


class ToolPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolPage

    title = factory.Sequence(lambda n: f"Tool {n}")
    slug = factory.Sequence(lambda n: f"tool-{n}")
    summary = "What the tool is for."
    tool_type = "handbook"
    publisher = "Oslo kommune"
    year = 2014
    external_url = "https://www.oslo.kommune.no/"


class StudyTripIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StudyTripIndexPage

    title = "Study trips"
    slug = "study-trips"


class StudyTripPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StudyTripPage

    title = factory.Sequence(lambda n: f"Study trip {n}")
    slug = factory.Sequence(lambda n: f"study-trip-{n}")
    destinations = "Malmö, Copenhagen"
    start_date = datetime.date(2013, 9, 2)
    end_date = datetime.date(2013, 9, 4)
    organiser = "Husbanken"


def item(kind_model, **fields):
    """An unsaved tip, challenge or success factor to put on an initiative before saving it."""
    tags = {name: fields.pop(name) for name in ("themes", "legal_bases") if name in fields}
    obj = kind_model(**fields)
    for name, values in tags.items():
        getattr(obj, name).set(values)
    return obj
