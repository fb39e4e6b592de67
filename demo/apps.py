from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content as data files (demo/content/) and the `load_demo_content` command that loads them.

    No models and nothing a visitor or editor sees, so its name needs no translation."""

    name = "demo"
