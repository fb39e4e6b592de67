import pytest
from wagtail.models import Locale

from cases.models import InitiativePage
from guide.models import PhasePage
from taxonomy.localize import localized_by_pk, m2m_links
from taxonomy.models import Theme
from tests.content import home_page, phase_guide_with_phases, translate
from tests.factories import InitiativeIndexPageFactory, InitiativePageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def swedish():
    return Locale.objects.get(language_code="sv").pk


def test_snippets_come_in_the_requested_language_where_translated(site):
    safety, health = ThemeFactory(name="Safety"), ThemeFactory(name="Health")
    swedish_safety = translate(safety, "sv")
    shown = localized_by_pk(Theme, [safety.pk, health.pk], swedish())
    assert shown == {safety.pk: swedish_safety, health.pk: health}


def test_pages_come_in_the_requested_language_only_when_that_translation_is_live(site):
    guide, phases = phase_guide_with_phases()
    translate(guide, "sv")
    live_translation = translate(phases[0], "sv")
    translate(phases[1], "sv", publish=False)
    shown = localized_by_pk(PhasePage, [phases[0].pk, phases[1].pk], swedish())
    assert shown[phases[0].pk] == live_translation
    assert shown[phases[1].pk] == phases[1]


def test_unpublished_pages_are_never_linked(site):
    _guide, phases = phase_guide_with_phases()
    phases[2].unpublish()
    assert phases[2].pk not in localized_by_pk(PhasePage, [phases[2].pk], phases[2].locale_id)


def test_many_relations_are_read_together(site):
    index = InitiativeIndexPageFactory(parent=home_page())
    first, second = InitiativePageFactory(parent=index), InitiativePageFactory(parent=index)
    safety, health = ThemeFactory(), ThemeFactory()
    first.themes.set([safety, health])
    first.save()
    second.themes.set([health])
    second.save()
    links = m2m_links(
        [
            ("first", InitiativePage, "themes", {"pk": first.pk}),
            ("both", InitiativePage, "themes", {"pk__in": [first.pk, second.pk]}),
            ("phases", InitiativePage, "phases", {"pk": first.pk}),
        ]
    )
    assert sorted(links["first"]) == sorted([(first.pk, safety.pk), (first.pk, health.pk)])
    assert len(links["both"]) == 3
    assert links["phases"] == []
