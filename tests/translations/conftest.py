import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
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
