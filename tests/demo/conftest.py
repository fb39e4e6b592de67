"""The demo content, loaded once for the tests of tests/demo inside a transaction that is rolled
back afterwards, so tests elsewhere still start from an empty database."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


def row_counts():
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


# Wagtail's background tasks (its admin search index and reference index) are queued, not run: they
# are Wagtail's business, and running them would double the time the load takes.
QUEUE_TASKS = override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})


@pytest.fixture(scope="package")
def loaded(django_db_setup, django_db_blocker):
    """Counts of every table after the first and after a second run of the command."""
    with django_db_blocker.unblock(), QUEUE_TASKS, transaction.atomic():
        call_command("setup_site", "--no-admin")
        call_command("load_demo_content", stdout=io.StringIO())
        after_first = row_counts()
        second_output = io.StringIO()
        call_command("load_demo_content", stdout=second_output)
        yield {"first": after_first, "second": row_counts(), "second_output": second_output.getvalue()}
        transaction.set_rollback(True)


@pytest.fixture
def demo(loaded, db):
    return loaded
