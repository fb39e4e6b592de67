from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations import exchange_views, pofile
from translations.exchange_views import ExchangeView
from translations.permissions import can_see_translation_report
from translations.views import TranslationReportView


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


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("translation-status/", TranslationReportView.as_view(), name="translations_report")]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_report(request.user)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation status"),
        reverse("translations_report"),
        name="translation-status",
        icon_name="site",
        order=850,
    )


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return [
        path("translation-status/exchange/", ExchangeView.as_view(), name="translations_exchange"),
        path(
            "translation-status/exchange/export/<str:language_code>/",
            exchange_views.export_locale,
            name="translations_exchange_export",
        ),
    ]
