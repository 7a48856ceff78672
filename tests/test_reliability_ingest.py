"""No data loss, idempotent re-ingest, hand edits kept, deterministic output, stable slugs."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from briefgen import content
from reliability_support import (
    HOSTILE, briefgen, build, cli_command, copy_corpus, env, make_batch, snapshot, tree_bytes,
)


def _visible(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def test_killed_ingest_never_leaves_a_partial_file(tmp_path: Path) -> None:
    """SIGKILL `briefgen ingest` of 300 files at random moments; every visible file is complete."""
    raw = tmp_path / "raw"
    make_batch(raw, 300)
    ref = briefgen("ingest", raw, "--content", tmp_path / "ref", "-q", cwd=tmp_path, timeout=300)
    assert ref.code == 0, ref.err
    reference = _visible(tmp_path / "ref")
    assert len(reference) == 300

    work = tmp_path / "work"
    rng = random.Random(20240624)
    # Kill when the run has written a random number of files (polling), plus a random few ms:
    # that lands in the middle of a write often, and never only before or after the writes.
    targets = sorted(rng.sample(range(1, 300), 3))
    partial_states = 0
    for target in targets:
        proc = subprocess.Popen(cli_command() + ["ingest", str(raw), "--content", str(work), "-q"], cwd=tmp_path,
                                env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if work.exists() and sum(1 for n in os.listdir(work) if not n.startswith(".")) >= target:
                time.sleep(rng.uniform(0, 0.02))
                break
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        now = _visible(work) if work.exists() else {}
        partial_states += 0 < len(now) < 300
        for name, data in now.items():
            assert name in reference, f"{name}: not an article name (a temp file left visible?)"
            assert data == reference[name], f"{name}: partial or different content after a kill"
        assert [p.name for p in content.content_files(work)] == sorted(now)
    assert partial_states >= 2, "the kills did not land mid-run; the test proves nothing"

    final = briefgen("ingest", raw, "--content", work, "-q", cwd=tmp_path, timeout=300)
    assert final.code == 0, final.err
    assert "kept hand edits" not in final.out
    assert _visible(work) == reference
    leftovers = [p.name for p in work.iterdir() if p.name.startswith(".")]
    assert all(n.endswith(".tmp") for n in leftovers)  # hidden, never read as articles


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    first = briefgen("ingest", raw, "--content", tmp_path / "c", cwd=tmp_path)
    assert first.code == 0 and "5 new" in first.out
    before = snapshot(tmp_path / "c")
    mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "c").iterdir()}
    again = briefgen("ingest", raw, "--content", tmp_path / "c", cwd=tmp_path)
    assert again.code == 0
    assert again.out.splitlines()[0] == "0 new, 0 updated, 5 unchanged, 0 duplicate(s), 0 failed"
    assert snapshot(tmp_path / "c") == before
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "c").iterdir()} == mtimes  # not even rewritten


def test_same_input_gives_byte_identical_content(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    for p in HOSTILE.iterdir():
        shutil.copyfile(p, raw / p.name)
    a = briefgen("ingest", raw, "--content", tmp_path / "a", cwd=tmp_path, PYTHONHASHSEED="1")
    b = briefgen("ingest", raw, "--content", tmp_path / "b", cwd=tmp_path / "raw", PYTHONHASHSEED="2")
    assert a.out == b.out and a.err == b.err
    ta, tb = tree_bytes(tmp_path / "a"), tree_bytes(tmp_path / "b")
    assert len(ta) >= 14 and ta == tb


def _edit_file(path: Path, **changes) -> None:
    """An editor changes front-matter fields and/or the body with a text editor."""
    front, body = content.split(path.read_text(encoding="utf-8"))
    body = changes.pop("body", body)
    front.update(changes)
    import yaml

    path.write_text("---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n\n" + body,
                    encoding="utf-8")


def test_editor_changes_survive_reingest(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    c = tmp_path / "c"
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    target = content.content_files(c)[0]
    original = content.load(target)
    _edit_file(target, title="Edited headline", summary="An editor's summary.", themes=["syria-realignment"],
               body="An editor rewrote the body.\n\nSecond paragraph.\n", desk_note="checked")
    # The raw file changes too: the fields the editor did not touch must update.
    src = raw / original.origin.file
    src.write_text(src.read_text(encoding="utf-8") + "\nThe Lebanese Army said it was monitoring the border.\n",
                   encoding="utf-8")

    run = briefgen("ingest", raw, "--content", c, cwd=tmp_path)
    assert run.code == 0, run.err
    assert "1 updated, 4 unchanged" in run.out
    assert f"kept hand edits in {target.name}: title, themes, summary, body" in run.out
    after = content.load(target)
    assert (after.title, after.summary, after.themes) == ("Edited headline", "An editor's summary.",
                                                          ["syria-realignment"])
    assert after.body == "An editor rewrote the body.\n\nSecond paragraph.\n"
    assert after.extra.get("desk_note") == "checked"
    assert after.origin.sha256 != original.origin.sha256  # generated fields did update
    assert "Lebanese Army" in after.entities["organizations"] or after.entities != original.entities or \
        after.theme_scores != original.theme_scores or after.key_figures != original.key_figures

    # And once more: nothing changes, the edits are still recognised.
    text = target.read_bytes()
    run2 = briefgen("ingest", raw, "--content", c, cwd=tmp_path)
    assert run2.code == 0 and "0 updated, 5 unchanged" in run2.out
    assert f"kept hand edits in {target.name}" in run2.out
    assert target.read_bytes() == text
    assert briefgen("check", "--content", c, cwd=tmp_path).code == 0


def test_broken_hand_edit_is_reported_and_left_untouched(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    c = tmp_path / "c"
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    files = content.content_files(c)
    broken = files[1]
    broken.write_text(broken.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: [unclosed ", 1),
                      encoding="utf-8")
    bad_date = files[2]
    bad_date.write_text(bad_date.read_text(encoding="utf-8").replace("\ndate: ", "\ndate: 2024-13-45 #", 1),
                        encoding="utf-8")
    kept = {p: p.read_bytes() for p in (broken, bad_date)}
    run = briefgen("ingest", raw, "--content", c, cwd=tmp_path)
    assert run.code == 1
    assert "Traceback" not in run.err
    assert len(run.err_lines) == 2
    [yaml_line] = [ln for ln in run.err_lines if str(broken) in ln]
    assert re.fullmatch(rf"error: {re.escape(str(broken))}: existing content file is invalid \(front matter is not "
                        r"valid YAML \(line \d+\)\); left untouched", yaml_line)
    assert f"error: {bad_date}: existing content file is invalid (field 'date': not an ISO date (YYYY-MM-DD): " \
           "'2024-13-45'); left untouched" in run.err_lines
    assert len(content.content_files(c)) == 5  # no second copy written next to the broken files
    assert {p: p.read_bytes() for p in (broken, bad_date)} == kept
    check = briefgen("check", "--content", c, cwd=tmp_path)
    assert check.code == 1 and "3 valid, 2 invalid" in check.out
    assert any(broken.name in ln and "not valid YAML" in ln for ln in check.err_lines)
    assert any(bad_date.name in ln and "'date'" in ln for ln in check.err_lines)


def test_colliding_titles_get_distinct_slugs_stable_across_reingest(tmp_path: Path) -> None:
    gen = tmp_path / "gen"
    make_batch(gen, 4)
    bodies = [p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(gen.iterdir())]
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, body in enumerate(bodies[:3]):  # three different stories, one identical headline
        (raw / f"story-{i}.txt").write_text("Hezbollah: the latest\n" + body, encoding="utf-8")
    c = tmp_path / "c"
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    first = {content.load(p).origin.file: p.name for p in content.content_files(c)}
    assert sorted(first.values()) == ["hezbollah-the-latest-2.md", "hezbollah-the-latest-3.md",
                                      "hezbollah-the-latest.md"]
    # A new colliding story, and an editor retitling one: existing files keep their names.
    (raw / "a-new-story.txt").write_text("Hezbollah: the latest\n" + bodies[3], encoding="utf-8")
    _edit_file(c / first["story-0.txt"], title="A different headline")
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    second = {content.load(p).origin.file: p.name for p in content.content_files(c)}
    assert {k: second[k] for k in first} == first
    assert second["a-new-story.txt"] == "hezbollah-the-latest-4.md"
    # A fresh folder gives the same names for the same input.
    assert briefgen("ingest", raw, "--content", tmp_path / "fresh", cwd=tmp_path).code == 0
    fresh = {content.load(p).origin.file: p.name for p in content.content_files(tmp_path / "fresh")}
    assert set(fresh.values()) == {"hezbollah-the-latest.md", "hezbollah-the-latest-2.md",
                                   "hezbollah-the-latest-3.md", "hezbollah-the-latest-4.md"}


def test_content_file_symlinked_elsewhere_is_not_written_through(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    c = tmp_path / "c"
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    victim = content.content_files(c)[0]
    outside = tmp_path / "outside.md"
    outside.write_bytes(victim.read_bytes().replace(b"\ntitle: ", b"\ntitle: Old ", 1))
    victim.unlink()
    os.symlink(outside, victim)
    before = outside.read_bytes()
    run = briefgen("ingest", raw, "--content", c, cwd=tmp_path)
    assert "Traceback" not in run.err
    assert outside.read_bytes() == before  # the file behind the link is never modified


def test_build_fails_naming_each_bad_file_and_field(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    copy_corpus(raw)
    c = tmp_path / "c"
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    files = content.content_files(c)
    _edit_file(files[0], title=None)
    _edit_file(files[1], themes=["no-such-theme"])
    _edit_file(files[2], date="2024-99-01")
    run = build(tmp_path, c, tmp_path / "site")
    assert run.code != 0
    assert "Traceback" not in run.err
    for path, field in ((files[0], "title"), (files[1], "themes"), (files[2], "date")):
        assert any(str(path) in ln and f"field '{field}'" in ln for ln in run.err_lines), (field, run.err)
    for p in files[:3]:  # delete the broken files: re-ingest recreates them and the build passes
        p.unlink()
    assert briefgen("ingest", raw, "--content", c, cwd=tmp_path).code == 0
    ok = build(tmp_path, c, tmp_path / "site2")
    assert ok.code == 0, ok.err


def test_ingesting_the_project_folder_never_reads_its_own_output(tmp_path: Path) -> None:
    """`briefgen ingest .` with content/ and site/ inside the input folder."""
    copy_corpus(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(
        "<html><body><h1>A built page of the site</h1><p>Text of a page briefgen built earlier, long enough to "
        "look like an article paragraph, officials said on Monday.</p></body></html>", encoding="utf-8")
    first = briefgen("ingest", ".", "--content", "content", cwd=tmp_path)
    assert first.code == 0 and first.out.startswith("5 new, 0 updated, 0 unchanged, 0 duplicate(s)"), first.out
    before = snapshot(tmp_path / "content")
    again = briefgen("ingest", ".", "--content", "content", cwd=tmp_path)
    assert again.out.startswith("0 new, 0 updated, 5 unchanged, 0 duplicate(s), 0 failed"), again.out
    assert snapshot(tmp_path / "content") == before
