from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from documents import admin_views
from documents.report import DocumentsToCheckView


# Before wagtail.documents' own (order): the same addresses, answered by the views that warn.
@hooks.register("register_admin_urls", order=-1)
def register_document_views():
    return [
        path("documents/add/", admin_views.CreateView.as_view(), name="portal_document_add"),
        path(
            "documents/edit/<int:document_id>/",
            admin_views.EditView.as_view(),
            name="portal_document_edit",
        ),
        path(
            "documents/multiple/add/",
            admin_views.MultipleAddView.as_view(),
            name="portal_document_add_multiple",
        ),
        path(
            "documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/",
            admin_views.CreateFromUploadedDocumentView.as_view(),
            name="portal_document_create_from_upload",
        ),
    ]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/documents-to-check/", DocumentsToCheckView.as_view(), name="documents_to_check_report"),
        path(
            "reports/documents-to-check/results/",
            DocumentsToCheckView.as_view(results_only=True),
            name="documents_to_check_report_results",
        ),
    ]


class DocumentsReportMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(get_document_model())
        return policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_documents_report_menu_item():
    return DocumentsReportMenuItem(
        _("Documents to check"),
        reverse("documents_to_check_report"),
        name="documents-to-check",
        icon_name="doc-full-inverse",
        order=930,
    )
