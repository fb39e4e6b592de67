"""A contact's links: the phone number as a tel: address, the e-mail address behind a signed link."""

import re

from django import template

from core.contacts import reveal_url

register = template.Library()


@register.simple_tag
def reveal_email_url(page_id, block_id):
    return reveal_url(page_id, block_id)


@register.filter
def tel_uri(phone):
    """+47 22 00 00 00 as +4722000000: a tel: address holds no spaces or punctuation."""
    return re.sub(r"[^0-9+]", "", phone or "")
