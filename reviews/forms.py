"""The "Mark as reviewed" form: who owns the page from now on and when it is due next."""

from datetime import timedelta

from django import forms
from django.contrib.auth.models import Group
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

BAD_DATE = _("Enter a date as YYYY-MM-DD, for example 2026-01-31.")
MAX_YEARS = 5  # a review further off than this is no review plan at all


class ReviewForm(forms.Form):
    owner = forms.ModelChoiceField(
        Group.objects.order_by("name"),
        required=False,
        empty_label=_("No owner"),
        label=_("Owner"),
        help_text=_("The group responsible for keeping the page up to date."),
    )
    next_review = forms.DateField(
        required=False,
        label=_("Next review by"),
        widget=AdminDateInput,
        error_messages={"invalid": BAD_DATE},
    )

    def __init__(self, *args, interval, **kwargs):
        super().__init__(*args, **kwargs)
        default = timezone.localdate() + interval
        self.fields["next_review"].help_text = gettext(
            "Leave it empty for the page type's usual interval: %(date)s."
        ) % {"date": formats.date_format(default)}

    def clean_next_review(self):
        day = self.cleaned_data["next_review"]
        today = timezone.localdate()
        if day is None:
            return None
        if day <= today:
            raise forms.ValidationError(gettext("The next review must be after today."))
        if day > today + timedelta(days=365 * MAX_YEARS):
            raise forms.ValidationError(
                gettext("The next review must be within %(years)d years.") % {"years": MAX_YEARS}
            )
        return day
