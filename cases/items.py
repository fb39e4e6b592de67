"""The tips, challenges and success factors of an initiative: each its own text, tags and
stable anchor on the initiative page, and its own search result."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.phases import PHASE_CHOICES
from taxonomy.models import in_source_language, localized_list


class ItemKind(models.TextChoices):
    TIP = "tip", _("Tip")
    CHALLENGE = "challenge", _("Challenge")
    SUCCESS_FACTOR = "success_factor", _("Success factor")


class InitiativeItem(TranslatableMixin, Orderable, ClusterableModel):
    """A tip, challenge or success factor: its own text, tags and anchor on the initiative page."""

    kind = None  # set by each concrete class, with its messages
    empty_message = None
    self_link_label = None

    number = models.PositiveIntegerField(
        _("number"), null=True, blank=True, editable=False, help_text=_("Stable; gives the item its anchor.")
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("A short heading (optional).")
    )
    text = models.TextField(_("text"), blank=True)
    phase = models.PositiveSmallIntegerField(_("phase"), null=True, blank=True, choices=PHASE_CHOICES)
    themes = ParentalManyToManyField(
        "taxonomy.Theme",
        limit_choices_to=in_source_language,
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
    )
    legal_bases = ParentalManyToManyField(
        "taxonomy.LegalBasis",
        limit_choices_to=in_source_language,
        verbose_name=_("legal bases"),
        blank=True,
        related_name="+",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("phase")]),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("legal_bases", widget=forms.CheckboxSelectMultiple),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        SynchronizedField("number", overridable=False),
        SynchronizedField("phase", overridable=False),
        SynchronizedField("themes"),
        SynchronizedField("legal_bases"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.display_title

    def clean(self):
        super().clean()
        if not (self.text or "").strip():
            raise ValidationError({"text": self.empty_message})

    @property
    def display_title(self):
        return self.title or Truncator(self.text).words(10)

    @property
    def anchor(self):
        return f"{self.kind.replace('_', '-')}-{self.number or self.pk}"

    @property
    def kind_label(self):
        return ItemKind(self.kind).label

    def get_url(self, request=None):
        return f"{self.page.get_url(request=request)}#{self.anchor}"

    def get_full_url(self, request=None):
        return f"{self.page.get_full_url(request=request)}#{self.anchor}"

    @cached_property
    def localized_themes(self):
        return localized_list(self.themes)

    @cached_property
    def localized_legal_bases(self):
        return localized_list(self.legal_bases)


class SuccessFactor(InitiativeItem):
    kind = ItemKind.SUCCESS_FACTOR
    empty_message = _("A success factor needs a text. Write it, or remove the empty success factor.")
    self_link_label = _("Link to this success factor")
    page = ParentalKey("cases.InitiativePage", on_delete=models.CASCADE, related_name="success_factors")

    class Meta(InitiativeItem.Meta):
        verbose_name = _("success factor")
        verbose_name_plural = _("success factors")


class Challenge(InitiativeItem):
    kind = ItemKind.CHALLENGE
    empty_message = _("A challenge needs a text. Write it, or remove the empty challenge.")
    self_link_label = _("Link to this challenge")
    page = ParentalKey("cases.InitiativePage", on_delete=models.CASCADE, related_name="challenges")

    class Meta(InitiativeItem.Meta):
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")


class Tip(InitiativeItem):
    kind = ItemKind.TIP
    empty_message = _("A tip needs a text. Write it, or remove the empty tip.")
    self_link_label = _("Link to this tip")
    page = ParentalKey("cases.InitiativePage", on_delete=models.CASCADE, related_name="tips")

    class Meta(InitiativeItem.Meta):
        verbose_name = _("tip")
        verbose_name_plural = _("tips")
