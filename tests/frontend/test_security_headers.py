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
