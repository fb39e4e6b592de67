import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import HomePage


def locale(code):
    return Locale.objects.get(language_code=code)


def home(code):
    return HomePage.objects.get(locale__language_code=code)


def publish(page):
    with TestCase.captureOnCommitCallbacks(execute=True):  # search engines other than the embedded one
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


@pytest.fixture
def translator(db, client, django_user_model):
    """A logged-in superuser whose admin speaks English, so messages can be asserted on."""
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("translator", "t@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def source_page(site):
    """A published phase guide in Bokmål with no translations yet."""
    from guide.models import PhaseGuidePage

    page = PhaseGuidePage(title="Faser", slug="faser", intro="<p>Fem faser</p><p>Les dem i rekkefølge</p>")
    return publish(home("nb").add_child(instance=page))


def submit_translation(client, instance, code):
    """Start a wagtail-localize translation the way an editor does: the Translate button."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    if isinstance(instance, Page):
        url = f"/admin/localize/submit/page/{instance.id}/"
    else:
        meta = instance._meta
        url = f"/admin/localize/submit/snippet/{meta.app_label}/{meta.model_name}/{instance.pk}/"
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"locales": [locale(code).id]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale(code))


def publish_translation(client, translation):
    """The Publish button of wagtail-localize's translation editor."""
    target = translation.get_target_instance()
    if hasattr(target, "path"):  # a page
        url = f"/admin/pages/{target.id}/edit/"
    else:
        meta = target._meta
        url = f"/admin/snippets/{meta.app_label}/{meta.model_name}/edit/{target.pk}/"
    # wagtail-localize publishes on commit; the test's transaction never commits, so run it here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"action": "publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    target.refresh_from_db()
    return target


ENGLISH = {"Faser": "Phases", "Fem faser": "Five phases", "Les dem i rekkefølge": "Read them in order"}


def download(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.id}/pofile/download/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, translation, content, next_url="/admin/"):
    file = SimpleUploadedFile("translation.po", content if isinstance(content, bytes) else content.encode())
    return client.post(
        f"/admin/localize/translate/{translation.id}/pofile/upload/", {"file": file, "next": next_url}
    )


def filled(po, translations=ENGLISH):
    for entry in po:
        entry.msgstr = translations.get(entry.msgid, "")
    return str(po)


INITIATIVE_ENGLISH = {
    "Eksempler": "Examples",
    "Områdeløft Groruddalen": "Groruddalen area initiative",
    "Et løft for fire bydeler.": "A lift for four districts.",
    "Start smått": "Start small",
    "Begynn med det beboerne ber om.": "Begin with what residents ask for.",
    "Lytt først": "Listen first",
    "Bruk tid på å høre beboerne.": "Take time to hear the residents.",
    "Lite tid": "Little time",
    "Prosjektperioden var kort.": "The project period was short.",
    "Lokal forankring": "Local roots",
    "Bydelen eide arbeidet.": "The district owned the work.",
}


@pytest.fixture
def housing(site):
    from taxonomy.models import Theme

    theme = Theme.objects.create(name="Bolig", slug="bolig", locale=locale("nb"))
    english = theme.copy_for_translation(locale("en"))
    english.name = "Housing"
    english.save()
    return theme


@pytest.fixture
def initiative(site, housing):
    from cases.models import Challenge, InitiativeIndexPage, InitiativePage, SuccessFactor, Tip

    index = publish(home("nb").add_child(instance=InitiativeIndexPage(title="Eksempler", slug="eksempler")))
    page = InitiativePage(
        title="Områdeløft Groruddalen",
        slug="groruddalen",
        summary="Et løft for fire bydeler.",
        country="NO",
        start_year=2007,
        end_year=2016,
    )
    # A sort order, as the admin's formset gives: without one, PostgreSQL may return tips in any order.
    page.tips = [
        Tip(title="Start smått", text="Begynn med det beboerne ber om.", sort_order=0),
        Tip(title="Lytt først", text="Bruk tid på å høre beboerne.", sort_order=1),
    ]
    page.challenges = [Challenge(title="Lite tid", text="Prosjektperioden var kort.")]
    page.success_factors = [SuccessFactor(title="Lokal forankring", text="Bydelen eide arbeidet.")]
    page.themes = [housing]
    index.add_child(instance=page)
    return publish(page)


def translate_to_english(client, page):
    """Translate the index page (the parent) and the initiative, publish both."""
    index = page.get_parent().specific
    for instance in (index, page):
        translation = submit_translation(client, instance, "en")
        upload(client, translation, filled(download(client, translation), INITIATIVE_ENGLISH))
        publish_translation(client, translation)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("en"))
