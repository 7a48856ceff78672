"""Shared helpers for the browser tests: build the site once, launch Debian's Chromium, block the network.

Import from a test module (there is no conftest for these on purpose):

    from tests.browser_util import launch_chromium, require_chromium, built_site, NetworkGuard

Chromium: /usr/bin/chromium (Debian package; `make chromium` installs it). When it is missing the
browser tests FAIL under CI=true and are skipped with a reason otherwise.
"""

from __future__ import annotations

import atexit
import functools
import html.parser
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_PROJECT = ROOT / "tests" / "fixtures" / "offline" / "site"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("BRIEFGEN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Schemes a page may load without touching the network.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def require_chromium() -> None:
    """Fail (CI) or skip (elsewhere) when Chromium or Playwright is unavailable."""
    problem = None
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        problem = f"{CHROMIUM} not found: run `make chromium` (sudo apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "Python package playwright is not installed: pip install -e '.[test]'"
    if problem is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests need Chromium under CI: {problem}", pytrace=False)
    pytest.skip(f"browser tests skipped: {problem}")


def launch_chromium(playwright):
    """Launch headless Debian Chromium through Playwright (no bundled browser download)."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


@dataclass
class NetworkGuard:
    """Route every request of a browser context; let only allowed URLs through, abort and record the rest."""

    allowed_prefixes: tuple[str, ...] = ()
    blocked: list[str] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)

    def is_allowed(self, url: str) -> bool:
        """True for local schemes and for URLs under an allowed prefix."""
        return url.startswith(LOCAL_SCHEMES) or any(url.startswith(p) for p in self.allowed_prefixes)

    def attach(self, context) -> "NetworkGuard":
        """Install the route and request listeners on a Playwright BrowserContext."""
        context.route("**/*", self._route)
        context.on("request", self._seen)
        return self

    def _route(self, route) -> None:
        url = route.request.url
        if self.is_allowed(url):
            route.continue_()
        else:
            if url not in self.blocked:
                self.blocked.append(url)
            route.abort("internetdisconnected")

    def _seen(self, request) -> None:
        url = request.url
        if self.is_allowed(url):
            self.allowed.append(url)
        elif url not in self.blocked:
            self.blocked.append(url)


@dataclass
class PageLog:
    """Console errors, uncaught exceptions and failed requests of one page."""

    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def attach(self, page) -> "PageLog":
        """Listen on a Playwright Page."""
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("requestfailed", self._failed)
        return self

    def _failed(self, request) -> None:
        # ERR_ABORTED = cancelled by the next navigation (e.g. a favicon); blocked requests
        # fail with ERR_INTERNET_DISCONNECTED and missing files with ERR_FILE_NOT_FOUND.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"{request.url} ({request.failure})")


class Session:
    """One browser context with a NetworkGuard, a page and its PageLog.

    offline=True (file:// use): the context is offline and only file:/data:/blob: URLs pass.
    For a served site pass allowed_prefixes=("http://127.0.0.1:PORT/repo/",) and offline=False.
    """

    def __init__(self, browser, viewport: dict, allowed_prefixes: tuple[str, ...] = (), offline: bool = True):
        self.context = browser.new_context(viewport=viewport, service_workers="block", offline=offline)
        self.guard = NetworkGuard(allowed_prefixes=allowed_prefixes).attach(self.context)
        self.page = self.context.new_page()
        self.log = PageLog().attach(self.page)
        self.statuses: dict[str, int] = {}
        self.page.on("response", lambda r: self.statuses.__setitem__(r.url, r.status))

    def open(self, target: Path | str):
        """Navigate to a file path or URL; return the Page (the response is in self.response)."""
        url = target.as_uri() if isinstance(target, Path) else target
        self.response = self.page.goto(url, wait_until="load")
        return self.page

    def assert_clean(self) -> None:
        """No request left the allowed set, none failed, no console error."""
        assert self.guard.blocked == [], f"requests left the machine: {self.guard.blocked}"
        assert self.log.failed == [], f"failed requests: {self.log.failed}"
        assert self.log.errors == [], f"console errors: {self.log.errors}"

    def close(self) -> None:
        """Close the context."""
        self.context.close()


# ----------------------------------------------------------------------------- site builds


def _has_plugin() -> bool:
    return (ROOT / "briefgen" / "site" / "plugin.py").is_file()


def _has_content() -> bool:
    return any((ROOT / "content").glob("*.md"))


def project_config() -> Path:
    """mkdocs.yml the browser tests build.

    The repo's real site when it has briefgen's plugin and content/*.md; with the plugin but an
    empty content/, the real site staged in a temp dir with the bundled corpus ingested into it;
    without the plugin, the small offline fixture project. BRIEFGEN_BROWSER_SITE=repo|fixture|auto
    (default) or a path to another mkdocs.yml overrides the choice.
    """
    mode = os.environ.get("BRIEFGEN_BROWSER_SITE", "auto")
    if mode.endswith((".yml", ".yaml")):
        return Path(mode).resolve()
    if mode == "fixture" or (mode == "auto" and not _has_plugin()):
        return FIXTURE_PROJECT / "mkdocs.yml"
    if _has_content():
        return ROOT / "mkdocs.yml"
    return _staged_project()


STAGE_SKIP = {"content", "site", ".git", ".venv", "test-artifacts", ".pytest_cache", ".hypothesis", "mkdocs.yml"}


@functools.lru_cache(maxsize=None)
def _staged_project() -> Path:
    """The repo's mkdocs project in a temp dir (symlinks) with `briefgen ingest corpus` run into its content/."""
    stage = _tmpdir("briefgen-project-")
    for entry in sorted(ROOT.iterdir()):
        if entry.name not in STAGE_SKIP:
            (stage / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    shutil.copyfile(ROOT / "mkdocs.yml", stage / "mkdocs.yml")  # a copy: paths resolve against stage/
    proc = subprocess.run(
        [sys.executable, "-c", "from briefgen.cli import main; main()",
         "ingest", str(ROOT / "corpus"), "--content", str(stage / "content")],
        cwd=stage, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, PYTHONHASHSEED="0"),
    )
    if proc.returncode != 0 or not any((stage / "content").glob("*.md")):
        pytest.fail(f"briefgen ingest corpus failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}", pytrace=False)
    return stage / "mkdocs.yml"


def _tmpdir(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, True)
    return path


@dataclass(frozen=True)
class BuiltSite:
    """A site built into a temp dir."""

    path: Path
    config: Path
    seconds: float
    site_url: str


@functools.lru_cache(maxsize=None)
def built_site(site_url: str = "") -> BuiltSite:
    """Build the site once per test session (per site_url) with `mkdocs build --strict`."""
    config = project_config()
    dest = _tmpdir("briefgen-site-") / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url, PYTHONHASHSEED="0")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(dest)],
        cwd=config.parent, env=env, capture_output=True, text=True, timeout=300,
    )
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        pytest.fail(
            f"mkdocs build --strict failed for {config} (SITE_URL={site_url!r}):\n"
            f"{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}", pytrace=False,
        )
    return BuiltSite(path=dest, config=config, seconds=seconds, site_url=site_url)


# ----------------------------------------------------------------------------- sub-path server


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Static files like GitHub Pages: missing URLs get the site's 404.html with status 404."""

    not_found_page: Path | None = None

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        """Stay quiet."""

    def send_error(self, code, message=None, explain=None):
        """Serve the custom 404 page for missing files."""
        page = self.not_found_page
        if code == 404 and page is not None and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@contextmanager
def bound_server(root: Path, not_found_page: Path | None = None) -> Iterator[http.server.ThreadingHTTPServer]:
    """Serve root on 127.0.0.1 (random free port) in a thread; the port is known before the site is built."""
    handler = type("Handler", (_SubPathHandler,), {"not_found_page": not_found_page})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def same_origin_under(url: str, base: str) -> bool:
    """True when url is on base's scheme/host/port and inside its path."""
    u, b = urlsplit(url), urlsplit(base)
    return (u.scheme, u.netloc) == (b.scheme, b.netloc) and u.path.startswith(b.path)


SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_LINK = ".md-search-result__item a"


def search_for(page, query: str, timeout_ms: int = 15_000) -> list[str]:
    """Type a query into Material's search box like a reader; return the result links (absolute).

    Material drops queries typed before its search worker has loaded the index (the results
    panel keeps saying "Initializing search"), so a reader who typed too early retypes: so do we.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator(SEARCH_INPUT)
    if not box.is_visible():
        page.locator("label[for=__search]").first.click()
    waited = 0
    while True:
        box.fill("")
        box.press_sequentially(query, delay=15)
        try:
            page.wait_for_selector(RESULT_LINK, timeout=2_000)
            break
        except PlaywrightTimeout:
            waited += 2_000
            if waited >= timeout_ms:
                meta = page.eval_on_selector(".md-search-result__meta", "e => e.textContent.trim()")
                raise AssertionError(f"no search results for {query!r} after {waited} ms: {meta!r}")
    return page.eval_on_selector_all(RESULT_LINK, "as => as.map(a => a.href)")


_CLEANED: set[Path] = set()


def artifact_path(name: str) -> Path:
    """Path under test-artifacts/ (git-ignored); its folder is emptied once per session, so no stale files."""
    path = ARTIFACTS / name
    folder = path.parent
    if folder not in _CLEANED:
        _CLEANED.add(folder)
        if folder != ARTIFACTS:
            shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
    return path


# ----------------------------------------------------------------------------- HTML references


class _RefParser(html.parser.HTMLParser):
    """Collect (tag, attribute, value) for every reference a page loads or links to."""

    ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src",
             "source": "src", "video": "src", "audio": "src", "embed": "src", "object": "data"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.ids.add(values[key])
        attr = self.ATTRS.get(tag)
        if attr and values.get(attr) is not None:
            self.refs.append((tag, attr, values[attr].strip()))
        if tag == "image":  # SVG <image href|xlink:href>
            ref = values.get("href") or values.get("xlink:href")
            if ref:
                self.refs.append((tag, "href", ref.strip()))

    handle_startendtag = handle_starttag


def page_refs(text: str) -> tuple[list[tuple[str, str, str]], set[str]]:
    """References (tag, attribute, value) in an HTML document, and its element ids."""
    parser = _RefParser()
    parser.feed(text)
    parser.close()
    return parser.refs, parser.ids


def is_loaded_resource(tag: str) -> bool:
    """True for references the browser fetches by itself (not a link the reader clicks)."""
    return tag != "a"
