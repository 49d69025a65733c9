"""Fixtures for the guidance tests: the shipped definitions and a real vault (the private home and
the hand-moved clock come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def shipped() -> Definitions:
    """The definitions in resources/, loaded once."""
    return load_definitions(default_resources_dir())


@pytest.fixture
def vault(private_home: Path, fake_clock) -> Iterator[Vault]:
    """A real (not training) vault in this test's own folder."""
    v = Vault.create(private_home / "data" / "cases.tkvault", PASSPHRASE, fake_clock)
    yield v
    v.close()


@pytest.fixture
def service(vault: Vault, shipped: Definitions) -> CaseService:
    return CaseService(vault, shipped)
