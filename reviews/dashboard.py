"""The admin dashboard's "Your pages due for review": overdue and soon-due pages owned by the
user's groups (every owner's for superusers), soonest first, with a link to the whole report."""

from urllib.parse import urlencode

from django.template.loader import get_template
from django.urls import reverse
from wagtail.admin.ui.components import Component

from reviews.due import in_state, reviews_for
from reviews.models import SOON_DAYS

SHOWN = 10


class ReviewsDuePanel(Component):
    name = "reviews_due"
    template_name = "reviews/dashboard_panel.html"
    order = 150  # above Wagtail's workflow and recent edits panels

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        reviews = in_state(reviews_for(user), "due")
        groups = list(user.groups.values_list("pk", flat=True))
        if not user.is_superuser:
            reviews = reviews.filter(owner__in=groups)
        reviews = reviews.order_by("review_by", "page__title", "pk")
        shown = list(reviews[:SHOWN])
        total = reviews.count() if len(shown) == SHOWN else len(shown)
        report_url = ""
        if user.has_perm("reviews.view_contentreview"):
            report_url = reverse("reviews_due_report")
            owners = {review.owner_id for review in shown}
            if total > len(shown):
                owners = set(reviews.values_list("owner_id", flat=True).distinct())
            if len(owners) == 1 and None not in owners:  # the report opens on that owner's pages
                report_url += "?" + urlencode({"owner": owners.pop()})
        return {
            "reviews": shown,
            "total": total,
            "report_url": report_url,
            "back_url": reverse("wagtailadmin_home"),
            "soon_days": SOON_DAYS,
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["reviews"]:
            return ""  # no panel at all for a user with nothing due
        return get_template(self.template_name).render(context)
