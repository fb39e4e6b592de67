from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from insights.feedback_report import PageFeedbackView
from insights.search_report import SearchInsightsView

REPORTS = [
    ("search-insights", SearchInsightsView, "insights_search_report", "insights.view_searchrecord"),
    ("page-feedback", PageFeedbackView, "insights_feedback_report", "insights.view_pagefeedback"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for slug, view, name, _permission in REPORTS:
        urls += [
            path(f"reports/{slug}/", view.as_view(), name=name),
            path(f"reports/{slug}/results/", view.as_view(results_only=True), name=f"{name}_results"),
        ]
    return urls


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_reports_menu_item")
def register_search_insights_menu_item():
    return PermissionMenuItem(
        _("Search insights"),
        reverse("insights_search_report"),
        name="search-insights",
        icon_name="search",
        order=900,
        permission=REPORTS[0][3],
    )


@hooks.register("register_reports_menu_item")
def register_page_feedback_menu_item():
    return PermissionMenuItem(
        _("Page feedback"),
        reverse("insights_feedback_report"),
        name="page-feedback",
        icon_name="comment",
        order=910,
        permission=REPORTS[1][3],
    )
