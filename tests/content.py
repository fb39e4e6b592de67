"""Builders and fixtures shared by the content tests (imported by their conftest.py files).

Pages whose interface text a test reads are built under the English home page, so the
tests keep passing once the lead fills the nb and sv catalogues."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from tests.factories import PhaseGuidePageFactory, PhasePageFactory

PHASE_TITLES = [
    "Knowledge base",
    "Planning and organisation",
    "Mobilisation",
    "Implementation",
    "Continuation",
]


def home_page(language="nb"):
    return HomePage.objects.get(locale__language_code=language)


def phase_guide_with_phases(home=None):
    guide = PhaseGuidePageFactory(parent=home or home_page())
    phases = [
        PhasePageFactory(parent=guide, number=number, title=title, slug=f"phase-{number}")
        for number, title in enumerate(PHASE_TITLES, start=1)
    ]
    return guide, phases


def translate(instance, language, publish=True):
    """Translate a page or snippet with wagtail-localize, untranslated strings falling back to the source."""
    locale = Locale.objects.get(language_code=language)
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = source.create_or_update_translation(locale, fallback=True)
    if publish and hasattr(translation, "save_revision"):
        translation.save_revision().publish()
    return translation


@pytest.fixture(autouse=True)
def english_messages():
    """Validation messages outside a request come in English, whatever the catalogues hold for nb."""
    with translation.override("en"):
        yield


@pytest.fixture
def admin_client(client, db):
    """A superuser whose Wagtail admin speaks English, so tests can read its messages."""
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client
