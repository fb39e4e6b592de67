"""The admin form of the portal's document model (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from documents.checks import content_problem


class PortalDocumentForm(BaseDocumentForm):
    """Refuses a file whose content does not fit its extension, a program, a web page or a script
    (the size limit is Wagtail's WAGTAILDOCS_MAX_UPLOAD_SIZE). The rest of what the editor entered
    stays in the form."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            problem = content_problem(upload, upload.name)
            if problem:
                raise forms.ValidationError(problem, code="content_mismatch")
        return upload
