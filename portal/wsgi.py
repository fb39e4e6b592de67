import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

# Django first (it loads the settings the page cache reads), then the page cache in front of it:
# an anonymous visitor's cached page is answered before Django builds a request (core/pagecache.py).
django_application = get_wsgi_application()

from core.pagecache import CachedPagesApp  # noqa: E402
from operations.middleware import request_id_for  # noqa: E402

application = CachedPagesApp(django_application, request_id_for)
