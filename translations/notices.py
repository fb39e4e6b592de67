from django.utils.translation import gettext, gettext_lazy

# One whole sentence per language: language names inflect differently in nb, sv and en.
NOT_YET_AVAILABLE = {
    "nb": gettext_lazy("This page is not yet available in Norwegian Bokmål."),
    "sv": gettext_lazy("This page is not yet available in Swedish."),
    "en": gettext_lazy("This page is not yet available in English."),
}


def not_yet_available_in(language_code):
    message = NOT_YET_AVAILABLE.get(language_code)
    return str(message) if message else gettext("This page is not yet available in your language.")
