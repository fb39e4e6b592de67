"""The tool index's GET filters. Unknown values are dropped (and reported), never an error."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.evidence import EvidenceLevel

FILTER_PARAMETERS = ("evidence",)
SHOWN_VALUE_LENGTH = 40


def printable(value):
    """An ignored value as it may be echoed back: no control characters, not too long."""
    cleaned = "".join(char for char in value if char.isprintable())
    return cleaned if len(cleaned) <= SHOWN_VALUE_LENGTH else cleaned[:SHOWN_VALUE_LENGTH] + "…"


class ToolFilterForm(forms.Form):
    evidence = forms.MultipleChoiceField(
        label=_("Evidence level"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=EvidenceLevel.choices,
    )

    def __init__(self, data):
        super().__init__(data=None)
        self.ignored = []
        self.data = self.known_values(data or QueryDict())
        self.is_bound = True

    def known_values(self, data):
        """Keep the values the form knows; remember the rest to tell the visitor."""
        kept = QueryDict(mutable=True)
        for name in FILTER_PARAMETERS:
            known = {str(value) for value, _label in self.fields[name].choices}
            for raw in data.getlist(name):
                value = raw.strip()
                if value in known:
                    if value not in kept.getlist(name):
                        kept.appendlist(name, value)
                elif value:
                    self.ignored.append(printable(raw))
        return kept

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        if self.cleaned_data["evidence"]:
            queryset = queryset.filter(evidence_level__in=self.cleaned_data["evidence"])
        return queryset
