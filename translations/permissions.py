"""Who sees the translators' report: Translators, Editors and Moderators.

Those groups (home/migrations/0004_editorial_groups.py) hold wagtail-localize's
submit_translation permission, which is exactly "may start and update translations".
"""

REPORT_PERMISSION = "wagtail_localize.submit_translation"


def can_see_translation_report(user):
    return user.is_active and (user.is_superuser or user.has_perm(REPORT_PERMISSION))
