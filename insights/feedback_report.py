"""The page feedback report (/admin/reports/page-feedback/): per page and language how many
visitors found it useful and how many did not, and the comments they left, for a chosen period.
Each view of it exports as CSV or XLSX."""

import django_filters
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from insights.models import PageFeedback
from insights.period import PeriodFilterSet, PeriodMixin
from insights.report_views import ShownWaysMixin
from insights.search_report import language_name

COUNTS, COMMENTS = "counts", "comments"
VIEWS = [(COUNTS, _("Answers per page")), (COMMENTS, _("Comments"))]
HEADINGS = {
    "page_title": _("Page"),
    "locale": _("Language"),
    "yes": _("Useful"),
    "no": _("Not useful"),
    "day": _("Day"),
    "comment": _("Comment"),
}
FIELDS = {COUNTS: ["page_title", "locale", "yes", "no"], COMMENTS: ["day", "page_title", "locale", "comment"]}


class PageFeedbackFilterSet(PeriodFilterSet):
    show = django_filters.ChoiceFilter(label=_("Show"), choices=VIEWS, empty_label=None, method="keep")

    class Meta(PeriodFilterSet.Meta):
        model = PageFeedback

    def keep(self, queryset, name, value):
        return queryset  # chooses the table, not the rows


class PageFeedbackView(ShownWaysMixin, PeriodMixin, ReportView):
    page_title = _("Page feedback")
    header_icon = "comment"
    index_url_name = "insights_feedback_report"
    index_results_url_name = "insights_feedback_report_results"
    filterset_class = PageFeedbackFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    export_filename = "page-feedback"
    export_headings = HEADINGS
    paginate_by = 50

    views, fields, headings, default_view = VIEWS, FIELDS, HEADINGS, COUNTS

    def get_queryset(self):
        return PageFeedback.objects.all()

    def get_filtered_queryset(self):
        answers = self.filter_queryset(self.get_queryset()).annotate(page_title=F("page__title"))
        if self.view == COMMENTS:
            rows = answers.exclude(comment="").order_by("-day", "-pk")
            return [{**row, "locale": language_name(row["locale"])} for row in rows.values(*FIELDS[COMMENTS])]
        rows = (
            answers.values("page", "page_title", "locale")
            .annotate(yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False)))
            .order_by("-no", "-yes", "page_title")
        )
        return [{**row, "locale": language_name(row["locale"])} for row in rows]
