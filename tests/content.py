"""Small builders shared by the content tests: a phase guide with its phases, translations."""

from wagtail.models import Locale
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
