"""Serve a page that has no translation yet at its fallback URL (see navigation.languages)."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from core.public_tree import public
from navigation.languages import language_codes

WAGTAIL_SERVE = "wagtail_serve"


def route_in_locale(request, locale, path_components):
    """(page, args, kwargs) for the path in one locale's tree, or None."""
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(locale) if site else None
    if home is None:
        return None
    try:
        return home.specific.route(request, path_components)
    except Http404:
        return None


def find_source_page(request, path, language):
    """The page at `path` in another language's tree: the default language first."""
    components = [component for component in path.split("/") if component]
    others = [code for code in language_codes() if code != language]
    others.sort(key=lambda code: code != settings.LANGUAGE_CODE)
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=others)}
    for code in others:
        if code in locales and (route := route_in_locale(request, locales[code], components)):
            return route
    return None


def serve(page, request, args, kwargs):
    """Serve a page as wagtail.views.serve does, honouring the before/on serve hooks."""
    chain = lambda page, request, args, kwargs: page.serve(request, *args, **kwargs)  # noqa: E731
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)


class UntranslatedPageMiddleware:
    """When /<language>/<path> finds no page in that language, look for <path> in the other
    languages' trees. Found, and translated into <language> after all (under another slug):
    redirect there. Found and not translated: show it, in the <language> interface, with the
    "not yet translated" notice (the templates see page.locale != the active language)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = getattr(request, "resolver_match", None)
        if not isinstance(exception, Http404) or match is None or match.url_name != WAGTAIL_SERVE:
            return None
        path = match.args[0] if match.args else ""
        if Page.route_for_request(request, path) is not None:
            return None  # the page exists in this language and answered 404 itself
        language = get_language()
        route = find_source_page(request, path, language)
        if route is None:
            return None
        page, args, kwargs = route
        # A restricted translation is not named to the public: its source is shown instead.
        translation = public(
            Page.objects.filter(
                translation_key=page.translation_key, locale__language_code=language, live=True
            )
        ).first()
        if translation is not None:
            return HttpResponseRedirect(translation.get_url(request))
        return serve(page, request, args, kwargs)
