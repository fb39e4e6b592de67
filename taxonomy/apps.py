from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "taxonomy"
    verbose_name = _("Themes and legal bases")

    def ready(self):
        from taxonomy.names import connect_signals

        connect_signals()
