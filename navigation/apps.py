from django.apps import AppConfig


class NavigationConfig(AppConfig):
    """How visitors and crawlers find their way: menus, breadcrumbs, language links, related
    content, sitemap.xml and robots.txt."""

    name = "navigation"

    def ready(self):
        from navigation import cache  # noqa: F401  (connects the signals that refresh the menu)
