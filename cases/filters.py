"""The initiative index's GET filters (core.facets does the filtering, counting and sorting).
Unknown values are dropped (and reported), never an error."""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from core.evidence import EvidenceLevel
from core.facets import FacetedFilterForm, printable  # noqa: F401  (printable: for other pages)
from core.phases import PHASE_NUMBERS
from core.public_tree import public
from taxonomy.models import Country, LegalBasis, Municipality, Theme, one_per_translation

# The facets: parameter -> the value's lookup on InitiativePage. A new multiple-choice field with
# an entry here is filtered, counted and shown like these.
FACET_LOOKUPS = {
    "country": "country",
    "municipality": "municipalities__slug",
    "theme": "themes__slug",
    "phase": "phases__number",
    "law": "legal_bases__slug",
    "evidence": "evidence_level",
}
FILTER_PARAMETERS = tuple(FACET_LOOKUPS)


class InitiativeFilterForm(FacetedFilterForm):
    facet_lookups = FACET_LOOKUPS
    period_lookups = ("start_year", "end_year")
    sort_orders = {"newest": ("-start_year", "title"), "title": ("title",)}
    uppercase = ("country",)

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

    def __init__(self, data, *, locale_id, language_code=None):
        self.locale_id = locale_id
        super().__init__(data, language_code=language_code)

    def set_choices(self):
        self.fields["country"].choices = Country.choices
        self.fields["municipality"].choices = self.snippet_choices(Municipality, self.locale_id)
        self.fields["theme"].choices = self.snippet_choices(Theme, self.locale_id)
        self.fields["phase"].choices = self.phase_choices(self.locale_id)
        self.fields["law"].choices = self.snippet_choices(LegalBasis, self.locale_id)

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
