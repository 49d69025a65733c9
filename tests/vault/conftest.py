"""Fixtures for the vault and command-line tests: a private home, a fake clock, a CLI runner."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toolkit_desktop.cli.main import main
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TOOLKIT_DESKTOP_HOME in a temporary folder, so nothing touches the real home."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("TOOLKIT_DESKTOP_HOME", str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vault_path(home: Path) -> Path:
    return home / "data" / "cases.tkvault"


@pytest.fixture
def vault(vault_path: Path, clock: FakeClock):
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
