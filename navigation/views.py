from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.site_url import absolute_url


@require_safe
@cache_control(max_age=60 * 60 * 24, public=True)
def robots_txt(request):
    sitemap = absolute_url(reverse("sitemap"), request)
    lines = ["User-agent: *", "Disallow: /admin/"]
    # Search result pages (and their feeds) are endless combinations of filters: crawl the pages
    # themselves instead.
    lines += [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES]
    lines += [f"Disallow: /{code}/feed/search/" for code, _name in settings.LANGUAGES]
    # Contacts' e-mail addresses are shown only to people who ask (core/contacts.py).
    lines += [f"Disallow: /{code}/contact/" for code, _name in settings.LANGUAGES]
    lines += ["", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
