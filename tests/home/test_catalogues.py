"""The UI catalogues are complete: no empty and no fuzzy translation."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def po_entries(path):
    """(flags, msgid, [msgstr...]) for each entry of a .po file, header excluded.

    A tiny parser: enough for the files makemessages writes.
    """
    entries, current, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current and current["msgid"]:
                entries.append(current)
            current, field = None, None
            continue
        if current is None:
            current = {"flags": "", "msgid": "", "msgstr": {}, "obsolete": False}
        if line.startswith("#~"):
            current["obsolete"] = True
        elif line.startswith("#,"):
            current["flags"] += line[2:]
        elif line.startswith("#"):
            continue
        elif match := re.match(
            r'(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line
        ):
            field, text = match.groups()
            if field.startswith("msgstr"):
                current["msgstr"][field] = text
            elif field == "msgid":
                current["msgid"] = text
        elif line.startswith('"') and field:
            if field.startswith("msgstr"):
                current["msgstr"][field] += line[1:-1]
            elif field == "msgid":
                current["msgid"] += line[1:-1]
    return [entry for entry in entries if not entry["obsolete"]]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_ui_string_is_translated(language):
    path = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    entries = po_entries(path)
    assert entries, f"{path} has no entries"
    plurals = int(
        re.search(r"nplurals=(\d+)", path.read_text(encoding="utf-8")).group(1)
    )
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    short = [
        e["msgid"] for e in entries if len(e["msgstr"]) not in (1, plurals)
    ]  # a plural entry needs every form of the language (Spanish has three)
    empty = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"
    assert not empty, f"untranslated in {language}: {empty}"
    assert not short, f"plural forms missing in {language}: {short}"


def test_the_parser_sees_empty_and_fuzzy_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
        'msgid "Done"\nmsgstr ""\n\n'
        '#, fuzzy, python-format\nmsgid "Hi %(name)s"\nmsgstr "Salut %(name)s"\n\n'
        'msgid ""\n"Long "\n"text"\nmsgstr ""\n"Texte "\n"long"\n',
        encoding="utf-8",
    )
    entries = po_entries(po)
    assert [e["msgid"] for e in entries] == ["Done", "Hi %(name)s", "Long text"]
    assert entries[0]["msgstr"] == {"msgstr": ""}
    assert "fuzzy" in entries[1]["flags"]
    assert entries[2]["msgstr"] == {"msgstr": "Texte long"}


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext is not installed")
def test_every_string_of_the_code_is_in_the_catalogues(tmp_path):
    """A string added in code or templates but not to the catalogues (someone
    forgot `make messages-update`) would show in English to every visitor.

    makemessages runs on a copy of the project, so the real catalogues stay as
    they are."""
    copy = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", "node_modules", ".git", "var", "__pycache__", "*.mo"
        ),
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "fr",
            "--no-location",
            "--no-obsolete",
            "--ignore=tests",
            "-v0",
        ],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "climate_site.settings.test"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    current = {e["msgid"] for e in po_entries(LOCALE_DIR / "fr/LC_MESSAGES/django.po")}
    extracted = {
        e["msgid"] for e in po_entries(copy / "locale/fr/LC_MESSAGES/django.po")
    }
    missing = sorted(extracted - current)
    assert not missing, "run `make messages-update`, then translate: " + ", ".join(
        missing
    )
