"""{% document_link document title=… %}: a document as visitors see it everywhere (an initiative's
attachments, a trip's report, a tool's document, a phase's resources): the link text ends with its
type and size, and a small line beside it gives its language, year, publisher and pages."""

from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model

from core.public_tree import public_documents

register = template.Library()

# In the page's language: the document's own language named as the reader would say it.
LANGUAGE_NAMES = {"nb": _("Norwegian (Bokmål)"), "sv": _("Swedish"), "en": _("English")}


def is_public(document):
    """False for a document in a collection with a view restriction (or one deleted)."""
    if getattr(document, "known_public", False):
        return True
    return public_documents(type(document).objects.filter(pk=document.pk)).exists()


@register.filter
def public_document(document_or_id):
    """The document (given itself or its id) if the public may see it, else None; one query."""
    pk = getattr(document_or_id, "pk", document_or_id)
    if pk is None:
        return None
    return public_documents(get_document_model().objects.filter(pk=pk)).first()


@register.filter
def with_public_documents(stream):
    """The blocks of a stream (an initiative's attachments) whose document the public may see."""
    values = [block.value for block in stream if block.value.get("document") is not None]
    ids = {value["document"].pk for value in values}
    public = set(
        public_documents(get_document_model().objects.filter(pk__in=ids)).values_list("pk", flat=True)
    )
    for value in values:
        value["document"].known_public = value["document"].pk in public
    return [value for value in values if value["document"].known_public]


def details(document):
    found = []
    if document.language:
        found.append(str(LANGUAGE_NAMES.get(document.language, document.get_language_display())))
    if document.year:
        found.append(str(document.year))
    if document.publisher:
        found.append(document.publisher)
    if document.page_count:
        found.append(
            ngettext("%(count)s page", "%(count)s pages", document.page_count)
            % {"count": document.page_count}
        )
    return found


def file_size(document):
    """The stored size, else the file's own (Wagtail's get_file_size would write it: not in a GET)."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except OSError:  # the file is missing from storage
        return None


@register.inclusion_tag("documents/document_link.html")
def document_link(document, title=""):
    if document is None or not is_public(document):
        return {"document": None}
    page_language = (get_language() or "").split("-")[0]
    foreign = document.language if document.language and document.language != page_language else ""
    size = file_size(document)
    return {
        "document": document,
        "title": title or document.title,
        "file_type": document.file_extension.upper(),
        "size": filesizeformat(size) if size is not None else "",
        "language": foreign,
        "details": details(document),
    }
