"""The initiative index's GET filters. Unknown values are dropped (and reported), never an error."""

from django import forms
from django.apps import apps
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.evidence import EvidenceLevel
from core.phases import PHASE_NUMBERS
from core.public_tree import public
from taxonomy.models import Country, LegalBasis, Municipality, Theme, one_per_translation

FILTER_PARAMETERS = ("country", "municipality", "theme", "phase", "law", "evidence")
SHOWN_VALUE_LENGTH = 40


def printable(value):
    """An ignored value as it may be echoed back: no control characters, not too long."""
    cleaned = "".join(char for char in value if char.isprintable())
    return cleaned if len(cleaned) <= SHOWN_VALUE_LENGTH else cleaned[:SHOWN_VALUE_LENGTH] + "…"


class InitiativeFilterForm(forms.Form):
    country = forms.MultipleChoiceField(
        label=_("Country"), required=False, widget=forms.CheckboxSelectMultiple
    )
    municipality = forms.MultipleChoiceField(
        label=_("Municipality"), required=False, widget=forms.CheckboxSelectMultiple
    )
    theme = forms.MultipleChoiceField(label=_("Theme"), required=False, widget=forms.CheckboxSelectMultiple)
    phase = forms.MultipleChoiceField(label=_("Phase"), required=False, widget=forms.CheckboxSelectMultiple)
    law = forms.MultipleChoiceField(
        label=_("Legal basis"), required=False, widget=forms.CheckboxSelectMultiple
    )
    evidence = forms.MultipleChoiceField(
        label=_("Evidence level"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=EvidenceLevel.choices,
    )

    def __init__(self, data, *, locale_id):
        super().__init__(data=None)
        self.fields["country"].choices = Country.choices
        self.fields["municipality"].choices = self.snippet_choices(Municipality, locale_id)
        self.fields["theme"].choices = self.snippet_choices(Theme, locale_id)
        self.fields["phase"].choices = self.phase_choices(locale_id)
        self.fields["law"].choices = self.snippet_choices(LegalBasis, locale_id)
        self.ignored = []
        self.data = self.known_values(data or QueryDict())
        self.is_bound = True

    @staticmethod
    def snippet_choices(model, locale_id):
        return [(obj.slug, str(obj)) for obj in one_per_translation(model.objects.all(), locale_id)]

    @staticmethod
    def phase_choices(locale_id):
        phases = public(apps.get_model("guide", "PhasePage").objects.live()).filter(locale_id=locale_id)
        titles = dict(phases.values_list("number", "title"))
        return [
            (str(number), f"{number}. {titles[number]}" if number in titles else str(number))
            for number in PHASE_NUMBERS
        ]

    def known_values(self, data):
        """Keep the values the form knows; remember the rest to tell the visitor."""
        kept = QueryDict(mutable=True)
        for name in FILTER_PARAMETERS:
            known = {str(value) for value, _label in self.fields[name].choices}
            for raw in data.getlist(name):
                value = raw.strip().upper() if name == "country" else raw.strip()
                if value in known:
                    if value not in kept.getlist(name):
                        kept.appendlist(name, value)
                elif value:
                    self.ignored.append(printable(raw))
        return kept

    def selected(self):
        """(parameter, value, label, url without this value) for each active filter, to show and undo."""
        if not self.is_valid():
            return []
        chips = []
        for name in FILTER_PARAMETERS:
            labels = {str(value): label for value, label in self.fields[name].choices}
            for value in self.cleaned_data[name]:
                remaining = self.data.copy()
                remaining.setlist(name, [other for other in self.data.getlist(name) if other != value])
                chips.append(
                    {
                        "parameter": name,
                        "field_label": self.fields[name].label,
                        "value": value,
                        "label": labels[value],
                        "remove_query": remaining.urlencode(),
                    }
                )
        return chips

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data["country"]:
            queryset = queryset.filter(country__in=data["country"])
        if data["municipality"]:
            queryset = queryset.filter(municipalities__slug__in=data["municipality"])
        if data["theme"]:
            queryset = queryset.filter(themes__slug__in=data["theme"])
        if data["phase"]:
            queryset = queryset.filter(phases__number__in=[int(number) for number in data["phase"]])
        if data["law"]:
            queryset = queryset.filter(legal_bases__slug__in=data["law"])
        if data["evidence"]:
            queryset = queryset.filter(evidence_level__in=data["evidence"])
        return queryset.distinct()
