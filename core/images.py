"""The portal's image model: every image carries alt text unless it is marked decorative.

The models lived in the home app until core/migrations/0001; they keep the home app's tables so
databases made before the move need no table changes (see that migration)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class PortalImage(AbstractImage):
    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    # Not named `decorative`: AbstractImage.__init__ sets a plain `decorative` attribute
    # (used by ImageBlock) that would overwrite a field of that name on every load.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds nothing to the text; screen readers will skip it."),
    )

    admin_form_fields = Image.admin_form_fields + ("alt_text", "is_decorative")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]
        db_table = "home_portalimage"

    @property
    def default_alt_text(self):
        return "" if self.is_decorative else self.alt_text


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        db_table = "home_portalrendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
