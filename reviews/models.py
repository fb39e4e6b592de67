"""A page's content review: who owns it (a group), when it must be reviewed next, and when it last
was. Kept apart from the page, so marking a page reviewed makes no revision and needs no publish.
Each language's page is reviewed on its own (a translation may lag behind its source)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a page stays current unless its type says otherwise (`review_interval` on the class).
DEFAULT_INTERVAL = timedelta(days=365)
# A review due within this many days counts as "due soon" in the report and on the dashboard.
SOON_DAYS = 30


def review_interval(page):
    """The page type's `review_interval` (core.pages.PortalPage and its subclasses set one)."""
    page_class = getattr(page, "specific_class", None) or type(page)
    return getattr(page_class, "review_interval", DEFAULT_INTERVAL)


class ReviewState(models.TextChoices):
    OVERDUE = "overdue", _("Overdue")
    SOON = "soon", _("Due soon")
    LATER = "later", _("Not due")


class ContentReview(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="content_review",
        verbose_name=_("page"),
    )
    owner = models.ForeignKey(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_reviews",
        verbose_name=_("owner"),
        help_text=_("The group responsible for keeping the page up to date."),
    )
    review_by = models.DateField(_("review by"), db_index=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last reviewed by"),
    )

    class Meta:
        verbose_name = _("content review")
        verbose_name_plural = _("content reviews")

    def __str__(self):
        return f"{self.page_id}: {self.review_by.isoformat()}"

    @property
    def state(self):
        today = timezone.localdate()
        if self.review_by < today:
            return ReviewState.OVERDUE
        if self.review_by <= today + timedelta(days=SOON_DAYS):
            return ReviewState.SOON
        return ReviewState.LATER

    @property
    def state_label(self):
        return ReviewState(self.state).label

    def mark_reviewed(self, user, next_review=None, day=None):
        """Reviewed `day` (today) by `user`; next due `next_review` or a page type's interval later."""
        day = day or timezone.localdate()
        self.last_reviewed = day
        self.last_reviewed_by = user
        self.review_by = next_review or day + review_interval(self.page)
        self.save()
