from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the portal shares: page base classes, the public page tree, phases,
    translatable-field lists, validators and language helpers. Depends on no app of ours."""

    name = "core"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import site_url  # noqa: F401 - registers the deploy check of the public address
        from core.cache import start_new_generation
        from core.publisher import PublisherName, PublisherSettings

        # The publisher is cached with the menus: a change to it starts a new generation.
        for model in (PublisherSettings, PublisherName):
            uid = f"publisher-{model.__name__}"
            post_save.connect(start_new_generation, sender=model, dispatch_uid=f"{uid}-saved")
            post_delete.connect(start_new_generation, sender=model, dispatch_uid=f"{uid}-deleted")
