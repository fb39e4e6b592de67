"""What both insight reports share: one report shown several ways (`?show=…`), each way with
its own columns on screen and fields in the CSV export."""

from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column


class ShownWaysMixin:
    views: list = []  # [(key, label)]
    fields: dict = {}  # {key: [field, …]}
    headings: dict = {}  # {field: label}
    default_view = ""

    @cached_property
    def view(self):
        chosen = self.request.GET.get("show", self.default_view)
        return chosen if chosen in dict(self.views) else self.default_view

    @property
    def list_export(self):
        return self.fields[self.view]

    @property
    def columns(self):
        return [Column(name, label=self.headings[name]) for name in self.fields[self.view]]
