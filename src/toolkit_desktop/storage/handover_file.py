"""The handover file: one case in a small SQLCipher 4 database of its own, keyed with six words.

Why SQLCipher and not a format of our own, or age: the vault already is a SQLCipher 4 file, so the
same maintained library (sqlcipher3, with OpenSSL inside) and the same tested code open it, and
any SQLCipher 4 client can read it with the words. SQLCipher derives the key with PBKDF2-SHA512
(256,000 rounds), encrypts every page with AES-256 and authenticates every page with
HMAC-SHA512, so a file changed on the way (a flipped byte, a page cut off) is refused, never
half-read. age would have meant a second cryptographic dependency for the same job.

Inside are two tables: `handover` (the header: format, version, handover id, sender, time, the
case's reference, whether it is a practice case, and the digest and length of the case document)
and `case_document` (the case in the exchange format of `export.exchange`, as JSON text, with its
attachments in base64). The file is built under a hidden name in the target folder (never the
system temp folder) and renamed into place, so it is whole or absent; SQLCipher encrypts its
journal too, and temporary tables stay in memory, so nothing of the case touches the disk in the
clear. Each refusal on reading is one sentence, and reading never changes the file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from toolkit_desktop.domain.attachments import MOST_CASE_ATTACHMENT_BYTES
from toolkit_desktop.domain.limits import MOST_CASE_FILE_BYTES
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.files import fsync_dir
from toolkit_desktop.storage.engine import (
    PLAIN_SQLITE_HEADER,
    integrity_problems,
    journal_path,
    open_keyed,
)
from toolkit_desktop.storage.errors import InterruptedChange, WrongPassphraseOrDamaged

FORMAT = "toolkit-desktop/handover"
FORMAT_VERSION = "1"
SUFFIX = ".tkhandover"
# The largest case document: a case's text and its attachments in base64, as for the case file.
MOST_DOCUMENT_BYTES = MOST_CASE_FILE_BYTES + MOST_CASE_ATTACHMENT_BYTES * 4 // 3
# SQLCipher keeps 80 bytes of each 4,096-byte page for the IV and HMAC; the header is tiny.
MOST_FILE_BYTES = MOST_DOCUMENT_BYTES * 21 // 20 + 1024 * 1024
_TABLES = {"handover", "case_document"}


class HandoverFileRefused(ToolkitError):
    """A handover file that cannot be read: wrong words, changed, cut short, or not one."""

    code = "handover_file_refused"


class HandoverFileNotWritten(ToolkitError):
    """The handover file could not be written; nothing was left behind."""

    code = "handover_file_not_written"


@dataclass(frozen=True)
class OpenedHandover:
    """What a handover file holds: its header (text by key) and the case document (JSON)."""

    header: dict[str, str]
    document: bytes
    document_sha256: str


def document_digest(document: bytes) -> str:
    """The digest the header keeps of the case document, and the confirmation code covers."""
    return hashlib.sha256(document).hexdigest()


@contextlib.contextmanager
def staged(
    target: Path, words: str, header: dict[str, str], document: bytes
) -> Iterator[Callable[[], None]]:
    """Build the handover file beside `target` and hand back `publish`, which renames it there.

    The caller records the handover in the vault and publishes in one transaction, so a file
    never appears without its record. If the block fails or never publishes, the hidden file is
    removed and `target` is left as it was.
    """
    target = target.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise HandoverFileNotWritten(
            f"The folder {folder} does not exist. Choose another place to save the handover file.")
    partial = folder / f".{target.name}.{secrets.token_hex(4)}.partial"

    def publish() -> None:
        try:
            os.replace(partial, target)
            fsync_dir(folder)
        except OSError as exc:
            raise _not_written(exc, target) from exc

    try:
        try:
            _build(partial, words, header, document)
        except (OSError, sqlcipher3.dbapi2.Error) as exc:
            raise _not_written(exc, target) from exc
        yield publish
    finally:
        for leftover in (partial, journal_path(partial)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _build(path: Path, words: str, header: dict[str, str], document: bytes) -> None:
    rows = {
        **header,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "document_sha256": document_digest(document),
        "document_bytes": str(len(document)),
    }
    conn = open_keyed(path, words)
    try:
        conn.execute("BEGIN")
        conn.execute("CREATE TABLE handover (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE case_document "
                     "(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)")
        conn.executemany("INSERT INTO handover (key, value) VALUES (?, ?)", rows.items())
        conn.execute("INSERT INTO case_document (id, json) VALUES (1, ?)",
                     (document.decode("utf-8"),))
        conn.execute("COMMIT")
    finally:
        conn.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _not_written(exc: Exception, target: Path) -> HandoverFileNotWritten:
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in str(exc).lower():
        return HandoverFileNotWritten(
            f"The disk is full, so {target.name} could not be written. Free some space and try "
            "again; nothing was saved there and the case is unchanged.")
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return HandoverFileNotWritten(
        f"{target} could not be written ({reason}). Nothing was saved there and the case is "
        "unchanged.")


def read(path: Path, words: str) -> OpenedHandover:
    """Open a handover file with its words and check every page; raise HandoverFileRefused."""
    _check_outside(path)
    try:
        conn = open_keyed(path, words, read_only=True)
    except (WrongPassphraseOrDamaged, InterruptedChange):
        raise HandoverFileRefused(
            f"Those words did not open {path.name}. Check each word with the sender and type "
            "them again; if they are right, the file was changed or damaged on the way, so ask "
            "the sender for it again.") from None
    changed = HandoverFileRefused(
        f"{path.name} was changed or damaged after it was written, so nothing in it can be "
        "trusted and nothing was received. Ask the sender for the file again.")
    try:
        if integrity_problems(conn):  # every page's HMAC first, then SQLite's own checks
            raise changed
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables != _TABLES:
            raise HandoverFileRefused(f"{path.name} is not a handover file; nothing was received.")
        header = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM handover")}
        _check_header(header, path)
        size = conn.execute(
            "SELECT length(CAST(json AS BLOB)) FROM case_document WHERE id = 1").fetchone()
        if size is None or size[0] != int(header["document_bytes"]):
            raise changed
        if size[0] > MOST_DOCUMENT_BYTES:
            raise HandoverFileRefused(
                f"{path.name} holds more than any case can; nothing was received.")
        text = conn.execute("SELECT json FROM case_document WHERE id = 1").fetchone()[0]
    except sqlcipher3.dbapi2.DatabaseError:
        raise changed from None
    finally:
        conn.close()
    document = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    digest = document_digest(document)
    if digest != header["document_sha256"]:
        raise changed
    return OpenedHandover(header, document, digest)


def _check_outside(path: Path) -> None:
    """Refuse, without keying it, what plainly is not a handover file."""
    name = path.name
    try:
        if path.is_dir():
            raise HandoverFileRefused(f"{path} is a folder: choose the handover file itself.")
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        raise HandoverFileRefused(f"There is no file at {path}.") from None
    except OSError as exc:
        raise HandoverFileRefused(f"{path} cannot be read ({exc.strerror or exc}).") from None
    if size == 0:
        raise HandoverFileRefused(f"{name} is empty, so it is not a handover file (it may have "
                                  "been cut off while copying). Ask the sender for it again.")
    if head == PLAIN_SQLITE_HEADER:
        raise HandoverFileRefused(f"{name} is not encrypted, so it is not a handover file.")
    if size > MOST_FILE_BYTES:
        raise HandoverFileRefused(
            f"{name} is too large to be a handover file (more than "
            f"{MOST_FILE_BYTES // (1024 * 1024)} MB).")
    if size % 512:  # SQLite writes whole pages, each a multiple of 512 bytes
        raise HandoverFileRefused(
            f"{name} is incomplete: it was cut off while being copied or saved. Ask the sender "
            "for it again; nothing was received.")


def _check_header(header: dict[str, str], path: Path) -> None:
    if header.get("format") != FORMAT:
        raise HandoverFileRefused(f"{path.name} is not a handover file; nothing was received.")
    if header.get("format_version") != FORMAT_VERSION:
        raise HandoverFileRefused(
            f"{path.name} was written by a newer version of toolkit-desktop; install it to "
            "receive this case. Nothing was received.")
    needed = ("handover_id", "sent_at", "sender", "reference", "training", "document_sha256",
              "document_bytes")
    if any(key not in header for key in needed) or not header["document_bytes"].isdigit():
        raise HandoverFileRefused(
            f"{path.name} was changed or damaged after it was written, so nothing in it can be "
            "trusted and nothing was received. Ask the sender for the file again.")
