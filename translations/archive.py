"""The zip archive translators exchange: built from PO files, and read back with guards.

An uploaded archive is untrusted: it may be no zip at all, a zip bomb (a few kilobytes that
unpack to gigabytes, or thousands of entries), hold paths that climb out of a folder (`..`,
absolute paths) or files that are not PO files. Each is refused as a whole with a message
saying why, before any file in it is read into the database.
"""

import io
import posixpath
import zipfile
import zlib

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

README_NAME = "README.txt"
READ_CHUNK = 64 * 1024
# Left by archivers (macOS Finder, Windows Explorer): skipped, never read.
IGNORED_PREFIXES = ("__MACOSX/",)
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class RejectedArchive(Exception):
    """An archive that cannot be imported at all; the message is for the person who uploaded it."""


def limit(name):
    defaults = {
        "TRANSLATION_ARCHIVE_MAX_BYTES": 20 * 1024 * 1024,
        "TRANSLATION_ARCHIVE_MAX_UNCOMPRESSED_BYTES": 100 * 1024 * 1024,
        "TRANSLATION_ARCHIVE_MAX_FILES": 1000,
    }
    return getattr(settings, name, defaults[name])


def build(files, readme):
    """A zip (bytes) of {name: text} plus README.txt."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(README_NAME, readme)
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def unsafe(name):
    normalised = name.replace("\\", "/")
    return (
        normalised.startswith("/")
        or (len(normalised) > 1 and normalised[1] == ":")  # C:\…
        or ".." in normalised.split("/")
    )


def ignored(name):
    return (
        name.endswith("/")
        or name == README_NAME
        or name.startswith(IGNORED_PREFIXES)
        or posixpath.basename(name) in IGNORED_NAMES
    )


def open_archive(uploaded):
    if uploaded is None:
        raise RejectedArchive(_("Choose a zip archive to upload."))
    max_bytes = limit("TRANSLATION_ARCHIVE_MAX_BYTES")
    if uploaded.size > max_bytes:
        raise RejectedArchive(
            _("The archive is too large (more than %(size)s).") % {"size": filesizeformat(max_bytes)}
        )
    try:
        return zipfile.ZipFile(uploaded)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise RejectedArchive(_("This is not a zip archive.")) from error


def check_entries(infos):
    if len(infos) > limit("TRANSLATION_ARCHIVE_MAX_FILES"):
        raise RejectedArchive(
            _("The archive holds too many files (more than %(count)d).")
            % {"count": limit("TRANSLATION_ARCHIVE_MAX_FILES")}
        )
    for info in infos:
        if unsafe(info.filename):
            raise RejectedArchive(
                _("The archive holds a file outside its folder (“%(name)s”). Nothing was imported.")
                % {"name": info.filename}
            )
    others = [
        info.filename for info in infos if not ignored(info.filename) and not info.filename.endswith(".po")
    ]
    if others:
        raise RejectedArchive(
            _("The archive holds a file that is not a PO file (“%(name)s”). Nothing was imported.")
            % {"name": others[0]}
        )
    if not any(info.filename.endswith(".po") for info in infos):
        raise RejectedArchive(_("The archive holds no PO files."))


def too_large():
    return RejectedArchive(
        _("The archive unpacks to more than %(size)s. Nothing was imported.")
        % {"size": filesizeformat(limit("TRANSLATION_ARCHIVE_MAX_UNCOMPRESSED_BYTES"))}
    )


def read(uploaded):
    """[(name, bytes)] of the PO files in an uploaded zip, in archive order, or RejectedArchive.

    Sizes are counted while unpacking (the sizes a zip declares can lie), so reading stops at
    the limit instead of filling memory."""
    archive = open_archive(uploaded)
    with archive:
        try:
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise RejectedArchive(_("This is not a zip archive.")) from error
        check_entries(infos)
        budget = limit("TRANSLATION_ARCHIVE_MAX_UNCOMPRESSED_BYTES")
        if sum(info.file_size for info in infos) > budget:
            raise too_large()
        files = []
        for info in infos:
            if ignored(info.filename):
                continue
            data = bytearray()
            try:
                with archive.open(info) as member:
                    while chunk := member.read(READ_CHUNK):
                        data += chunk
                        budget -= len(chunk)
                        if budget < 0:
                            raise too_large()
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                ValueError,
                NotImplementedError,
                RuntimeError,
            ) as error:
                # RuntimeError: encrypted entries; NotImplementedError: unknown compression.
                raise RejectedArchive(
                    _("The file “%(name)s” in the archive cannot be read.") % {"name": info.filename}
                ) from error
            files.append((info.filename, bytes(data)))
        return files
