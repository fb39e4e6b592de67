from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the portal shares: page base classes, the public page tree, phases,
    translatable-field lists, validators and language helpers. Depends on no app of ours."""

    name = "core"

    def ready(self):
        from core import site_url  # noqa: F401 - registers the deploy check of the public address
        from core.frontend_cache import connect_signals

        connect_signals()
