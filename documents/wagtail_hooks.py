from django.urls import path
from wagtail import hooks

from documents import admin_views


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
