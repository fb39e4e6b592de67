"""Shared, translatable vocabularies: themes, legal bases and municipalities.

Every snippet keeps the same `slug` in every locale, so filters and search links
(`?theme=public-health`) work the same whatever the visitor's language.
Drafts, revisions, locking and the "Review before publishing" workflow are kept as for pages:
the row holds the published content, a draft lives in a revision, and never-published rows
(`live=False`) are kept from visitors, search and filters (`published`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from taxonomy.names import law_display_name, with_shared_flags


class Country(models.TextChoices):
    NORWAY = "NO", _("Norway")
    SWEDEN = "SE", _("Sweden")
    DENMARK = "DK", _("Denmark")


class KeySectionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("section"), max_length=40, help_text=_("For example “§ 4”."))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("what it says, in plain words"))

    class Meta:
        icon = "doc-full"
        label = _("key section")


class TaxonomySnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """What every vocabulary has: a name and a slug shared by all its translations, and a history."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("The same in every language; used in filter links."),
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Theme(TaxonomySnippet):
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("description"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("slug"),
        index.FilterField("live"),
    ]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class LegalBasis(TaxonomySnippet):
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("The abbreviation people search for, e.g. “PBL”. Both countries have a PBL."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    official_reference = models.CharField(
        _("official reference"),
        max_length=100,
        blank=True,
        help_text=_("For example “LOV-2011-06-24-29” or “SFS 2010:900”."),
    )
    purpose = models.TextField(_("purpose in plain words"), blank=True)
    key_sections = StreamField(
        [("section", KeySectionBlock())], verbose_name=_("key sections"), blank=True, use_json_field=True
    )
    url = models.URLField(_("link to the official text"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("country"),
        FieldPanel("official_reference"),
        FieldPanel("purpose"),
        FieldPanel("key_sections"),
        FieldPanel("url"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("official_reference"),
        TranslatableField("purpose"),
        TranslatableField("key_sections"),
        SynchronizedField("url"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
        index.SearchField("official_reference"),
        index.SearchField("purpose"),
        index.SearchField("key_sections"),
        index.FilterField("locale"),
        index.FilterField("country"),
        index.FilterField("slug"),
        index.FilterField("live"),
    ]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name

    with_display_flags = staticmethod(with_shared_flags)

    @property
    def display_name(self):
        """The name, with the country where a law of another country has the same (taxonomy/names.py)."""
        return law_display_name(self)

    @property
    def short_display_name(self):
        """What tags and item facts show: "PBL (Norge)" where Sweden has a PBL too, else "FHL"."""
        return law_display_name(self, "short")

    @property
    def full_display_name(self):
        return law_display_name(self, "full")

    def get_url(self, request=None):
        """The public page of this legal basis, in the active language."""
        return reverse("legal_basis", kwargs={"slug": self.slug})


# The map of initiatives shows mainland Norway, Sweden and Denmark: a place outside these ranges
# is a typing error (a swapped pair, a minus sign), so it is refused rather than left off the map.
LATITUDE_RANGE, LONGITUDE_RANGE = (54, 72), (4, 32)
LATITUDE_MESSAGE = _("The latitude must be between 54 and 72 degrees north (Norway, Sweden and Denmark).")
LONGITUDE_MESSAGE = _("The longitude must be between 4 and 32 degrees east (Norway, Sweden and Denmark).")


def coordinate_field(label, bounds, message, help_text):
    return models.DecimalField(
        label,
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(bounds[0], message), MaxValueValidator(bounds[1], message)],
        help_text=help_text,
    )


class Municipality(TaxonomySnippet):
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    latitude = coordinate_field(
        _("latitude"), LATITUDE_RANGE, LATITUDE_MESSAGE, _("Degrees north, e.g. 59.9139 for Oslo.")
    )
    longitude = coordinate_field(
        _("longitude"), LONGITUDE_RANGE, LONGITUDE_MESSAGE, _("Degrees east, e.g. 10.7522 for Oslo.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("country"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Place on the map"),
            help_text=_(
                "The town hall or centre, in decimal degrees; the map of initiatives shows a point here."
            ),
        ),
    ]

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("country", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("country"),
        index.FilterField("slug"),
        index.FilterField("live"),
    ]

    class Meta(TaxonomySnippet.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "latitude" if self.latitude is None else "longitude"
            raise ValidationError({missing: _("Give both the latitude and the longitude, or neither.")})


def published(queryset):
    """The rows visitors may see: published at least once (a draft's text lives in a revision)."""
    return queryset.filter(live=True)


def in_source_language():
    """Choices for tags in the admin: the rows of the default language only.

    Translations keep the source page's tags (SynchronizedField), and templates show each
    tag in the visitor's language, so offering the same theme three times would only confuse.
    """
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


def one_per_translation(queryset, locale):
    """One object per translation_key, in `locale` (a Locale or its id) where a translation
    exists, else any other.

    Pages link to snippets of the source locale until a translator syncs them, so
    lists shown to visitors must pick the row in the visitor's language themselves.
    Only published rows count: a draft never reaches a visitor.
    """
    locale_id = getattr(locale, "pk", locale)
    chosen = {}
    for obj in published(queryset).select_related("locale"):
        current = chosen.get(obj.translation_key)
        if current is None or (obj.locale_id == locale_id and current.locale_id != locale_id):
            chosen[obj.translation_key] = obj
    return sorted(chosen.values(), key=lambda obj: obj.name.casefold())


def localized_list(related_manager):
    """The related published snippets of a page, each in the active language where translated."""
    shown = (obj.localized for obj in related_manager.all() if obj.live)
    return sorted(shown, key=lambda obj: obj.name.casefold())
