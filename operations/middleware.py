"""Request ids for the logs, and a 503 instead of a 500 per request while the database is down."""

import logging
import re
import sys
import uuid

import sentry_sdk
from django.conf import settings
from django.core.signals import got_request_exception, request_finished
from django.db.utils import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from operations.logging import request_id

logger = logging.getLogger("operations.database")

# An id from the proxy is kept only when it cannot smuggle anything into a log line or a header.
VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
JSON_PREFIXES = ("/api/",)


def request_id_for(environ):
    """The proxy's X-Request-ID when it is a sane one, else a new id."""
    given = environ.get("HTTP_X_REQUEST_ID", "")
    return given if VALID_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex


class RequestIdMiddleware:
    """Gives each request an id (the proxy's X-Request-ID when it sends a sane one), puts it on every
    log record written while the request is served and sends it back in X-Request-ID."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = request_id_for(request.META)
        request.request_id = value
        # Kept until the response is closed: Django logs a 4xx or 5xx after the middleware is done.
        request_id.set(value)
        sentry_sdk.set_tag("request_id", value)
        response = self.get_response(request)
        response["X-Request-ID"] = value
        return response


@receiver(request_finished, dispatch_uid="operations.middleware.forget_request_id")
def forget_request_id(sender, **kwargs):
    request_id.set("-")


def database_error(error, depth=5):
    """The database connection error behind `error` (itself or what it was raised from), if any."""
    while error is not None and depth:
        if isinstance(error, DATABASE_ERRORS):
            return error
        error = error.__cause__ or error.__context__
        depth -= 1
    return None


@receiver(got_request_exception, dispatch_uid="operations.middleware.note_database_failure")
def note_database_failure(sender, request=None, **kwargs):
    """Django turns an exception in a middleware (loading the session, say) into a 500 before the
    middleware outside it sees it; marking the request lets DatabaseUnavailableMiddleware answer
    503 instead and operations.logging.SkipDatabaseOutage drop the traceback."""
    error = database_error(sys.exc_info()[1])
    if request is not None and error is not None:
        request.database_unavailable = error


class DatabaseUnavailableMiddleware:
    """While the database cannot be reached: a 503 with Retry-After (a page in the visitor's
    language, JSON for the API) and one log line per request instead of a 500 with a traceback.
    Nothing is kept between requests, so the first request after the database is back succeeds.

    Belongs early in MIDDLEWARE, before the session and authentication middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS as error:  # only when exceptions propagate (e.g. in some test setups)
            return self.unavailable(request, error)
        error = getattr(request, "database_unavailable", None)
        if error is not None and response.status_code == 500:
            return self.unavailable(request, error)
        return response

    def process_exception(self, request, exception):
        error = database_error(exception)
        if error is None:
            return None
        request.database_unavailable = error
        return self.unavailable(request, error)

    def unavailable(self, request, error):
        summary = " ".join(str(error).split())[:300]
        logger.warning(
            "Database unavailable, answered 503: %s %s (%s: %s)",
            request.method,
            request.path,
            type(error).__name__,
            summary,
        )
        language = (
            translation.get_language_from_path(request.path_info)
            or translation.get_language()
            or settings.LANGUAGE_CODE
        )
        with translation.override(language):
            if request.path_info.startswith(JSON_PREFIXES):
                message = gettext("The service is temporarily unavailable. Please try again shortly.")
                response = JsonResponse(
                    {"error": {"code": "database_unavailable", "message": message}}, status=503
                )
            else:
                # No request in the context: the page must not run anything that reads the database.
                page = render_to_string("503.html", {"LANGUAGE_CODE": language})
                response = HttpResponse(page, status=503)
                response["Content-Language"] = language
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
