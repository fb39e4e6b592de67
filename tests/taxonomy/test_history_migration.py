"""taxonomy/migrations/0004_snippet_history: a database made before snippets had a history keeps
every theme, legal basis and municipality live (shown to visitors and found by search), with no
revision needed, and the three come under the "Review before publishing" workflow.

The database is migrated back to 0003, filled through the models of that state, then migrated
forward (as tests/core/test_image_model_move.py does, outside a test transaction)."""

import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from taxonomy.models import LegalBasis, Municipality, Theme

BEFORE = [("taxonomy", "0003_municipality_coordinates")]
SLUG = "history-migration"


@pytest.fixture
def old_apps(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        executor = MigrationExecutor(connection)
        executor.migrate(BEFORE)
        try:
            yield executor.loader.project_state(BEFORE).apps
        finally:
            executor = MigrationExecutor(connection)
            executor.migrate(executor.loader.graph.leaf_nodes())
            ContentType.objects.clear_cache()
            for model in (Theme, LegalBasis, Municipality):
                model.objects.filter(slug=SLUG).delete()


def test_existing_vocabularies_stay_live_after_migrating(old_apps, django_db_blocker):
    with django_db_blocker.unblock():
        locale_id = Locale.objects.get(language_code="nb").pk
        common = {"slug": SLUG, "locale_id": locale_id}
        old_apps.get_model("taxonomy", "Theme").objects.create(
            name="Gammelt tema", translation_key=uuid.uuid4(), **common
        )
        old_apps.get_model("taxonomy", "LegalBasis").objects.create(
            name="Gammel lov", country="NO", translation_key=uuid.uuid4(), **common
        )
        old_apps.get_model("taxonomy", "Municipality").objects.create(
            name="Gammel kommune", country="NO", translation_key=uuid.uuid4(), **common
        )
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
        ContentType.objects.clear_cache()

        for model in (Theme, LegalBasis, Municipality):
            row = model.objects.get(slug=SLUG)
            assert row.live and not row.has_unpublished_changes
            assert row.latest_revision is None  # no revision is needed to be shown
            assert row.get_workflow().name == "Review before publishing"
