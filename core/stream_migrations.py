"""Data migrations that change the shape of a page field: the change is made to the live rows, to
every revision (so an old revision still opens and publishes), and to wagtail-localize's copy of the
source with the paths of its translated strings (so translations made before still apply)."""

import json
import uuid

from django.core.serializers.json import DjangoJSONEncoder

LOCALIZE_PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")  # wagtail-localize's


def rewrite_pages(apps, app_label, model_name, rewrite):
    """Call `rewrite(content)` on each page of the model, where `content` is a dict of its field
    values as raw JSON (StreamFields as lists of block dicts); it changes `content` in place and
    returns the names of the fields it changed. Pages, revisions and translation sources follow."""
    model = apps.get_model(app_label, model_name)
    content_type = content_type_of(apps, app_label, model_name)
    stream_fields = {field.name for field in model._meta.fields if type(field).__name__ == "StreamField"}
    for page in model.objects.all():
        content = {name: raw_stream(getattr(page, name)) for name in stream_fields}
        content.update(plain_fields(page, stream_fields))
        changed = rewrite(content)
        if changed:  # an update, not save(): no page logic or validation runs in a migration
            model.objects.filter(pk=page.pk).update(**{name: content[name] for name in changed})
    if content_type is None:
        return
    revision_model = apps.get_model("wagtailcore", "Revision")
    for revision in revision_model.objects.filter(content_type=content_type):
        if rewrite_serialized(revision.content, stream_fields, rewrite):
            revision.save(update_fields=["content"])
    if not apps.is_installed("wagtail_localize"):
        return
    source_model = apps.get_model("wagtail_localize", "TranslationSource")
    for source in source_model.objects.filter(specific_content_type=content_type):
        content = json.loads(source.content_json)
        if rewrite_serialized(content, stream_fields, rewrite):
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            source.save(update_fields=["content_json"])


def rename_translation_paths(apps, app_label, model_name, new_path):
    """Give wagtail-localize's string contexts of the model's pages their new paths: `new_path(path,
    field_path, translation_key)` returns (path, field_path), or None to leave a context alone."""
    if not apps.is_installed("wagtail_localize"):
        return
    content_type = content_type_of(apps, app_label, model_name)
    if content_type is None:
        return
    context_model = apps.get_model("wagtail_localize", "TranslationContext")
    contexts = context_model.objects.filter(object__sources__specific_content_type=content_type)
    for context in contexts.distinct():
        renamed = new_path(context.path, context.field_path, context.object_id)
        if renamed and renamed[0] != context.path:
            context.path, context.field_path = renamed
            context.path_id = uuid.uuid5(LOCALIZE_PATH_NAMESPACE, context.path)
            context.save(update_fields=["path", "path_id", "field_path"])


def content_type_of(apps, app_label, model_name):
    content_types = apps.get_model("contenttypes", "ContentType")
    return content_types.objects.filter(app_label=app_label, model=model_name.lower()).first()


def raw_stream(value):
    return [dict(block) for block in value.raw_data] if value is not None else []


def plain_fields(page, stream_fields):
    return {
        field.attname: getattr(page, field.attname)
        for field in page._meta.concrete_fields
        if field.name not in stream_fields
    }


def rewrite_serialized(content, stream_fields, rewrite):
    """Rewrite a page serialized as a revision holds it (StreamFields as JSON text, or lists)."""
    as_text = [name for name in stream_fields if isinstance(content.get(name), str)]
    for name in as_text:
        content[name] = json.loads(content[name] or "[]")
    changed = rewrite(content)
    for name in as_text:
        content[name] = json.dumps(content[name], cls=DjangoJSONEncoder)
    return bool(changed)
