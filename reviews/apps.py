from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Content review")

    def ready(self):
        # A first publish schedules a page's review; a changed review empties its cached date.
        from reviews import signals  # noqa: F401 - connects the receivers
