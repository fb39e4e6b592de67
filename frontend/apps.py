from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontendConfig(AppConfig):
    name = "frontend"
    verbose_name = _("Public front end")

    def ready(self):
        from frontend import menu_cache  # noqa: F401  (connects the signals that refresh the menu)
