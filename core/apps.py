from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the portal shares: page base classes, the public page tree, phases,
    translatable-field lists, validators and language helpers. Depends on no app of ours."""

    name = "core"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import site_url  # noqa: F401 - registers the deploy check of the public address
        from core.publisher import PublisherName, PublisherSettings, publisher_changed

        # Each process keeps the publisher until a change to it sets a new version.
        for model in (PublisherSettings, PublisherName):
            uid = f"publisher-{model.__name__}"
            post_save.connect(publisher_changed, sender=model, dispatch_uid=f"{uid}-saved")
            post_delete.connect(publisher_changed, sender=model, dispatch_uid=f"{uid}-deleted")

        from core.frontend_cache import connect_signals

        connect_signals()
