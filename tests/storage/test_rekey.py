"""Re-keying cannot lose the vault: whatever step fails, the old passphrase still opens everything.

Each test fails the re-key at one step (a full disk on a real small filesystem, or a fault
injected into one file operation), then keeps working in the same run as the app would, closes,
and tries both passphrases.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from toolkit_desktop.storage import backups, upkeep
from toolkit_desktop.storage.errors import (
    PassphraseNotChanged,
    RekeyDiskFull,
    StorageFull,
    WrongPassphraseOrDamaged,
)
from toolkit_desktop.storage.vault import Vault

from .conftest import fill

OLD = "correct horse battery staple"
NEW = "lantern orchard pebble violin"


def make_vault(path: Path, clock, cases: int = 30) -> None:
    with Vault.create(path, OLD, clock) as vault:
        for n in range(cases):
            vault.cases.create(first_contact_at=None, first_contact_place=f"place {n} " * 20)


def places(vault: Vault) -> list[str]:
    return [r.case.first_contact_place for r in vault.cases.list_rows()]


def assert_only_old_opens(path: Path, clock, expected: int) -> None:
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, NEW, clock)
    with Vault.open(path, OLD, clock) as vault:
        assert len(places(vault)) == expected
        assert any("after the failure" in place for place in places(vault))
        assert vault.check() == []
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(upkeep.REKEY_PREFIXES)]
    assert leftovers == []


def fail_export(vault: Vault, key: str, fresh: Path) -> None:
    fresh.write_bytes(b"half a copy")
    raise PassphraseNotChanged("the re-encrypted copy could not be written (injected).")


FAULTS = {
    "export": lambda mp: mp.setattr(upkeep, "_write_rekeyed_copy", fail_export),
    "check": lambda mp: mp.setattr(backups, "sound_copy_problems", lambda *_a: ["page 2 bad"]),
    "keep-old": lambda mp: mp.setattr(os, "link", _raise_oserror),
    "swap": lambda mp: mp.setattr(upkeep.os, "replace", _raise_oserror),
    "open-new": lambda mp: mp.setattr(upkeep, "open_keyed", _raise_oserror),
}


def _raise_oserror(*_args: object, **_kw: object) -> None:
    raise OSError(5, "Input/output error")


@pytest.mark.parametrize("step", sorted(FAULTS))
def test_a_fault_at_any_step_leaves_the_old_passphrase_opening_everything(
    home, clock, monkeypatch, step
):
    path = home / "data" / "cases.tkvault"
    make_vault(path, clock)
    vault = Vault.open(path, OLD, clock)
    try:
        with monkeypatch.context() as patch:
            FAULTS[step](patch)
            with pytest.raises(PassphraseNotChanged) as caught:
                vault.rekey(NEW)
        assert "old passphrase" in caught.value.message
        vault.cases.create(first_contact_at=None, first_contact_place="written after the failure")
    finally:
        vault.close()
    assert_only_old_opens(path, clock, 31)


def test_a_full_disk_during_the_rekey_says_so_and_loses_nothing(home, clock, small_disk):
    folder = small_disk(1024)
    path = folder / "cases.tkvault"
    make_vault(path, clock, cases=150)
    size = path.stat().st_size
    filler = folder / "filler"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    filler.write_bytes(b"\0" * max(free - size // 2 - 64 * 1024, 0))  # room for writes, not a copy
    vault = Vault.open(path, OLD, clock)
    try:
        with pytest.raises(RekeyDiskFull) as caught:
            vault.rekey(NEW)
        assert "not enough free disk space" in caught.value.message
        assert "old passphrase" in caught.value.message
        vault.cases.create(first_contact_at=None, first_contact_place="written after the failure")
    finally:
        vault.close()
    assert_only_old_opens(path, clock, 151)


@pytest.mark.parametrize("spare_kib", [0, 16, 64, 256])
def test_rekey_at_several_free_space_levels_never_loses_the_vault(
    home, clock, small_disk, spare_kib
):
    folder = small_disk(1024)
    path = folder / "cases.tkvault"
    make_vault(path, clock, cases=120)
    fill(folder)
    filler = folder / "filler"
    os.truncate(filler, max(filler.stat().st_size - spare_kib * 1024, 0))
    vault = Vault.open(path, OLD, clock)
    changed = False
    try:
        try:
            vault.rekey(NEW)
            changed = True
        except PassphraseNotChanged as exc:
            assert "old passphrase" in exc.message
        with contextlib.suppress(StorageFull):  # with the disk this full, saving may fail too
            vault.cases.create(first_contact_at=None, first_contact_place="after, maybe")
    finally:
        vault.close()
    if spare_kib < 64:  # far too little room for a copy of the vault
        assert not changed
    works, fails = (NEW, OLD) if changed else (OLD, NEW)
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, fails, clock).close()
    with Vault.open(path, works, clock) as vault:
        assert len(places(vault)) >= 120
        assert vault.check() == []


def test_a_successful_rekey_keeps_working_and_leaves_nothing_behind(home, clock):
    path = home / "data" / "cases.tkvault"
    make_vault(path, clock)
    with Vault.open(path, OLD, clock) as vault:
        vault.rekey(NEW)
        vault.cases.create(first_contact_at=None, first_contact_place="written after the change")
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, OLD, clock)
    with Vault.open(path, NEW, clock) as vault:
        assert len(places(vault)) == 31 and vault.check() == []
        assert any(e.action == "rekey" for e in vault.audit_trail())
    assert not [p for p in path.parent.iterdir() if p.name.startswith(upkeep.REKEY_PREFIXES)]


def test_a_crash_after_the_swap_is_undone_by_the_old_passphrase(home, clock, monkeypatch):
    path = home / "data" / "cases.tkvault"
    make_vault(path, clock)

    class Crash(BaseException):
        pass

    def crash(_vault, _conn):
        raise Crash  # the process dies after the swap, before it opened the new file

    vault = Vault.open(path, OLD, clock)
    monkeypatch.setattr(Vault, "use_connection", crash)
    with pytest.raises(Crash):
        vault.rekey(NEW)
    vault.close()
    monkeypatch.undo()
    assert [p for p in path.parent.iterdir() if p.name.startswith(".before-rekey-")]
    with Vault.open(path, OLD, clock) as vault:  # never told it was done: the old one comes back
        assert len(places(vault)) == 30
    (kept,) = [p for p in backups.list_backups(path) if p.name.endswith("-replaced.tkvault")]
    with Vault.open(kept, NEW, clock) as copy:  # and the re-keyed copy is kept, not dropped
        assert len(places(copy)) == 30


def test_the_session_changes_the_passphrase_only_with_the_old_one(home, clock, shipped):
    from toolkit_desktop.services.session import open_session

    path = home / "data" / "cases.tkvault"
    make_vault(path, clock)
    session = open_session(path, OLD, clock, shipped, 3)
    try:
        with pytest.raises(WrongPassphraseOrDamaged):
            session.change_passphrase("not the old one", NEW)
        assert session.change_passphrase(OLD, NEW) is None
        session.vault.cases.create(first_contact_at=None, first_contact_place="after the change")
    finally:
        session.close()
    with Vault.open(path, NEW, clock) as vault:
        assert len(places(vault)) == 31
    assert [p.name.endswith("-rekey.tkvault") for p in backups.list_backups(path)] == [True]
