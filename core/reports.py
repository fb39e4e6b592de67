"""What the portal's admin reports share."""

from django.http import HttpResponse


class SpreadsheetInAdminLanguageMixin:
    """For a Wagtail ReportView: the CSV/XLSX export is written while the admin's language is active
    (a streamed file would be written after it, in the default language)."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        if not getattr(response, "streaming", False):
            return response
        written = HttpResponse(b"".join(response.streaming_content), content_type=response["Content-Type"])
        written["Content-Disposition"] = response["Content-Disposition"]
        return written
