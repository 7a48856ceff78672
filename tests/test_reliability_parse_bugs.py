"""Hostile-input bugs once found in the parse stage, now fixed and pinned."""

from __future__ import annotations

import hashlib
from pathlib import Path


from briefgen.config import Config
from briefgen.parse import parse
from briefgen.sources import RawDoc

PARAS = ("Intense clashes broke out on Friday between Syrian armed groups and Hezbollah near the border town of "
         "Qusayr, a war monitor said.\n\nThe fighting spread to several villages, residents told reporters, and "
         "dozens of families fled toward Lebanon.")


def _parse(text: str, name: str):
    data = text.encode("utf-8")
    return parse(RawDoc(path=Path("/x") / name, name=name, data=data, sha256=hashlib.sha256(data).hexdigest()),
                 Config())


def test_script_code_in_an_html_headline_is_not_title_text() -> None:
    page = (f"<html><body><article><h1>Intense clashes near Qusayr <script>alert(1)</script></h1>"
            f"<p>{PARAS.split(chr(10))[0]}</p></article></body></html>")
    [a] = _parse(page, "x.html")
    assert a.title == "Intense clashes near Qusayr"


def test_markdown_links_with_parentheses_keep_only_their_text() -> None:
    md = ("# Hezbollah sends fighters\n\n" + PARAS + "\n\nRead the [full report](https://example.com/x) and "
          "[another](javascript:alert(1)) for details, officials said on Friday in Beirut.\n\n"
          "[Link](javascript:alert('x')) and ![img](javascript:alert('y')) and more text.\n")
    [a] = _parse(md, "x.md")
    assert "Read the full report and another for details, officials said on Friday in Beirut." in a.body
    assert "\n## " not in "\n" + a.body
    assert ")" not in a.body.replace("(", "")
