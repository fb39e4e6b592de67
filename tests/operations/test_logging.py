"""What an operations team reads: one JSON object per log line with the request's id (the same id
the response names in X-Request-ID), and errors reported to Sentry when SENTRY_DSN is set."""

import copy
import io
import json
import logging
import logging.config
import os
import subprocess
import sys

import pytest
import sentry_sdk
from django.conf import settings
from django.test import Client, override_settings
from django.urls import path
from sentry_sdk.transport import Transport

from operations.logging import init_sentry

pytestmark = pytest.mark.django_db


def fail_loudly(request):
    raise RuntimeError("the view broke")


urlpatterns = [path("broken/", fail_loudly)]


@pytest.fixture
def json_log():
    """The settings' LOGGING as LOG_FORMAT=json makes it, writing into a buffer."""
    config = copy.deepcopy(settings.LOGGING)
    config["handlers"]["console"]["formatter"] = "json"
    logging.config.dictConfig(config)
    buffer = io.StringIO()
    (handler,) = logging.getLogger().handlers
    handler.setStream(buffer)
    yield buffer
    logging.config.dictConfig(settings.LOGGING)


def test_a_warning_during_a_request_is_one_json_line_with_the_request_id(json_log):
    response = Client().get("/api/search/", {"page": "many"})
    assert response.status_code == 400  # Django logs "Bad Request" as a warning
    lines = json_log.getvalue().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["level"] == "WARNING"
    assert record["logger"] == "django.request"
    assert record["message"] == "Bad Request: /api/search/"
    assert record["request_id"] == response["X-Request-ID"]
    assert len(response["X-Request-ID"]) == 32


def test_a_sane_request_id_from_the_proxy_is_kept_and_anything_else_replaced(json_log):
    kept = Client().get("/api/search/", {"page": "many"}, headers={"X-Request-ID": "lb-7f3a-0001"})
    assert kept["X-Request-ID"] == "lb-7f3a-0001"
    forged = Client().get("/api/search/", {"page": "many"}, headers={"X-Request-ID": 'x" injected'})
    assert forged["X-Request-ID"] != 'x" injected' and len(forged["X-Request-ID"]) == 32
    ids = [json.loads(line)["request_id"] for line in json_log.getvalue().splitlines()]
    assert ids == ["lb-7f3a-0001", forged["X-Request-ID"]]


def run_with_environment(code, **environment):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", **environment}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_log_format_json_in_the_environment_turns_every_line_into_json():
    result = run_with_environment(
        "import logging; logging.getLogger('portal.check').warning('two\\nlines')", LOG_FORMAT="json"
    )
    (line,) = result.stderr.splitlines()
    assert json.loads(line)["message"] == "two\nlines"
    assert json.loads(line)["request_id"] == "-"


def test_sentry_is_set_up_from_the_environment_without_personal_data():
    code = (
        "import sentry_sdk; c = sentry_sdk.get_client(); o = c.options; "
        "print(o['dsn'], o['environment'], o['release'], c.should_send_default_pii(), "
        "o['traces_sample_rate'])"
    )
    result = run_with_environment(
        code,
        SENTRY_DSN="http://public@127.0.0.1:9/1",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="portal@1.2.3",
    )
    assert result.stdout.split() == ["http://public@127.0.0.1:9/1", "staging", "portal@1.2.3", "False", "0.0"]
    assert not sentry_sdk.get_client().is_active()  # this process's settings: SENTRY_DSN unset


class CollectingTransport(Transport):
    def __init__(self, options=None):
        super().__init__(options)
        self.events = []

    def capture_envelope(self, envelope):
        if event := envelope.get_event():
            self.events.append(event)


@pytest.fixture
def sentry_events():
    transport = CollectingTransport()
    init_sentry("http://public@127.0.0.1:9/1", environment="test", transport=transport)
    yield transport.events
    sentry_sdk.get_client().close()
    sentry_sdk.get_global_scope().set_client(None)


@override_settings(ROOT_URLCONF=__name__)
def test_an_exception_in_a_view_is_reported_to_sentry(sentry_events):
    response = Client(raise_request_exception=False).get(
        "/broken/", headers={"Cookie": "sessionid=secret"}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 500
    sentry_sdk.flush()
    (event,) = sentry_events
    (exception,) = event["exception"]["values"]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "the view broke")
    assert event["environment"] == "test"
    assert event["tags"]["request_id"] == response["X-Request-ID"]
    assert "secret" not in json.dumps(event)
    assert "198.51.100.7" not in json.dumps(event)
