"""Field settings several page types share."""

from django.core.validators import MaxValueValidator, MinValueValidator
from wagtail_localize.fields import SynchronizedField, TranslatableField

# What every page type translates of Wagtail's own fields; each adds its own after these.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
]

# A year an initiative started or ended, or a tool was published.
YEAR_VALIDATORS = [MinValueValidator(1900), MaxValueValidator(2100)]
