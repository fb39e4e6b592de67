"""The GET filter forms of the listing pages (initiatives, tools): choice facets whose values show
how many pages choosing them gives, a period (from–to year) and a sort order.

Counting is disjunctive, as the search page counts: a facet's values are counted with every
other facet's choices and the period applied, but not its own (values of one facet widen, facets
narrow). A subclass declares its facets in `facet_lookups` ({parameter: lookup of the value on
the page model}); a new multiple-choice field with an entry there is filtered and counted like
the others. Counting reads one row per page and one query per related facet, never a query per
value (see `Counted`).

Unknown facet and sort values are dropped and reported (`ignored`), never an error. A period that
is not a year, or ends before it starts, is an error on the form (`period_error`): the listing
then answers 400 and shows the message and the form as sent."""

from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.fields import YEAR_VALIDATORS

SHOWN_VALUE_LENGTH = 40
FIRST_YEAR, LAST_YEAR = (validator.limit_value for validator in YEAR_VALIDATORS)
SORT_LABELS = {"newest": _("Newest first"), "title": _("Title")}
# Letters the languages order after z, in their own order (Unicode would give å æ ø and ä å ö).
AFTER_Z = [chr(0x10FFF0 + number) for number in range(3)]
LAST_LETTERS = {
    "nb": {"æ": AFTER_Z[0], "ä": AFTER_Z[0], "ø": AFTER_Z[1], "ö": AFTER_Z[1], "å": AFTER_Z[2]},
    "sv": {"å": AFTER_Z[0], "ä": AFTER_Z[1], "æ": AFTER_Z[1], "ö": AFTER_Z[2], "ø": AFTER_Z[2]},
}


def printable(value):
    """An ignored value as it may be echoed back: no control characters, not too long."""
    cleaned = "".join(char for char in value if char.isprintable())
    return cleaned if len(cleaned) <= SHOWN_VALUE_LENGTH else cleaned[:SHOWN_VALUE_LENGTH] + "…"


def title_key(title, language_code):
    folded = (title or "").casefold()
    return folded.translate(str.maketrans(LAST_LETTERS.get(language_code, {})))


@dataclass
class Counted:
    """What a listing shows: the matching page ids in order, and each facet's counts."""

    ids: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # {parameter: Counter({value: pages})}


