from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class ProcessStepBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("step"))
    sub_points = blocks.ListBlock(blocks.CharBlock(label=_("sub-point")), label=_("sub-points"), default=[])

    class Meta:
        icon = "list-ol"
        label = _("step")


class CityProcessBlock(blocks.StructBlock):
    city = blocks.CharBlock(label=_("city"), max_length=100)
    steps = blocks.ListBlock(blocks.TextBlock(label=_("step")), label=_("steps"))

    class Meta:
        icon = "site"
        label = _("city process")


class ActorBlock(blocks.StructBlock):
    actor = blocks.CharBlock(label=_("actor"), max_length=200)
    role = blocks.TextBlock(label=_("role"))

    class Meta:
        icon = "user"
        label = _("actor")


class ToolResourceBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("tool"), page_type="resources.ToolPage")
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "pick"
        label = _("tool")


class DocumentResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("document")


class LinkResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("address"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=300)

    class Meta:
        icon = "link-external"
        label = _("link")


class ResourceStreamBlock(blocks.StreamBlock):
    tool = ToolResourceBlock()
    document = DocumentResourceBlock()
    link = LinkResourceBlock()
