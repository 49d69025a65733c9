"""Why a vault could not be opened or changed, each as one plain sentence a practitioner can act on.

The command line prints `message` and exits non-zero; the app shows it in a dialog, in the app's
language (each sentence is a `Said`). None of these ever carries a traceback to the user, and
raising one never modifies the vault file.
"""

from __future__ import annotations

from pathlib import Path

from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.paths import BACKUPS_FOLDER_SUFFIX, backups_dir
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Said, said


def _is_backup(path: Path) -> bool:
    return path.parent.name.endswith(BACKUPS_FOLDER_SUFFIX) or path.parent.name == "backups"


def _restore_advice(path: Path, newest: Path | None) -> Said:
    """Which backup to bring back and how: the unlock screen's words and the command line's."""
    if newest is None:
        return said(QT_TRANSLATE_NOOP(
            "Errors", "There is no sound backup of it in {folder}; copy the file somewhere safe "
                      "and ask your IT team for help."), folder=backups_dir(path))
    return said(QT_TRANSLATE_NOOP(
        "Errors", "The newest sound backup is {name} in {folder}: to bring it back, lock the "
                  "vault and choose \"Open a backup\" on the unlock screen, or run "
                  "`toolkit-desktop vault restore {backup}`. The damaged file is kept among the "
                  "backups."), name=newest.name, folder=newest.parent, backup=newest)


class VaultError(ToolkitError):
    """Base of every vault problem; `message` is the sentence shown to the user."""

    code = "vault_error"


class VaultMissing(VaultError):
    code = "missing"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "There is no vault at {path}. Check the location, or create one."),
            path=path))


class VaultEmpty(VaultError):
    code = "empty"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "{path} is an empty file, not a vault. It has not been changed. "
                      "If you expected your cases here, restore a backup."), path=path))


class VaultNotEncrypted(VaultError):
    code = "not_encrypted"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "{path} is an ordinary unencrypted database, not a toolkit vault. "
                      "It has not been opened or changed."), path=path))


class WrongPassphraseOrDamaged(VaultError):
    code = "wrong_passphrase_or_damaged"

    def __init__(self, path: Path) -> None:
        # SQLCipher cannot tell a wrong key from a damaged file, so neither can we.
        hint: Said
        if _is_backup(path):
            hint = said(QT_TRANSLATE_NOOP("Errors", "if it still fails, try another backup."))
        else:
            hint = said(QT_TRANSLATE_NOOP(
                "Errors", "if it still fails, open one of the backups in {folder}."),
                folder=backups_dir(path))
        # A typo is far likelier than damage: say that first, and calmly.
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "That passphrase did not open the vault. Check Caps Lock and the keyboard "
                      "layout, and type it again. Only if you are sure it is right can the file "
                      "be damaged: {hint}"), hint=hint))


class NotAVault(VaultError):
    code = "not_a_vault"

    def __init__(self, path: Path) -> None:
        if path.is_dir():
            super().__init__(said(QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder, not a vault file. Name the vault file itself."),
                path=path))
        else:
            super().__init__(said(QT_TRANSLATE_NOOP(
                "Errors", "{path} opened, but it is not a toolkit vault. It has not been "
                          "changed."), path=path))


class VaultInUse(VaultError):
    code = "in_use"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "The vault at {path} is open in another copy of toolkit-desktop or a "
                      "command. Close that first (or lock it), then try again. Nothing was "
                      "changed."), path=path))


class VaultTooNew(VaultError):
    code = "too_new"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "{path} was written by a newer version of toolkit-desktop. Install the "
                      "newer version to open it; this file has not been changed."), path=path))


class VaultUnreadable(VaultError):
    code = "unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be read ({reason}). Ask your IT team to check access."),
            path=path, reason=reason))


class VaultExists(VaultError):
    code = "exists"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "A file already exists at {path}; it has not been touched."), path=path))


class StorageFull(VaultError):
    code = "disk_full"

    def __init__(self) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full, so the last change could not be saved. Free some "
                      "space; everything saved before this is safe.")))


class VaultDamaged(VaultError):
    """Some pages of the vault fail SQLite's or SQLCipher's checks: it is read at most."""

    code = "damaged"

    def __init__(self, path: Path, newest: Path | None, *, saving: bool = False) -> None:
        if _is_backup(path):
            super().__init__(said(QT_TRANSLATE_NOOP(
                "Errors", "The backup {name} is damaged: some of its pages fail their checks. "
                          "Try another backup."), name=path.name))
            return
        first = (
            said(QT_TRANSLATE_NOOP("Errors", "This change was not saved: the vault is damaged "
                                             "and was opened for reading only."))
            if saving
            else said(QT_TRANSLATE_NOOP(
                "Errors", "The vault at {path} is damaged: some of its pages fail their checks, "
                          "so it was opened for reading only and no backup was taken of it."),
                path=path)
        )
        super().__init__(said(QT_TRANSLATE_NOOP("Errors", "{what} {advice}"),
                              what=first, advice=_restore_advice(path, newest)))


class InterruptedChange(VaultError):
    """A hot journal: a save was cut short (crash, power cut). Opening the vault completes it."""

    code = "interrupted"

    def __init__(self, path: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "A change to the vault at {path} was interrupted before it finished (the "
                      "computer or the program stopped mid-save). Nothing saved before it is "
                      "lost: open the vault (unlock it in the app, or run `toolkit-desktop case "
                      "list`) to complete it, then check it again."), path=path))


class BackupUnsound(VaultError):
    code = "backup_unsound"

    def __init__(self, folder: Path) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "The new backup failed its check, so it was not kept; the earlier backups "
                      "in {folder} are untouched. Ask your IT team to check the disk."),
            folder=folder))


class DiskFullReadOnly(VaultError):
    """Not raised: the sentence the app and the command line show when unlocked with no space."""

    code = "disk_full_read_only"

    def __init__(self) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full, so the vault is open for reading only: nothing can be "
                      "saved until some space is freed.")))


class PassphraseNotChanged(VaultError):
    """Re-keying failed at some step; the vault is as it was, under the old passphrase."""

    code = "rekey_failed"

    def __init__(self, reason: str | Said) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "The passphrase was not changed: {reason} The vault still opens with the "
                      "old passphrase, and nothing in it was lost."), reason=reason))


class RekeyDiskFull(PassphraseNotChanged):
    code = "rekey_disk_full"

    def __init__(self, needed_mb: float) -> None:
        super().__init__(said(QT_TRANSLATE_NOOP(
            "Errors", "there is not enough free disk space for the re-encrypted copy (it needs "
                      "about {size} MB beside the vault). Free some space and try again."),
            size=f"{max(needed_mb, 0.1):.1f}"))
