"""The five phases of an area initiative, by number: the same numbers in every language, so
guide pages, initiatives, their items, tools and search facets all agree on them."""

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from core.cache import for_this_generation
from core.public_tree import public

PHASE_NUMBERS = range(1, 6)
PHASE_CHOICES = [(number, str(number)) for number in PHASE_NUMBERS]
PHASE_RANGE_MESSAGE = _("The phase number must be between 1 and 5.")
PHASE_NUMBER_VALIDATORS = [
    MinValueValidator(PHASE_NUMBERS[0], message=PHASE_RANGE_MESSAGE),
    MaxValueValidator(PHASE_NUMBERS[-1], message=PHASE_RANGE_MESSAGE),
]


def phase_filter_choices(locale_id):
    """The filter choices of the five phases, each titled in `locale_id` where its page is live and
    public; kept until the next cache generation (a phase page published, moved or restricted)."""

    def choices():
        phases = public(apps.get_model("guide", "PhasePage").objects.live()).filter(locale_id=locale_id)
        titles = dict(phases.values_list("number", "title"))
        return [
            (str(number), f"{number}. {titles[number]}" if number in titles else str(number))
            for number in PHASE_NUMBERS
        ]

    return for_this_generation(f"choices:phases:{locale_id}", choices)
