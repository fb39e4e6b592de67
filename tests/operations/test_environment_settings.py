"""Numbers an operator sets in the environment (cache lifetimes, limits, counts): a value that is not
a whole number in range stops the start with a message naming the variable and the value, rather
than starting with another value; blank or unset is the documented default."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.environment import env_whole_number


def production_setting(expression, **environ):
    """`expression` as a production server started with `environ` reads it, or its error."""
    code = f"from django.conf import settings; print({expression})"
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "a-check-only-key-" + "x" * 40,
        "ALLOWED_HOSTS": "portal.example",
        **environ,
    }
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PAGE_CACHE_SECONDS", "ten"),
        ("PAGE_CACHE_SECONDS", "-1"),
        ("PAGE_CACHE_MAX_ENTRIES", "0"),
        ("SECURE_HSTS_SECONDS", "1y"),
        ("ELASTICSEARCH_SHARDS", "0"),
        ("AXES_FAILURE_LIMIT", "5.5"),
        ("TRUSTED_PROXY_COUNT", "-2"),
    ],
)
def test_a_number_out_of_range_stops_the_start_naming_the_variable(variable, value):
    started = production_setting("settings.PAGE_CACHE_SECONDS", **{variable: value})
    assert started.returncode != 0
    assert f"ImproperlyConfigured: {variable} must be a whole number" in started.stderr
    assert f"(not '{value}')" in started.stderr


def test_zero_turns_the_page_cache_off_and_blank_is_the_default():
    read = "settings.PAGE_CACHE_SECONDS, settings.PAGE_CACHE_CDN_SECONDS, settings.TRUSTED_PROXY_COUNT"
    assert production_setting(read, PAGE_CACHE_SECONDS="0").stdout.split() == ["0", "60", "0"]
    started = production_setting(read, PAGE_CACHE_SECONDS=" ", PAGE_CACHE_CDN_SECONDS="30")
    assert started.stdout.split() == ["600", "30", "0"]


@pytest.mark.parametrize(("value", "read"), [("0", 0), (" 7 ", 7), ("", 600)])
def test_a_whole_number_of_at_least_the_minimum_is_read(monkeypatch, value, read):
    monkeypatch.setenv("SOME_SECONDS", value)
    assert env_whole_number("SOME_SECONDS", 600, unit="seconds") == read


def test_the_message_says_the_unit_and_the_range(monkeypatch):
    monkeypatch.setenv("SOME_SECONDS", "-3")
    with pytest.raises(ImproperlyConfigured) as error:
        env_whole_number("SOME_SECONDS", 600, unit="seconds")
    assert (
        str(error.value) == "SOME_SECONDS must be a whole number of seconds, 0 or more, e.g. 600 (not '-3')"
    )
