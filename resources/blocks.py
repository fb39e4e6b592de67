from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeItemBlock(blocks.StructBlock):
    """One part of a study trip's programme: when, what, and what happened."""

    day = blocks.CharBlock(
        label=_("day"), required=False, max_length=100, help_text=_("For example “Day 1” or “Monday 9 June”.")
    )
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "date"
        label = _("programme item")
