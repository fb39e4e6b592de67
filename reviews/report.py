"""The report of pages due for review (/admin/reports/review-due/): overdue and soon-due pages per
owner, with links to edit them and to mark them reviewed; exported as CSV or XLSX. Bad filter
values show a message and no rows, with status 400."""

import django_filters
from django.conf import settings
from django.contrib.auth.models import Group
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from core.reports import SpreadsheetInAdminLanguageMixin
from reviews.due import in_state, per_owner, reviews_for
from reviews.models import SOON_DAYS, ContentReview, ReviewState

DUE = "due"
STATES = [
    (DUE, _("Overdue or due soon")),
    (ReviewState.OVERDUE, _("Overdue")),
    (ReviewState.SOON, _("Due soon")),
    ("all", _("All pages")),
]
HEADINGS = {
    "page": _("Page"),
    "language": _("Language"),
    "owner": _("Owner"),
    "review_by": _("Review by"),
    "state": _("Status"),
    "last_reviewed": _("Last reviewed"),
    "last_reviewed_by": _("Last reviewed by"),
    "edit_url": _("Edit in the admin"),
}


def title_of(review):
    return review.page.get_admin_display_title()


def language_name(review):
    return review.page.locale.get_display_name()  # in its own language, as Wagtail labels locales


def owner_name(review):
    return review.owner.name if review.owner else gettext("No owner")


def reviewer_name(review):
    user = review.last_reviewed_by
    return (user.get_full_name() or user.get_username()) if user else ""


def edit_url(review):
    return reverse("wagtailadmin_pages:edit", args=[review.page_id])


class ReviewDueFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(label=_("Show"), choices=STATES, empty_label=None, method="keep")
    owner = django_filters.ModelChoiceFilter(
        label=_("Owner"),
        queryset=Group.objects.order_by("name"),
        empty_label=_("All owners"),
        null_label=_("No owner"),
    )
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="page__locale__language_code",
        choices=settings.LANGUAGES,
        empty_label=_("All"),
    )

    class Meta:
        model = ContentReview
        fields = []

    def keep(self, queryset, name, value):
        return queryset  # the view applies the state, with its default when none is chosen

    def errors_text(self):
        return [str(message) for messages in self.form.errors.values() for message in messages]


def back_url(table_context):
    """The report as shown (filters and page kept), for "Mark as reviewed" to come back to."""
    query = table_context["request"].GET.copy()
    query.pop("_w_filter_fragment", None)
    base = table_context["table"].base_url
    return f"{base}?{query.urlencode()}" if query else base


class CellColumn(Column):
    """A column whose cell is one of our templates, given the review as `review`."""

    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["review"] = instance
        context["back_url"] = back_url(parent_context)
        return context


class ReviewDueView(SpreadsheetInAdminLanguageMixin, ReportView):
    page_title = _("Content due for review")
    header_icon = "calendar-check"
    index_url_name = "reviews_due_report"
    index_results_url_name = "reviews_due_report_results"
    results_template_name = "reviews/report_results.html"
    filterset_class = ReviewDueFilterSet
    permission_policy = ModelPermissionPolicy(ContentReview)
    permission_required = "view"
    export_filename = "content-due-for-review"
    export_headings = HEADINGS
    list_export = list(HEADINGS)
    paginate_by = 50
    columns = [
        TitleColumn("page", label=_("Page"), accessor=title_of, get_url=edit_url),
        Column("language", label=_("Language"), accessor=language_name),
        Column("owner", label=_("Owner"), accessor=owner_name),
        CellColumn("review_by", "reviews/cells/review_by.html", label=_("Review by")),
        CellColumn("last_reviewed", "reviews/cells/last_reviewed.html", label=_("Last reviewed")),
        CellColumn("mark", "reviews/cells/mark.html", label=_("Review")),
    ]

    @cached_property
    def filters_invalid(self):
        return bool(self.filters) and self.filters.is_bound and not self.filters.is_valid()

    @cached_property
    def state(self):
        chosen = self.request.GET.get("state") or DUE
        return chosen if chosen in dict(STATES) else DUE

    def dispatch(self, request, *args, **kwargs):
        # A plain 403, not Wagtail's redirect to the dashboard: the report is not theirs to see.
        if not self.user_has_permission(self.permission_required):
            return render(request, "reviews/forbidden.html", {"title": self.page_title}, status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return per_owner(in_state(reviews_for(self.request.user), self.state))

    def filter_queryset(self, queryset):
        if self.filters_invalid:
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filter_errors"] = self.filters.errors_text() if self.filters_invalid else []
        context["soon_days"] = SOON_DAYS
        context["state"] = self.state
        return context

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": gettext("Pages due for review")}

    def to_row_dict(self, review):
        values = {
            "page": title_of(review),
            "language": language_name(review),
            "owner": owner_name(review),
            "review_by": review.review_by,
            "state": review.state_label,
            "last_reviewed": review.last_reviewed or "",
            "last_reviewed_by": reviewer_name(review),
            "edit_url": settings.WAGTAILADMIN_BASE_URL + edit_url(review),
        }
        return {field: values[field] for field in self.list_export}

    def render_to_response(self, context, **response_kwargs):
        if self.filters_invalid:
            response_kwargs["status"] = 400
            self.is_export = False  # no spreadsheet of nothing: the page with the message
        return super().render_to_response(context, **response_kwargs)
