"""The five phases of an area initiative, by number: the same numbers in every language, so
guide pages, initiatives, their items, tools and search facets all agree on them."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

PHASE_NUMBERS = range(1, 6)
PHASE_CHOICES = [(number, str(number)) for number in PHASE_NUMBERS]
PHASE_RANGE_MESSAGE = _("The phase number must be between 1 and 5.")
PHASE_NUMBER_VALIDATORS = [
    MinValueValidator(PHASE_NUMBERS[0], message=PHASE_RANGE_MESSAGE),
    MaxValueValidator(PHASE_NUMBERS[-1], message=PHASE_RANGE_MESSAGE),
]
