"""Editors work on terms as on pages: drafts, publish, history, and a snippet list with search."""

import pytest

from glossary.models import Term
from tests.glossary.helpers import make_term

pytestmark = pytest.mark.django_db


def test_an_editor_saves_a_draft_then_publishes_it(admin_client, site):
    form = {
        "term": "Medvirkning",
        "slug": "medvirkning",
        "definition": "Å få være med og påvirke.",
        "synonyms": "beboermedvirkning",
    }
    response = admin_client.post("/admin/snippets/glossary/term/add/?locale=nb", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    term = Term.objects.get(slug="medvirkning")
    assert term.live is False  # "Save draft" is the default action
    assert admin_client.get("/nb/glossary/").content.decode().count("Medvirkning</dfn>") == 0

    response = admin_client.post(
        f"/admin/snippets/glossary/term/edit/{term.pk}/", {**form, "action-publish": "action-publish"}
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.live is True
    assert term.revisions.count() == 2
    assert "Medvirkning</dfn>" in admin_client.get("/nb/glossary/").content.decode()
    assert admin_client.get(f"/admin/snippets/glossary/term/history/{term.pk}/").status_code == 200


def test_the_snippet_list_searches_terms_and_synonyms(admin_client, site):
    make_term("Områdesatsing", "En samlet innsats.", "omradesatsing", synonyms="områdeløft")
    make_term("Bydel", "En del av byen.", "bydel")
    html = admin_client.get("/admin/snippets/glossary/term/?q=Områdesatsing").content.decode()
    assert "Områdesatsing" in html
    assert "Bydel" not in html
