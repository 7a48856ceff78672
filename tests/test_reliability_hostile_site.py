"""A hostile raw corpus, ingested and BUILT with the real `briefgen build` (mkdocs --strict).

Text is data: no <script>, event handler or javascript: URL from the content reaches
the pages; Jinja and YAML syntax show up as literal text; nothing is executed; nothing
is written outside content/ and site/.
"""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefgen import content
from reliability_support import HOSTILE, briefgen, build, site_config, snapshot, tree_bytes

MARKERS = ("alert(", "document.cookie", "evil.example", "PWNED", "check_output", "os.system")
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcset", "background"}


class _Page(HTMLParser):
    """Every tag with its attributes, script bodies, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag in ("script", "style", "template"):
            self._in.append(tag)
            if tag == "script":
                self.scripts.append((a, ""))

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if self._in:
            if self._in[-1] == "script":
                a, body = self.scripts[-1]
                self.scripts[-1] = (a, body + data)
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def _parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """(tmp root, content dir, site dir, ingest run, build run, snapshots before/after)."""
    tmp = tmp_path_factory.mktemp("hostile")
    site_config(tmp, tmp / "content")  # written before the snapshot: it is the test's input
    before = snapshot(tmp)
    system_tmp_before = {p.name for p in Path("/tmp").iterdir()}
    ingest = briefgen("ingest", HOSTILE, "--content", tmp / "content", cwd=tmp)
    built = build(tmp, tmp / "content", tmp / "site")
    after = snapshot(tmp)
    new_in_system_tmp = {p.name for p in Path("/tmp").iterdir()} - system_tmp_before
    return tmp, ingest, built, before, after, new_in_system_tmp


def test_ingest_reports_only_the_python_tag_file(hostile_site) -> None:
    tmp, ingest, *_ = hostile_site
    assert ingest.code == 1
    assert len(ingest.err_lines) == 1
    assert ingest.err_lines[0].startswith("error: python-tag-front-matter.md: ")
    assert "Traceback" not in ingest.err
    origins = {content.load(p).origin.file for p in content.content_files(tmp / "content")}
    expected = {p.name for p in HOSTILE.iterdir()} - {"python-tag-front-matter.md"}
    assert expected <= origins


def test_strict_build_succeeds(hostile_site) -> None:
    _, _, built, *_ = hostile_site
    assert built.code == 0, built.err
    assert "Traceback" not in built.err


def test_nothing_written_outside_content_and_site(hostile_site) -> None:
    tmp, _, _, before, after, new_in_system_tmp = hostile_site
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    stray = sorted(k for k in changed if k.split("/")[0] not in ("content", "site"))
    assert stray == []
    assert not [n for n in new_in_system_tmp if "briefgen-escape" in n or "PWNED" in n]
    assert not list(tmp.rglob("*PWNED*")) and not list(Path.cwd().glob("*PWNED*"))
    slugs = sorted(p.name for p in (tmp / "content").iterdir())
    assert all(re.fullmatch(r"[a-z0-9-]+\.md", s) for s in slugs), slugs
    assert "tmp-briefgen-escape.md" in slugs


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def live_markup(doc: _Page) -> list[str]:
    """Every piece of live markup in a page that could only have come from content."""
    problems = []
    for tag, attrs in doc.tags:
        problems += [f"<{tag} {k}=...>" for k in attrs if k.startswith("on")]
        for k, v in attrs.items():
            if k in URL_ATTRS:
                squashed = re.sub(r"[\s\x00-\x1f]", "", html.unescape(v)).lower()
                if squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                    problems.append(f"<{tag} {k}={v!r}>")
        if tag in ("iframe", "frame", "object", "embed", "base", "applet"):
            problems.append(f"<{tag}>")
        if tag == "form" and attrs.get("class") != "md-search__form":  # only the theme's search box
            problems.append("<form>")
        if tag == "meta" and "http-equiv" in attrs:
            problems.append("<meta http-equiv>")
        if "position:fixed" in attrs.get("style", "").replace(" ", ""):
            problems.append(f"<{tag} style=position:fixed>")
    for attrs, body in doc.scripts:
        src = attrs.get("src", "")
        if any(m in body or m in src for m in MARKERS) or (src and "assets/" not in src and not src.startswith("${")):
            problems.append(f"<script src={src!r}>{body[:80]}")
    return problems


def test_the_checker_finds_live_markup() -> None:
    doc = _Page()
    doc.feed('<p onclick="x()">a</p><a href=" java\tscript:alert(1)">b</a><iframe src=x></iframe>'
             '<script>alert(1)</script><script src="https://evil.example/x.js"></script><form action=x></form>'
             '<div style="position: fixed">c</div>')
    assert len(live_markup(doc)) == 7
    ok = _Page()
    ok.feed('<p>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}</p><a href="articles/x.html">x</a>'
            '<script src="../assets/javascripts/bundle.js"></script>')
    assert live_markup(ok) == [] and "<script>alert(1)</script> {{ 7*7 }}" in ok.visible


def test_no_live_markup_from_content_in_any_page(hostile_site) -> None:
    tmp, *_ = hostile_site
    pages = _pages(tmp / "site")
    assert len(pages) > 10
    found = {p.relative_to(tmp / "site").as_posix(): live_markup(_parse(p)) for p in pages}
    assert {k: v for k, v in found.items() if v} == {}


def _article_page(tmp: Path, origin_file: str) -> _Page:
    for p in content.content_files(tmp / "content"):
        if content.load(p).origin.file == origin_file:
            return _parse(tmp / "site" / "articles" / f"{p.stem}.html")
    raise AssertionError(f"no article from {origin_file}")


def test_template_syntax_is_literal_text(hostile_site) -> None:
    tmp, *_ = hostile_site
    page = _article_page(tmp, "template-syntax.txt")
    text = page.visible
    assert "{{ 7*7 }} fighters and {% if true %}Syria{% endif %} border clashes" in text
    assert "{{ config.__class__.__init__.__globals__ }}" in text
    assert "{% for x in range(10) %}{{ x }}{% endfor %}" in text
    assert "{# a comment #}" in text
    assert "49 fighters" not in text and "0123456789" not in text
    for p in _pages(tmp / "site"):
        assert "49 fighters" not in _parse(p).visible


def test_yaml_syntax_is_literal_text(hostile_site) -> None:
    tmp, *_ = hostile_site
    text = _article_page(tmp, "yaml-front-matter.md").visible
    assert "!!python/object/apply:os.system ['touch PWNED_BY_YAML']" in text
    assert '--- !!python/object/apply:subprocess.check_output [["touch", "PWNED_BY_YAML_2"]]' in text
    assert "--- !!python/name:os.system" in text  # the anchored source, as text


def test_html_in_data_fields_is_literal_text(hostile_site) -> None:
    tmp, *_ = hostile_site
    page = _article_page(tmp, "feed.json")
    text = page.visible
    assert "<script>alert('json')</script> Hezbollah considers cease-fire {{ 7*7 }}" in text
    assert "<img src=x onerror=alert('src')>" in text
    assert "[x](javascript:alert(1))" in text
    h1 = [t for t, a in page.tags if t == "h1"]
    assert h1, "the article page has a heading"


def test_markdown_hazards_do_not_become_structure(hostile_site) -> None:
    tmp, *_ = hostile_site
    page = _article_page(tmp, "markdown-hazards.md")
    tags = {t for t, _ in page.tags}
    assert "svg" not in tags or all("onload" not in a for t, a in page.tags if t == "svg")
    assert "details" not in {t for t, a in page.tags if "ontoggle" in a}
    assert "Not an admonition." in page.visible


def test_rebuild_is_byte_identical(hostile_site, tmp_path) -> None:
    tmp, *_ = hostile_site
    content2 = tmp_path / "content"
    shutil.copytree(tmp / "content", content2)
    again = build(tmp_path, content2, tmp_path / "site")
    assert again.code == 0, again.err
    first, second = tree_bytes(tmp / "site"), tree_bytes(tmp_path / "site")
    assert sorted(first) == sorted(second)
    differ = [k for k in first if first[k] != second[k]]
    assert differ == []
