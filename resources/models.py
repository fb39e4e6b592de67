"""Tools (handbooks, methods, analyses, talks…) and study trips, each with an index page."""

from datetime import timedelta

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import contacts_field
from core.evidence import (
    EVIDENCE_PANEL,
    EVIDENCE_TRANSLATABLE_FIELDS,
    evidence_errors,
    evidence_level_field,
    evidence_source_field,
    evidence_source_title_field,
)
from core.fields import PAGE_TRANSLATABLE_FIELDS, YEAR_VALIDATORS
from core.listing import filtered_listing, with_form_status
from core.pages import IndexPage, PortalPage
from core.subscriptions import feed_link, feed_title
from core.untranslated import listed_in, mark_languages
from resources.blocks import ProgrammeItemBlock
from resources.filters import ToolFilterForm
from taxonomy.localize import localized_relations
from taxonomy.models import Country, Municipality, Theme, in_source_language, localized_list


class ToolType(models.TextChoices):
    HANDBOOK = "handbook", _("Handbook")
    METHOD = "method", _("Method")
    ANALYSIS = "analysis", _("Analysis")
    REPORT = "report", _("Report")
    TALK = "talk", _("Recorded talk")
    ARTICLE = "article", _("Article")
    GUIDE = "guide", _("Guide")
    WEBSITE = "website", _("Website")


class ToolIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ToolPage"]

    class Meta:
        verbose_name = _("tool index")

    def tools(self):
        """This index's tools, and those of its other languages not translated into this one."""
        return listed_in(ToolPage.objects.all(), get_language(), parent=self)

    listed = tools  # what the listing and its feed (feeds/) filter

    def listing_form(self, data):
        return ToolFilterForm(data, locale_id=self.locale_id, tool_types=ToolType.choices)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.listing_form(request.GET)
        context.update(filtered_listing(self, request, form, self.tools(), feed="tool_feed"))
        return context

    def serve(self, request, *args, **kwargs):
        return with_form_status(super().serve(request, *args, **kwargs))


