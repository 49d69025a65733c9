"""One user of a vault at a time: a lock file beside it, held while it is unlocked.

Two copies of the app (or the app and a `vault restore`) on one vault would fight over the file
and its journal. `filelock` is the field's well-kept cross-platform lock (flock on POSIX,
LockFileEx on Windows); the operating system releases it when the process dies, so a crash never
leaves the vault locked out.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from toolkit_desktop.storage.errors import VaultInUse


def lock_path(vault_path: Path) -> Path:
    """The lock file of a vault: hidden, empty, holding no data."""
    return vault_path.with_name(f".{vault_path.name}.lock")


class VaultLock:
    """Held while a vault is open or being replaced; refuses at once when someone else holds it."""

    def __init__(self, vault_path: Path) -> None:
        self.vault_path = vault_path
        # Not thread-local: the app opens on its worker thread and may close from another.
        self._lock = FileLock(lock_path(vault_path), timeout=0, thread_local=False)

    def acquire(self) -> VaultLock:
        """Take the lock or raise VaultInUse."""
        self.vault_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultInUse(self.vault_path) from None
        return self

    def release(self) -> None:
        """Let others in; safe to call when not held."""
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
