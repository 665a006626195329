"""Browser checks shared by every browser test: Chromium through Playwright,
axe-core injected into the page, and the Nu HTML Checker run in batch.

Tests locally skip when Chromium, Java or the npm packages are missing
(`make test` installs them); in CI a skipped test fails the run (see
tests/conftest.py).
"""

import functools
import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@functools.cache
def axe_source():
    return AXE_SCRIPT.read_text()


def missing_browser_tools():
    """What the browser checks need and this machine lacks (empty when ready)."""
    missing = []
    if not CHROMIUM.exists():
        missing.append(str(CHROMIUM))
    if not AXE_SCRIPT.exists() or not VNU_JAR.exists():
        missing.append("node_modules (run `npm ci`)")
    if shutil.which("java") is None:
        missing.append("java")
    return missing


def launch_chromium(playwright):
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )


@dataclass
class Visit:
    """What one page load produced: status, language, console errors, links.

    Downloads and other non-HTML answers (calendars, files) only have a status.
    """

    url: str
    status: int
    html: bytes = b""
    lang: str = ""
    is_html: bool = True
    error: str = ""
    console_errors: list = field(default_factory=list)
    links: list = field(default_factory=list)
    violations: list = field(default_factory=list)


class PageVisitor:
    """Loads pages in one browser tab and gathers what the checks need."""

    def __init__(self, page):
        self.page = page
        self.console_errors = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def _on_console(self, message):
        if message.type == "error":
            self.console_errors.append(
                f"{message.text} ({message.location.get('url', '')})"
            )

    def visit(self, url, expected_status=200):
        self.console_errors = []
        try:
            response = self.page.goto(url, wait_until="load")
        except PlaywrightError as error:
            # A download (an .ics served as an attachment, say) is not a page.
            status = self.page.context.request.get(url).status
            if "Download is starting" in str(error):
                return Visit(url=url, status=status, is_html=False)
            return Visit(url=url, status=status, is_html=False, error=str(error))
        status = response.status if response else 0
        content_type = response.headers.get("content-type", "") if response else ""
        if not content_type.startswith("text/html"):
            return Visit(url=url, status=status, is_html=False)
        errors = self.console_errors
        if status == expected_status != 200:
            # The browser logs the expected error status of the page itself.
            errors = [e for e in errors if not e.startswith("Failed to load resource")]
        return Visit(
            url=url,
            status=status,
            html=response.body() if response else b"",
            lang=self.page.evaluate("document.documentElement.lang"),
            console_errors=list(errors),
            links=self.page.eval_on_selector_all(
                "a[href], link[rel=alternate][href]", "els => els.map(e => e.href)"
            ),
            violations=self.axe_violations(),
        )

    def axe_violations(self):
        """axe-core's WCAG 2.1 A/AA violations, one line each."""
        # Evaluated by the driver rather than added as a <script>: the site's
        # Content-Security-Policy refuses inline scripts, as it should.
        self.page.evaluate(axe_source())
        violations = self.page.evaluate(
            """async (tags) => {
                const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
                return result.violations.map(v => ({
                    id: v.id, help: v.help,
                    targets: v.nodes.slice(0, 3).map(n => n.target.join(" ")),
                }));
            }""",
            AXE_TAGS,
        )
        return [
            f"axe {v['id']}: {v['help']} at {', '.join(v['targets'])}"
            for v in violations
        ]


def html_errors(pages, directory):
    """Nu HTML Checker errors for {url: html bytes}, as {url: [messages]}.

    One Java run over every file: starting the checker costs seconds, checking
    a page costs milliseconds.
    """
    if not pages:
        return {}
    directory = Path(directory)
    files = {}
    for number, (url, html) in enumerate(pages.items()):
        path = directory / f"page-{number:04d}.html"
        path.write_bytes(html)
        files[path.name] = url
    completed = subprocess.run(
        [
            "java",
            "-Xss8m",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--exit-zero-always",
            *(str(directory / name) for name in files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(completed.stderr or '{"messages": []}')
    errors = {}
    for message in report.get("messages", []):
        source = message.get("url", "?")
        url = files.get(source.rsplit("/", 1)[-1], source)
        line = message.get("lastLine", "?")
        errors.setdefault(url, []).append(
            f"HTML line {line}: {message.get('message', '')} "
            f"[{message.get('extract', '').strip()[:80]}]"
        )
    return errors