class ToolPage(PortalPage):
    summary = models.TextField(_("what it is"))
    body = RichTextField(_("description"), blank=True)
    tool_type = models.CharField(_("type"), max_length=20, choices=ToolType.choices)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True, validators=YEAR_VALIDATORS)
    phases = ParentalManyToManyField(
        "guide.PhasePage",
        limit_choices_to=in_source_language,
        verbose_name=_("phases it serves"),
        blank=True,
        related_name="tools",
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        limit_choices_to=in_source_language,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
    )
    external_url = models.URLField(_("link"), blank=True)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contacts = contacts_field()
    evidence_level = evidence_level_field()
    evidence_source = evidence_source_field()
    evidence_source_title = evidence_source_title_field()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("tool_type"), FieldPanel("year")]),
        EVIDENCE_PANEL,
        FieldPanel("publisher"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("external_url"), FieldPanel("document")], heading=_("Where to find it")),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        ),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("tool_type", overridable=False),
        SynchronizedField("publisher"),
        SynchronizedField("year", overridable=False),
        SynchronizedField("phases"),
        SynchronizedField("themes"),
        SynchronizedField("external_url"),
        SynchronizedField("document"),
        TranslatableField("contacts"),
        *EVIDENCE_TRANSLATABLE_FIELDS,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("publisher"),
        index.FilterField("tool_type"),
        index.FilterField("year"),
    ]

    parent_page_types = ["resources.ToolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tool")

    def clean(self):
        super().clean()
        errors = evidence_errors(self)
        if not self.external_url and not self.document_id:
            errors["__all__"] = _("Give the tool a link, a document or both, so visitors can find it.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        relations = {"phases": apps.get_model("guide", "PhasePage"), "themes": Theme}
        shown = localized_relations(self, relations, preview=getattr(request, "is_preview", False))
        shown["phases"].sort(key=lambda phase: phase.number)
        context["shown"] = shown
        return context

    def localized_themes(self):
        return localized_list(self.themes)

    def localized_phases(self):
        return sorted((phase.localized for phase in self.phases.all()), key=lambda phase: phase.number)


class StudyTripIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.StudyTripPage"]

    class Meta:
        verbose_name = _("study trip index")

    def listed(self):
        """This index's trips, and those of its other languages not translated into this one."""
        return listed_in(StudyTripPage.objects.all(), get_language(), parent=self)

    def study_trips(self):
        """The trips as the index shows them: newest first, each marked with its language."""
        trips = self.listed().select_related("locale").order_by("-start_date", "title")
        return mark_languages(trips, get_language())

    def feed_title(self):
        return feed_title(self.title)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["list_feed"] = feed_link("study_trip_feed", self.feed_title())
        return context


class StudyTripPage(PortalPage):
    # A report of a trip that took place: it dates slowly (links and contacts still may).
    review_interval = timedelta(days=730)

    summary = models.TextField(_("summary"), blank=True)
    destinations = models.CharField(
        _("destinations"), max_length=300, help_text=_("Places visited, separated by commas.")
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    contacts = contacts_field()
    # Where the group met, for visitors and for search engines (schema.org PostalAddress).
    address_street = models.CharField(_("street address"), max_length=200, blank=True)
    address_postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    address_locality = models.CharField(_("town or city"), max_length=100, blank=True)
    address_country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    participants = models.TextField(_("participants"), blank=True)
    purpose = RichTextField(_("purpose"), blank=True)
    programme = StreamField([("item", ProgrammeItemBlock())], verbose_name=_("programme"), blank=True)
    learnings = RichTextField(_("learnings"), blank=True)
    report = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    initiatives_visited = ParentalManyToManyField(
        "cases.InitiativePage",
        limit_choices_to=in_source_language,
        verbose_name=_("initiatives visited"),
        blank=True,
        related_name="study_trips",
    )
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        limit_choices_to=in_source_language,
        verbose_name=_("municipalities visited"),
        blank=True,
        related_name="study_trips",
    )
    image = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("destinations"),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("organiser"),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [
                FieldPanel("address_street"),
                FieldRowPanel([FieldPanel("address_postal_code"), FieldPanel("address_locality")]),
                FieldPanel("address_country"),
            ],
            heading=_("Meeting place"),
            help_text=_("The address where the group met, if there was one. Every field is optional."),
        ),
        FieldPanel("participants"),
        FieldPanel("purpose"),
        FieldPanel("programme"),
        FieldPanel("learnings"),
        FieldPanel("report"),
        FieldPanel("initiatives_visited", widget=forms.CheckboxSelectMultiple),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        SynchronizedField("image"),
        TranslatableField("destinations"),
        SynchronizedField("municipalities"),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("organiser"),
        TranslatableField("contacts"),
        SynchronizedField("address_street"),
        SynchronizedField("address_postal_code", overridable=False),
        SynchronizedField("address_locality"),  # the postal name, as written on a letter
        SynchronizedField("address_country", overridable=False),
        TranslatableField("participants"),
        TranslatableField("purpose"),
        TranslatableField("programme"),
        TranslatableField("learnings"),
        SynchronizedField("report"),
        SynchronizedField("initiatives_visited"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("destinations"),
        index.SearchField("organiser"),
        index.SearchField("purpose"),
        index.SearchField("programme"),
        index.SearchField("learnings"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["resources.StudyTripIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("study trip")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The trip cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        relations = {
            "municipalities": Municipality,
            "initiatives_visited": apps.get_model("cases", "InitiativePage"),
        }
        context["shown"] = localized_relations(self, relations, preview=getattr(request, "is_preview", False))
        return context

    def address_lines(self):
        """The meeting place's address as it is written on a letter: street, postcode and town, country."""
        town = " ".join(part for part in (self.address_postal_code, self.address_locality) if part)
        country = self.get_address_country_display() if self.address_country else ""
        return [line for line in (self.address_street, town, country) if line]

    def destination_list(self):
        return [place.strip() for place in self.destinations.split(",") if place.strip()]

    def localized_municipalities(self):
        return localized_list(self.municipalities)

    def localized_initiatives(self):
        return [page.localized for page in self.initiatives_visited.all()]
