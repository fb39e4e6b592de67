from django import template
from wagtail.models import Page

from reviews.visible import last_reviewed_on

register = template.Library()


@register.inclusion_tag("reviews/last_reviewed.html")
def last_reviewed(page):
    """ "Last reviewed <date>" at the end of a page that has been reviewed (as Boverket's "Granskad")."""
    if not isinstance(page, Page) or not page.pk:
        return {"day": None}
    return {"day": last_reviewed_on(page)}
