"""Fixtures for the vault and command-line tests: a real vault and an in-process CLI runner."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from toolkit_desktop.cli.main import main
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def home(private_home: Path) -> Path:
    """The private TOOLKIT_DESKTOP_HOME that tests/conftest.py gives every test."""
    return private_home


@pytest.fixture
def clock(fake_clock):
    """The hand-moved clock of tests/conftest.py."""
    return fake_clock


@pytest.fixture
def vault_path(home: Path) -> Path:
    return home / "data" / "cases.tkvault"


@pytest.fixture
def vault(vault_path: Path, clock):
    v = Vault.create(vault_path, PASSPHRASE, clock)
    yield v
    v.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run `toolkit-desktop ARGS` in-process with the given standard input."""

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
