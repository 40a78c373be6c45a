"""Every interface string exists in Georgian and Russian, and the compiled catalogues match."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def _catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


PLACEHOLDER = re.compile(r"%(\(\w+\))?[sdif%]|\{\w*\}")


def _has_words(text):
    """True when the text holds letters once its placeholders are taken out."""
    return any(ch.isalpha() for ch in PLACEHOLDER.sub("", text))


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


@pytest.mark.parametrize("code", ["ka", "ru"])
def test_every_message_is_translated_and_none_is_fuzzy(code):
    catalogue = _catalogue(code)
    assert len(catalogue) > 50
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            assert all(entry.msgstr_plural.values()), entry.msgid
        # A translation left in English is not a translation (brand names and codes excepted).
        if len(entry.msgid) > 12 and " " in entry.msgid and _has_words(entry.msgid):
            assert (entry.msgstr or entry.msgstr_plural[0]) != entry.msgid, entry.msgid


@pytest.mark.parametrize("code", ["ka", "en", "ru"])
def test_compiled_catalogue_matches_its_po_file(code):
    po = _catalogue(code)
    mo = polib.mofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"))
    expected = {_key(e): (e.msgstr, dict(e.msgstr_plural)) for e in po.translated_entries()}
    compiled = {_key(e): (e.msgstr, dict(e.msgstr_plural)) for e in mo if e.msgid}
    assert compiled == expected, "run `make messages` to recompile locale/*.mo"


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed")
def test_po_files_hold_every_string_of_the_code_and_templates(tmp_path):
    """Re-extract the strings into a copy of the project; nothing may be missing from the .po files."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(".venv", ".git", "media", "static", "*.sqlite3", "__pycache__", "node_modules")
    shutil.copytree(settings.BASE_DIR, copy, ignore=ignore)
    shutil.copytree(Path(settings.BASE_DIR) / "portal" / "static", copy / "portal" / "static")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "ka", "--no-location", "--no-obsolete"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    extracted = {_key(e) for e in polib.pofile(str(copy / "locale" / "ka" / "LC_MESSAGES" / "django.po"))}
    committed = {_key(e) for e in _catalogue("ka") if not e.obsolete}
    assert sorted(extracted - committed) == [], "new strings: run `make messages` and translate them"
