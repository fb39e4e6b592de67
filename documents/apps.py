from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The portal's Wagtail document model and everything about document files: what an upload may
    be, the text read from it, the report of documents to check, and how a document is linked.
    Depends on core and Wagtail only."""

    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import CollectionViewRestriction

        from core.cache import start_new_generation
        from documents.models import PortalDocument
        from documents.signals import queue_text_extraction

        post_save.connect(queue_text_extraction, sender=PortalDocument, dispatch_uid="document-text")
        # Pages link only public documents: a collection's restriction changes what cached pages show.
        for signal in (post_save, post_delete):
            signal.connect(
                start_new_generation, sender=CollectionViewRestriction, dispatch_uid=f"documents-{signal}"
            )
