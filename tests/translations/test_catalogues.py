"""Every interface string is translated into nb, sv and en, and every catalogue is compiled.

Compiled catalogues are compared by content (polib), not by modification time: a git checkout
gives every file the time of the checkout.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
DOMAINS = ["django"] + (["djangojs"] if any(LOCALE_DIR.glob("*/LC_MESSAGES/djangojs.po")) else [])
CATALOGUES = [(code, domain) for code in LANGUAGES for domain in DOMAINS]
NOT_SOURCE = {".venv", "node_modules", ".cache", ".git", "media", "staticfiles", "locale", "tests"}


def po_path(code, domain):
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{domain}.po"


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def translated(entry):
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def untranslated(po):
    return [
        entry.msgid
        for entry in po
        if not entry.obsolete and ("fuzzy" in entry.flags or not translated(entry))
    ]


def compiled_form(entries):
    return {
        key(entry): (tuple(sorted(entry.msgstr_plural.items())) if entry.msgid_plural else entry.msgstr)
        for entry in entries
        if entry.msgid
    }


@pytest.mark.parametrize(("code", "domain"), CATALOGUES)
def test_every_message_is_translated(code, domain):
    po = polib.pofile(str(po_path(code, domain)))
    assert untranslated(po) == [], (
        f"{len(untranslated(po))} untranslated or fuzzy messages in {code}/{domain}.po"
    )


@pytest.mark.parametrize(("code", "domain"), CATALOGUES)
def test_compiled_catalogue_matches_its_po_file(code, domain):
    po = polib.pofile(str(po_path(code, domain)))
    mo_path = po_path(code, domain).with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run compilemessages"
    expected = compiled_form(
        entry for entry in po if not entry.obsolete and "fuzzy" not in entry.flags and translated(entry)
    )
    assert compiled_form(polib.mofile(str(mo_path))) == expected, (
        f"{mo_path} is out of step: run compilemessages"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogues_have_the_same_messages_in_every_language(code):
    reference = {
        key(entry) for entry in polib.pofile(str(po_path(LANGUAGES[0], "django"))) if not entry.obsolete
    }
    assert {
        key(entry) for entry in polib.pofile(str(po_path(code, "django"))) if not entry.obsolete
    } == reference


@pytest.fixture(scope="module")
def extracted_messages(tmp_path_factory):
    """The message ids makemessages finds in the code today, in a copy of the project."""
    if not shutil.which("xgettext"):
        pytest.skip("GNU gettext (xgettext) is not installed")
    copy = tmp_path_factory.mktemp("project")
    for item in Path(settings.BASE_DIR).iterdir():
        if item.name in NOT_SOURCE or item.suffix in {".sqlite3", ".log"}:
            continue
        if item.is_dir():
            shutil.copytree(
                item, copy / item.name, ignore=shutil.ignore_patterns("__pycache__", "node_modules")
            )
        else:
            shutil.copy2(item, copy / item.name)
    (copy / "locale").mkdir()
    messages = {}
    for domain in DOMAINS:
        command = [sys.executable, "manage.py", "makemessages", "-l", "en", "-d", domain, "--no-location"]
        subprocess.run(
            command,
            cwd=copy,
            check=True,
            capture_output=True,
            env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        )
        po_file = copy / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        messages[domain] = {key(entry) for entry in polib.pofile(str(po_file))} if po_file.exists() else set()
    return messages


@pytest.mark.parametrize(("code", "domain"), CATALOGUES)
def test_catalogue_holds_every_message_in_the_code(extracted_messages, code, domain):
    catalogued = {key(entry) for entry in polib.pofile(str(po_path(code, domain))) if not entry.obsolete}
    missing = extracted_messages[domain] - catalogued
    examples = sorted(missing, key=str)[:5]
    assert not missing, (
        f"{len(missing)} messages missing from {code}/{domain}.po (run makemessages): {examples}"
    )
