from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translations.permissions import can_see_translation_report
from translations.report import DRAFT, MISSING, OUTDATED, TranslationReport

STATUS_LABELS = {MISSING: _("Missing"), DRAFT: _("Not published"), OUTDATED: _("Out of date")}


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    """Per locale: what is missing, unpublished or out of step, each with a link to act on it."""

    template_name = "translations/report.html"
    page_title = _("Translation status")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("translations_report"), "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = TranslationReport()
        by_code = {locale.language_code: locale for locale in report.locales}
        chosen_locale = by_code.get(self.request.GET.get("locale", ""))
        chosen_status = self.request.GET.get("status")
        chosen_status = chosen_status if chosen_status in STATUS_LABELS else None
        counts = report.counts()
        labels = list(STATUS_LABELS.items())
        context.update(
            {
                "summary": [
                    (
                        locale,
                        [(status, label, counts[locale.language_code][status]) for status, label in labels],
                    )
                    for locale in report.locales
                ],
                "rows": report.rows(chosen_locale, chosen_status),
                "status_labels": STATUS_LABELS,
                "chosen_locale": chosen_locale,
                "default_locale": report.default_locale,
                "chosen_status_label": STATUS_LABELS.get(chosen_status),
            }
        )
        return context
