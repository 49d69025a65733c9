"""Writing an exported file whole or not at all, without touching any other folder.

The bytes go to a hidden temporary file in the target folder (never the system temp folder, where
an unencrypted copy could linger), are flushed to disk, and are renamed over the target at the end.
On any error the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.files import fsync_dir


class ExportFailed(ToolkitError):
    """The exported file could not be written; nothing was left behind."""

    code = "export_failed"


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically; raise ExportFailed with a sentence."""
    with staged(target, data) as publish:
        publish()


@contextlib.contextmanager
def staged(target: Path, data: bytes) -> Iterator[Callable[[], None]]:
    """Write `data` beside `target` and hand back `publish`, which renames it into place.

    The caller can record the export in the vault and publish inside one transaction, so a file
    never appears without its record. If the block fails, or never publishes, the temporary file
    is removed and the target is left as it was.
    """
    target = target.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise ExportFailed(f"The folder {folder} does not exist. Choose another place to save.")
    partial = folder / f".{target.name}.{secrets.token_hex(4)}.partial"

    def publish() -> None:
        try:
            os.replace(partial, target)
            fsync_dir(folder)
        except OSError as exc:
            raise _sentence(exc, target) from exc

    try:
        try:
            with partial.open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise _sentence(exc, target) from exc
        yield publish
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def _sentence(exc: OSError, target: Path) -> ToolkitError:
    if exc.errno == errno.ENOSPC:
        return ExportFailed(
            f"The disk is full, so {target.name} could not be written. Free some space and try "
            "again; nothing was saved there and your cases are unchanged."
        )
    return ExportFailed(
        f"{target} could not be written ({exc.strerror or exc}). Nothing was saved there."
    )
