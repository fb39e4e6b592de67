"""What visitors tell the agency without telling who they are: the searches they make and whether
a page helped them. Neither model has a field for an IP address, a user, a cookie or a user agent."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

QUERY_LENGTH = 200
FILTERS_LENGTH = 500
COMMENT_LENGTH = 1000


class SearchRecord(models.Model):
    """The searches of one day with the same words, language and filters: a counter, not a log."""

    day = models.DateField(_("day"), db_index=True)
    locale = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=QUERY_LENGTH, blank=True)
    # "facet=value" pairs, sorted and joined by "&": the same choice always reads the same.
    filters = models.CharField(_("filters"), max_length=FILTERS_LENGTH, blank=True)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0, help_text=_("At the latest search"))

    class Meta:
        verbose_name = _("search record")
        verbose_name_plural = _("search records")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "locale", "query", "filters"], name="one_search_record_a_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.locale} {self.query!r} {self.filters}"

    def filter_pairs(self):
        return [tuple(pair.split("=", 1)) for pair in self.filters.split("&") if "=" in pair]


class PageFeedback(models.Model):
    """One visitor's answer to "Was this page useful?" on one page in one language."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    locale = models.CharField(_("language"), max_length=8)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=COMMENT_LENGTH, blank=True)
    day = models.DateField(_("day"), db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self):
        return f"{self.day} {self.locale} {self.page_id} {'yes' if self.useful else 'no'}"
