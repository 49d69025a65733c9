"""Why a vault could not be opened or changed, each as one plain sentence a practitioner can act on.

The command line prints `message` and exits non-zero; the app shows it in a dialog. None of these
ever carries a traceback to the user, and raising one never modifies the vault file.
"""

from __future__ import annotations

from pathlib import Path

from toolkit_desktop.errors import ToolkitError


class VaultError(ToolkitError):
    """Base of every vault problem; `message` is the sentence shown to the user."""

    code = "vault_error"


class VaultMissing(VaultError):
    code = "missing"

    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no vault at {path}. Check the location, or create one.")


class VaultEmpty(VaultError):
    code = "empty"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is an empty file, not a vault. It has not been changed. "
            "If you expected your cases here, restore a backup."
        )


class VaultNotEncrypted(VaultError):
    code = "not_encrypted"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is an ordinary unencrypted database, not a toolkit vault. "
            "It has not been opened or changed."
        )


class WrongPassphraseOrDamaged(VaultError):
    code = "wrong_passphrase_or_damaged"

    def __init__(self, path: Path) -> None:
        # SQLCipher cannot tell a wrong key from a damaged file, so neither can we.
        if path.parent.name == "backups":  # the file is itself a backup
            hint = "if it still fails, try another backup."
        else:
            hint = f"if it still fails, open one of the backups in {path.parent / 'backups'}."
        super().__init__(
            f"The passphrase is wrong, or the file is damaged. Check the passphrase and try again; "
            f"{hint}"
        )


class NotAVault(VaultError):
    code = "not_a_vault"

    def __init__(self, path: Path) -> None:
        if path.is_dir():
            super().__init__(f"{path} is a folder, not a vault file. Name the vault file itself.")
        else:
            super().__init__(
                f"{path} opened, but it is not a toolkit vault. It has not been changed."
            )


class VaultInUse(VaultError):
    code = "in_use"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The vault at {path} is open in another copy of toolkit-desktop or a command. "
            "Close that first (or lock it), then try again. Nothing was changed."
        )


class VaultTooNew(VaultError):
    code = "too_new"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} was written by a newer version of toolkit-desktop. Install the newer version "
            "to open it; this file has not been changed."
        )


class VaultUnreadable(VaultError):
    code = "unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} cannot be read ({reason}). Ask your IT team to check access.")


class VaultExists(VaultError):
    code = "exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"A file already exists at {path}; it has not been touched.")


class StorageFull(VaultError):
    code = "disk_full"

    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so the last change could not be saved. Free some space; "
            "everything saved before this is safe."
        )
