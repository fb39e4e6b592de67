"""The initiative index's GET filters (core.facets does the filtering, counting and sorting).
Unknown values are dropped (and reported), never an error."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.cache import for_this_generation
from core.evidence import EvidenceLevel
from core.facets import FacetedFilterForm, printable  # noqa: F401  (printable: for other pages)
from core.phases import phase_filter_choices
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
        """Kept until the next cache generation (a snippet saved, a page published): a fifth of the
        index page's render. The names may hold a country in the interface language."""
        return for_this_generation(
            f"choices:{model.__name__}:{locale_id}:{get_language()}",
            lambda: [(obj.slug, str(obj)) for obj in one_per_translation(model.objects.all(), locale_id)],
        )

    @staticmethod
    def phase_choices(locale_id):
        return phase_filter_choices(locale_id)
