"""Which of the portal's languages a visitor wants."""

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

# Browsers send "no" or "nn" for Norwegian; Bokmål is what we have.
LANGUAGE_ALIASES = {"no": "nb", "nn": "nb", "nb-no": "nb", "no-no": "nb", "nn-no": "nb"}


def supported(code):
    code = LANGUAGE_ALIASES.get(code.lower(), code)
    try:
        return get_supported_language_variant(code)
    except LookupError:
        return None


def preferred_language(request):
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie and supported(cookie):
        return supported(cookie)
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code != "*" and supported(code):
            return supported(code)
    return settings.LANGUAGE_CODE
