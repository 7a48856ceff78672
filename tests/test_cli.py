"""The CLI is a stable interface: every command has help, options are as documented."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefgen.cli import main

COMMANDS = sorted(main.commands)


def test_commands_exist():
    assert {"ingest", "build", "serve", "unknown-names", "check"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: main" in result.output or "Usage: briefgen" in result.output
    # a real sentence of help, not just the usage line
    doc = main.commands[command].help
    assert doc and len(doc.split()) >= 5


def test_ingest_and_build_options():
    ingest = {p.name for p in main.commands["ingest"].params}
    build = {p.name for p in main.commands["build"].params}
    assert {"paths", "content_dir"} <= ingest
    assert {"content_dir", "site_dir"} <= build


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "briefgen" in result.output


def test_reference_date_option_reaches_the_parser(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # a year-less dateline: the year comes from the reference date
    (raw / "wire.txt").write_text(
        "Rebels enter the city after overnight fighting\n\n"
        "DAMASCUS, Dec 8 (Reuters) - Rebels entered the city after overnight fighting, "
        "residents and a war monitor said, as government forces withdrew from their positions.\n\n"
        "The advance followed days of clashes on the northern approaches, witnesses said.\n",
        encoding="utf-8")
    years = {}
    for ref in ("2025-01-01", "2026-06-01"):
        out = tmp_path / ref
        result = CliRunner().invoke(main, ["ingest", str(raw), "--content", str(out), "--reference-date", ref])
        assert result.exit_code == 0, result.output
        text = next(out.glob("*.md")).read_text(encoding="utf-8")
        years[ref] = [ln for ln in text.splitlines() if ln.startswith("date:")][0]
    assert years["2025-01-01"] != years["2026-06-01"], years
