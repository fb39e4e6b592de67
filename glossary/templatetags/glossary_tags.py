"""{% define_terms page.background|richtext %}: a page's text with its first uses of glossary terms
explained inline (glossary.inline). Every text of one page shares the terms already explained."""

from django import template
from django.utils.translation import get_language

from glossary.inline import define_terms as mark_terms

register = template.Library()
SEEN = "_glossary_terms_seen"


@register.simple_tag(takes_context=True)
def define_terms(context, html):
    # The page's language is the request's (its URL prefix): reading page.locale would cost a query.
    language = get_language()
    # One page is one request; without a request (a test, an e-mail) the render holds the state.
    holder = context.get("request") or context.render_context
    if not hasattr(holder, SEEN):
        setattr(holder, SEEN, set())
    return mark_terms(html, language, getattr(holder, SEEN))
