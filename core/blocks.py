"""StreamField blocks every page type may share: a contact, and a text that is the same in every
language (wagtail-localize copies it from the source instead of asking the translator)."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamField

PHONE_VALIDATOR = RegexValidator(
    r"^\+?[0-9][0-9 ()\-]{3,24}$",
    _("Write the phone number with digits, spaces and hyphens, e.g. +47 22 00 00 00."),
)


class SynchronizedCharBlock(blocks.CharBlock):
    """A fact such as a name or a number: translators never see it, translations follow the source."""

    def get_translatable_segments(self, value):
        return []


class SynchronizedEmailBlock(blocks.EmailBlock):
    """An e-mail address that follows the source: a translator cannot override it."""

    def get_translatable_segments(self, value):
        return []


class ContactBlock(blocks.StructBlock):
    """Someone to ask: every part optional, but with at least an e-mail address or a phone number.
    The role and organisation are translated; the name, e-mail and phone follow the source."""

    name = SynchronizedCharBlock(label=_("name"), required=False, default="", max_length=200)
    role = blocks.CharBlock(
        label=_("role"),
        required=False,
        default="",
        max_length=200,
        help_text=_("For example “Area coordinator”."),
    )
    organisation = blocks.CharBlock(label=_("organisation"), required=False, default="", max_length=200)
    email = SynchronizedEmailBlock(
        label=_("e-mail"),
        required=False,
        default="",
        help_text=_(
            "Shown only after a visitor asks for it, so robots cannot harvest it. A role mailbox is best."
        ),
    )
    phone = SynchronizedCharBlock(
        label=_("phone"), required=False, default="", max_length=30, validators=[PHONE_VALIDATOR]
    )

    class Meta:
        icon = "user"
        label = _("contact")
        label_format = "{name} {role} {organisation}"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("email") or value.get("phone")):
            raise StructBlockValidationError(
                non_block_errors=[
                    _("Give an e-mail address or a phone number, so visitors can reach the contact.")
                ]
            )
        return value


def contacts_field():
    """The contacts of a page: a StreamField of ContactBlock (defined once, used on every page type)."""
    return StreamField(
        [("contact", ContactBlock())],
        verbose_name=_("contacts"),
        blank=True,
        help_text=_("Who visitors can ask about this page."),
    )
