from django.urls import path
from wagtail import hooks

from translations import pofile


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # Same path as wagtail-localize's upload view, registered first so that this one answers
    # (wagtail-localize's editor posts to whatever its URL name reverses to: this path).
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            pofile.upload_pofile,
            name="translations_upload_pofile",
        ),
    ]
