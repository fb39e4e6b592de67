"""The machine's ceiling for `python -m benchmarks.pages --served`: a WSGI app that answers every
request with the same bytes (no Django), under the same gunicorn and the same load."""

import os

BODY = b"<!DOCTYPE html>" + b"x" * int(os.environ.get("FIXED_APP_BYTES", "15000"))


def app(environ, start_response):
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]
    start_response("200 OK", headers)
    return [BODY]
