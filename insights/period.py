"""The period filter both reports share: from and to dates, checked so that a bad date or a
period that ends before it starts says so plainly instead of showing every record."""

import django_filters
from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import AdminDateInput

from core.reports import SpreadsheetInAdminLanguageMixin

BAD_DATE = _("Enter a date as YYYY-MM-DD, for example 2026-01-31.")


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(
                gettext("The period ends before it starts: pick a “to” date after the “from” date.")
            )
        return cleaned


class PeriodFilterSet(WagtailFilterSet):
    date_from = django_filters.DateFilter(
        field_name="day",
        lookup_expr="gte",
        label=_("From"),
        widget=AdminDateInput,
        error_messages={"invalid": BAD_DATE},
    )
    date_to = django_filters.DateFilter(
        field_name="day",
        lookup_expr="lte",
        label=_("To"),
        widget=AdminDateInput,
        error_messages={"invalid": BAD_DATE},
    )
    locale = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All")
    )

    class Meta:
        form = PeriodForm
        fields = []

    def errors_text(self):
        return [str(message) for messages in self.form.errors.values() for message in messages]


class PeriodMixin(SpreadsheetInAdminLanguageMixin):
    """For a ReportView: a bad period shows its errors and no rows, with status 400."""

    results_template_name = "insights/report_results.html"

    @property
    def period_invalid(self):
        return bool(self.filters) and self.filters.is_bound and not self.filters.is_valid()

    def filter_queryset(self, queryset):
        if self.period_invalid:
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["period_errors"] = self.filters.errors_text() if self.period_invalid else []
        return context

    def dispatch(self, request, *args, **kwargs):
        # A plain 403, not Wagtail's redirect to the dashboard: the report is not theirs to see.
        if not self.user_has_permission(self.permission_required):
            return render(request, "insights/forbidden.html", {"title": self.page_title}, status=403)
        return super().dispatch(request, *args, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        if self.period_invalid:
            response_kwargs["status"] = 400
            self.is_export = False  # no spreadsheet of nothing: the page with the message
        return super().render_to_response(context, **response_kwargs)
