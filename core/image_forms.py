"""The admin form of the portal's image model (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class PortalImageForm(BaseImageForm):
    """Refuses an image without alt text unless the editor marks it decorative."""

    def clean(self):
        cleaned_data = super().clean()
        if "alt_text" not in self.fields:
            return cleaned_data
        alt_text = (cleaned_data.get("alt_text") or "").strip()
        if not alt_text and not cleaned_data.get("is_decorative"):
            self.add_error(
                "alt_text",
                forms.ValidationError(
                    _("Write an alt text that describes the image, or mark the image as decorative."),
                    code="alt_text_required",
                ),
            )
        cleaned_data["alt_text"] = alt_text
        return cleaned_data
