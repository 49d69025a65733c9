"""Backups keep history: one folder per vault, generations, none without a change, each checked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from toolkit_desktop.paths import backups_dir
from toolkit_desktop.services import upkeep as services_upkeep
from toolkit_desktop.services.session import open_session
from toolkit_desktop.storage import backups
from toolkit_desktop.storage.backups import Generations, list_backups
from toolkit_desktop.storage.errors import WrongPassphraseOrDamaged
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"


DEFAULT = Generations()


def unlock_with_change(path: Path, clock, place: str, keep: Generations = DEFAULT) -> None:
    """What a working session in the app amounts to: an unlock backup, then a new case."""
    with Vault.open(path, PASS, clock, backup=True, keep=keep) as vault:
        vault.cases.create(first_contact_at=None, first_contact_place=place)


def places(path: Path, clock) -> list[str]:
    with Vault.open(path, PASS, clock) as vault:
        return sorted(r.case.first_contact_place for r in vault.cases.list_rows())


def test_two_vaults_in_one_folder_never_touch_each_others_backups(home, clock):
    folder = home / "data"
    a, b = folder / "a.tkvault", folder / "b.tkvault"
    Vault.create(a, PASS, clock).close()
    Vault.create(b, PASS, clock).close()
    for n in range(3):
        clock.advance(minutes=5)
        unlock_with_change(a, clock, f"a{n}", Generations(2, 0, 0))
        unlock_with_change(b, clock, f"b{n}", Generations(2, 0, 0))
    kept_a = list_backups(a)
    assert len(kept_a) == 2 and len(list_backups(b)) == 2  # each counted on its own
    assert backups_dir(a) != backups_dir(b)

    with Vault.open(b, PASS, clock) as vault:  # re-keying B drops B's old backups, only B's
        assert services_upkeep.change_passphrase(vault, "new words for b", 2) is None
    assert list_backups(a) == kept_a
    for backup in kept_a:
        Vault.open(backup, PASS, clock).close()
    assert [p.name.endswith("-rekey.tkvault") for p in list_backups(b)] == [True]


def test_eleven_unlocks_without_a_change_keep_the_older_backups(home, clock, cli):
    path = home / "data" / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    for n in range(3):  # three days of work, each with its backup
        clock.advance(days=1)
        unlock_with_change(path, clock, f"day {n}", Generations(10, 14, 8))
    clock.advance(days=1)
    with Vault.open(path, PASS, clock, backup=True) as vault:  # the last change is backed up
        assert vault.take_backup_if_due(PASS) is None  # and nothing changed since
    before = list_backups(path)
    assert len(before) == 4

    for _ in range(11):
        clock.advance(minutes=1)
        assert cli("case", "list", "--vault", str(path), "--passphrase-stdin",
                   stdin=f"{PASS}\n").code == 0
        with Vault.open(path, PASS, clock, backup=True) as vault:  # the app's unlock
            assert vault.backup_warning is None
    assert list_backups(path) == before
    oldest = before[-1]
    assert places(oldest, clock) == []  # the first backup, from before any case, is still there


def test_generations_keep_recent_daily_and_weekly_backups_and_the_newest(tmp_path, clock):
    # Sixty days of two unlocks with a change each: the rule alone, on backups' names.
    keep = Generations(recent=3, daily=7, weekly=4)
    found = []
    for _day in range(60):
        for _session in range(2):
            clock.advance(hours=6)
            found.append(tmp_path / backups.backup_name(clock.now(), "unlock"))
        clock.advance(hours=12)
    found.append(tmp_path / backups.backup_name(clock.now() - timedelta(days=59), "replaced"))
    gone = set(backups.to_remove(found, clock.now(), keep))
    kept = [p for p in found if p not in gone]
    now = clock.now()
    routine = [backups.taken_at(p) for p in kept if p.name.endswith("-unlock.tkvault")]
    ages = sorted((now - w).days for w in routine if w is not None)
    assert max(found, key=lambda p: p.name) in kept  # the newest, always
    assert len(ages) <= 3 + 7 + 4
    assert len({age for age in ages if age < 7}) == 7  # one a day for the last week
    assert any(7 <= age < 28 for age in ages)  # weekly ones beyond the daily window
    assert max(ages) < 28 + 7  # nothing routine older than the weekly window
    assert any(p.name.endswith("-replaced.tkvault") for p in kept)  # never rotated


def test_the_newest_backup_is_never_rotated_away_even_with_no_generations(home, clock):
    path = home / "data" / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    unlock_with_change(path, clock, "one", Generations(0, 0, 0))
    clock.advance(days=400)
    unlock_with_change(path, clock, "two", Generations(0, 0, 0))
    kept = list_backups(path)
    assert len(kept) == 1
    assert places(kept[0], clock) == ["one"]


def test_leftover_partial_files_are_removed_at_the_next_unlock(home, clock):
    path = home / "data" / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    folder = backups_dir(path)
    folder.mkdir()
    partial = folder / ".partial-4242-20261128T020000000000Z-unlock.tkvault"
    partial.write_bytes(b"half a backup" * 1000)
    Vault.open(path, PASS, clock).close()
    assert not partial.exists()


def test_a_backup_that_fails_its_check_does_not_count(home, clock, monkeypatch):
    path = home / "data" / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    unlock_with_change(path, clock, "good")
    good = list_backups(path)
    assert len(good) == 1
    monkeypatch.setattr(backups, "sound_copy_problems", lambda *_a: ["cipher: page 3 failed"])
    clock.advance(minutes=1)
    with Vault.open(path, PASS, clock, backup=True) as vault:
        assert vault.backup_warning is not None and "failed its check" in str(vault.backup_warning)
    assert list_backups(path) == good
    assert not [p for p in backups_dir(path).iterdir() if p.name.startswith(".partial-")]


def test_the_app_takes_its_backup_after_the_hand_over(home, clock, shipped):
    path = home / "data" / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        vault.cases.create(first_contact_at=None, first_contact_place="Dover")
    session = open_session(path, PASS, clock, shipped, Generations())
    try:
        assert list_backups(path) == []  # the case list comes first
        assert [e for e in session.entries(clock.now().date())]
        assert session.take_backup_if_due() is None
        assert len(list_backups(path)) == 1
        assert session.take_backup_if_due() is None  # once per unlock
        assert len(list_backups(path)) == 1
    finally:
        session.close()


def test_a_backup_opens_with_the_passphrase_and_no_other(home, clock):
    path = home / "data" / "cases.tkvault"
    Vault.create(path, PASS, clock).close()
    unlock_with_change(path, clock, "x")
    (backup,) = list_backups(path)
    with pytest.raises(WrongPassphraseOrDamaged) as caught:
        Vault.open(backup, "not it", clock)
    assert "try another backup" in caught.value.message
