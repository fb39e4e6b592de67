"""Marking a page reviewed (/admin/reviews/<page id>/): a form with the page's review state, its
owner and the next review date. It changes the review record only: no revision, no publish."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page

from reviews.forms import ReviewForm
from reviews.models import ContentReview, review_interval

MARKED = "reviews.mark_reviewed"


class MarkReviewedView(WagtailAdminTemplateMixin, FormView):
    template_name = "reviews/mark_reviewed.html"
    form_class = ReviewForm
    page_title = _("Mark as reviewed")
    header_icon = "calendar-check"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            # A plain 403, not Wagtail's redirect to the dashboard: the page is not theirs to edit.
            context = {"title": self.page_title, "page": self.page}
            return render(request, "reviews/forbidden.html", context, status=403)
        return super().dispatch(request, page_id)

    @cached_property
    def review(self):
        found = ContentReview.objects.select_related("owner", "last_reviewed_by").filter(page=self.page)
        return found.first()

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.request.user.has_perm("reviews.view_contentreview"):
            items.append({"url": reverse("reviews_due_report"), "label": gettext("Content due for review")})
        return [*items, {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()}]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["interval"] = review_interval(self.page)
        kwargs["initial"] = {
            "owner": self.review and self.review.owner_id,
            "next_review": None,
        }
        if self.request.method == "POST":
            # A POST without an owner (a button elsewhere) keeps the owner the page has.
            data = self.request.POST.copy()
            data.setdefault("owner", str(self.review.owner_id or "") if self.review else "")
            kwargs["data"] = data
        return kwargs

    def form_valid(self, form):
        review = self.review or ContentReview(page=self.page)
        review.owner = form.cleaned_data["owner"]
        review.mark_reviewed(self.request.user, form.cleaned_data["next_review"])
        log(
            instance=self.page,
            action=MARKED,
            user=self.request.user,
            data={"review_by": review.review_by.isoformat()},
        )
        messages.success(
            self.request,
            gettext("“%(title)s” is marked as reviewed. Next review by %(date)s.")
            % {"title": self.page.get_admin_display_title(), "date": formats.date_format(review.review_by)},
        )
        return redirect(self.next_url or reverse("wagtailadmin_pages:edit", args=[self.page.pk]))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    @cached_property
    def next_url(self):
        return get_valid_next_url_from_request(self.request)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            page=self.page,
            review=self.review,
            next_url=self.next_url,
            action_url=self.request.get_full_path(),
            submit_button_label=gettext("Mark as reviewed"),
            submit_button_active_label=gettext("Saving…"),
        )
        return context
