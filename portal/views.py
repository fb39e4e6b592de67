from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.languages import preferred_language
from search.health import search_health


@require_safe
def language_redirect(request):
    """Send a visitor at / to the home page in the language they asked for."""
    language = preferred_language(request)
    translation.activate(language)
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


def database_health():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        reachable = True
    except Exception:  # noqa: BLE001 - any failure means "not reachable" here
        reachable = False
    return {"engine": connection.vendor, "reachable": reachable}


@never_cache
@require_safe
def healthz(request):
    database = database_health()
    status = 200 if database["reachable"] else 503
    return JsonResponse(
        {"status": "ok" if status == 200 else "error", "database": database, "search": search_health()},
        status=status,
    )
