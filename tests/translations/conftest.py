import pytest
from wagtail.models import Locale

from home.models import HomePage


def locale(code):
    return Locale.objects.get(language_code=code)


def home(code):
    return HomePage.objects.get(locale__language_code=code)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate_by_copy(page, code, **changes):
    """A published translation made the way wagtail's own copy_for_translation does it."""
    translation = page.copy_for_translation(locale(code), copy_parents=True)
    for name, value in changes.items():
        setattr(translation, name, value)
    return publish(translation)


@pytest.fixture
def guide(site):
    """A phase guide in Bokmål, published in Swedish (slug "faser" there too), not in English."""
    from guide.models import PhaseGuidePage

    page = PhaseGuidePage(title="Faser", slug="faser", intro="<p>Fem faser</p>")
    publish(home("nb").add_child(instance=page))
    translate_by_copy(page, "sv", title="Faser på svenska", intro="<p>Fem faser (sv)</p>")
    return page
