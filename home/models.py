from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import PAGE_TRANSLATABLE_FIELDS
from core.pages import PortalPage
from core.public_tree import public
from taxonomy.localize import localized_by_pk


class HomePage(PortalPage):
    """The front page of one language: what area initiatives are, and where to start."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("what area initiatives are"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel(
            "featured_initiatives", heading=_("Featured initiatives"), label=_("initiative"), max_num=6
        ),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("featured_initiatives"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guide.PhaseGuidePage",
        "cases.InitiativeIndexPage",
        "resources.ToolIndexPage",
        "resources.StudyTripIndexPage",
    ]
    max_count_per_parent = 1
    latest_study_trip_count = 3
    featured_fallback_count = 3

    class Meta:
        verbose_name = _("home page")

    def phase_guide(self):
        guides = apps.get_model("guide", "PhaseGuidePage").objects.child_of(self).live()
        return public(guides, deeper_than=self.depth).first()

    def phases(self):
        guide = self.phase_guide()
        return guide.specific.phases() if guide else []

    def explore_sections(self):
        """The live sections under this home page that are open to everyone (or to this visitor)."""
        return public(self.get_children().live(), deeper_than=self.depth)

    def featured(self):
        """The initiatives the editors chose, in this language; the newest ones if none were chosen."""
        initiative_model = apps.get_model("cases", "InitiativePage")
        chosen_ids = list(self.featured_initiatives.values_list("page_id", flat=True))
        shown = localized_by_pk(initiative_model, chosen_ids, self.locale_id)
        chosen = [shown[pk] for pk in chosen_ids if pk in shown and shown[pk].live]
        if chosen:
            return chosen
        newest = public(initiative_model.objects.descendant_of(self).live(), deeper_than=self.depth)
        return list(newest.order_by("-start_year", "title")[: self.featured_fallback_count])

    def latest_study_trips(self):
        trips = apps.get_model("resources", "StudyTripPage").objects.descendant_of(self).live()
        trips = public(trips, deeper_than=self.depth)
        return trips.order_by("-start_date")[: self.latest_study_trip_count]


class FeaturedInitiative(Orderable):
    home_page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_initiatives")
    page = models.ForeignKey(
        "cases.InitiativePage", verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured initiative")
