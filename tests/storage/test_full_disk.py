"""A full disk: unlocking and reading still work (read-only, said); saving says the disk is full."""

from __future__ import annotations

import pytest

from toolkit_desktop.services.session import open_session
from toolkit_desktop.storage.backups import Generations, list_backups
from toolkit_desktop.storage.errors import StorageFull
from toolkit_desktop.storage.vault import Vault

from .conftest import fill

PASS = "correct horse battery staple"


@pytest.fixture
def full_vault(small_disk, clock):
    """A vault with two cases on a filesystem with zero bytes free."""
    folder = small_disk(2048)
    path = folder / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        vault.cases.create(first_contact_at=None, first_contact_place="Dover")
        vault.cases.create(first_contact_at=None, first_contact_place="Folkestone")
    filler = fill(folder)
    return path, filler


def test_unlock_with_zero_bytes_free_reads_and_says_it_is_read_only(full_vault, clock, shipped):
    path, filler = full_vault
    session = open_session(path, PASS, clock, shipped, Generations())
    try:
        assert session.read_only is not None and "disk is full" in str(session.read_only)
        assert session.backup_warning == session.read_only  # what the status bar shows
        assert len(session.entries(clock.now().date())) == 2
        assert session.take_backup_if_due() == session.read_only  # no backup tried
        with pytest.raises(StorageFull) as caught:
            session.vault.cases.create(first_contact_at=None, first_contact_place="Dover")
        assert "disk is full" in caught.value.message
        filler.unlink()  # space freed: saving works again, in the same session
        session.vault.cases.create(first_contact_at=None, first_contact_place="Ramsgate")
    finally:
        session.close()
    assert list_backups(path) == []
    with Vault.open(path, PASS, clock) as vault:
        assert len(vault.cases.list_rows()) == 3 and vault.check() == []


def test_the_command_line_lists_cases_on_a_full_disk(full_vault, cli):
    path, _filler = full_vault
    result = cli("case", "list", "--vault", str(path), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert len([line for line in result.out.splitlines() if "TK-" in line]) == 2
    assert "disk is full" in result.err and "reading only" in result.err


def test_a_disk_that_fills_after_unlock_still_lets_the_list_be_read(small_disk, clock, shipped):
    from toolkit_desktop.services.cases import CaseService

    folder = small_disk(2048)
    path = folder / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    session = open_session(path, PASS, clock, shipped, Generations())
    try:
        service = CaseService(session.vault, shipped)
        case = service.start_case(None, "Dover", known_as="girl at the port")
        service.record_answer(case.id, "child", "given_names", "Selam")
        filler = fill(folder)  # full now; the list's kept summary of the case is stale
        try:
            [entry] = session.entries(clock.now().date())
            assert entry.name == "Selam"
        finally:
            filler.unlink()
    finally:
        session.close()
