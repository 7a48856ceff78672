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
