"""The live server for browser tests: Django as in production (DEBUG off, WhiteNoise for static
files) plus the uploaded media, which a production web server would serve.

    python tests/browser/serve.py PORT
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


def main(port):
    import django
    from django.conf import settings
    from django.core.servers import basehttp
    from whitenoise import WhiteNoise

    django.setup()
    from django.core.wsgi import get_wsgi_application

    basehttp.WSGIRequestHandler.log_message = lambda *args: None  # quiet: one line per request
    application = WhiteNoise(
        get_wsgi_application(), root=settings.MEDIA_ROOT, prefix=settings.MEDIA_URL, autorefresh=True
    )
    basehttp.run("127.0.0.1", port, application, threading=True)


if __name__ == "__main__":
    main(int(sys.argv[1]))
