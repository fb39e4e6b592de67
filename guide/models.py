"""The phase guide: an overview page and one page for each of the five phases."""

from datetime import timedelta

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import PAGE_TRANSLATABLE_FIELDS
from core.pages import IndexPage, PortalPage
from core.phases import PHASE_NUMBER_VALIDATORS, PHASE_NUMBERS
from core.public_tree import public
from core.subscriptions import feed_link, feed_title
from core.untranslated import listed_in, mark_languages
from guide.blocks import ActorBlock, CityProcessBlock, ProcessStepBlock, ResourceStreamBlock
from guide.display import phase_display
from guide.gathered import gathered_for
from taxonomy.models import in_source_language, localized_list


class PhaseGuidePage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guide.PhasePage"]

    class Meta:
        verbose_name = _("phase guide")

    def phases(self):
        return public(PhasePage.objects.child_of(self).live(), deeper_than=self.depth).order_by("number")


class PhasePage(PortalPage):
    # The steps and legal bases a municipality follows: laws and practice change, so twice a year.
    review_interval = timedelta(days=182)

    number = models.PositiveSmallIntegerField(
        _("phase number"),
        validators=PHASE_NUMBER_VALIDATORS,
        help_text=_("1 to 5; each number once per language."),
    )
    short_description = models.TextField(_("short description"))
    description = RichTextField(_("description"), blank=True)
    expected_results = RichTextField(_("results the phase should produce"), blank=True)
    process = StreamField(
        [("step", ProcessStepBlock())], verbose_name=_("process steps"), blank=True, use_json_field=True
    )
    city_processes = StreamField(
        [("city_process", CityProcessBlock())],
        verbose_name=_("processes in named cities"),
        blank=True,
        use_json_field=True,
    )
    actors = StreamField([("actor", ActorBlock())], verbose_name=_("actors and roles"), blank=True)
    resources = StreamField(ResourceStreamBlock(), verbose_name=_("resources"), blank=True)
    legal_bases = ParentalManyToManyField(
        "taxonomy.LegalBasis",
        limit_choices_to=in_source_language,
        verbose_name=_("legal bases"),
        blank=True,
        related_name="phase_pages",
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        limit_choices_to=in_source_language,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("number"), FieldPanel("short_description")], heading=_("The phase")),
        FieldPanel("description"),
        FieldPanel("expected_results"),
        FieldPanel("process"),
        FieldPanel("city_processes"),
        FieldPanel("actors"),
        FieldPanel("resources"),
        FieldPanel("legal_bases", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        SynchronizedField("number", overridable=False),
        TranslatableField("short_description"),
        TranslatableField("description"),
        TranslatableField("expected_results"),
        TranslatableField("process"),
        TranslatableField("city_processes"),
        TranslatableField("actors"),
        TranslatableField("resources"),
        SynchronizedField("legal_bases"),
        SynchronizedField("themes"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.SearchField("expected_results"),
        index.SearchField("process"),
        index.SearchField("city_processes"),
        index.SearchField("actors"),
        index.FilterField("number"),
    ]

    parent_page_types = ["guide.PhaseGuidePage"]
    subpage_types = []
    max_count_per_parent = len(PHASE_NUMBERS)

    class Meta:
        verbose_name = _("phase")

    def clean(self):
        super().clean()
        if self.number not in PHASE_NUMBERS or self.locale_id is None:
            return  # the field validators report a missing or out-of-range number
        taken = PhasePage.objects.filter(locale_id=self.locale_id, number=self.number).exclude(pk=self.pk)
        if taken.exists():
            raise ValidationError(
                {
                    "number": _("Phase %(number)s already exists in this language: “%(title)s”.")
                    % {"number": self.number, "title": taken.first().title}
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["display"] = phase_display(self, request, preview=getattr(request, "is_preview", False))
        context["list_feed"] = feed_link("phase_feed", self.advice_feed_title(), number=self.number)
        return context

    def advice_feed_title(self):
        """The title of the feed of the advice this page gathers (feeds/ gives its feed the same)."""
        return feed_title(_("Tips, challenges and success factors"), f"{self.number}. {self.title}")

    def advice(self, request=None):
        """The tips, challenges and success factors tagged with this phase, by kind (guide.gathered)."""
        return gathered_for(self, request).advice

    def all_phases(self):
        """The live phases of this page's language, in order: the stepper. Those behind a view
        restriction of their own are left out (one on the guide above them is passed already)."""
        phases = PhasePage.objects.live().filter(locale_id=self.locale_id)
        return public(phases, deeper_than=self.depth - 1).order_by("number")

    def previous_phase(self):
        return self.all_phases().filter(number__lt=self.number).order_by("-number").first()

    def next_phase(self):
        return self.all_phases().filter(number__gt=self.number).first()

    def localized_legal_bases(self):
        return localized_list(self.legal_bases)

    def localized_themes(self):
        return localized_list(self.themes)

    def examples(self):
        """Live, public initiatives of this page's language, and those not translated into it
        (marked with their language, core.untranslated), that illustrate this phase."""
        initiatives = apps.get_model("cases", "InitiativePage").objects.all()
        shown = listed_in(initiatives, get_language()).filter(phases__number=self.number).distinct()
        return mark_languages(shown.select_related("locale").order_by("title"), get_language())

    def tools(self):
        """Tool pages listed among the resources, for search and cross-links."""
        return [block.value["page"] for block in self.resources if block.block_type == "tool"]
