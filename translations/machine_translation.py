"""Machine translation for translators, switched on by settings only (DEEPL_API_KEY, see settings).

wagtail-localize's DeepL translator asks for target "EN", which DeepL no longer accepts
(it wants EN-GB or EN-US), and turns any DeepL error into a server error. This one asks for
British English and, when DeepL fails, logs it and translates nothing (the translator carries on by hand).
"""

import logging

import requests
from wagtail_localize.machine_translators.deepl import DeepLTranslator

logger = logging.getLogger(__name__)

DEEPL_TARGETS = {"en": "EN-GB", "nb": "NB", "sv": "SV"}


class PortalDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        target = DEEPL_TARGETS.get(target_locale.language_code.lower())
        if target:
            parameters["target_lang"] = target
        return parameters

    def translate(self, source_locale, target_locale, strings):
        try:
            return super().translate(source_locale, target_locale, strings)
        except (requests.RequestException, ValueError, KeyError) as error:
            logger.warning("DeepL translation failed (%s); nothing was machine translated.", error)
            return {}
