from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The portal's Wagtail document model and everything about document files: what an upload may
    be, the text read from it, the report of documents to check, and how a document is linked.
    Depends on core and Wagtail only."""

    name = "documents"
    verbose_name = _("Documents")
