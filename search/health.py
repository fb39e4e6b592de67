"""What /healthz says about search: the engine that answers, whether it is reachable, its circuit
breaker, the fallback in use when a configured Elasticsearch is not, and a `status`: "ok",
"degraded" (Elasticsearch unreachable, the embedded engine answers) or "stale" (Elasticsearch
missed writes that `heal_search_index` has yet to replay; `pending` says how many documents)."""


def search_health():
    from search.engines import elasticsearch_engine, engine_health
    from search.outbox import pending_count

    health = engine_health()
    if elasticsearch_engine() is None:
        health["status"] = "ok" if health.get("reachable") else "error"
        return health
    try:
        pending = pending_count("elasticsearch")
    except Exception:  # noqa: BLE001 - the database's own health is reported beside this
        pending = 0
    if pending:
        health.update(status="stale", pending=pending)
    else:
        health["status"] = "ok" if health.get("reachable") else "degraded"
    return health
