"""Writing an exported file whole or not at all, without touching any other folder.

The bytes go to a hidden temporary file in the target folder (never the system temp folder, where
an unencrypted copy could linger), are flushed to disk, and are renamed over the target at the end.
On any error the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from toolkit_desktop.storage.engine import fsync_dir
from toolkit_desktop.storage.errors import StorageFull, VaultError


class ExportFailed(VaultError):
    """The exported file could not be written; nothing was left behind."""

    code = "export_failed"


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically; raise ExportFailed/StorageFull with a sentence."""
    target = target.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise ExportFailed(f"The folder {folder} does not exist. Choose another place to save.")
    partial = folder / f".{target.name}.{secrets.token_hex(4)}.partial"
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if exc.errno == 28:
            raise StorageFull() from exc
        raise ExportFailed(
            f"{target} could not be written ({exc.strerror or exc}). Nothing was saved there."
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
