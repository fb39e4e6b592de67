from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """The Atom feed of new initiatives and tools, one per language."""

    name = "feeds"
