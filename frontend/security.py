"""Security headers Django's SecurityMiddleware does not send: a strict Content-Security-Policy and
a Permissions-Policy for the public site.

The public pages load nothing from other hosts and run no inline script or style, so the policy
allows only this origin. Wagtail's admin (its own inline scripts, previews in frames) keeps
Django's defaults and is left alone here.
"""

from django.conf import settings

DEFAULT_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


def content_security_policy():
    policy = {**DEFAULT_POLICY, **getattr(settings, "PORTAL_CSP_EXTRA", {})}
    if getattr(settings, "SECURE_SSL_REDIRECT", False):
        policy["upgrade-insecure-requests"] = []
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(EXEMPT_PREFIXES):
            return response
        response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response