class FacetedFilterForm(forms.Form):
    facet_lookups: dict[str, str] = {}  # {parameter: lookup}, e.g. {"theme": "themes__slug"}
    period_lookups = ("start_year", "end_year")  # a page's span; an empty end: still running
    sort_orders = {"newest": ("-start_year", "title"), "title": ("title",)}
    default_sort = "newest"
    uppercase = ()  # parameters whose values are compared in capitals (country codes)

    def __init__(self, data, *, language_code=None):
        super().__init__(data=None)
        self.set_choices()  # before reading the data: only values the fields know are kept
        self.language_code = language_code or get_language()
        self.ignored = []
        self.period_error = ""
        self.data = self.known_values(data or QueryDict())
        self.is_bound = True

    def set_choices(self):
        """Give each facet's field its choices (value, label)."""

    def known_values(self, data):
        """Keep the values the form knows; remember the rest to tell the visitor."""
        kept = QueryDict(mutable=True)
        for name in self.facet_lookups:
            known = {str(value) for value, _label in self.fields[name].choices}
            for raw in data.getlist(name):
                value = raw.strip().upper() if name in self.uppercase else raw.strip()
                if value in known:
                    if value not in kept.getlist(name):
                        kept.appendlist(name, value)
                elif value:
                    self.ignored.append(printable(raw))
        for name in ("from", "to"):
            value = data.get(name, "").strip()
            if value:
                kept[name] = value[:SHOWN_VALUE_LENGTH]
        sort = data.get("sort", "").strip()
        if sort in self.sort_orders and sort != self.default_sort:
            kept["sort"] = sort
        elif sort and sort != self.default_sort:
            self.ignored.append(printable(sort))
        self.period = self.read_period(kept)
        return kept

    def read_period(self, data):
        """(from, to) years, either None; an unreadable period is reported and not applied."""
        years = []
        for name in ("from", "to"):
            raw = data.get(name, "")
            if not raw:
                years.append(None)
            elif not (raw.isascii() and raw.isdigit()) or not FIRST_YEAR <= int(raw) <= LAST_YEAR:
                self.period_error = _("Enter the years as four digits between %(first)s and %(last)s.") % {
                    "first": FIRST_YEAR,
                    "last": LAST_YEAR,
                }
                return None, None
            else:
                years.append(int(raw))
        if None not in years and years[0] > years[1]:
            self.period_error = _("The period starts (%(start)s) after it ends (%(end)s).") % {
                "start": years[0],
                "end": years[1],
            }
            return None, None
        return tuple(years)

    @property
    def sort(self):
        return self.data.get("sort", self.default_sort)

    def sort_choices(self):
        return [(value, SORT_LABELS[value], value == self.sort) for value in self.sort_orders]

    def chosen(self):
        return {name: self.data.getlist(name) for name in self.facet_lookups if self.data.getlist(name)}

    # --- filtering in SQL: what other pages (the map) reuse ------------------------------------

    def filter(self, queryset):
        """`queryset` narrowed to the chosen values and period (each facet in a subquery, so
        filters on one relation never multiply rows)."""
        for name, values in self.chosen().items():
            lookup = self.facet_lookups[name]
            queryset = queryset.filter(pk__in=queryset.model.objects.filter(**{f"{lookup}__in": values}))
        start, end = self.period_lookups
        first, last = self.period
        if last is not None:
            queryset = queryset.filter(**{f"{start}__lte": last})
        if first is not None:
            # An empty end is a span still running; a page with no start at all has no span.
            running = Q(**{f"{end}__isnull": True, f"{start}__isnull": False})
            queryset = queryset.filter(Q(**{f"{end}__gte": first}) | running)
        return queryset

    # --- counting in Python over a few queries: what the listing shows ---------------------------

    def count(self, queryset):
        """The matching ids in the chosen order, and every facet's disjunctive counts."""
        model = queryset.model
        plain = [name for name, lookup in self.facet_lookups.items() if is_plain_field(model, lookup)]
        sort_fields = {name.lstrip("-") for order in self.sort_orders.values() for name in order}
        columns = ["pk", *dict.fromkeys([*self.period_lookups, *sort_fields])]
        rows = list(queryset.values(*columns, *(self.facet_lookups[name] for name in plain)))
        ids = [row["pk"] for row in rows]
        values = {name: {row["pk"]: {str(row[self.facet_lookups[name]])} for row in rows} for name in plain}
        related = [name for name in self.facet_lookups if name not in values]
        values.update({name: {pk: set() for pk in ids} for name in related})
        if ids and related:
            for pk, name, value in self.related_values(model, ids, related):
                values[name][pk].add(str(value))
        in_period = {row["pk"] for row in rows if self.overlaps(row)}
        chosen = {name: set(chosen) for name, chosen in self.chosen().items()}

        def passes(pk, leaving_out=None):
            return pk in in_period and all(
                values[name][pk] & wanted for name, wanted in chosen.items() if name != leaving_out
            )

        counts = {
            name: Counter(value for pk in ids if passes(pk, name) for value in values[name][pk])
            for name in self.facet_lookups
        }
        matching = [row for row in rows if passes(row["pk"])]
        return Counted([row["pk"] for row in self.ordered(matching)], counts)

    def related_values(self, model, ids, names):
        """(page id, parameter, value) of the related facets, in one query (a UNION of one SELECT
        each; values as text, so slugs and numbers share a column)."""
        selects = [
            model.objects.filter(pk__in=ids, **{f"{self.facet_lookups[name]}__isnull": False})
            .annotate(
                facet=Value(name, output_field=CharField()), value=Cast(self.facet_lookups[name], CharField())
            )
            .values_list("pk", "facet", "value")
            .order_by()
            for name in names
        ]
        return selects[0].union(*selects[1:], all=True) if len(selects) > 1 else selects[0]

    def overlaps(self, row):
        first, last = self.period
        start, end = (row[name] for name in self.period_lookups)
        if first is None and last is None:
            return True
        if start is None:
            return False
        if last is not None and start > last:
            return False
        return first is None or end is None or end >= first

    def ordered(self, rows):
        """Stable sorts from the last key to the first; an empty value goes last either way."""
        for name in reversed(self.sort_orders[self.sort]):
            column, descending = name.lstrip("-"), name.startswith("-")
            present = [row for row in rows if row[column] is not None]
            present.sort(key=self.sort_key(column), reverse=descending)
            rows = present + [row for row in rows if row[column] is None]
        return rows

    def sort_key(self, column):
        if column == "title":
            return lambda row: title_key(row[column], self.language_code)
        return lambda row: row[column]

    # --- what the template shows -------------------------------------------------------------

    def groups(self, counts):
        """Per facet: its label and values (value, label, count, selected); a value no page has is
        left out unless it is chosen (choosing it would show nothing)."""
        groups = []
        for name in self.facet_lookups:
            chosen = set(self.data.getlist(name))
            shown = [
                {
                    "value": str(value),
                    "label": label,
                    "count": counts[name][str(value)],
                    "selected": str(value) in chosen,
                }
                for value, label in self.fields[name].choices
                if counts[name][str(value)] or str(value) in chosen
            ]
            if shown:
                groups.append({"name": name, "label": self.fields[name].label, "values": shown})
        return groups

    def selected(self):
        """(parameter, value, label, url without this value) for each active filter, to show and undo."""
        chips = []
        for name in self.facet_lookups:
            labels = {str(value): label for value, label in self.fields[name].choices}
            for value in self.data.getlist(name):
                chips.append(self.chip(name, self.fields[name].label, labels[value], [value]))
        if any(year is not None for year in self.period):
            first, last = self.period
            label = f"{first or ''}–{last or ''}"
            chips.append(self.chip("period", _("Period"), label, None, removes=("from", "to")))
        return chips

    def described(self):
        """[(field label, [value labels])] of the filters applied, the period last: what a feed
        of this listing is narrowed to (core.subscriptions)."""
        parts = []
        for name in self.facet_lookups:
            labels = {str(value): str(label) for value, label in self.fields[name].choices}
            values = [labels[value] for value in self.data.getlist(name)]
            if values:
                parts.append((str(self.fields[name].label), values))
        first, last = self.period
        if first is not None or last is not None:
            parts.append((str(_("Period")), [f"{first or ''}–{last or ''}"]))
        return parts

    def chip(self, name, field_label, label, value, removes=()):
        remaining = self.data.copy()
        for removed in removes:
            remaining.pop(removed, None)
        if value is not None:
            remaining.setlist(name, [other for other in self.data.getlist(name) if other not in value])
        return {
            "parameter": name,
            "field_label": field_label,
            "label": label,
            "remove_query": remaining.urlencode(),
        }


def is_plain_field(model, lookup):
    if "__" in lookup:
        return False
    try:
        return not model._meta.get_field(lookup).is_relation
    except FieldDoesNotExist:
        return False
