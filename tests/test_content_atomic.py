"""content.write_atomic and content.origin_of: old-or-new files only, no stray temp files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefgen import content
from briefgen.models import Article, Origin


def _article(**kw) -> Article:
    return Article(title=kw.pop("title", "T"), body="Body.\n",
                   origin=Origin(file=kw.pop("file", "raw/a b.txt"), sha256="2" * 64, entry=kw.pop("entry", None)))


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    content.write_atomic(path, "old\n")
    with pytest.raises(UnicodeEncodeError):
        content.write_atomic(path, "new \ud800 text")  # cannot be encoded: fails half-way
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_new_files_get_normal_permissions_and_existing_ones_keep_theirs(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "a.md"
        content.write_atomic(path, "x\n")
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.chmod(path, 0o664)
        content.write_atomic(path, "y\n")
        assert stat.S_IMODE(path.stat().st_mode) == 0o664 and path.read_text() == "y\n"
    finally:
        os.umask(old)


def test_a_symlinked_content_file_is_replaced_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n")
    (tmp_path / "c").mkdir()
    link = tmp_path / "c" / "a.md"
    link.symlink_to(outside)
    content.write_atomic(link, "new\n")
    assert outside.read_text() == "precious\n"
    assert not link.is_symlink() and link.read_text() == "new\n"


def test_exact_bytes_and_lf_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = content.dumps(_article(title="Ünïcode \u2028 title"))
    content.write_atomic(path, text)
    assert path.read_bytes() == text.encode("utf-8") and b"\r" not in path.read_bytes()


def test_temp_files_are_never_listed_as_articles(tmp_path: Path) -> None:
    (tmp_path / ".a.md.x1y2.tmp").write_text("partial")
    (tmp_path / "_draft.md").write_text("x")
    (tmp_path / "b.md").write_text(content.dumps(_article()))
    assert [p.name for p in content.content_files(tmp_path)] == ["b.md"]


@pytest.mark.parametrize("damage", [
    lambda t: t.replace("\ntitle: ", "\ntitle: [unclosed ", 1),
    lambda t: t.replace("\ntitle_basis: stated\n", "\ntitle_basis: [\n", 1),
    lambda t: t.replace("\n---\n\n", "\n\n", 1),  # closing fence deleted
    lambda t: t,
])
def test_origin_is_recovered_from_damaged_files(damage) -> None:
    text = damage(content.dumps(_article(file="feeds/x y.json", entry=4)))
    assert content.origin_of(text) == ("feeds/x y.json", 4)


def test_origin_of_unrelated_text_is_none() -> None:
    assert content.origin_of("") is None
    assert content.origin_of("just some text\norigin:\n  file: x\n") is None  # no front matter fence
    assert content.origin_of("---\ntitle: x\n---\n\norigin:\n  file: x.txt\n") is None  # in the body
