"""The main menu is the same for every visitor of a language, so it is cached; any change to the
page tree (publish, unpublish, move, delete, rename, a view restriction) or to what pages show of
images, documents, sites and locales starts a new cache generation (menus, lists and the page cache
alike)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

# The generation itself lives in core, so domain apps (the phase page) can key their lists on it.
from core.cache import GENERATION_KEY, MENU_CACHE_SECONDS, menu_cache_key, start_new_generation

__all__ = ["GENERATION_KEY", "MENU_CACHE_SECONDS", "menu_cache_key", "start_new_generation"]

# Fields Wagtail fills in by itself while serving an image (not an editor's change).
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
    signal.connect(start_new_generation, dispatch_uid=f"navigation-menu-{id(signal)}")


@receiver(post_delete, dispatch_uid="navigation-menu-delete")
def page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        start_new_generation()


@receiver(post_save, dispatch_uid="navigation-menu-alias")
def alias_created(sender, instance, created, **kwargs):
    """Wagtail creates an alias (a live page) without a publish signal."""
    from wagtail.models import Page

    if created and isinstance(instance, Page) and instance.alias_of_id and instance.live:
        start_new_generation()


@receiver(post_save, dispatch_uid="navigation-menu-restriction-saved")
@receiver(post_delete, dispatch_uid="navigation-menu-restriction-deleted")
def restriction_changed(sender, instance, **kwargs):
    """Cached lists shown to everyone (related content) leave out restricted pages: they change too,
    and a cached page that is now restricted must not be served again."""
    from wagtail.models import PageViewRestriction

    if isinstance(instance, PageViewRestriction):
        start_new_generation()


@receiver(post_save, dispatch_uid="navigation-shown-objects-saved")
@receiver(post_delete, dispatch_uid="navigation-shown-objects-deleted")
def shown_object_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    """Pages show images (alt text, focal point), document titles, the site's address and the
    languages: a cached page must show the new ones at once."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Site

    if raw or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    if isinstance(instance, (get_image_model(), get_document_model(), Site, Locale)):
        start_new_generation()
