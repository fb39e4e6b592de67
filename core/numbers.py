"""Figures as each language writes them: 1 234,5 % in Norwegian and Swedish, 1,234.5% in English."""

import re
from decimal import Decimal

from django.utils import formats
from django.utils.translation import get_language

# A plain number as an editor types it: an optional sign, digits, an optional decimal part after a
# full stop or comma, an optional "+" for "more than". Anything else ("9 / 10") is shown as written.
PLAIN_NUMBER = re.compile(r"^(?P<sign>[+\-−]?)(?P<whole>\d+)(?:[.,](?P<fraction>\d+))?(?P<more>\+?)$")
NO_SPACE_BEFORE = {"en": {"%"}}  # English writes 35%; Norwegian and Swedish 35 %


def localized_number(text):
    """`text` in the active language's number format when it is a plain number, else as written."""
    text = (text or "").strip()
    match = PLAIN_NUMBER.match(text)
    if not match:
        return text
    fraction = match["fraction"] or ""
    number = Decimal(f"{match['whole']}.{fraction}" if fraction else match["whole"])
    shown = formats.number_format(number, decimal_pos=len(fraction), use_l10n=True, force_grouping=True)
    sign = "−" if match["sign"] in "-−" and match["sign"] else match["sign"]
    return f"{sign}{shown}{match['more']}"


def figure_text(value, unit=""):
    """A value with its unit, joined as the active language does (no line break between them)."""
    shown = localized_number(value)
    if not shown or not unit:
        return shown
    language = (get_language() or "").split("-")[0]
    separator = "" if unit in NO_SPACE_BEFORE.get(language, ()) else "\u00a0"
    return f"{shown}{separator}{unit}"
