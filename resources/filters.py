"""The tool index's GET filters (core.facets does the filtering, counting and sorting)."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.cache import for_this_generation
from core.evidence import EvidenceLevel
from core.facets import FacetedFilterForm
from core.phases import phase_filter_choices
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
        self.fields["phase"].choices = phase_filter_choices(self.locale_id)
        # Kept until the next cache generation (a theme saved, a page published), as the phases.
        self.fields["theme"].choices = for_this_generation(
            f"choices:Theme:{self.locale_id}:{get_language()}",
            lambda: [
                (theme.slug, str(theme)) for theme in one_per_translation(Theme.objects.all(), self.locale_id)
            ],
        )
