"""The site the backup round trip carries, built and read in a process of its own, as the commands run:

    DATABASE_URL=… MEDIA_ROOT=… python -m tests.operations.backup_content build
    DATABASE_URL=… MEDIA_ROOT=… python -m tests.operations.backup_content snapshot|counts <file.json>

`build` makes content of every kind a backup must keep; `snapshot` writes, as JSON, what an operator
would compare: rows and field values, file checksums, search answers and pages as visitors get them;
`counts` only the number of rows in each table.
"""

import hashlib
import io
import json
import os
import re
import sys
from collections import defaultdict

import django


def build():
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from wagtail.documents import get_document_model
    from wagtail.log_actions import log

    from cases.models import Challenge, Tip
    from tests.content import home_page, translate
    from tests.factories import (
        InitiativeIndexPageFactory,
        InitiativePageFactory,
        LegalBasisFactory,
        MunicipalityFactory,
        PortalImageFactory,
        ThemeFactory,
        item,
    )

    call_command("setup_site", "--no-admin", stdout=io.StringIO())
    editor = get_user_model().objects.create_superuser("chief", "chief@example.org", "a-password")
    theme = ThemeFactory(name="Folkehelse", slug="folkehelse")
    law = LegalBasisFactory(name="Folkehelseloven", short_name="FHL", slug="folkehelseloven")
    malmo = MunicipalityFactory(name="Malmø", slug="malmo", country="SE")
    for language in ("sv", "en"):
        translate(theme, language)
    log(instance=theme, action="wagtail.edit", user=editor)

    image = PortalImageFactory(title="Gårdsrom på Seved")
    image.get_rendition("fill-80x60")
    document = get_document_model().objects.create(
        title="Sluttrapport",
        file=ContentFile("Sluttrapport for Seved, 2010–2015.\n".encode(), name="sluttrapport.txt"),
        uploaded_by_user=editor,
    )

    index = InitiativeIndexPageFactory(parent=home_page())
    index.save_revision(user=editor).publish(user=editor)
    seved = InitiativePageFactory(parent=index, title="Seved i Malmö", slug="seved", country="SE", live=False)
    seved.image = image
    seved.attachments = [{"type": "attachment", "value": {"document": document.pk, "title": ""}}]
    seved.municipalities.set([malmo])
    seved.legal_bases.set([law])
    seved.themes.set([theme])
    seved.tips = [item(Tip, title="Snakk med beboerne", text="Gå rundt og snakk med beboerne.", phase=3)]
    seved.challenges = [item(Challenge, title="Lav tillit", text="Mange stolte ikke på kommunen.", phase=1)]
    seved.save_revision(user=editor, log_action=True).publish(user=editor)
    for language in ("sv", "en"):
        translate(index, language)
        translate(seved, language)

    # A published page with changes not yet published.
    draft = seved.get_latest_revision_as_object()
    draft.summary = "Et utkast som ennå ikke er publisert."
    draft.save_revision(user=editor, log_action=True)

    # A new page waiting for a moderator in the "Review before publishing" workflow.
    grorud = InitiativePageFactory(
        parent=index,
        title="Groruddalen",
        slug="groruddalen",
        live=False,
        summary="Områdeløft i fire bydeler.",
    )
    grorud.save_revision(user=editor, log_action=True)
    grorud.get_workflow().start(grorud, editor)


SEARCHES = [
    {"q": "beboerne"},
    {"q": "Malmö", "locale": "sv"},
    {"q": "tillit", "locale": "en"},
    {"q": "beboerene"},  # a typo: the "did you mean" answer comes from the index's vocabulary
    {"kind": "initiative", "theme": "folkehelse"},
    {"law": "folkehelseloven", "locale": "en"},
]


def rows(model):
    return list(model._default_manager.order_by("pk").values())


def checksum(field_file):
    with field_file.open("rb") as file:
        return hashlib.sha256(file.read()).hexdigest()


def translation_groups(*models):
    groups = defaultdict(list)
    for model in models:
        for key, language in model._default_manager.values_list("translation_key", "locale__language_code"):
            groups[f"{model._meta.label}:{key}"].append(language)
    return {key: sorted(languages) for key, languages in groups.items()}


def row_counts():
    from django.apps import apps

    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def counts(output):
    with open(output, "w", encoding="utf-8") as file:
        json.dump(row_counts(), file)


def snapshot(output):
    from django.conf import settings
    from django.core.serializers.json import DjangoJSONEncoder
    from django.test import Client
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision, TaskState, WorkflowState
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    from taxonomy.models import LegalBasis, Municipality, Theme

    images, documents = get_image_model(), get_document_model()
    state = {
        # Counted first: what follows (renditions) writes rows.
        "counts": row_counts(),
        "pages": [page.specific.serializable_data() for page in Page.objects.order_by("pk")],
        "drafts": {
            page.pk: page.get_latest_revision_as_object().summary
            for page in Page.objects.filter(has_unpublished_changes=True).specific()
            if hasattr(page, "summary")
        },
        "revisions": rows(Revision),
        "translations": translation_groups(Page, Theme),
        "localize": {m._meta.label: rows(m) for m in (TranslationSource, Translation, StringTranslation)},
        "snippets": {m._meta.label: rows(m) for m in (Theme, LegalBasis, Municipality)},
        "images": [(row, checksum(images.objects.get(pk=row["id"]).file)) for row in rows(images)],
        "documents": [(row, checksum(documents.objects.get(pk=row["id"]).file)) for row in rows(documents)],
        "workflow": {"states": rows(WorkflowState), "tasks": rows(TaskState)},
        "log_entries": {"pages": rows(PageLogEntry), "models": rows(ModelLogEntry)},
        "renditions_before_any_request": list(
            images.get_rendition_model().objects.values_list("image_id", "filter_spec")
        ),
    }
    client = Client(HTTP_HOST="localhost")
    state["search"] = [client.get("/api/search/", query).json() for query in SEARCHES]
    # Pages as visitors get them, and whether every image they show is on disk.
    state["pages_shown"] = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("pk"):
        response = client.get(page.url)
        html = response.content.decode()
        media = re.findall(r'src="/media/([^"]+)"', html)
        missing = [name for name in media if not os.path.isfile(os.path.join(settings.MEDIA_ROOT, name))]
        state["pages_shown"][page.url] = {
            "status": response.status_code,
            "media": len(media),
            "missing": missing,
        }
    state["renditions"] = [
        (rendition.width, rendition.height, rendition.file.storage.exists(rendition.file.name))
        for rendition in (image.get_rendition("fill-80x60") for image in images.objects.order_by("pk"))
    ]

    class Encoder(DjangoJSONEncoder):
        def default(self, o):
            # Stream fields as stored, block ids included.
            return o.get_prep_value() if hasattr(o, "get_prep_value") else super().default(o)

    with open(output, "w", encoding="utf-8") as file:
        json.dump(state, file, cls=Encoder, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    django.setup()
    {"build": build, "snapshot": snapshot, "counts": counts}[sys.argv[1]](*sys.argv[2:])
