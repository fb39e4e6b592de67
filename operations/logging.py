"""Logging and error reporting for a running installation: a request id on every log record,
the LOGGING dictionary (plain text or one JSON object per line) and Sentry.

Imported by the settings, so nothing here may import Django models.
"""

import logging
from contextvars import ContextVar

# The id of the request being served in this thread or task; "-" outside a request.
request_id = ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every record, whichever logger wrote it."""

    def filter(self, record):
        record.request_id = request_id.get()
        return True


class SkipDatabaseOutage(logging.Filter):
    """Drops Django's "Internal Server Error" record (with its traceback) for a request that the
    database outage middleware answers with a 503: that middleware logs the failure in one line."""

    def filter(self, record):
        request = getattr(record, "request", None)
        return not getattr(request, "database_unavailable", False)


# LOGGING's formatters: plain lines, or (LOG_FORMAT=json) one JSON object per line, which log
# collectors read without having to piece multi-line tracebacks together.
FORMATTERS = {
    "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
    },
}


def log_format(value):
    """LOG_FORMAT checked, so a typo fails at start-up rather than silently logging plain text."""
    value = (value or "text").strip().lower()
    if value not in FORMATTERS:
        raise ValueError(f"LOG_FORMAT must be one of {', '.join(FORMATTERS)}, not {value!r}")
    return value


def init_sentry(dsn, environment="", release="", traces_sample_rate=0.0, **options):
    """Report errors to Sentry: no personal data (no cookies, user names or IP addresses), and
    performance tracing only when a sample rate is given."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    return sentry_sdk.init(
        dsn=dsn,
        environment=environment or None,
        release=release or None,
        integrations=[DjangoIntegration()],
        # No send_default_pii=False: off is the default, and sentry-sdk 2.75 deprecates the option.
        traces_sample_rate=traces_sample_rate,
        **options,
    )
