"""Opening a vault: every kind of bad file gets its own sentence and is left byte-identical."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from toolkit_desktop.storage.errors import (
    NotAVault,
    StorageFull,
    VaultEmpty,
    VaultError,
    VaultMissing,
    VaultNotEncrypted,
    VaultTooNew,
    WrongPassphraseOrDamaged,
)
from toolkit_desktop.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"  # as in conftest.py


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_plain_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE cases (name TEXT)")
    con.execute("INSERT INTO cases VALUES ('x')")
    con.commit()
    con.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(100, 4000):  # scramble the first page after the salt
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


BAD_FILES = {
    "empty": (lambda p: p.write_bytes(b""), VaultEmpty, "empty file"),
    "random": (lambda p: p.write_bytes(os.urandom(8192)), WrongPassphraseOrDamaged, "damaged"),
    "plain": (make_plain_sqlite, VaultNotEncrypted, "unencrypted"),
    "text": (lambda p: p.write_text("hello, not a vault\n" * 40), WrongPassphraseOrDamaged,
             "damaged"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_is_refused_with_its_own_sentence_and_left_unchanged(tmp_path, clock, kind):
    make, error, words = BAD_FILES[kind]
    folder = tmp_path / "vault-folder"
    folder.mkdir()
    path = folder / "cases.tkvault"
    make(path)
    before = digest(path)
    with pytest.raises(error) as caught:
        Vault.open(path, PASSPHRASE, clock)
    assert words in caught.value.message
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["cases.tkvault"]  # no backup, no journal


def test_wrong_passphrase_leaves_vault_identical_and_points_at_backups(vault, vault_path, clock):
    vault.close()
    before = digest(vault_path)
    with pytest.raises(WrongPassphraseOrDamaged) as caught:
        Vault.open(vault_path, "not the passphrase", clock)
    assert "passphrase did not open the vault" in caught.value.message
    assert "backups" in caught.value.message
    assert digest(vault_path) == before


def test_damaged_vault_is_refused_and_left_identical(vault, vault_path, clock):
    vault.close()
    damage(vault_path)
    before = digest(vault_path)
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(vault_path, PASSPHRASE, clock)
    assert digest(vault_path) == before


def test_missing_file_is_not_created(tmp_path, clock):
    path = tmp_path / "nowhere.tkvault"
    with pytest.raises(VaultMissing):
        Vault.open(path, PASSPHRASE, clock)
    assert not path.exists()


def test_sqlcipher_file_that_is_not_a_vault_is_refused(tmp_path, clock):
    import sqlcipher3

    path = tmp_path / "other.db"
    con = sqlcipher3.connect(str(path))
    con.execute(f"PRAGMA key = '{PASSPHRASE}'")
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE, clock)
    assert digest(path) == before


def test_vault_from_a_newer_version_is_refused_unchanged(vault, vault_path, clock):
    with vault.transaction() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    vault.close()
    before = digest(vault_path)
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE, clock, backup=False)
    assert digest(vault_path) == before


@pytest.mark.parametrize(
    "passphrase",
    ["it's \"quoted\"", "100% sure; DROP TABLE cases; --", "🦊 fox 🦊", "пароль для хранилища",
     "كلمة المرور", "x'); PRAGMA key=('y"],
)
def test_any_passphrase_works_and_only_that_one(tmp_path, clock, passphrase):
    path = tmp_path / "v.tkvault"
    Vault.create(path, passphrase, clock).close()
    Vault.open(path, passphrase, clock).close()
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, passphrase + "x", clock)


def test_passphrase_typed_decomposed_opens_a_vault_made_composed(tmp_path, clock):
    composed = unicodedata.normalize("NFC", "Ngọc Ánh mùa thu")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "v.tkvault"
    Vault.create(path, composed, clock).close()
    Vault.open(path, decomposed, clock).close()


def test_every_connection_has_the_safety_settings(vault):
    with vault.raw() as raw:
        assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        with pytest.raises(Exception, match="not authorized"):
            raw.execute("SELECT load_extension('/nonexistent')")


def test_history_cannot_be_rewritten(vault):
    case = vault.cases.create(first_contact_at=None)
    vault.cases.record(case.id, "child", "given_names", "Anh", "tester")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.exec_driver_sql("UPDATE revisions SET value_json = '\"Someone else\"'")
    with pytest.raises(Exception, match="append-only"), vault.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM revisions")
    assert [r.value for r in vault.cases.revisions(case.id)] == ["Anh"]


def test_creating_over_an_existing_file_refuses(tmp_path, clock):
    path = tmp_path / "v.tkvault"
    path.write_bytes(b"something precious")
    with pytest.raises(VaultError):
        Vault.create(path, PASSPHRASE, clock)
    assert path.read_bytes() == b"something precious"


def test_a_full_disk_gives_a_sentence_and_keeps_what_was_saved(vault):
    case = vault.cases.create(first_contact_at=None)
    vault.cases.record(case.id, "child", "given_names", "Anh", "tester")
    with vault.raw() as raw:  # SQLite reports SQLITE_FULL exactly as for a full disk
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFull) as caught:
        vault.cases.record(case.id, "child", "family_name", "x" * 200_000, "tester")
    assert "disk is full" in caught.value.message
    assert "safe" in caught.value.message
    assert [r.value for r in vault.cases.revisions(case.id)] == ["Anh"]
    assert vault.check() == []


def test_a_vault_open_elsewhere_is_refused_until_it_is_closed(vault, vault_path, clock):
    from toolkit_desktop.storage.backups import restore_backup
    from toolkit_desktop.storage.errors import VaultInUse

    backup = vault.backup(PASSPHRASE, "manual")
    before = digest(vault_path)
    with pytest.raises(VaultInUse) as caught:
        Vault.open(vault_path, PASSPHRASE, clock)
    assert "open in another copy" in caught.value.message
    with pytest.raises(VaultInUse):
        restore_backup(backup, vault_path)
    assert digest(vault_path) == before
    vault.close()
    Vault.open(vault_path, PASSPHRASE, clock).close()


def test_wrong_passphrase_on_a_backup_does_not_point_at_a_backups_folder_inside_it(vault, clock):
    backup = vault.backup(PASSPHRASE, "manual")
    with pytest.raises(WrongPassphraseOrDamaged) as caught:
        Vault.open(backup, "wrong", clock)
    assert "try another backup" in caught.value.message
    assert "backups/backups" not in caught.value.message


def test_a_folder_is_named_as_a_folder(tmp_path, clock):
    with pytest.raises(NotAVault) as caught:
        Vault.open(tmp_path, PASSPHRASE, clock)
    assert "is a folder" in caught.value.message
