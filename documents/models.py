"""The portal's document model (WAGTAILDOCS_DOCUMENT_MODEL) and the text read from its files."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from core.fields import YEAR_VALIDATORS


class PortalDocument(AbstractDocument):
    """A Wagtail document that says what a visitor sees beside its link: the language it is
    written in, its year and publisher, and (read from the file) how many pages it has."""

    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        help_text=_("The language the document is written in."),
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, validators=YEAR_VALIDATORS)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    # Read from the file, never entered: they change only with the file.
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    has_javascript = models.BooleanField(_("contains JavaScript"), default=False, editable=False)
    has_embedded_files = models.BooleanField(_("contains embedded files"), default=False, editable=False)

    admin_form_fields = Document.admin_form_fields + ("language", "year", "publisher")

    class Meta(AbstractDocument.Meta):
        permissions = [("choose_document", "Can choose document")]


class DocumentText(models.Model):
    """The text of one version of a document's file (its file_hash), read once in the worker."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        EXTRACTED = "extracted", _("Read")
        UNREADABLE = "unreadable", _("Could not be read")

    document = models.ForeignKey(
        PortalDocument, verbose_name=_("document"), on_delete=models.CASCADE, related_name="texts"
    )
    file_hash = models.CharField(max_length=40)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    # One string per PDF page; a DOCX or ODT gives one per section, or its whole text as one.
    pages = models.JSONField(default=list, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    extracted_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")
        constraints = [
            models.UniqueConstraint(fields=["document", "file_hash"], name="one_text_per_document_version")
        ]

    def __str__(self):
        return f"{self.document} ({self.file_hash[:8]}, {self.get_status_display()})"
