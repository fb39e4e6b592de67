import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

# Django first (it loads the settings the page cache reads), then the page cache in front of it:
# an anonymous visitor's cached page is answered before Django builds a request (core/pagecache.py).
django_application = get_wsgi_application()

from core.pagecache import CachedPagesApp  # noqa: E402
from operations.middleware import request_id_for  # noqa: E402
from search.response_cache import KeptSearchesApp  # noqa: E402

# Repeated searches are answered first (search/response_cache.py), then cached pages.
application = KeptSearchesApp(CachedPagesApp(django_application, request_id_for), request_id_for)
