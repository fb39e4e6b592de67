import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Web addresses in any common spelling: a scheme, "www.", or a bare domain with a path.
LINK = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.|[a-z0-9-]+\.(?:[a-z]{2,})/)")


def refuse_links(text):
    """Comments are read by editors only; links in them are spam or personal pages, so none pass."""
    if LINK.search(text or ""):
        raise ValidationError(_("Remove the link from the comment: links are not accepted."), code="link")
