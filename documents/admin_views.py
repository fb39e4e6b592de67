"""Wagtail's document admin views, telling the editor when a saved PDF carries JavaScript or files
of its own. Registered at Wagtail's own addresses (wagtail_hooks.py), so every link to them works."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.documents.views import documents, multiple


def warn_if_flagged(request, document):
    if getattr(document, "has_javascript", False):
        messages.warning(
            request,
            _(
                "“%(title)s” contains JavaScript, which a PDF reader may run when the document is "
                "opened. Check where it comes from, or upload a version without it."
            )
            % {"title": document.title},
        )
    if getattr(document, "has_embedded_files", False):
        messages.warning(
            request,
            _(
                "“%(title)s” contains embedded files, which visitors can open from the PDF. Check "
                "them, or upload a version without them."
            )
            % {"title": document.title},
        )


class CreateView(documents.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        warn_if_flagged(self.request, instance)
        return instance


class EditView(documents.EditView):
    def save_instance(self):
        instance = super().save_instance()
        warn_if_flagged(self.request, instance)
        return instance


class MultipleAddView(multiple.AddView):
    """The uploader answers in JSON: the warning shows on the editor's next page."""

    def save_object(self, form):
        document = super().save_object(form)
        warn_if_flagged(self.request, document)
        return document


class CreateFromUploadedDocumentView(multiple.CreateFromUploadedDocumentView):
    def save_object(self, form):
        super().save_object(form)
        warn_if_flagged(self.request, self.object)
