"""/<language>/pdf/<page id>/: the PDF of a phase guide, phase, initiative or study trip."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from wagtail.models import Page

from pdfs.rendering import cached_pdf, offers_pdf


def page_pdf_view(request, page_id):
    # Only pages every visitor may see: live, without a view restriction on them or above them.
    page = Page.objects.live().public().filter(pk=page_id, locale__language_code=get_language()).first()
    if page is None or not offers_pdf(page):
        raise Http404
    page = page.specific
    response = HttpResponse(cached_pdf(page, request), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    return response
