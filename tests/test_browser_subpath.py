"""The site served under a sub-path, like GitHub Pages' https://owner.github.io/repo/.

The site is built with SITE_URL=http://127.0.0.1:PORT/repo/ and served by python's http.server from a
temp dir holding it under /repo/ (missing URLs get the site's 404.html, as on Pages). A crawler follows
every <a href>, <link href>, <script src>, <img src> (and CSS url()) and reports broken links, links
leaving /repo/ and resources from other hosts; Chromium checks the 404 page keeps its styles.
"""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from browser_util import (
    DESKTOP, PHONE, Session, artifact_path, bound_server, built_site, is_loaded_resource, launch_chromium,
    page_refs, require_chromium, same_origin_under, search_for,
)

SUBPATH = "/repo/"
SKIP_SCHEMES = ("mailto", "tel", "javascript", "data", "blob")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")


@dataclass
class Served:
    """A site built for and served under base (http://127.0.0.1:PORT/repo/)."""

    base: str
    root: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Served:
    root = tmp_path_factory.mktemp("pages")
    with bound_server(root, not_found_page=root / SUBPATH.strip("/") / "404.html") as server:
        base = f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
        built = built_site(base)
        shutil.copytree(built.path, root / SUBPATH.strip("/"))
        yield Served(base=base, root=root)


@dataclass
class Crawl:
    """What a crawl from the home page found."""

    fetched: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    external_links: set[str] = field(default_factory=set)
    ids: dict[str, set[str]] = field(default_factory=dict)
    fragments: list[tuple[str, str, str]] = field(default_factory=list)


def _fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read()


def crawl(base: str, extra_starts: tuple[str, ...] = ()) -> Crawl:
    """Breadth-first crawl of everything reachable from base without leaving it."""
    result = Crawl()
    queue = deque([(base, "(start)")] + [(u, "(start)") for u in extra_starts])
    seen = {u for u, _ in queue}
    while queue:
        url, referrer = queue.popleft()
        status, ctype, body = _fetch(url)
        result.fetched[url] = status
        if status != 200:
            result.problems.append(f"{url} -> HTTP {status} (linked from {referrer})")
            continue
        if ctype == "text/html":
            refs, ids = page_refs(body.decode("utf-8", errors="replace"))
            result.ids[url] = ids
        elif ctype == "text/css":
            refs = [("css", "url", v) for v in CSS_URL.findall(body.decode("utf-8", errors="replace"))]
        else:
            continue
        for tag, attr, value in refs:
            if not value or urlsplit(value).scheme in SKIP_SCHEMES:
                continue
            target, fragment = urldefrag(urljoin(url, value))
            where = f"{url}: <{tag} {attr}={value}>"
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https"):
                result.problems.append(f"{where} has scheme {parts.scheme!r}")
                continue
            if parts.netloc != urlsplit(base).netloc:
                if is_loaded_resource(tag):
                    result.problems.append(f"{where} loads from another host")
                else:
                    result.external_links.add(target)
                continue
            if not same_origin_under(target, base):
                result.problems.append(f"{where} escapes {urlsplit(base).path}")
                continue
            if fragment and tag == "a":
                result.fragments.append((target, unquote(fragment), where))
            if target not in seen:
                seen.add(target)
                queue.append((target, url))
    for target, fragment, where in result.fragments:
        if target in result.ids and fragment not in result.ids[target]:
            result.problems.append(f"{where}: no element with id {fragment!r}")
    return result


def test_crawl_under_sub_path_finds_no_broken_or_escaping_link(served):
    result = crawl(served.base, extra_starts=(served.base + "404.html",))
    pages = [u for u in result.ids]
    assert len(pages) >= 3, f"crawl reached only {pages}"
    assert result.problems == []
    # Every built page is reachable by following links from the home page.
    built = {
        served.base + p.relative_to(served.root / SUBPATH.strip("/")).as_posix()
        for p in (served.root / SUBPATH.strip("/")).rglob("*.html")
    }
    unreachable = sorted(built - set(result.fetched) - {served.base + "404.html"})
    assert unreachable == [], f"pages no link leads to: {unreachable}"


def test_crawler_reports_broken_and_escaping_links(tmp_path):
    """The crawler must notice what it is there to catch."""
    site = tmp_path / "repo"
    site.mkdir()
    (site / "index.html").write_text(
        '<a href="missing.html">x</a><a href="/elsewhere.html">y</a>'
        '<script src="https://cdn.example.org/x.js"></script><a href="ok.html#nope">z</a>',
        encoding="utf-8",
    )
    (site / "ok.html").write_text('<h1 id="yes">ok</h1>', encoding="utf-8")
    with bound_server(tmp_path) as server:
        base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
        problems = crawl(base).problems
    assert len(problems) == 4, problems
    assert any("missing.html -> HTTP 404" in p for p in problems)
    assert any("escapes /repo/" in p for p in problems)
    assert any("another host" in p for p in problems)
    assert any("'nope'" in p for p in problems)


@pytest.fixture(scope="module")
def browser(served):
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.mark.parametrize("missing", ["no-such-page.html", "deep/er/no-such-page.html"])
def test_404_page_keeps_its_styles_under_sub_path(served, browser, missing):
    url = served.base + missing
    session = Session(browser, DESKTOP, allowed_prefixes=(served.base,), offline=False)
    try:
        page = session.open(url)
        assert session.response.status == 404
        styled = page.evaluate("getComputedStyle(document.body).getPropertyValue('--md-primary-fg-color').trim()")
        assert styled, "404 page lost Material's stylesheet"
        statuses = session.statuses
        sheets = page.eval_on_selector_all("link[rel=stylesheet]", "ls => ls.map(l => l.href)")
        assert sheets and all(statuses.get(s) == 200 for s in sheets), {s: statuses.get(s) for s in sheets}
        scripts = page.eval_on_selector_all("script[src]", "ss => ss.map(s => s.src)")
        assert all(statuses.get(s) == 200 for s in scripts), {s: statuses.get(s) for s in scripts}
        links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
        local = [h for h in links if urlsplit(h).netloc == urlsplit(served.base).netloc]
        assert local and all(same_origin_under(h, served.base) for h in local), links
        page.screenshot(path=str(artifact_path(f"browser/404-depth{missing.count('/')}-desktop.png")))
        assert session.guard.blocked == []
        # The only failing load is the missing document itself.
        assert [u for u, code in statuses.items() if code >= 400 and u != url] == []
        assert [e for e in session.log.errors if "status of 404" not in e] == []
    finally:
        session.close()


def test_home_and_search_work_over_http_under_sub_path(served, browser):
    session = Session(browser, PHONE, allowed_prefixes=(served.base,), offline=False)
    try:
        page = session.open(served.base)
        assert session.response.status == 200
        hrefs = search_for(page, "Qusayr")
        assert hrefs and all(same_origin_under(h, served.base) for h in hrefs), hrefs
        assert any("/articles/" in h for h in hrefs), hrefs
        session.assert_clean()
        assert [u for u, code in session.statuses.items() if code >= 400] == []
    finally:
        session.close()
