"""Initiatives (examples): what a municipality did, and the tips, challenges and
success factors others can learn from, each its own item with a stable anchor."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cases.blocks import AttachmentBlock, ContributionBlock, FigureBlock, GalleryImageBlock
from cases.display import initiative_display
from cases.filters import InitiativeFilterForm

# Django finds an app's models in its models module: the items are defined in cases/items.py.
from cases.items import Challenge, InitiativeItem, ItemKind, SuccessFactor, Tip  # noqa: F401
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
from core.public_tree import public
from core.untranslated import listed_in
from taxonomy.localize import by_name, localized_by_pk, m2m_links
from taxonomy.models import Country, Municipality, in_source_language, localized_list


class InitiativeIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cases.InitiativePage"]
    per_page = 20

    class Meta:
        verbose_name = _("initiative index")

    def initiatives(self):
        """This index's initiatives, and those of its other languages not translated into this one."""
        return listed_in(InitiativePage.objects.all(), get_language(), parent=self)

    listed = initiatives  # what the listing and its feed (feeds/) filter

    def listing_form(self, data):
        return InitiativeFilterForm(data, locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.listing_form(request.GET)
        context.update(filtered_listing(self, request, form, self.initiatives(), feed="initiative_feed"))
        page_of_results = context["initiatives"] = context["results"]
        attach_municipalities(page_of_results.object_list, self.locale_id)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return with_form_status(response)


def attach_municipalities(initiatives, locale_id):
    """Give each initiative card its municipalities in the page's language, in two queries."""
    initiatives = list(initiatives)
    links = m2m_links(
        [("municipalities", InitiativePage, "municipalities", {"pk__in": [page.pk for page in initiatives]})]
    )["municipalities"]
    shown = localized_by_pk(Municipality, [target for _owner, target in links], locale_id)
    for page in initiatives:
        page.shown_municipalities = by_name(shown[target] for owner, target in links if owner == page.pk)


class InitiativePage(PortalPage):
    summary = models.TextField(_("summary"))
    background = RichTextField(_("background"), blank=True)
    goals = RichTextField(_("goals"), blank=True)
    who_did_what = StreamField(
        [("contribution", ContributionBlock())], verbose_name=_("who did what"), blank=True
    )
    continuation = RichTextField(_("continuation"), blank=True)
    results_in_figures = StreamField(
        [("figure", FigureBlock())], verbose_name=_("results in figures"), blank=True
    )
    attachments = StreamField([("attachment", AttachmentBlock())], verbose_name=_("attachments"), blank=True)

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        limit_choices_to=in_source_language,
        verbose_name=_("municipalities"),
        related_name="initiatives",
    )
    areas = models.CharField(
        _("named areas"),
        max_length=500,
        blank=True,
        help_text=_("The neighbourhoods, separated by commas, e.g. “Seved, Lindängen”."),
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR_VALIDATORS, help_text=_("Empty while it runs.")
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        limit_choices_to=in_source_language,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
    )
    phases = ParentalManyToManyField(
        "guide.PhasePage",
        limit_choices_to=in_source_language,
        verbose_name=_("phases it illustrates"),
        blank=True,
        related_name="initiatives",
    )
    legal_bases = ParentalManyToManyField(
        "taxonomy.LegalBasis",
        limit_choices_to=in_source_language,
        verbose_name=_("legal bases used"),
        blank=True,
        related_name="initiatives",
    )
    contacts = contacts_field()
    image = models.ForeignKey(
        "core.PortalImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gallery = StreamField([("image", GalleryImageBlock())], verbose_name=_("more images"), blank=True)
    evidence_level = evidence_level_field()
    evidence_source = evidence_source_field()
    evidence_source_title = evidence_source_title_field()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        EVIDENCE_PANEL,
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("areas"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("background"),
        FieldPanel("goals"),
        FieldPanel("who_did_what"),
        InlinePanel("success_factors", heading=_("Success factors"), label=_("success factor")),
        InlinePanel("challenges", heading=_("Challenges"), label=_("challenge")),
        InlinePanel("tips", heading=_("Tips to others"), label=_("tip")),
        FieldPanel("continuation"),
        FieldPanel("results_in_figures"),
        FieldPanel("attachments"),
        FieldPanel("gallery"),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("legal_bases", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        ),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("background"),
        TranslatableField("goals"),
        TranslatableField("who_did_what"),
        TranslatableField("continuation"),
        TranslatableField("results_in_figures"),
        TranslatableField("attachments"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("municipalities"),
        TranslatableField("areas"),
        SynchronizedField("start_year", overridable=False),
        SynchronizedField("end_year", overridable=False),
        SynchronizedField("themes"),
        SynchronizedField("phases"),
        SynchronizedField("legal_bases"),
        TranslatableField("contacts"),
        SynchronizedField("image"),
        TranslatableField("gallery"),
        TranslatableField("success_factors"),
        TranslatableField("challenges"),
        TranslatableField("tips"),
        *EVIDENCE_TRANSLATABLE_FIELDS,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("background"),
        index.SearchField("goals"),
        index.SearchField("who_did_what"),
        index.SearchField("continuation"),
        index.SearchField("areas"),
        index.FilterField("country"),
        index.FilterField("start_year"),
        index.RelatedFields("tips", [index.SearchField("title"), index.SearchField("text")]),
        index.RelatedFields("challenges", [index.SearchField("title"), index.SearchField("text")]),
        index.RelatedFields("success_factors", [index.SearchField("title"), index.SearchField("text")]),
    ]

    parent_page_types = ["cases.InitiativeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("initiative")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["display"] = initiative_display(self, preview=getattr(request, "is_preview", False))
        # The index is this page's parent: its address is ours minus the last segment (no query).
        context["index_url"] = self.get_url(request).rstrip("/").rsplit("/", 1)[0] + "/"
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year (%(end)s) is before the start year (%(start)s).") % {
                "end": self.end_year,
                "start": self.start_year,
            }
        for relation in ("success_factors", "challenges", "tips"):
            for item in getattr(self, relation).all():
                if not (item.text or "").strip():
                    errors.setdefault("__all__", []).append(item.empty_message)
        errors.update(evidence_errors(self))
        if errors:
            raise ValidationError(errors)

    # Numbered on every save, not in clean(): the admin saves drafts without full validation.
    def save(self, *args, **kwargs):
        self.number_new_items()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.number_new_items()
        return super().save_revision(*args, **kwargs)

    def number_new_items(self):
        """Give each new item the next free number of its kind, so anchors never change."""
        for relation in ("success_factors", "challenges", "tips"):
            items = list(getattr(self, relation).all())
            next_number = max((item.number or 0 for item in items), default=0) + 1
            for item in items:
                if not item.number:
                    item.number = next_number
                    next_number += 1

    def area_list(self):
        return [area.strip() for area in self.areas.split(",") if area.strip()]

    @property
    def period(self):
        if self.end_year == self.start_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year or ''}"

    def items(self):
        """Every tip, challenge and success factor, in page order: what search indexes one by one."""
        return [*self.success_factors.all(), *self.challenges.all(), *self.tips.all()]

    def localized_themes(self):
        return localized_list(self.themes)

    def localized_legal_bases(self):
        return localized_list(self.legal_bases)

    def localized_municipalities(self):
        return localized_list(self.municipalities)

    def localized_phases(self):
        return sorted((phase.localized for phase in self.phases.all()), key=lambda phase: phase.number)

    def visiting_study_trips(self):
        """Live, public study trips of this page's language that visited this initiative (in any language)."""
        trips = apps.get_model("resources", "StudyTripPage").objects.live()
        return (
            public(trips)
            .filter(locale_id=self.locale_id, initiatives_visited__translation_key=self.translation_key)
            .distinct()
            .order_by("-start_date")
        )

    def phase_numbers(self):
        return sorted({phase.number for phase in self.phases.all()})
