"""Admin views of the bulk PO exchange: a page with an export per language and an upload form,
the zip download, and the import with its per-file outcome."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translations import archive, exchange
from translations.permissions import can_see_translation_report
from translations.report import MISSING, OUTDATED, TranslationReport
from translations.templatetags.translation_tags import language_in_sentence


def check_permission(request):
    if not can_see_translation_report(request.user):
        raise PermissionDenied


class ExchangeView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/exchange.html"
    page_title = gettext_lazy("Exchange PO files")
    header_icon = "site"
    result = None
    status = 200

    def dispatch(self, request, *args, **kwargs):
        check_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translations_report"), "label": _("Translation status")},
            {"url": reverse("translations_exchange"), "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = TranslationReport()
        counts = report.counts()
        context["locales"] = [
            (locale, counts[locale.language_code][MISSING], counts[locale.language_code][OUTDATED])
            for locale in report.locales
            if locale != report.default_locale
        ]
        context["max_size"] = archive.limit("TRANSLATION_ARCHIVE_MAX_BYTES")
        context["result"] = self.result
        return context

    def post(self, request, *args, **kwargs):
        """Import an uploaded archive: the good files applied, the bad ones listed with why."""
        try:
            files = archive.read(request.FILES.get("archive"))
        except archive.RejectedArchive as rejection:
            self.result, self.status = {"error": str(rejection)}, 400
        else:
            applied, rejected = exchange.import_archive(files, request.user)
            self.result = {"applied": applied, "rejected": rejected}
            self.status = 400 if rejected and not applied else 200
        response = self.get(request, *args, **kwargs)
        response.status_code = self.status
        return response


@require_POST
def export_locale(request, language_code):
    check_permission(request)
    report = TranslationReport()
    locale = next((locale for locale in report.locales if locale.language_code == language_code), None)
    if locale is None or locale == report.default_locale:
        raise Http404
    files, readme = exchange.export_archive(locale)
    if not files:
        messages.info(
            request,
            _("Nothing to translate into %(language)s.") % {"language": language_in_sentence(language_code)},
        )
        return redirect("translations_exchange")
    response = HttpResponse(archive.build(files, readme), content_type="application/zip")
    name = f"translations-{language_code}-{timezone.now():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
