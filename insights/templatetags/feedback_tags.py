from django import template

from insights.feedback import page_state

register = template.Library()


@register.inclusion_tag("insights/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    """ "Was this page useful?" at the end of every page served (one behind a view restriction too:
    its answers reach only the admin's report, and checking would cost every page a query)."""
    if page is None or not getattr(page, "pk", None):
        return {"shown": False}
    state, token = page_state(context.get("request"), page)
    return {
        "shown": True,
        "page": page,
        "state": state,
        "token": token,
        "comment_hidden": state != "comment",
        # Only the comment step (a page reached with its answer's token, never cached) has a CSRF
        # token: asking and thanking stay the same for every visitor, so the page cache serves them.
        "with_csrf": state == "comment",
    }
