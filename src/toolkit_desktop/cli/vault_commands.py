"""`toolkit-desktop vault init|check|rekey|backup|restore`: the vault's upkeep, for IT staff."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from toolkit_desktop.cli.passphrase import PassphraseReader
from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.services import upkeep
from toolkit_desktop.services.upkeep import generations  # not services.session: it loads the pack
from toolkit_desktop.settings import load_settings


def vault_path(args: argparse.Namespace) -> Path:
    """The vault named on the command line, or the one the settings point at."""
    return Path(args.vault).expanduser() if args.vault else load_settings().vault()


def open_vault(
    args: argparse.Namespace, reader: PassphraseReader | None = None
) -> upkeep.Vault:
    """Unlock the vault of the command line with the next passphrase.

    The command line never takes the unlock backup: a script listing cases every minute would
    otherwise fill the recent generations with copies of the same content. The app takes it, and
    `vault backup` does on request. A damaged vault or a full disk is said on stderr; the
    command then reads what it can.
    """
    reader = reader or PassphraseReader(args.passphrase_stdin)
    vault = upkeep.unlock(
        vault_path(args), reader.read("Vault passphrase"), SystemClock(),
        generations(load_settings()),
    )
    if vault.read_only:
        print(f"toolkit-desktop: warning: {vault.read_only}", file=sys.stderr)
    return vault


def register(
    groups: argparse._SubParsersAction[argparse.ArgumentParser], common: Callable[..., None]
) -> None:
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
    upkeep.create(path, passphrase, SystemClock())
    print(f"Created an empty vault at {path}.")
    print("Keep the passphrase safe: nobody, not even IT, can recover a forgotten one.")
    return 0


def _check(args: argparse.Namespace) -> int:
    path = vault_path(args)
    reader = PassphraseReader(args.passphrase_stdin)
    result = upkeep.check(path, reader.read("Vault passphrase"))
    if result.problems:
        print(f"The vault at {path} is damaged: some of its pages fail their checks.",
              file=sys.stderr)
        for line in result.problems[:10]:
            print(f"  {line}", file=sys.stderr)
        newest = upkeep.newest_backup(path)
        if newest is None:
            print(f"There is no backup of it in {upkeep.backups_folder(path)}; copy the file "
                  "somewhere safe and ask for help.", file=sys.stderr)
        else:
            print(f"The newest sound backup is {newest.name}; bring it back with: "
                  f"toolkit-desktop vault restore {newest}", file=sys.stderr)
        return 1
    print(f"The vault at {path} is sound: {result.cases} case(s), every page checked.")
    return 0


def _rekey(args: argparse.Namespace) -> int:
    reader = PassphraseReader(args.passphrase_stdin)
    with open_vault(args, reader) as vault:
        new = reader.read_new("New passphrase")
        warning = upkeep.change_passphrase(vault, new, generations(load_settings()))
    if warning:
        print(f"toolkit-desktop: warning: {warning}", file=sys.stderr)
        return 0
    print("The passphrase has been changed. Older backups were replaced by one under the new "
          "passphrase.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    reader = PassphraseReader(args.passphrase_stdin)
    target = upkeep.backup_now(
        vault_path(args), reader.read("Vault passphrase"), SystemClock(),
        generations(load_settings()),
    )
    print(f"Backup written: {target}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if args.backup is None:
        found = upkeep.vault_backups(path)
        if not found:
            print(f"There are no backups in {upkeep.backups_folder(path)}.")
            return 1
        print("Backups, newest first (restore one with: vault restore FILE):")
        for item in found:
            print(f"  {item}")
        return 0
    backup = Path(args.backup).expanduser()
    reader = PassphraseReader(args.passphrase_stdin)
    passphrase = reader.read("Passphrase of the backup")
    # Prove the backup opens with this passphrase before anything moves.
    upkeep.prove_backup(backup, passphrase)
    if not args.yes:
        if args.passphrase_stdin or not sys.stdin.isatty():
            raise ToolkitError("Add --yes to restore without a question; nothing was changed.")
        answer = input(f"Replace the vault at {path} with {backup.name}? Type yes: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    upkeep.restore(backup, path)  # proven above, before the question
    print(f"Restored {backup.name}. The vault it replaced was kept in "
          f"{upkeep.backups_folder(path)}.")
    return 0
