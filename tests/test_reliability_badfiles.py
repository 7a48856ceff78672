"""Bad input files through the real CLI: one clear line each, no traceback, good files still written."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from briefgen import content
from reliability_support import HOSTILE, briefgen, copy_corpus, snapshot

# name -> (bytes, words that must be in its one error line)
BAD_FILES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "empty.txt": (b"", ("empty",)),
    "whitespace only.txt": (b"  \n\t\r\n   \n", ("empty",)),
    "bom-only.txt": (b"\xef\xbb\xbf\n", ("empty",)),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, ("binary", "PNG")),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", ("binary", "PDF")),
    "jpeg.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, ("binary",)),
    "nul bytes.txt": (b"Hezbollah title\n\nSome text\x00with a NUL byte in the middle of the article.\n", ("NUL",)),
    "random.bin.txt": (bytes((i * 7919 + 13) % 256 for i in range(4096)), ("binary",)),
}


def _make_bad_tree(raw: Path, outside: Path) -> dict[str, tuple[str, ...]]:
    """Write every kind of bad entry into *raw*; return name -> expected words."""
    expected = {name: words for name, (data, words) in BAD_FILES.items()}
    for name, (data, _) in BAD_FILES.items():
        (raw / name).write_bytes(data)
    (raw / "too-large.txt").write_bytes(b"Big file\n\n" + b"All work and no play. " * 12_000)  # ~260 KB
    expected["too-large.txt"] = ("too large", "200000")
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret title\n\nThis file lives outside the input folder (marker ZQXOUTSIDEQZ) and must "
                                        "never be read through a link.\n", encoding="utf-8")
    os.symlink(outside / "secret.txt", raw / "link-outside.txt")
    expected["link-outside.txt"] = ("symlink", "outside")
    os.symlink(outside, raw / "dir-link-outside")
    expected["dir-link-outside"] = ("symlink", "outside")
    os.symlink(raw / "does-not-exist.txt", raw / "dangling.txt")
    expected["dangling.txt"] = ("cannot read",)
    os.symlink("loop-b.txt", raw / "loop-a.txt")
    os.symlink("loop-a.txt", raw / "loop-b.txt")
    expected["loop-a.txt"] = ()
    expected["loop-b.txt"] = ()
    os.mkfifo(raw / "named pipe.txt")  # reading it would block forever
    expected["named pipe.txt"] = ("not a regular file",)
    return expected


def test_every_bad_file_gets_one_line_and_good_files_are_written(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    good = copy_corpus(raw)
    expected = _make_bad_tree(raw, tmp_path / "outside")
    (raw / "sub folder").mkdir()  # folders are walked, an empty one is not an error
    os.symlink(raw / good[0], raw / "zz-alias-inside.txt")  # a link inside the folder: read once, no error
    (raw / "folder.txt").mkdir()  # a folder named like a file is walked
    (raw / "folder.txt" / "nested").symlink_to(tmp_path / "outside")
    expected["folder.txt/nested"] = ("symlink", "outside")
    before_outside = snapshot(tmp_path / "outside")

    run = briefgen("ingest", raw, "--content", tmp_path / "content", "--max-bytes", "200000", cwd=tmp_path,
                   timeout=600)  # a hang guard (a named pipe must never block the run), not a speed test

    assert run.code == 1, run.err
    assert "Traceback" not in run.err + run.out
    lines = run.err_lines
    assert all(ln.startswith("error: ") for ln in lines), lines
    for name, words in expected.items():
        mine = [ln for ln in lines if ln.startswith(f"error: {name}: ")]
        assert len(mine) == 1, (name, lines)
        for w in words:
            assert w in mine[0], (name, mine[0])
    assert len(lines) == len(expected)  # nothing else complained
    assert f"{len(good)} new" in run.out and f"{len(expected)} failed" in run.out

    written = content.content_files(tmp_path / "content")
    assert len(written) == len(good)
    origins = sorted(content.load(p).origin.file for p in written)
    assert origins == good
    assert snapshot(tmp_path / "outside") == before_outside
    assert "ZQXOUTSIDEQZ" not in " ".join(p.read_text(encoding="utf-8") for p in written)


def test_a_missing_path_and_a_directory_argument(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    run = briefgen("ingest", tmp_path / "nope.txt", raw, "--content", tmp_path / "content", cwd=tmp_path)
    assert run.code == 1
    assert run.err_lines == [f"error: {tmp_path / 'nope.txt'}: no such file or folder"]
    assert len(content.content_files(tmp_path / "content")) == 5


def test_single_file_arguments_with_spaces_and_non_latin_names(tmp_path: Path) -> None:
    names = sorted(p.name for p in HOSTILE.iterdir() if re.search(r"[^\x00-\x7f]", p.name))
    assert names, "the hostile fixtures include a non-Latin file name"
    run = briefgen("ingest", *(HOSTILE / n for n in names), "--content", tmp_path / "c", cwd=tmp_path)
    assert run.code == 0, run.err
    files = content.content_files(tmp_path / "c")
    assert [content.load(p).origin.file for p in files] == names
    assert all(re.fullmatch(r"[a-z0-9-]+\.md", p.name) for p in files)


def test_one_very_long_line_is_handled(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    words = ("Hezbollah fighters crossed the border near Qusayr on Friday, residents said, " * 20_000).encode()
    (raw / "one-line.txt").write_bytes(words)  # ~1.6 MB, no newline at all
    # A hang guard, not a speed measurement (speed lives in benchmarks/): a
    # quadratic step once took minutes on this file; it must finish at all.
    run = briefgen("ingest", raw, "--content", tmp_path / "c", cwd=tmp_path, timeout=600)
    assert "Traceback" not in run.err
    if run.code == 0:
        [p] = content.content_files(tmp_path / "c")
        a = content.load(p)
        assert a.title and len(a.title) < 400
    else:
        assert len(run.err_lines) == 1 and run.err_lines[0].startswith("error: one-line.txt: ")


@pytest.mark.parametrize("offset, ok", [(-1, False), (0, True)])
def test_size_limit_is_configurable(tmp_path: Path, offset: int, ok: bool) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))[0], raw / "a.txt")
    size = (raw / "a.txt").stat().st_size
    limit = size + offset
    run = briefgen("ingest", raw, "--content", tmp_path / "c", "--max-bytes", str(limit), cwd=tmp_path)
    if ok:
        assert run.code == 0 and not run.err_lines
    else:
        assert run.code == 1
        assert run.err_lines == [f"error: a.txt: too large ({size} bytes; the limit is {limit})"]


def test_unusual_encodings_are_decoded(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    ru = ("Хезболла отправила бойцов в Сирию\n\nЛиванская группировка Хезболла отправила около двух тысяч "
          "бойцов в Сирию, сообщили в пятницу два источника. Бойцы были направлены в район Алеппо и Хомса.\n")
    ja = ("ヒズボラ、シリアに戦闘員を派遣\n\nレバノンのシーア派組織ヒズボラは金曜日、約2000人の戦闘員をシリアに"
          "派遣したと、2人の治安筋が明らかにした。戦闘員はアレッポとホムスの周辺に展開したという。\n")
    (raw / "koi8.txt").write_bytes(ru.encode("koi8-r"))
    (raw / "sjis.txt").write_bytes(ja.encode("shift_jis"))
    shutil.copyfile(HOSTILE / "cp1252.txt", raw / "cp1252.txt")
    shutil.copyfile(HOSTILE / "utf16-bom.txt", raw / "utf16-bom.txt")
    run = briefgen("ingest", raw, "--content", tmp_path / "c", cwd=tmp_path)
    assert run.code == 0, run.err
    titles = sorted(content.load(p).title for p in content.content_files(tmp_path / "c"))
    assert titles == sorted([
        "Café owners in Beirut fear a wider war with Israel",
        "Syrian rebels advance toward Damascus as Hezbollah withdraws",
        "Хезболла отправила бойцов в Сирию",
        "ヒズボラ、シリアに戦闘員を派遣",
    ])


def test_utf16_without_bom_is_decoded(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = ("Hezbollah fighters cross into Syria near Qusayr\n\nHezbollah fighters crossed into Syria near "
            "Qusayr on Friday, residents said, as clashes continued along the border.\n")
    (raw / "utf16.txt").write_bytes(text.encode("utf-16-le"))
    run = briefgen("ingest", raw, "--content", tmp_path / "c", cwd=tmp_path)
    assert run.code == 0, run.err
    [p] = content.content_files(tmp_path / "c")
    assert content.load(p).title == "Hezbollah fighters cross into Syria near Qusayr"
