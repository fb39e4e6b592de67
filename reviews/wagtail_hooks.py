from django.urls import path, reverse
from django.utils import formats
from django.utils.dateparse import parse_date
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from reviews.dashboard import ReviewsDuePanel
from reviews.report import ReviewDueView
from reviews.views import MARKED, MarkReviewedView
from reviews.visible import with_last_reviewed

REPORT_PERMISSION = "reviews.view_contentreview"


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("reports/review-due/", ReviewDueView.as_view(), name="reviews_due_report"),
        path(
            "reports/review-due/results/",
            ReviewDueView.as_view(results_only=True),
            name="reviews_due_report_results",
        ),
        path("reviews/<int:page_id>/", MarkReviewedView.as_view(), name="reviews_mark_reviewed"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReportMenuItem(
        _("Content due for review"),
        reverse("reviews_due_report"),
        name="review-due",
        icon_name="calendar-check",
        order=920,
    )


class MarkReviewedButton(PageMenuItem):
    label = _("Mark as reviewed")
    icon_name = "calendar-check"

    def is_shown(self, user):
        return self.page.depth > 1 and self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        url = reverse("reviews_mark_reviewed", args=[self.page.pk])
        return f"{url}?{urlencode({'next': self.next_url})}" if self.next_url else url


@hooks.register("register_page_header_buttons")
def page_header_mark_reviewed(page, user, view_name, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=67)


@hooks.register("register_page_listing_more_buttons")
def page_listing_mark_reviewed(page, user, next_url=None):
    yield MarkReviewedButton(page=page, next_url=next_url, priority=55)


@hooks.register("construct_served_page_queryset")
def served_pages_carry_their_review_date(pages):
    return with_last_reviewed(pages)


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    panels.append(ReviewsDuePanel())


class MarkedFormatter(LogFormatter):
    label = _("Mark as reviewed")

    def format_message(self, log_entry):
        day = parse_date(log_entry.data.get("review_by") or "")
        if day is None:
            return gettext("Marked as reviewed")
        return gettext("Marked as reviewed; next review by %(date)s") % {"date": formats.date_format(day)}


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(MARKED)(MarkedFormatter)
