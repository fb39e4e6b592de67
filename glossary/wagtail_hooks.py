from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import Term


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "help"
    list_display = ["term", "slug", "live"]
    list_filter = ["live"]
    ordering = ["term"]
    search_fields = ["term", "synonyms", "definition"]
    menu_order = 310
    add_to_admin_menu = True


register_snippet(TermViewSet)
