"""What every Atom feed of the portal shares (RFC 4287): the agency as author (core.publisher),
absolute links, the feed's own address as its id, an `updated` on the feed and on every entry,
each entry's language, at most FEED_LIMIT entries, newest first.

A feed answers 400 with a message in the visitor's language when its parameters cannot be read,
and 404 when the list it follows is not public. The request is passed along, never kept on the
feed object: one instance serves every request (and thread) of its URL."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.publisher import Publisher, publisher
from core.site_url import absolute_url

FEED_LIMIT = 50
SUMMARY_WORDS = 60


@dataclass(frozen=True)
class Entry:
    title: str
    link: str  # absolute; also the entry's id
    updated: datetime
    published: datetime | None = None
    summary: str = ""  # HTML
    language: str = ""
    categories: tuple[str, ...] = ()
    author: Publisher | None = None


@dataclass(frozen=True)
class Selection:
    """What a feed shows: the list it follows and its entries."""

    title: str
    link: str  # absolute: the page showing the same list
    entries: list[Entry] = field(default_factory=list)
    subtitle: str = ""


@dataclass(frozen=True)
class FeedContent:
    selection: Selection
    url: str  # absolute: the feed itself, with its query
    author: Publisher


class BadFeedRequest(Exception):
    """The feed's parameters cannot be read; `message` tells the visitor which and why."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)


class PortalAtomFeed(Atom1Feed):
    """Django's Atom feed with each entry's language (xml:lang) and the publisher's logo."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("logo"):
            handler.addQuickElement("logo", self.feed["logo"])

    def item_attributes(self, item):
        return {"xml:lang": item["language"]} if item.get("language") else {}


def plain_summary(text, words=SUMMARY_WORDS):
    """Plain text as the HTML an Atom summary of type html holds."""
    return escape(Truncator(" ".join(str(text or "").split())).words(words)) if text else ""


def source_line(title, url, request, attached=False):
    """“From the initiative <a>…</a>” (or, for a document, “Attached to <a>…</a>”) as a paragraph
    of an entry's HTML summary."""
    link = f'<a href="{escape(absolute_url(url, request))}">{escape(title)}</a>'
    line = (_("Attached to %(title)s") if attached else _("From the initiative %(title)s")) % {"title": link}
    return f"<p>{line}</p>"


def page_entry(page, request, summary="", link=None, language=None, categories=()):
    """An entry for a page: its title, its public URL (or `link`, a path such as a listing's
    fallback URL of an untranslated page), its publication times and language."""
    updated = page.last_published_at or page.first_published_at or timezone.now()
    return Entry(
        title=page.title,
        link=absolute_url(link, request) if link else absolute_url(page.get_url(request) or "/", request),
        updated=updated,
        published=page.first_published_at,
        summary=plain_summary(summary),
        language=language or page.locale.language_code,
        categories=categories or (str(page._meta.verbose_name).capitalize(),),
    )


def newest_first(entries):
    return sorted(entries, key=lambda entry: entry.updated, reverse=True)[:FEED_LIMIT]


class ListFeed(Feed):
    """A feed of a list the portal shows. Subclasses build its `selection(request, **kwargs)`."""

    feed_type = PortalAtomFeed

    def selection(self, request, **kwargs) -> Selection:
        raise NotImplementedError

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except BadFeedRequest as error:
            return HttpResponse(error.message, status=400, content_type="text/plain; charset=utf-8")

    def get_object(self, request, *args, **kwargs):
        selection = self.selection(request, **kwargs)
        author = publisher(request, get_language())
        entries = [replace(entry, author=author) for entry in selection.entries[:FEED_LIMIT]]
        return FeedContent(
            selection=replace(selection, entries=entries),
            url=absolute_url(request.get_full_path(), request),
            author=author,
        )

    # The feed
    def title(self, content):
        return content.selection.title

    def subtitle(self, content):
        return content.selection.subtitle or None

    def link(self, content):
        return content.selection.link

    def feed_url(self, content):
        return content.url

    def feed_guid(self, content):
        return content.url

    def author_name(self, content):
        return content.author.name

    def author_link(self, content):
        return content.author.url

    def author_email(self, content):
        return content.author.email or None

    def feed_extra_kwargs(self, content):
        return {"logo": content.author.logo}

    def items(self, content):
        return content.selection.entries

    # Its entries
    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.link

    def item_description(self, entry):
        return entry.summary or None

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_author_name(self, entry):
        return entry.author.name

    def item_author_link(self, entry):
        return entry.author.url

    def item_author_email(self, entry):
        return entry.author.email or None

    def item_extra_kwargs(self, entry):
        return {"language": entry.language}
