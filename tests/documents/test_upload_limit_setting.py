"""DOCUMENT_MAX_UPLOAD_MB, the largest upload in megabytes: a whole number above 0, or the server
does not start and says which variable is wrong, rather than running with another limit."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings.environment import env_positive_int

MB = 1024 * 1024


def upload_limit(**environ):
    """WAGTAILDOCS_MAX_UPLOAD_SIZE as a server started with `environ` reads it, or its error."""
    code = "from portal.settings import base; print(base.WAGTAILDOCS_MAX_UPLOAD_SIZE)"
    env = {key: value for key, value in os.environ.items() if key != "DOCUMENT_MAX_UPLOAD_MB"} | environ
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


def test_the_limit_is_50_megabytes_unless_set():
    assert upload_limit().stdout.strip() == str(50 * MB)
    assert upload_limit(DOCUMENT_MAX_UPLOAD_MB="20").stdout.strip() == str(20 * MB)


def test_a_limit_that_is_no_number_stops_the_start_naming_the_variable():
    started = upload_limit(DOCUMENT_MAX_UPLOAD_MB="abc")
    assert started.returncode != 0
    assert (
        "ImproperlyConfigured: DOCUMENT_MAX_UPLOAD_MB must be a whole number of megabytes, above 0"
        in started.stderr
    )


@pytest.mark.parametrize("value", ["-1", "0", "1.5", "20MB", "abc"])
def test_a_limit_below_one_or_not_whole_is_refused(monkeypatch, value):
    monkeypatch.setenv("DOCUMENT_MAX_UPLOAD_MB", value)
    with pytest.raises(ImproperlyConfigured, match=f"DOCUMENT_MAX_UPLOAD_MB .* \\(not '{value}'\\)"):
        env_positive_int("DOCUMENT_MAX_UPLOAD_MB", 50, "megabytes")


@pytest.mark.parametrize(("value", "megabytes"), [(" 20 ", 20), ("", 50), ("  ", 50), ("1", 1)])
def test_a_whole_number_is_read_and_a_blank_one_is_the_default(monkeypatch, value, megabytes):
    monkeypatch.setenv("DOCUMENT_MAX_UPLOAD_MB", value)
    assert env_positive_int("DOCUMENT_MAX_UPLOAD_MB", 50, "megabytes") == megabytes
