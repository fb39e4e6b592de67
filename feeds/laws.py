"""The feed of the legal bases, in the visitor's language where translated (as the list of legal
bases shows them): published ones only, the most recently published first."""

from django.urls import reverse
from django.utils import timezone

from core.site_url import absolute_url
from feeds.base import Entry, ListFeed, Selection, newest_first, plain_summary
from taxonomy.models import LegalBasis, one_per_translation
from taxonomy.views import active_locale, legal_bases_feed_title


def law_entry(law, request):
    return Entry(
        title=law.name,
        link=absolute_url(reverse("legal_basis", kwargs={"slug": law.slug}), request),
        updated=law.last_published_at or law.first_published_at or timezone.now(),
        published=law.first_published_at,
        summary=plain_summary(law.purpose),
        language=law.locale.language_code,
        categories=(law.get_country_display(),),
    )


class LegalBasisFeed(ListFeed):
    def selection(self, request, **kwargs):
        laws = one_per_translation(LegalBasis.objects.all(), active_locale())
        return Selection(
            title=legal_bases_feed_title(),
            link=absolute_url(reverse("legal_basis_index"), request),
            entries=newest_first(law_entry(law, request) for law in laws),
        )
