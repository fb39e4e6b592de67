"""Uploaded media (images and their renditions) served by the app, for installations without a web
server in front (SERVE_MEDIA=true, the default; `make serve`). WhiteNoise serves only static files.

Uploads are not trusted: raster images are shown inline, anything else (HTML, SVG, XML, scripts,
compressed files) is a download of type application/octet-stream, so no upload ever runs as a page of
this site. Documents are not served here: /documents/ checks their collection's privacy first.
"""

import mimetypes
import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

INLINE_TYPES = {
    "image/avif",
    "image/bmp",
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/webp",
    "image/x-icon",
    "image/vnd.microsoft.icon",
}
# Renditions get a new file name when their image or focal point changes; an original replaced in
# the admin gets a new name too. A day keeps a deleted image from lingering long in browsers.
IMAGE_CACHE_CONTROL = "public, max-age=86400"
PRIVATE_FOLDERS = ("documents/",)


def media_file(path):
    """The file under MEDIA_ROOT that `path` names, or Http404 for anything else."""
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith(PRIVATE_FOLDERS) or path.startswith("."):
        raise Http404("Not a public media file.")
    try:
        fullpath = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as error:  # ../ or an absolute path out of MEDIA_ROOT
        raise Http404("Not a media file.") from error
    if not fullpath.is_file():
        raise Http404("No such media file.")
    return fullpath


@require_safe
def serve_media(request, path):
    fullpath = media_file(path)
    stat = fullpath.stat()
    if not was_modified_since(request.headers.get("If-Modified-Since"), stat.st_mtime):
        return HttpResponseNotModified()
    content_type, encoding = mimetypes.guess_type(fullpath.name)
    inline = content_type in INLINE_TYPES and encoding is None
    response = FileResponse(
        fullpath.open("rb"),
        content_type=content_type if inline else "application/octet-stream",
        as_attachment=not inline,
        filename=fullpath.name,
    )
    response.headers["Last-Modified"] = http_date(stat.st_mtime)
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Even if a browser rendered one of these, it could run nothing and load nothing.
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if inline:
        response.headers["Cache-Control"] = IMAGE_CACHE_CONTROL
    return response
