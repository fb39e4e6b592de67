"""Subscribing to a list: the title of its Atom feed and the link a page shows to it.

The pages (listings, phase pages, the search) and the feeds (feeds/) build a list's title here,
so the title in a page's <link rel="alternate"> is the feed's own. A feed follows the list's
filters, not its page number or order (a feed is newest first)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

NOT_PART_OF_THE_SELECTION = {"page", "page_size", "sort"}


def selection_text(parts):
    """“Theme: Safety, Housing; Phase: 3. Mobilisation” from [(label, [value, …]), …]; a part
    without a label (the search words) is shown as it is."""
    shown = []
    for label, values in parts:
        if values:
            joined = ", ".join(str(value) for value in values)
            shown.append(f"{label}: {joined}" if label else joined)
    return "; ".join(shown)


def feed_title(name, selection=""):
    """“Initiatives: Theme: Safety – Area initiatives”: the list, what it is narrowed to, the portal."""
    title = f"{name}: {selection}" if selection else str(name)
    return f"{title} – {_('Area initiatives')}"


def feed_link(url_name, title, params=(), **kwargs):
    """{"url", "title"} of the feed named `url_name`, with the list's filters as its query."""
    url = reverse(url_name, kwargs=kwargs or None)
    query = urlencode([(name, value) for name, value in params if name not in NOT_PART_OF_THE_SELECTION])
    return {"url": f"{url}?{query}" if query else url, "title": title}


def query_pairs(data):
    """[(name, value)] of a QueryDict, every value of every name."""
    return [(name, value) for name, values in data.lists() for value in values]
