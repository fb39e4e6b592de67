"""The search insights report (/admin/reports/search-insights/): what visitors search for, for a
chosen period: the top queries, the queries that found nothing, the searches per language and the
filters people choose. Each view of it exports as CSV or XLSX."""

from collections import Counter

import django_filters
from django.conf import settings
from django.db.models import Count, Max, Q, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from insights.models import SearchRecord
from insights.period import PeriodFilterSet, PeriodMixin
from insights.report_views import ShownWaysMixin

TOP, NO_RESULTS, LANGUAGES, FILTERS = "top", "no-results", "languages", "filters"
VIEWS = [
    (TOP, _("Top queries")),
    (NO_RESULTS, _("Queries with no results")),
    (LANGUAGES, _("Searches by language")),
    (FILTERS, _("Filters used")),
]
HEADINGS = {
    "query": _("Query"),
    "locale": _("Language"),
    "searches": _("Searches"),
    "results": _("Results"),
    "queries": _("Different queries"),
    "no_results": _("Searches with no results"),
    "facet": _("Filter"),
    "value": _("Value"),
}
FIELDS = {
    TOP: ["query", "locale", "searches", "results"],
    NO_RESULTS: ["query", "locale", "searches"],
    LANGUAGES: ["locale", "searches", "queries", "no_results"],
    FILTERS: ["facet", "value", "locale", "searches"],
}


class SearchInsightsFilterSet(PeriodFilterSet):
    show = django_filters.ChoiceFilter(
        label=_("Show"), choices=VIEWS, empty_label=None, method="keep", null_label=None
    )

    class Meta(PeriodFilterSet.Meta):
        model = SearchRecord

    def keep(self, queryset, name, value):
        return queryset  # chooses the table, not the rows


def language_name(code):
    return str(dict(settings.LANGUAGES).get(code, code))


class SearchInsightsView(ShownWaysMixin, PeriodMixin, ReportView):
    page_title = _("Search insights")
    header_icon = "search"
    index_url_name = "insights_search_report"
    index_results_url_name = "insights_search_report_results"
    filterset_class = SearchInsightsFilterSet
    permission_policy = ModelPermissionPolicy(SearchRecord)
    permission_required = "view"
    export_filename = "search-insights"
    export_headings = HEADINGS
    paginate_by = 50

    views, fields, headings, default_view = VIEWS, FIELDS, HEADINGS, TOP

    def get_queryset(self):
        return SearchRecord.objects.all()

    def get_filtered_queryset(self):
        records = self.filter_queryset(self.get_queryset())
        if self.view == TOP:
            rows = records.exclude(query="").values("query", "locale")
            return rows.annotate(searches=Sum("searches"), results=Max("results")).order_by(
                "-searches", "query"
            )
        if self.view == NO_RESULTS:
            rows = records.exclude(query="").filter(results=0).values("query", "locale")
            return rows.annotate(searches=Sum("searches")).order_by("-searches", "query")
        if self.view == LANGUAGES:
            return [
                {**row, "locale": language_name(row["locale"])}
                for row in records.values("locale")
                .annotate(
                    # "searches" last: once it names the sum, it no longer names the field
                    queries=Count("query", distinct=True, filter=~Q(query="")),
                    no_results=Sum("searches", filter=Q(results=0), default=0),
                    searches=Sum("searches"),
                )
                .order_by("-searches")
            ]
        return self.filter_counts(records)

    def filter_counts(self, records):
        counts = Counter()
        for record in records.exclude(filters="").only("filters", "locale", "searches"):
            for facet, value in record.filter_pairs():
                counts[(facet, value, record.locale)] += record.searches
        return [
            {"facet": facet, "value": value, "locale": locale, "searches": searches}
            for (facet, value, locale), searches in sorted(
                counts.items(), key=lambda item: (-item[1], item[0])
            )
        ]
