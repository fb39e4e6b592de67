from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeDayBlock(blocks.StructBlock):
    """One day (or part) of a study trip's programme."""

    heading = blocks.CharBlock(
        label=_("day or part"), max_length=200, help_text=_("For example “Day 1: Malmö”.")
    )
    date = blocks.DateBlock(label=_("date"), required=False)
    visits = blocks.ListBlock(blocks.CharBlock(label=_("visit or session")), label=_("visits and sessions"))

    class Meta:
        icon = "date"
        label = _("programme day")
