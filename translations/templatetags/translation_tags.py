from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page

register = template.Library()


def page_in_language(page, language_code):
    """The live page a visitor lands on in another language: its translation,
    or else the home page of that language."""
    translation = page.get_translation_or_none(Locale.objects.get_for_language(language_code)) if page else None
    if translation and translation.live:
        return translation
    return None


@register.inclusion_tag("translations/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    current = request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else settings.LANGUAGE_CODE
    languages = []
    for code, _name in settings.LANGUAGES:
        if page is not None:
            target = page_in_language(page, code)
            url = target.get_url(request) if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        languages.append({"code": code, "name": info["name_local"], "url": url, "current": code == current})
    return {"languages": languages}
