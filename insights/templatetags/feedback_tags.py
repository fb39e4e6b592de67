from django import template

from insights.feedback import page_state

register = template.Library()


@register.inclusion_tag("insights/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    """ "Was this page useful?" at the end of a public page; nothing on a page behind a restriction,
    whose answers the feedback view would refuse."""
    if page is None or not getattr(page, "pk", None) or page.get_view_restrictions().exists():
        return {"shown": False}
    state, token = page_state(context.get("request"), page)
    return {
        "shown": True,
        "page": page,
        "state": state,
        "token": token,
        "comment_hidden": state != "comment",
        "csrf_token": context.get("csrf_token"),
    }
