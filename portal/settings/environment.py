"""Reading settings from environment variables. A value that cannot be what its variable means
stops the start with ImproperlyConfigured naming the variable, rather than quietly becoming
another value."""

import os

from django.core.exceptions import ImproperlyConfigured


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_seconds(name, default):
    try:
        return float(os.environ.get(name, default))
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a number of seconds, e.g. {default}") from error


def env_whole_number(name, default, minimum=0, unit=""):
    """A whole number no smaller than `minimum` (a limit, a count, seconds). Unset or blank (an env
    file's placeholder) is `default`."""
    value = os.environ.get(name, "").strip() or str(default)
    try:
        number = int(value)
    except ValueError:
        number = None
    if number is None or number < minimum:
        of = f" of {unit}" if unit else ""
        bound = "above 0" if minimum == 1 else f"{minimum} or more"
        raise ImproperlyConfigured(
            f"{name} must be a whole number{of}, {bound}, e.g. {default} (not {value!r})"
        )
    return number


def env_positive_int(name, default, unit=""):
    """A whole number above zero, e.g. a limit: 0 or less would refuse everything."""
    return env_whole_number(name, default, minimum=1, unit=unit)
