"""`toolkit-desktop vault init|check|rekey|backup|restore`: the vault's upkeep, for IT staff."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from toolkit_desktop.cli.passphrase import PassphraseReader
from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.paths import backups_dir
from toolkit_desktop.settings import load_settings
from toolkit_desktop.storage.backups import list_backups, restore_backup
from toolkit_desktop.storage.engine import classify_before_keying
from toolkit_desktop.storage.errors import VaultError
from toolkit_desktop.storage.vault import Vault, integrity_problems, open_read_only


def vault_path(args: argparse.Namespace) -> Path:
    """The vault named on the command line, or the one the settings point at."""
    return Path(args.vault).expanduser() if args.vault else load_settings().vault()


def open_vault(args: argparse.Namespace, reader: PassphraseReader | None = None) -> Vault:
    """Unlock the vault of the command line with the next passphrase."""
    reader = reader or PassphraseReader(args.passphrase_stdin)
    path = vault_path(args)
    classify_before_keying(path)
    vault = Vault.open(
        path, reader.read("Vault passphrase"), SystemClock(),
        backups_kept=load_settings().backups_kept,
    )
    if vault.backup_warning:
        print(f"toolkit-desktop: warning: {vault.backup_warning}", file=sys.stderr)
    return vault


def register(groups: argparse._SubParsersAction, common: Callable[..., None]) -> None:
    """Add the `vault` commands."""
    vault = groups.add_parser("vault", help="create, check, re-key, back up or restore the vault")
    commands = vault.add_subparsers(dest="command", metavar="ACTION", required=True)
    for name, func, text in (
        ("init", _init, "create a new, empty vault"),
        ("check", _check, "check the vault's integrity without changing it"),
        ("rekey", _rekey, "change the passphrase (reads the old, then the new)"),
        ("backup", _backup, "take an encrypted backup now"),
        ("restore", _restore, "bring back a backup (lists them when none is named)"),
    ):
        sub = commands.add_parser(name, help=text)
        common(sub)
        sub.set_defaults(run=func)
        if name == "restore":
            sub.add_argument("backup", nargs="?", type=Path, help="the backup file to restore")
            sub.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    reader = PassphraseReader(args.passphrase_stdin)
    passphrase = reader.read_new("New vault passphrase")
    Vault.create(path, passphrase, SystemClock()).close()
    print(f"Created an empty vault at {path}.")
    print("Keep the passphrase safe: nobody, not even IT, can recover a forgotten one.")
    return 0


def _check(args: argparse.Namespace) -> int:
    path = vault_path(args)
    reader = PassphraseReader(args.passphrase_stdin)
    conn = open_read_only(path, reader.read("Vault passphrase"))
    try:
        problems = integrity_problems(conn)
        count = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    finally:
        conn.close()
    if problems:
        print(f"The vault at {path} has problems:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        print(f"Restore a backup from {backups_dir(path)}.", file=sys.stderr)
        return 1
    print(f"The vault at {path} is sound: {count} case(s), every page checked.")
    return 0


def _rekey(args: argparse.Namespace) -> int:
    reader = PassphraseReader(args.passphrase_stdin)
    with open_vault(args, reader) as vault:
        new = reader.read_new("New passphrase")
        vault.rekey(new)
        # Backups made under the old passphrase would still open with it: replace them with one
        # made under the new passphrase, so a leaked old passphrase opens nothing.
        old_backups = list_backups(vault.path)
        vault.backup(new, "rekey", load_settings().backups_kept)
        for old in old_backups:
            with contextlib.suppress(OSError):
                old.unlink()
    print("The passphrase has been changed. Older backups were replaced by one under the new "
          "passphrase.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    reader = PassphraseReader(args.passphrase_stdin)
    path = vault_path(args)
    classify_before_keying(path)
    passphrase = reader.read("Vault passphrase")
    vault = Vault.open(path, passphrase, SystemClock(), backup=False)
    with vault:
        target = vault.backup(passphrase, "manual", load_settings().backups_kept)
    print(f"Backup written: {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if args.backup is None:
        found = list_backups(path)
        if not found:
            print(f"There are no backups in {backups_dir(path)}.")
            return 1
        print("Backups, newest first (restore one with: vault restore FILE):")
        for item in found:
            print(f"  {item}")
        return 0
    backup = Path(args.backup).expanduser()
    reader = PassphraseReader(args.passphrase_stdin)
    passphrase = reader.read("Passphrase of the backup")
    # Prove the backup opens with this passphrase before anything moves.
    open_read_only(backup, passphrase).close()
    if not args.yes:
        if args.passphrase_stdin or not sys.stdin.isatty():
            raise VaultError("Add --yes to restore without a question; nothing was changed.")
        answer = input(f"Replace the vault at {path} with {backup.name}? Type yes: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    restore_backup(backup, path)
    print(f"Restored {backup.name}. The vault it replaced was kept in {backups_dir(path)}.")
    return 0
