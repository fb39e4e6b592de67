"""What /healthz says about search: the engine that answers, whether it is reachable, and the
fallback in use when a configured Elasticsearch is not."""


def search_health():
    from search.engines import engine_health

    return engine_health()
