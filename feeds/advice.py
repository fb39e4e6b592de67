"""The feed of a phase's advice: the tips, challenges and success factors that live, public
initiatives of the visitor's language tag with the phase, as the phase page gathers them
(guide.gathered). A phase behind a view restriction has no feed (404)."""

from django.apps import apps
from django.http import Http404
from django.utils.translation import get_language

from core.public_tree import public
from core.site_url import absolute_url
from feeds.base import Entry, ListFeed, Selection, newest_first, plain_summary, source_line


def phase_in_language(number, request):
    phases = apps.get_model("guide", "PhasePage").objects.live()
    phase = public(phases.filter(locale__language_code=get_language(), number=number)).first()
    if phase is None:
        raise Http404(f"No public phase {number} in this language.")
    return phase


def advice_summary(entry, request):
    """The advice's text, and the initiative it comes from with a link to it."""
    text = plain_summary(entry["text"])
    source = source_line(entry["initiative"]["title"], entry["initiative"]["url"], request)
    return (f"<p>{text}</p>" if text else "") + source


class PhaseAdviceFeed(ListFeed):
    def selection(self, request, number):
        phase = phase_in_language(number, request)
        entries = [
            Entry(
                title=item["title"],
                link=absolute_url(item["url"], request),
                updated=item["initiative"]["updated"],
                summary=advice_summary(item, request),
                language=get_language(),
                categories=(str(group.heading),),
            )
            for group in phase.advice(request)
            for item in group.shown + group.more
        ]
        return Selection(
            title=phase.advice_feed_title(),
            link=absolute_url(phase.get_url(request), request),
            entries=newest_first(entries),
        )
