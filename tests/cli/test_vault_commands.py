"""The vault commands as IT staff use them: init, check, backup, rekey, restore, and bad input."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from toolkit_desktop.paths import backups_dir
from toolkit_desktop.storage.backups import Generations, list_backups
from toolkit_desktop.storage.errors import WrongPassphraseOrDamaged
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vault_file(home: Path) -> Path:
    return home / "data" / "cases.tkvault"


def test_init_check_and_list_an_empty_vault(cli, home):
    made = cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert made.code == 0, made.err
    assert "forgotten" in made.out
    checked = cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert checked.code == 0 and "sound" in checked.out and "0 case" in checked.out
    listed = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert listed.code == 0 and "No cases yet" in listed.out


def test_init_refuses_to_overwrite(cli, home):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    before = digest(vault_file(home))
    again = cli("vault", "init", "--passphrase-stdin", stdin="lantern orchard pebble violin\n")
    assert again.code == 1 and "already exists" in again.err
    assert digest(vault_file(home)) == before


def test_check_leaves_the_file_identical(cli, home):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    before = digest(vault_file(home))
    assert cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    assert digest(vault_file(home)) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty file"),
        (os.urandom(4096 * 3), "passphrase did not open the vault"),
        (b"SQLite format 3\x00" + bytes(4080), "unencrypted"),
    ],
)
def test_bad_files_get_one_sentence_and_no_traceback(cli, home, content, words):
    path = vault_file(home)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    for command in (("vault", "check"), ("case", "list"), ("vault", "backup")):
        result = cli(*command, "--passphrase-stdin", stdin=f"{PASS}\n")
        assert result.code == 1
        assert words in result.err
        assert "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1
        assert path.read_bytes() == content


def test_missing_vault_is_explained(cli, home):
    result = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 1 and "There is no vault" in result.err
    assert not vault_file(home).exists()


def test_wrong_passphrase_exits_non_zero_and_changes_nothing(cli, home):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    before = digest(vault_file(home))
    result = cli("case", "list", "--passphrase-stdin", stdin="guess\n")
    assert result.code == 1
    assert "passphrase did not open the vault" in result.err
    assert digest(vault_file(home)) == before


def test_each_unlock_after_a_change_takes_a_backup_and_only_the_newest_are_kept(home, clock):
    path = vault_file(home)
    Vault.create(path, PASS, clock).close()
    for n in range(4):
        clock.advance(minutes=1)
        with Vault.open(path, PASS, clock, backup=True, keep=Generations(3, 0, 0)) as vault:
            vault.cases.create(first_contact_at=None, first_contact_place=f"place {n}")
    kept = list_backups(path)
    assert len(kept) == 3
    assert all(p.name.endswith("-unlock.tkvault") for p in kept)
    newest = Vault.open(kept[0], PASS, clock, backup=False)
    newest.close()


def test_rekey_changes_the_passphrase_of_the_vault_and_its_backups(cli, home, clock):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    cli("vault", "backup", "--passphrase-stdin", stdin=f"{PASS}\n")
    result = cli("vault", "rekey", "--passphrase-stdin", stdin=f"{PASS}\nnew words here\n")
    assert result.code == 0, result.err
    path = vault_file(home)
    with pytest.raises(WrongPassphraseOrDamaged):
        Vault.open(path, PASS, clock, backup=False)
    Vault.open(path, "new words here", clock, backup=False).close()
    for backup in list_backups(path):
        with pytest.raises(WrongPassphraseOrDamaged):
            Vault.open(backup, PASS, clock, backup=False)
        Vault.open(backup, "new words here", clock, backup=False).close()
    assert any(e.action == "rekey" for e in Vault.open(path, "new words here", clock).audit_trail())


def test_rekey_with_wrong_old_passphrase_changes_nothing(cli, home):
    cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n")
    before = digest(vault_file(home))
    result = cli("vault", "rekey", "--passphrase-stdin", stdin="wrong\nnew\n")
    assert result.code == 1
    assert digest(vault_file(home)) == before


def test_restore_brings_back_a_backup_and_keeps_the_replaced_vault(cli, home, clock):
    path = vault_file(home)
    with Vault.create(path, PASS, clock) as vault:
        vault.cases.create(first_contact_at=None, first_contact_place="first")
        backup = vault.backup(PASS, "manual")
        vault.cases.create(first_contact_at=None, first_contact_place="second")
    listing = cli("vault", "restore", "--passphrase-stdin", stdin="")
    assert str(backup) in listing.out
    refused = cli("vault", "restore", str(backup), "--passphrase-stdin", stdin=f"{PASS}\n")
    assert refused.code == 1 and "--yes" in refused.err
    done = cli("vault", "restore", str(backup), "--yes", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert done.code == 0, done.err
    with Vault.open(path, PASS, clock, backup=False) as vault:
        assert [r.case.first_contact_place for r in vault.cases.list_rows()] == ["first"]
    replaced = [p for p in list_backups(path) if p.name.endswith("-replaced.tkvault")]
    assert len(replaced) == 1
    with Vault.open(replaced[0], PASS, clock, backup=False) as old:
        assert len(old.cases.list_rows()) == 2


def test_restore_with_wrong_passphrase_changes_nothing(cli, home, clock):
    path = vault_file(home)
    with Vault.create(path, PASS, clock) as vault:
        backup = vault.backup(PASS, "manual")
    before = digest(path)
    result = cli("vault", "restore", str(backup), "--yes", "--passphrase-stdin", stdin="nope\n")
    assert result.code == 1
    assert digest(path) == before


def test_no_display_gives_one_sentence(monkeypatch, capsys):
    from toolkit_desktop.app import main

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    code = main([])
    err = capsys.readouterr().err
    assert code == 3
    assert "no graphical display" in err and "QT_QPA_PLATFORM=offscreen" in err


@pytest.mark.parametrize("display", [":77", "unix:77.0"])  # no TCP: tests have no sockets
def test_a_display_that_is_set_but_does_not_answer_gives_the_same_sentence(
    monkeypatch, capsys, display
):
    # Qt would abort with exit 134 and a misleading "xcb-cursor0 is needed".
    from toolkit_desktop.app import main

    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    code = main([])
    assert code == 3 and "no graphical display" in capsys.readouterr().err


def test_a_backup_that_cannot_be_written_warns_but_still_unlocks(cli, home, clock):
    path = vault_file(home)
    Vault.create(path, PASS, clock).close()
    backups_dir(path).write_text("a file where the backups folder should be")
    with Vault.open(path, PASS, clock, backup=True) as vault:
        assert vault.backup_warning and "No backup could be taken" in str(vault.backup_warning)
        assert vault.cases.list_rows() == []
    listed = cli("case", "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert listed.code == 0 and "No cases yet" in listed.out
    assert listed.err == ""  # the command line takes no unlock backup, so it has none to miss


def test_a_replaced_vault_is_never_rotated_away(cli, home, clock):
    path = vault_file(home)
    with Vault.create(path, PASS, clock) as vault:
        backup = vault.backup(PASS, "manual")
    assert cli("vault", "restore", str(backup), "--yes", "--passphrase-stdin",
               stdin=f"{PASS}\n").code == 0
    for n in range(4):
        clock.advance(minutes=1)
        with Vault.open(path, PASS, clock, backup=True, keep=Generations(2, 0, 0)) as vault:
            vault.cases.create(first_contact_at=None, first_contact_place=f"place {n}")
    names = [p.name for p in list_backups(path)]
    assert sum(n.endswith("-replaced.tkvault") for n in names) == 1
    assert sum(n.endswith("-unlock.tkvault") for n in names) == 2


def test_files_written_are_for_this_user_alone(cli, home, clock):
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    assert cli("vault", "backup", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    path = vault_file(home)
    for item in [path, *list_backups(path)]:
        assert item.stat().st_mode & 0o077 == 0, item


def test_export_never_overwrites_an_existing_file_unless_told(cli, home, clock, tmp_path):
    with Vault.create(vault_file(home), PASS, clock) as vault:
        case_id = vault.cases.create(first_contact_at=None).id
    precious = tmp_path / "precious.json"
    precious.write_text("keep me")
    refused = cli("case", "export", str(case_id), "--json", str(precious), "--passphrase-stdin",
                  stdin=f"{PASS}\n")
    assert refused.code == 1 and "already exists" in refused.err and "--force" in refused.err
    assert precious.read_text() == "keep me"
    forced = cli("case", "export", str(case_id), "--json", str(precious), "--force",
                 "--passphrase-stdin", stdin=f"{PASS}\n")
    assert forced.code == 0 and precious.read_text().startswith("{")
