import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

LANGUAGE_SHAPED = re.compile(r"^/([a-z]{2,3})(?:[-_][a-zA-Z]{2,4})?(?:/|$)")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that /xx/... (a language we do not have)
    answers 404 in the visitor's language instead of redirecting to /nb/xx/."""

    def process_response(self, request, response):
        match = LANGUAGE_SHAPED.match(request.path_info)
        known = {code for code, _name in settings.LANGUAGES}
        if response.status_code == 404 and match and match.group(1) not in known:
            response.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
