from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """The Atom feeds, per language: what is new, and every list a visitor can follow (a search,
    the initiatives and tools with their filters, a phase's advice, study trips, legal bases)."""

    name = "feeds"
