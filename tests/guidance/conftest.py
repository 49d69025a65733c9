"""Fixtures for the guidance tests: a private home folder, a clock moved by hand, the shipped
definitions, and a real vault. Self-contained, so these tests need no other conftest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


class FakeClock:
    """A wall clock that only moves when the test says so."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every path of the app inside this test's own folder, never the real home."""
    folder = tmp_path / "toolkit-home"
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TOOLKIT_DESKTOP_HOME", str(folder))
    return folder


@pytest.fixture
def fake_clock() -> FakeClock:
    """02:00 UTC on Saturday 28 November 2026, moved with `advance`."""
    return FakeClock()


@pytest.fixture(scope="session")
def shipped() -> Definitions:
    """The definitions in resources/, loaded once."""
    return load_definitions(default_resources_dir())


@pytest.fixture
def vault(private_home: Path, fake_clock: FakeClock) -> Iterator[Vault]:
    """A real (not training) vault in this test's own folder."""
    v = Vault.create(private_home / "data" / "cases.tkvault", PASSPHRASE, fake_clock)
    yield v
    v.close()


@pytest.fixture
def service(vault: Vault, shipped: Definitions) -> CaseService:
    return CaseService(vault, shipped)
