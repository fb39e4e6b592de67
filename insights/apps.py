from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "insights"
    verbose_name = _("Visitor insights")

    def ready(self):
        # The search views announce each search (search.signals.search_done); recording listens.
        from insights import recording  # noqa: F401 - connects the receiver
