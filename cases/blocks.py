from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ContributionBlock(blocks.StructBlock):
    """One part of “who did what”: an actor or strand of work, and what it did."""

    heading = blocks.CharBlock(label=_("who or what"), max_length=200)
    text = blocks.RichTextBlock(label=_("what was done"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "group"
        label = _("contribution")


class FigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("figure"), max_length=40, help_text=_("For example “120” or “35 %”."))
    label = blocks.CharBlock(label=_("what it counts"), max_length=200)

    class Meta:
        icon = "table"
        label = _("figure")


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
