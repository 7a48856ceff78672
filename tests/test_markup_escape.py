"""Text is data: md_escape/subhead/paragraph/figure render back as exactly the literal text.

Rendered through Python-Markdown with the markdown_extensions of the repo's mkdocs.yml,
so the property follows whatever the site really uses.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.markup import clean_text, figure, join_blocks, md_escape, paragraph, plain_text, subhead
from reliability_strategies import HOSTILE

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # mkdocs' !ENV etc.


def site_extensions() -> tuple[list[str], dict]:
    cfg = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names, configs = [], {}
    for item in cfg.get("markdown_extensions") or []:
        if isinstance(item, dict):
            (name, conf), = item.items()
            names.append(name)
            configs[name] = conf or {}
        else:
            names.append(item)
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = site_extensions()


def render(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def visible(html_text: str) -> str:
    """What a reader sees: tags stripped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", html_text)).strip()


def normalized(t: str) -> str:
    """The text a reader expects: control characters dropped, whitespace collapsed."""
    kept = "".join(c for c in t if c.isspace() or unicodedata.category(c) not in ("Cc", "Cs"))
    return " ".join(kept.split())


# Markdown-significant characters, mixed with letters, so the interesting cases come up often.
_SPECIAL = list("#*_`[]()<>&{}|\\!~=^+:/%-.1) \n\t\"'@$;?,") + ["é", "中", "\u00a0", "\x02", "\x03", "{{", "}}"]
markdownish = st.lists(st.sampled_from(_SPECIAL + list("abcXYZ")), max_size=30).map("".join)
any_text = st.one_of(markdownish, st.text(max_size=30), st.sampled_from(HOSTILE))


def test_extensions_are_the_sites() -> None:
    assert "pymdownx.escapeall" in EXTENSIONS and "md_in_html" in EXTENSIONS and "attr_list" in EXTENSIONS


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_paragraph_renders_as_literal_text(t: str) -> None:
    out = render(paragraph(t))
    assert visible(out) == normalized(t)
    assert "<script" not in out and "<img" not in out and "<a " not in out


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_subhead_renders_as_literal_heading(t: str) -> None:
    out = render(subhead(t))
    if normalized(t):
        assert re.fullmatch(r"<h2[^>]*>.*</h2>", out, re.S), out
    assert visible(out) == normalized(t)


@settings(max_examples=150, deadline=None)
@given(st.lists(any_text, max_size=5), any_text, st.one_of(st.none(), any_text))
def test_body_blocks_stay_separate_and_literal(paras: list[str], caption: str, credit: str | None) -> None:
    body = join_blocks([paragraph(p) for p in paras] + [figure(caption, credit)])
    out = render(body)
    got = [visible(p) for p in re.findall(r"<p>(.*?)</p>", out, re.S)]
    assert got == [normalized(p) for p in paras if normalized(p)]
    cap = re.search(r"<figcaption>(.*)</figcaption>", out, re.S)
    assert cap is not None
    expected = normalized(caption) + (" " + normalized(credit) if credit and normalized(credit) else "")
    assert visible(cap.group(1)) == expected.strip()
    assert "<script" not in out


@settings(max_examples=200, deadline=None)
@given(st.lists(any_text, max_size=4), st.one_of(st.none(), any_text))
def test_plain_text_inverts_the_markup(paras: list[str], head: str | None) -> None:
    blocks = ([subhead(head)] if head is not None and normalized(head) else []) + [paragraph(p) for p in paras]
    expected = ([normalized(head)] if blocks and head is not None and normalized(head) else [])
    expected += [normalized(p) for p in paras if normalized(p)]
    assert plain_text(join_blocks(blocks)) == "\n\n".join(expected)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>',
        "[click](javascript:alert(1))", "![img](javascript:alert(1))", "<javascript:alert(1)>",
        "{{ 7*7 }}", "{% raw %}x{% endraw %}", "# Heading", "## Heading ##", "Ends with #", "---", "***",
        "| a | b |", "|---|---|", "> quote", "1. list", "2) list", "- list", "+ list", "!!! note", "??? note",
        "/// details", "::: block", "{: onclick=alert(1) }", "text {: #id .cls }", '<div markdown="1">*x*</div>',
        "a ~~strike~~ ==mark== ^^ins^^ ++ctrl++", "`code` and ```fence```", "\\* not emphasis",
        "&amp; &lt; &#x3C;", "trailing two spaces  ", "    indented code",
    ],
)
def test_known_hostile_text_is_literal(text: str) -> None:
    for md in (paragraph(text), subhead(text)):
        out = render(md)
        assert visible(out) == normalized(text), (md, out)
        assert not re.search(r"<(script|img|a|div|table|ul|ol|blockquote|hr|pre|code|del|mark|ins|kbd)\b", out)
        assert not re.search(r"<[^>]*\son\w+\s*=", out)  # no event handler attribute on any tag


def test_control_characters_are_dropped() -> None:
    assert clean_text("a\x00b\x02c\x03d\x1b[0m\x7f\u200b e") == "abcd[0m\u200b e"
    assert md_escape("\x02klzzwxh:0000\x03") == "klzzwxh:0000"
    assert md_escape(" many   spaces\n\tand lines ") == "many spaces and lines"


def test_prose_stays_readable() -> None:
    s = "It's 3.5 km away - the U.N. said: \"no comment\"."
    assert md_escape(s) == s
