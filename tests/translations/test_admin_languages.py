"""Translators and editors work in nb, sv or en; machine translation is a setting away."""

import json
import os
import subprocess
import sys

import pytest
from django.test import override_settings
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from tests.translations.conftest import submit_translation

pytestmark = pytest.mark.django_db

DEEPL = {
    "CLASS": "translations.machine_translation.PortalDeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "test-key:fx"},
}


def test_admin_offers_exactly_the_portals_three_languages():
    assert [code for code, _name in get_available_admin_languages()] == ["nb", "sv", "en"]


@pytest.mark.parametrize(("language", "dashboard_word"), [("nb", "Sider"), ("sv", "Sidor"), ("en", "Pages")])
def test_admin_speaks_the_users_chosen_language(client, django_user_model, site, language, dashboard_word):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html
    assert dashboard_word in html


class FakeDeepLResponse:
    def __init__(self, payload):
        self.payload = payload

    def json(self):
        return self.payload


def test_machine_translation_uses_deepl_when_configured_without_going_online(
    translator, source_page, monkeypatch
):
    calls = []

    def fake_post(url, data, timeout, headers):
        calls.append({"url": url, **data})
        return FakeDeepLResponse({"translations": [{"text": f"EN: {text}"} for text in data["text"]]})

    monkeypatch.setattr("wagtail_localize.machine_translators.deepl.requests.post", fake_post)
    translation = submit_translation(translator, source_page, "en")
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DEEPL):
        response = translator.post(f"/admin/localize/translate/{translation.id}/machine_translate/")
    assert response.status_code == 302
    assert calls[0]["url"] == "https://api-free.deepl.com/v2/translate"
    assert (calls[0]["source_lang"], calls[0]["target_lang"]) == ("NB", "EN-GB")
    texts = set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list("data", flat=True)
    )
    assert "EN: Fem faser" in texts


def test_machine_translation_failure_is_not_a_server_error(translator, source_page, monkeypatch):
    def failing_post(url, data, timeout, headers):
        return FakeDeepLResponse({"message": "Wrong endpoint"})

    monkeypatch.setattr("wagtail_localize.machine_translators.deepl.requests.post", failing_post)
    translation = submit_translation(translator, source_page, "en")
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DEEPL):
        response = translator.post(f"/admin/localize/translate/{translation.id}/machine_translate/")
    assert response.status_code == 302
    assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()


def settings_value(name, **environ):
    code = f"import json; from portal.settings import base; print(json.dumps(getattr(base, {name!r}, None)))"
    env = {key: value for key, value in os.environ.items() if key != "DEEPL_API_KEY"} | environ
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_machine_translation_is_off_unless_a_deepl_key_is_set():
    assert settings_value("WAGTAILLOCALIZE_MACHINE_TRANSLATOR") is None
    configured = settings_value("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", DEEPL_API_KEY="abc:fx")
    assert configured["CLASS"] == "translations.machine_translation.PortalDeepLTranslator"
    assert configured["OPTIONS"]["AUTH_KEY"] == "abc:fx"


@pytest.mark.parametrize(
    ("language", "heading"),
    [("nb", "Oversettelsesstatus"), ("sv", "Översättningsstatus"), ("en", "Translation status")],
)
def test_translators_report_speaks_the_users_language(client, django_user_model, site, language, heading):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    assert heading in client.get("/admin/translation-status/").content.decode()
