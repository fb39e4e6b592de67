from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from translations.permissions import ensure_translators_group

        # After every app's migrations (not only ours): the permissions of later apps exist by the last one.
        post_migrate.connect(ensure_translators_group, dispatch_uid="translations.ensure_translators_group")
