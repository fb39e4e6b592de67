"""Wagtail's admin sign-in under django-axes: a few wrong passwords lock that user name out from
that address, with a page saying so; everybody else signs in as usual."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "a-long-right-password"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def other_editor(db):
    return get_user_model().objects.create_superuser("other", "other@example.org", PASSWORD)


def sign_in(client, username, password, address="198.51.100.7", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, headers=headers
    )


def fail(client, username, times, **kwargs):
    """`times` wrong passwords; the last response."""
    for attempt in range(1, times + 1):
        response = sign_in(client, username, "wrong-password", **kwargs)
        if attempt < times:
            assert response.status_code == 200  # the sign-in form again, with its error
    return response


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_right_password_after_a_few_mistakes_signs_in(editor, settings):
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT - 1)
    assert signed_in(sign_in(client, "editor", PASSWORD))


def test_too_many_wrong_passwords_lock_the_account_out_even_with_the_right_one(editor, settings):
    client = Client()
    assert fail(client, "editor", settings.AXES_FAILURE_LIMIT).status_code == 429
    response = sign_in(client, "editor", PASSWORD, **{"Accept-Language": "en"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed sign-in attempts" in html
    assert "Try again in 15 minutes." in html
    assert "wagtailadmin/css/core.css" in html  # in the admin's own look
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "For mange mislykkede innloggingsforsøk"),
        ("sv", "För många misslyckade inloggningsförsök"),
    ],
)
def test_the_lockout_page_speaks_the_visitors_language(editor, settings, language, text):
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, "editor", PASSWORD, **{"Accept-Language": language})
    assert response.status_code == 429
    assert text in response.content.decode()


def test_another_user_and_another_address_are_not_locked_out(editor, other_editor, settings):
    fail(Client(), "editor", settings.AXES_FAILURE_LIMIT, address="198.51.100.7")
    assert signed_in(sign_in(Client(), "other", PASSWORD, address="198.51.100.7"))
    assert signed_in(sign_in(Client(), "editor", PASSWORD, address="203.0.113.9"))
    assert sign_in(Client(), "editor", PASSWORD, address="198.51.100.7").status_code == 429


@override_settings(
    AXES_IPWARE_PROXY_COUNT=0,
    AXES_IPWARE_PROXY_ORDER="left-most",
    AXES_IPWARE_META_PRECEDENCE_ORDER=("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
    IPWARE_STRICT=False,
)
def test_behind_a_proxy_the_client_address_is_the_one_the_proxy_added(editor, settings):
    """As TRUSTED_PROXY_COUNT=1 configures it: the proxy connects from 127.0.0.1 and appends the
    client's address to X-Forwarded-For; what the client wrote there itself changes nothing."""
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            Client(),
            "editor",
            "wrong-password",
            address="127.0.0.1",
            **{"X-Forwarded-For": f"10.9.9.{attempt}, 8.8.8.8"},
        )

    def through_proxy(forwarded_for):
        return sign_in(
            Client(), "editor", PASSWORD, address="127.0.0.1", **{"X-Forwarded-For": forwarded_for}
        )

    assert through_proxy("8.8.8.8").status_code == 429
    assert through_proxy("10.1.2.3, 8.8.8.8").status_code == 429
    assert signed_in(through_proxy("8.8.8.8, 9.9.9.9"))
