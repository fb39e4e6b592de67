from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taxonomy.models import LegalBasis, Municipality, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "live"]
    list_filter = ["live"]
    ordering = ["name"]


class LegalBasisViewSet(SnippetViewSet):
    model = LegalBasis
    icon = "doc-full"
    list_display = ["name", "short_name", "country", "official_reference", "live"]
    list_filter = ["country", "live"]
    ordering = ["country", "name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "country", "slug", "live"]
    list_filter = ["country", "live"]
    ordering = ["country", "name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, LegalBasisViewSet, MunicipalityViewSet)


register_snippet(TaxonomyViewSetGroup)
