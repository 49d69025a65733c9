"""File-system steps every writer shares: files for this user alone, renames that last."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def keep_files_private() -> None:
    """Make everything this process writes readable by this user alone.

    The vault, backups, exports and settings: other accounts on a shared laptop cannot even copy
    the encrypted vault to attack it.
    """
    os.umask(0o077)
