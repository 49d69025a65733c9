"""Damage is found and said; an interrupted save is not damage.

A damaged page (zeroed, or one bit flipped) is found when the vault opens: it opens for reading at
most, with no audit line, no backup and no lock file, and the sentence names the newest sound
backup. A save cut short by a kill leaves a journal; `vault check` completes it as opening would.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage.backups import list_backups
from toolkit_desktop.storage.engine import integrity_problems, journal_path
from toolkit_desktop.storage.errors import VaultDamaged
from toolkit_desktop.storage.lock import lock_path
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"
PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def zero_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[PAGE * (page - 1) : PAGE * page] = bytes(PAGE)
    path.write_bytes(bytes(data))


def flip_bit(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[PAGE * (page - 1) + 1500] ^= 0x04
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up_vault(home, clock) -> Path:
    """A vault of a few dozen pages with one sound backup, and no lock file beside it."""
    path = home / "data" / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        for n in range(40):
            vault.cases.create(first_contact_at=None, first_contact_place=f"place {n} " * 40)
    clock.advance(minutes=1)
    with Vault.open(path, PASS, clock, backup=True) as vault:
        assert vault.backup_warning is None
    assert path.stat().st_size // PAGE > 12
    lock_path(path).unlink()
    return path


@pytest.mark.parametrize("harm", [zero_page, flip_bit], ids=["zeroed page", "flipped bit"])
def test_a_damaged_vault_listed_on_the_command_line_is_said_and_not_backed_up(
    backed_up_vault, cli, harm
):
    path = backed_up_vault
    (good,) = list_backups(path)
    harm(path, 8)
    before = digest(path)
    result = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert "is damaged" in result.err
    assert good.name in result.err and "vault restore" in result.err
    assert "unexpected" not in result.err and "Traceback" not in result.err
    assert "passphrase did not open the vault" not in result.err
    assert digest(path) == before  # no audit line, nothing written
    assert list_backups(path) == [good]
    assert not lock_path(path).exists()
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [path.name, backups_dir(path).name]
    )


@pytest.mark.parametrize("harm", [zero_page, flip_bit], ids=["zeroed page", "flipped bit"])
def test_a_damaged_vault_opens_for_reading_only_and_refuses_writes(
    backed_up_vault, clock, harm
):
    path = backed_up_vault
    (good,) = list_backups(path)
    harm(path, 8)
    before = digest(path)
    with Vault.open(path, PASS, clock, backup=True) as vault:
        assert vault.damaged
        assert vault.read_only is not None and "damaged" in str(vault.read_only)
        assert good.name in str(vault.read_only)
        with pytest.raises(VaultDamaged) as caught:
            vault.save_profile(vault.profile())
        assert "not saved" in caught.value.message
        assert vault.take_backup_if_due(PASS) is None
    assert digest(path) == before
    assert list_backups(path) == [good]


@pytest.mark.parametrize("harm", [zero_page, flip_bit], ids=["zeroed page", "flipped bit"])
def test_vault_check_reports_damage_in_its_own_words(backed_up_vault, cli, harm):
    path = backed_up_vault
    (good,) = list_backups(path)
    harm(path, 8)
    result = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 1
    assert "is damaged" in result.err and good.name in result.err
    assert "unexpected" not in result.err and "read-only" not in result.err
    assert "passphrase did not open the vault" not in result.err


def test_a_damaged_vault_with_no_backup_says_there_is_none(home, clock, cli):
    path = home / "data" / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        for n in range(40):
            vault.cases.create(first_contact_at=None, first_contact_place=f"p{n} " * 80)
    zero_page(path, 8)
    result = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 1 and "no backup" in result.err


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from toolkit_desktop.storage.engine import open_keyed
    conn = open_keyed(Path(sys.argv[1]), sys.argv[2])
    conn.execute("PRAGMA cache_size = 5")  # pages reach the file before the commit
    conn.execute("BEGIN")
    for n in range(300):
        conn.execute("INSERT INTO audit (at, action, detail) VALUES "
                     "('2026-11-28T02:00:00+00:00', 'x', ?)", ("y" * 3000,))
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.fixture
def interrupted_vault(home, clock) -> Path:
    """A vault a process was killed in mid-save: a hot journal, half a change in the file."""
    path = home / "data" / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        vault.cases.create(first_contact_at=None, first_contact_place="Dover")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), PASS], check=False)
    assert killed.returncode < 0
    assert journal_path(path).stat().st_size > 0
    return path


def test_vault_check_after_an_interrupted_save_completes_it(interrupted_vault, cli, clock):
    result = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert "sound" in result.out and "1 case" in result.out
    assert "passphrase" not in result.err
    assert not journal_path(interrupted_vault).exists()
    with Vault.open(interrupted_vault, PASS, clock) as vault:
        assert [r.case.first_contact_place for r in vault.cases.list_rows()] == ["Dover"]
        assert vault.check() == []


def test_vault_check_with_a_wrong_passphrase_after_an_interrupted_save(interrupted_vault, cli):
    wrong = cli("vault", "check", "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.code == 1 and "passphrase did not open the vault" in wrong.err
    right = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert right.code == 0 and "sound" in right.out


def test_vault_check_that_cannot_complete_the_save_says_so(interrupted_vault, cli, monkeypatch):
    from toolkit_desktop.storage import lock

    def cannot(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.VaultLock, "acquire", cannot)  # as in a folder it cannot write
    result = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 1
    assert "interrupted" in result.err and "open the vault" in result.err
    assert "passphrase did not open the vault" not in result.err


def test_damage_to_any_page_is_found_by_the_unlock_check(tmp_path):
    # Every page, one at a time, one byte changed at its start and at its end: including the last
    # page of a long text's overflow chain, where SQLCipher hands SQLite a zeroed page and
    # SQLite's own checks (even integrity_check) answer "ok" while the text reads back cut short.
    # Only the page check (SQLCipher's HMAC of every page) finds that one: unlock must keep it.
    path = tmp_path / "pages.db"

    def keyed() -> sqlcipher3.dbapi2.Connection:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = 'test key'")
        conn.execute("PRAGMA kdf_iter = 4000")  # a test file: a quick key derivation
        return conn

    conn = keyed()
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE TABLE u (id INTEGER PRIMARY KEY, x TEXT)")
    conn.execute("INSERT INTO t VALUES (1, ?)", ("A" * 10000 + "END",))
    conn.execute("INSERT INTO u VALUES (1, 'hello')")
    conn.close()
    sound = path.read_bytes()
    missed = []
    for page in range(2, len(sound) // PAGE + 1):  # page 1 holds the salt
        for offset in (100, PAGE - 10):
            data = bytearray(sound)
            data[PAGE * (page - 1) + offset] ^= 0xFF
            path.write_bytes(bytes(data))
            conn = keyed()
            try:
                if not integrity_problems(conn, quick=True):
                    missed.append((page, offset))
            finally:
                conn.close()
    path.write_bytes(sound)
    assert missed == []


@pytest.mark.parametrize("cores", [1, 2])
def test_pages_from_an_older_copy_of_the_vault_pass_every_hmac_and_are_still_found(
    tmp_path, clock, monkeypatch, cores
):
    # A laptop losing power mid-save can leave pages of two versions of the file side by side.
    # Each such page passes its HMAC (same key, same page number), so only SQLite's quick check
    # finds them: unlock runs it on a second connection, beside the key derivation, and its
    # answer must still decide that the vault opens for reading only. With one core the held
    # connection runs it itself, after the HMAC check.
    monkeypatch.setattr("toolkit_desktop.storage.vault.os.cpu_count", lambda: cores)
    path = tmp_path / "cases.tkvault"
    with Vault.create(path, PASS, clock) as vault:
        for n in range(40):
            vault.cases.create(first_contact_at=None, first_contact_place=f"place {n} " * 40)
    older = path.read_bytes()
    with Vault.open(path, PASS, clock) as vault:
        for n in range(40):
            vault.cases.create(first_contact_at=None, first_contact_place=f"later {n} " * 40)
    newer = path.read_bytes()
    lock_path(path).unlink(missing_ok=True)

    found_only_by_sqlite = []
    for page in range(2, len(older) // PAGE + 1):  # page 1 is the schema: opening refuses it
        start, end = PAGE * (page - 1), PAGE * page
        if older[start:end] == newer[start:end]:
            continue
        path.write_bytes(newer[:start] + older[start:end] + newer[end:])
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute(f"PRAGMA key = '{PASS}'")
        hmac_ok = conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        sqlite_ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        conn.close()
        if not hmac_ok or sqlite_ok:
            continue
        found_only_by_sqlite.append(page)
        before = digest(path)
        with Vault.open(path, PASS, clock) as vault:
            assert vault.damaged, f"page {page} from the older copy was not found"
        assert digest(path) == before  # nothing written to a vault not known to be sound
    assert found_only_by_sqlite  # the case this test is about did happen
