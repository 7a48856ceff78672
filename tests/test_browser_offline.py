"""The built site opened from file:// in headless Chromium with the network cut off.

Every request that is not file:/data:/blob: is aborted and recorded; any such request fails the test.
Screenshots (desktop 1280 px, phone 390 px) go to test-artifacts/browser/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_util import (
    DESKTOP, PHONE, RESULT_LINK, Session, artifact_path, built_site, launch_chromium, require_chromium,
    search_for,
)


@pytest.fixture(scope="module")
def site() -> Path:
    require_chromium()
    return built_site("").path


@pytest.fixture(scope="module")
def browser(site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def desktop(browser):
    session = Session(browser, DESKTOP)
    yield session
    session.close()


@pytest.fixture
def phone(browser):
    session = Session(browser, PHONE)
    yield session
    session.close()


def _pages(site: Path, folder: str) -> list[Path]:
    return sorted(p for p in (site / folder).glob("*.html") if p.name != "index.html")


def _key_pages(site: Path) -> dict[str, Path]:
    """Home, every theme, one article, the entity index and one entity page."""
    pages = {"home": site / "index.html"}
    for theme in _pages(site, "themes"):
        pages[f"theme-{theme.stem}"] = theme
    for name, folder in (("article", "articles"), ("entity", "entities")):
        found = _pages(site, folder)
        assert found, f"the site has no {folder}/*.html page"
        pages[name] = found[0]
    if (site / "entities" / "index.html").is_file():
        pages["entities"] = site / "entities" / "index.html"
    return pages


def _check_page_renders(page) -> None:
    """Styles, icons, navigation and figures are in place."""
    styled = page.evaluate(
        "getComputedStyle(document.body).getPropertyValue('--md-primary-fg-color').trim()"
    )
    assert styled, "Material's stylesheet did not load"
    header = page.locator(".md-header").bounding_box()
    assert header and header["height"] > 30, "header not laid out"
    icons = page.evaluate(
        "[...document.querySelectorAll('.md-header svg')].filter(s => s.getBoundingClientRect().width > 0).length"
    )
    assert icons > 0, "no header icon rendered"
    assert page.locator("h1").count() >= 1
    broken = page.evaluate(
        "[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
    )
    assert broken == [], f"images that did not load: {broken}"
    empty_charts = page.evaluate(
        """[...document.querySelectorAll('.md-content svg[role=img]')]
             .filter(s => { const r = s.getBoundingClientRect(); return r.width < 1 || r.height < 1; })
             .map(s => s.outerHTML.slice(0, 80))"""
    )
    assert empty_charts == [], f"charts with no size: {empty_charts}"


def test_key_pages_work_offline_with_screenshots(site, browser):
    pages = _key_pages(site)
    for width_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        session = Session(browser, viewport)
        try:
            for name, path in pages.items():
                page = session.open(path)
                _check_page_renders(page)
                page.screenshot(path=str(artifact_path(f"browser/{name}-{width_name}.png")), full_page=True)
            session.assert_clean()
        finally:
            session.close()


def test_navigation_follows_links_between_pages(site, desktop):
    page = desktop.open(site / "index.html")
    theme = _pages(site, "themes")[0]
    link = page.locator(f"a[href$='themes/{theme.name}']").first
    link.click()
    page.wait_for_load_state("load")
    assert page.url == theme.as_uri()
    _check_page_renders(page)
    article_link = page.locator(".md-content a[href*='articles/']").first
    article_link.click()
    page.wait_for_load_state("load")
    assert re.search(r"/articles/[^/]+\.html$", page.url), page.url
    _check_page_renders(page)
    # ... and on to an entity named in the article's metadata card
    entity_link = page.locator(".md-content a[href*='entities/']").first
    entity_name = entity_link.inner_text().strip()
    entity_link.click()
    page.wait_for_load_state("load")
    assert re.search(r"/entities/[^/]+\.html$", page.url), page.url
    assert entity_name and entity_name in page.locator("h1").first.inner_text()
    # the entity page lists the article we came from
    assert page.locator(".md-content a[href*='articles/']").count() >= 1
    _check_page_renders(page)
    desktop.assert_clean()


def _article_about(site: Path, *words: str) -> list[str]:
    """Article pages whose text mentions every word (case-insensitive)."""
    hits = []
    for path in _pages(site, "articles"):
        text = path.read_text(encoding="utf-8").lower()
        if all(w.lower() in text for w in words):
            hits.append(path.relative_to(site).as_posix())
    return hits


def _bare(url: str) -> str:
    return url.split("?")[0].split("#")[0]


def test_search_finds_the_qusayr_article_offline(site, desktop):
    """A reader with no network finds the article about Hezbollah's fighters going to Qusayr."""
    expected = {(site / e).as_uri() for e in _article_about(site, "Qusayr", "Hezbollah", "fighters")}
    assert expected, "no article mentions Hezbollah's fighters and Qusayr"
    page = desktop.open(site / "index.html")
    hrefs = search_for(page, "Qusayr")
    hits = [h for h in hrefs if _bare(h) in expected]
    assert hits, f"results {hrefs} miss {sorted(expected)}"
    page.screenshot(path=str(artifact_path("browser/search-qusayr-desktop.png")))
    # Follow the result: the article opens from file:// with the query highlighted.
    page.locator(f"{RESULT_LINK}[href='{hits[0]}']").first.click()
    page.wait_for_load_state("load")
    assert _bare(page.url) in expected
    assert page.locator(".md-content mark").count() > 0, "search.highlight did not mark the query"
    desktop.assert_clean()


def test_search_works_on_a_phone_from_a_deep_page(site, phone):
    page = phone.open(_pages(site, "articles")[0])
    hrefs = search_for(page, "Hezbollah")
    assert hrefs and all(h.startswith(site.as_uri()) for h in hrefs), hrefs
    page.screenshot(path=str(artifact_path("browser/search-hezbollah-phone.png")))
    phone.assert_clean()


def test_network_guard_catches_a_remote_request(site, desktop):
    """The guard itself must notice a page that reaches for the network."""
    page = desktop.open(site / "index.html")
    page.evaluate("fetch('https://example.org/x').catch(() => null)")
    page.wait_for_timeout(200)
    assert desktop.guard.blocked == ["https://example.org/x"]
