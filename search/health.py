"""What /healthz says about search. The search engines extend this."""

from django.conf import settings


def search_health():
    if settings.ELASTICSEARCH_URL:
        from search.engines import engine_health

        return engine_health()
    return {"engine": "embedded", "reachable": True}
