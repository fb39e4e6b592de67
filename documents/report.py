"""The report of documents to check (/admin/reports/documents-to-check/): documents whose text could
not be read (with the reason) and PDFs carrying JavaScript or embedded files, each linked to its
edit page; exported as CSV or XLSX. Editors see the documents they may edit."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from core.reports import SpreadsheetInAdminLanguageMixin
from documents.extraction import ERRORS
from documents.models import DocumentText

HEADINGS = {
    "title": _("Document"),
    "problems": _("What to check"),
    "collection": _("Collection"),
    "created_at": _("Uploaded"),
    "edit_url": _("Edit in the admin"),
}


def documents_to_check(documents):
    """The documents among `documents` that an editor should look at, each with `unreadable_error`
    (the stored reason its current file could not be read, or None)."""
    unreadable = DocumentText.objects.filter(
        document=OuterRef("pk"), file_hash=OuterRef("file_hash"), status=DocumentText.Status.UNREADABLE
    )
    return (
        documents.annotate(unreadable_error=Subquery(unreadable.values("error")[:1]))
        .filter(Q(Exists(unreadable)) | Q(has_javascript=True) | Q(has_embedded_files=True))
        .select_related("collection")
        .order_by("-created_at", "-pk")
    )


def problems(document):
    found = []
    if document.unreadable_error is not None:
        reason = ERRORS.get(document.unreadable_error.partition(": ")[0], ERRORS["broken"])
        found.append(gettext("Text could not be read: %(reason)s") % {"reason": reason})
    if document.has_javascript:
        found.append(gettext("Contains JavaScript"))
    if document.has_embedded_files:
        found.append(gettext("Contains embedded files"))
    return " ".join(found)


def edit_url(document):
    return reverse("wagtaildocs:edit", args=[document.pk])


class DocumentsToCheckView(SpreadsheetInAdminLanguageMixin, ReportView):
    page_title = _("Documents to check")
    header_icon = "doc-full-inverse"
    index_url_name = "documents_to_check_report"
    index_results_url_name = "documents_to_check_report_results"
    results_template_name = "documents/report_results.html"
    permission_required = "change"
    export_filename = "documents-to-check"
    export_headings = HEADINGS
    list_export = list(HEADINGS)
    columns = [
        TitleColumn("title", label=_("Document"), get_url=edit_url),
        Column("problems", label=_("What to check"), accessor=problems),
        Column("collection", label=_("Collection"), accessor="collection.name"),
        DateColumn("created_at", label=_("Uploaded")),
    ]

    @property
    def permission_policy(self):
        return policy_registry.get_by_type(get_document_model())

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        return documents_to_check(editable)

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": gettext("Documents to check")}

    def to_row_dict(self, document):
        return {
            "title": document.title,
            "problems": problems(document),
            "collection": document.collection.name,
            "created_at": document.created_at,
            "edit_url": settings.WAGTAILADMIN_BASE_URL + edit_url(document),
        }
