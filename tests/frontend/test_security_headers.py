import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_send_a_strict_content_security_policy(client, site):
    response = client.get("/nb/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


def test_public_pages_send_the_other_security_headers(client, site):
    response = client.get("/nb/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


def test_error_pages_carry_the_policy_too(client, site):
    response = client.get("/nb/finnes-ikke/")
    assert response.status_code == 404
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_admin_keeps_wagtails_own_inline_scripts_working(client, site):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_public_templates_have_no_inline_scripts_or_styles(client, site):
    html = client.get("/en/").content.decode()
    assert "<script>" not in html and "<script src" not in html.replace('<script src="/static/', "")
    assert " style=" not in html


def test_the_policy_comes_from_django_csp_with_every_directive(client, site):
    policy = client.get("/nb/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives == {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }


def test_production_keeps_hsts_and_upgrades_insecure_requests():
    """The production settings as an installation loads them (HTTPS redirect on by default)."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from csp.utils import build_policy; "
        "print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS); print(build_policy())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "test-only-" + "x" * 50,
    }
    env.pop("SECURE_SSL_REDIRECT", None)
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    hsts, policy = result.stdout.splitlines()
    assert hsts == "31536000 True"
    assert "upgrade-insecure-requests" in policy and "default-src 'self'" in policy
