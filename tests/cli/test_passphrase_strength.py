"""The command line holds a new vault passphrase to the app's strength rule, in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit_desktop.domain.passphrase_strength import passphrase_strength

PASS = "correct horse battery staple"


def vault_file(home: Path) -> Path:
    return home / "data" / "cases.tkvault"


def backups(home: Path) -> set[str]:
    return {p.name for p in (home / "data" / "backups").glob("*")}


@pytest.mark.parametrize("weak", ["x", "aaaaaaaaaaaa", "password1234"])
def test_init_refuses_a_weak_passphrase_in_words_and_makes_no_vault(cli, home, weak):
    result = cli("vault", "init", "--passphrase-stdin", stdin=f"{weak}\n")
    assert result.code != 0
    assert passphrase_strength(weak).refusal in result.err
    assert "Nothing was changed" in result.err
    assert "Traceback" not in result.err + result.out
    assert not vault_file(home).exists()


@pytest.mark.parametrize("weak", ["x", "aaaaaaaaaaaa"])
def test_rekey_refuses_a_weak_passphrase_and_the_old_one_still_opens(cli, home, weak):
    assert cli("vault", "init", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    assert cli("vault", "backup", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    before = backups(home)
    result = cli("vault", "rekey", "--passphrase-stdin", stdin=f"{PASS}\n{weak}\n")
    assert result.code != 0
    assert passphrase_strength(weak).refusal in result.err and "Traceback" not in result.err
    assert before <= backups(home)  # the re-key did not replace the backups
    assert cli("vault", "check", "--passphrase-stdin", stdin=f"{PASS}\n").code == 0
    assert cli("vault", "check", "--passphrase-stdin", stdin=f"{weak}\n").code != 0


def test_four_ordinary_words_make_a_vault(cli, home):
    result = cli("vault", "init", "--passphrase-stdin", stdin="lantern orchard pebble violin\n")
    assert result.code == 0, result.err
