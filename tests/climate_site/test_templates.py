"""Template comments: `{# ... #}` must open and close on one line.

Django reads `{#` only up to the end of its line: a comment spread over lines is
printed on the page as text. Longer comments use `{% comment %}`.
"""

import re
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
SKIPPED = {".venv", "node_modules", "var", ".git"}
UNCLOSED = re.compile(r"\{#(?!.*?#\})")


def project_templates():
    """Every file in a `templates` folder of the project (site-wide and apps')."""
    for folder in BASE_DIR.rglob("templates"):
        if SKIPPED & set(folder.relative_to(BASE_DIR).parts) or not folder.is_dir():
            continue
        yield from (path for path in folder.rglob("*") if path.is_file())


def comments_spanning_lines(text):
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if UNCLOSED.search(line)
    ]


def test_the_check_finds_a_comment_spread_over_lines():
    assert comments_spanning_lines("{# one line #}\n<p>{# two\nlines #}</p>") == [2]
    assert comments_spanning_lines("{# a #} text {# b #}") == []


def test_no_template_comment_spans_lines():
    templates = list(project_templates())
    assert any(path.suffix == ".html" for path in templates)
    found = [
        f"{path.relative_to(BASE_DIR)}:{number}"
        for path in templates
        for number in comments_spanning_lines(path.read_text(encoding="utf-8"))
    ]
    assert not found, (
        "Django prints a {# comment #} spread over lines as text; "
        "use {% comment %}…{% endcomment %}: " + ", ".join(found)
    )
