"""Who translates: the Translators group, with Wagtail's Editors and Moderators.

wagtail-localize gives its submit_translation permission to Editors and Moderators; the
Translators group gets it too, with the page and snippet permissions that translating needs.
The group is kept up to date after every migrate, so snippet models added later are covered.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import DraftStateMixin, GroupPagePermission, Page

TRANSLATORS = "Translators"
REPORT_PERMISSION = "wagtail_localize.submit_translation"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def can_see_translation_report(user):
    return user.is_active and (user.is_superuser or user.has_perm(REPORT_PERMISSION))


def snippet_permissions():
    from translations.report import translatable_snippet_models

    for model in translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model)
        actions = ["add", "change"] + (["publish"] if issubclass(model, DraftStateMixin) else [])
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        yield from Permission.objects.filter(content_type=content_type, codename__in=codenames)


def ensure_translators_group(**kwargs):
    group, _created = Group.objects.get_or_create(name=TRANSLATORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation"),
        *snippet_permissions(),
    )
    root = Page.get_first_root_node()
    if root is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
