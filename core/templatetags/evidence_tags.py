"""The evidence badge: the level in words, a link to the scale that explains it."""

from django import template
from django.urls import reverse

from core.evidence import evidence_badge

register = template.Library()


@register.inclusion_tag("core/includes/evidence_badge.html")
def evidence_badge_for(level, link=True):
    badge = evidence_badge(level)
    if badge is None:
        return {}
    url = f"{reverse('evidence_scale')}#{badge['value']}" if link else ""
    return {"badge": badge, "url": url}
