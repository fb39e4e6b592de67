from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import BlockGroup
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import SynchronizedCharBlock
from core.numbers import figure_text


class ContributionBlock(blocks.StructBlock):
    """One part of “who did what”: an actor or strand of work, and what it did."""

    heading = blocks.CharBlock(label=_("who or what"), max_length=200)
    text = blocks.RichTextBlock(label=_("what was done"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "group"
        label = _("contribution")


class FigureValue(blocks.StructValue):
    """A figure as the results table shows it."""

    def shown_value(self):
        return figure_text(self.get("value"), self.get("unit"))

    def shown_baseline(self):
        return figure_text(self.get("baseline_value"), self.get("unit"))

    def public_document(self):
        """The source document, unless it is kept in a private collection."""
        document = self.get("source_document")
        if document is None or document.collection.get_view_restrictions().exists():
            return None
        return document

    def sources(self):
        """(title, url) of each source a visitor may open: the document, then the link."""
        found = []
        document = self.public_document()
        if document is not None:
            found.append((document.title, document.url))
        if self.get("source_url"):
            found.append((self.get("source_title") or self.get("source_url"), self.get("source_url")))
        return found


class FigureBlock(blocks.StructBlock):
    """One result: a value with its unit, what it measures, its year, an optional baseline to compare
    it with, and where it comes from (a document in the portal or a link)."""

    value = SynchronizedCharBlock(
        label=_("value"),
        max_length=20,
        help_text=_("Digits, e.g. “35”, “2.5” or “+80”; each language writes it in its own number format."),
    )
    unit = blocks.CharBlock(
        label=_("unit"),
        required=False,
        default="",
        max_length=60,
        help_text=_("For example “%” or “households”."),
    )
    measure = blocks.CharBlock(label=_("what it measures"), max_length=300)
    year = blocks.IntegerBlock(label=_("year"), min_value=1900, max_value=2100)
    baseline_value = SynchronizedCharBlock(
        label=_("baseline value"), required=False, default="", max_length=20
    )
    baseline_year = blocks.IntegerBlock(
        label=_("baseline year"), required=False, min_value=1900, max_value=2100
    )
    source_document = DocumentChooserBlock(label=_("document in the portal"), required=False)
    source_url = blocks.URLBlock(label=_("link"), required=False, default="")
    source_title = blocks.CharBlock(
        label=_("title of the link"),
        required=False,
        default="",
        max_length=300,
        help_text=_("The report's name, e.g. “Final report 2019”."),
    )

    class Meta:
        icon = "table"
        label = _("figure")
        value_class = FigureValue
        label_format = "{value} {unit} {measure} ({year})"
        form_layout = BlockGroup(
            children=[
                "value",
                "unit",
                "measure",
                "year",
                BlockGroup(
                    heading=_("Baseline"),
                    help_text=_("Optional: the value before, to compare with, and its year."),
                    children=["baseline_value", "baseline_year"],
                ),
                BlockGroup(
                    heading=_("Source"),
                    help_text=_("A document in the portal, a link, or both."),
                    children=["source_document", "source_url", "source_title"],
                ),
            ]
        )

    def clean(self, value):
        value = super().clean(value)
        errors = figure_errors(value)
        if errors:
            raise StructBlockValidationError(
                block_errors={name: ValidationError(message) for name, message in errors.items()}
            )
        return value


def figure_errors(value):
    """{child block: message} for a figure whose baseline or source does not hold together."""
    errors = {}
    year, baseline_value, baseline_year = (
        value.get("year"),
        value.get("baseline_value"),
        value.get("baseline_year"),
    )
    if baseline_value and not baseline_year:
        errors["baseline_year"] = _("Give the year of the baseline value.")
    elif baseline_year and not baseline_value:
        errors["baseline_value"] = _("Give the baseline value for the year %(year)s.") % {
            "year": baseline_year
        }
    elif baseline_year and year and baseline_year >= year:
        errors["baseline_year"] = _(
            "The baseline year (%(baseline)s) must be before the figure's year (%(year)s)."
        ) % {"baseline": baseline_year, "year": year}
    if value.get("source_url") and not value.get("source_title"):
        errors["source_title"] = _("Give the title of the linked source.")
    elif not value.get("source_document") and not value.get("source_url"):
        errors["source_url"] = _(
            "Give the figure a source: a document in the portal or a link with its title."
        )
    return errors


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("attachment")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("image")
