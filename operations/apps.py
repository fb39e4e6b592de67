from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Running the portal as a service: the worker, backups, fault handling, logging."""

    name = "operations"
    verbose_name = _("Operations")
