"""The tool index's GET filters (core.facets does the filtering, counting and sorting)."""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from core.evidence import EvidenceLevel
from core.facets import FacetedFilterForm
from core.phases import PHASE_NUMBERS
from core.public_tree import public
from taxonomy.models import Theme, one_per_translation

# parameter -> the value's lookup on ToolPage (see cases.filters).
FACET_LOOKUPS = {
    "type": "tool_type",
    "phase": "phases__number",
    "theme": "themes__slug",
    "evidence": "evidence_level",
}


class ToolFilterForm(FacetedFilterForm):
    facet_lookups = FACET_LOOKUPS
    period_lookups = ("year", "year")  # a tool has one year; one without is left out by a period
    sort_orders = {"title": ("title",), "newest": ("-year", "title")}
    default_sort = "title"

    type = forms.MultipleChoiceField(label=_("Type"), required=False, widget=forms.CheckboxSelectMultiple)
    phase = forms.MultipleChoiceField(label=_("Phase"), required=False, widget=forms.CheckboxSelectMultiple)
    theme = forms.MultipleChoiceField(label=_("Theme"), required=False, widget=forms.CheckboxSelectMultiple)
    evidence = forms.MultipleChoiceField(
        label=_("Evidence level"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=EvidenceLevel.choices,
    )

    def __init__(self, data, *, locale_id, tool_types, language_code=None):
        self.locale_id, self.tool_types = locale_id, tool_types
        super().__init__(data, language_code=language_code)

    def set_choices(self):
        self.fields["type"].choices = self.tool_types
        phases = public(apps.get_model("guide", "PhasePage").objects.live()).filter(locale_id=self.locale_id)
        titles = dict(phases.values_list("number", "title"))
        self.fields["phase"].choices = [
            (str(number), f"{number}. {titles[number]}" if number in titles else str(number))
            for number in PHASE_NUMBERS
        ]
        themes = one_per_translation(Theme.objects.all(), self.locale_id)
        self.fields["theme"].choices = [(theme.slug, str(theme)) for theme in themes]
