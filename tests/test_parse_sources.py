"""discover(): files and folders, sorted walk, hidden/symlink/binary/size rules."""

from __future__ import annotations

import os
from pathlib import Path

from briefgen.sources import discover

ARTICLE = b"Headline here\n\nBody sentence of the article.\n"


def test_walk_sorted_relative_names_skip_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_bytes(ARTICLE)
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / ".secret.txt").write_bytes(ARTICLE)
    (tmp_path / ".hidden" / "x.txt").write_bytes(ARTICLE)
    docs, errors = discover([tmp_path], 1000)
    assert [d.name for d in docs] == ["a.txt", "b/z.txt"]
    assert errors == []
    assert docs[0].path.is_absolute() and len(docs[0].sha256) == 64 and docs[0].data == ARTICLE


def test_single_file_uses_its_name(tmp_path: Path) -> None:
    f = tmp_path / "sub" / "one.md"
    f.parent.mkdir()
    f.write_bytes(ARTICLE)
    docs, errors = discover([f], 1000)
    assert [d.name for d in docs] == ["one.md"] and not errors


def test_bad_files_become_errors_and_the_rest_continue(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_bytes(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    (tmp_path / "utf16.txt").write_bytes("Héadline\n\nBody.".encode("utf-16"))
    docs, errors = discover([tmp_path, tmp_path / "missing.txt"], 1000)
    assert [d.name for d in docs] == ["ok.txt", "utf16.txt"]
    by_name = {e.path: str(e) for e in errors}
    assert set(by_name) == {"big.txt", "doc.pdf", "empty.txt", "img.txt", "nul.txt", str(tmp_path / "missing.txt")}
    assert "too large" in by_name["big.txt"] and "PDF" in by_name["doc.pdf"] and "empty" in by_name["empty.txt"]
    assert all("\n" not in s for s in by_name.values())


def test_symlinks_never_leave_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    inside = tmp_path / "in"
    outside.mkdir()
    inside.mkdir()
    (outside / "secret.txt").write_bytes(ARTICLE)
    (inside / "real.txt").write_bytes(ARTICLE)
    os.symlink(outside / "secret.txt", inside / "link.txt")
    os.symlink(outside, inside / "linkdir")
    os.symlink(inside / "real.txt", inside / "alias.txt")
    docs, errors = discover([inside], 1000)
    assert [d.name for d in docs] == ["alias.txt"]  # same file as real.txt: read once, under its first name
    assert {e.path for e in errors} == {"link.txt", "linkdir"}
