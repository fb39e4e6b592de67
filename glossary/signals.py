"""Saving (publishing, unpublishing) or deleting a term rebuilds the inline-definition matchers and
starts a new cache generation: the A–Z page and every page with an inline definition change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.cache import start_new_generation
from glossary.inline import terms_changed
from glossary.models import Term


@receiver(post_save, sender=Term)
@receiver(post_delete, sender=Term)
def clear_matchers(sender, instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(terms_changed)
        terms_changed()  # and now, for this transaction's own reads
        start_new_generation()
