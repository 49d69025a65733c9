"""The vault: one encrypted SQLCipher file holding every case, held open by one keyed connection.

Creating and opening it (the key proven before anything is written, a quick check of every page,
migrations with a backup first) are here; the jobs done on an open vault each have their own
module: case data in `case_store` (`vault.cases`), the profile and audit trail in
`vault_records`, backups, re-keying and checks in `upkeep`. The methods below that name those
jobs only hand over to them.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, insert, select

from toolkit_desktop import __version__
from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.domain.records import AuditEvent, Profile
from toolkit_desktop.files import fsync_dir
from toolkit_desktop.storage import migrate, upkeep, vault_records
from toolkit_desktop.storage.engine import (
    DbapiConnection,
    QuickCheckBeside,
    classify_before_keying,
    has_hot_journal,
    integrity_problems,
    make_engine,
    open_keyed,
)
from toolkit_desktop.storage.errors import (
    DiskFullReadOnly,
    NotAVault,
    PassphraseNotChanged,
    StorageFull,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultTooNew,
    WrongPassphraseOrDamaged,
)
from toolkit_desktop.storage.lock import VaultLock
from toolkit_desktop.storage.tables import vault_info
from toolkit_desktop.storage.upkeep import DEFAULT_GENERATIONS, Generations, translate
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Said, said

__all__ = ["DEFAULT_GENERATIONS", "Generations", "Vault"]


def as_generations(keep: Generations | int) -> Generations:
    """A number of backups is the newest that many, with the default daily and weekly ones."""
    return Generations(recent=keep) if isinstance(keep, int) else keep


class Vault:
    """An unlocked vault: one held keyed connection, serialised by a lock."""

    def __init__(self, path: Path, engine: Engine, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self._engine: Engine | None = engine
        # Set when the backup at unlock failed; the app and the command line show it.
        self.backup_warning: Said | None = None
        # Why nothing can be saved (the vault is damaged, or the disk was full at unlock): the
        # sentence the status bar and the command line show. None when the vault is writable.
        self.read_only: Said | str | None = None
        self.damaged = False
        self._held: VaultLock | None = None  # the lock file, while open
        self._lock = threading.RLock()
        # The practitioner's details, read once while unlocked (each answer records the name);
        # forgotten on a new version, a rolled-back transaction and on lock.
        self._profile: Profile | None = None
        from toolkit_desktop.storage.case_store import CaseStore

        self.cases = CaseStore(self)

    # -- life cycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, clock: Clock, *, training: bool = False) -> Vault:
        """Create a new vault, built under a temporary name and renamed: whole or absent."""
        if path.exists():
            raise VaultExists(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(f".creating-{os.getpid()}-{path.name}")
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
        with VaultLock(path):
            cls._build(path, building, passphrase, clock, training)
        return cls.open(path, passphrase, clock, backup=False)

    @classmethod
    def _build(
        cls, path: Path, building: Path, passphrase: str, clock: Clock, training: bool
    ) -> None:
        if path.exists():  # made meanwhile by someone else
            raise VaultExists(path)
        try:
            vault = cls._connect(building, passphrase, clock)
            with vault.transaction() as conn:
                migrate.upgrade(conn)
                now = clock.now().isoformat()
                conn.execute(
                    insert(vault_info),
                    [
                        {"key": "vault_id", "value": str(uuid.uuid4())},
                        {"key": "created_at", "value": now},
                        {"key": "created_by_version", "value": __version__},
                        {"key": "training", "value": "1" if training else "0"},
                    ],
                )
            vault.close()
            os.replace(building, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                building.unlink()
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        clock: Clock,
        *,
        backup: bool = False,
        keep: Generations | int = DEFAULT_GENERATIONS,
    ) -> Vault:
        """Unlock an existing vault; refuses anything that is not one without changing it.

        The pages are checked at once (SQLCipher's HMAC of every page and, beside it, SQLite's
        quick check: about 0.07 s after the key on 5,000 cases): a damaged vault opens for
        reading only, with no lock file, no audit line and no backup. With no free disk space
        it opens for reading too. `backup` takes the unlock backup before returning; the app
        leaves it False and calls `take_backup_if_due` once the case list is on screen.
        """
        keep = as_generations(keep)
        classify_before_keying(path)
        # SQLite's quick check runs beside the key derivation, on a second connection, unless a
        # save was cut short (that connection only reads, and the held one completes the save)
        # or there is one core only (a second key derivation there would only add its time).
        beside_helps = (os.cpu_count() or 1) > 1 and not has_hot_journal(path)
        with QuickCheckBeside(path, passphrase, run=beside_helps) as beside:
            try:
                vault = cls._connect(path, passphrase, clock)  # proves the key; writes nothing
            except WrongPassphraseOrDamaged:
                beside.discard()  # closed before a recovery replaces the file it read
                if not upkeep.recover_unfinished_rekey(path, passphrase):
                    raise
                vault = cls._connect(path, passphrase, clock)
            try:
                damage = cls._check_pages(vault, beside)
            except BaseException:
                vault.close()
                raise
        try:
            if damage:
                vault.mark_damaged()
                return vault
            # Taken once the key and the file are proven, so a wrong passphrase or a file that is
            # not a vault leaves nothing at all beside it, not even a lock file.
            vault._held = VaultLock(path).acquire()
            with vault.transaction() as conn:
                revision = migrate.current_revision(conn)
            # A plain query decides; alembic is loaded only when the answer is not the head.
            if migrate.migration_due(revision):
                if revision not in migrate.known_revisions():
                    raise VaultTooNew(path)
                # Keep the vault as it was before any migration touches it.
                vault.backup(passphrase, "before-migration", keep)
                with vault.transaction() as conn:
                    migrate.upgrade(conn)
            upkeep.remove_leftovers(path)
            try:
                vault.record_audit("open", f"toolkit-desktop {__version__}")
            except StorageFull:
                # Reading must still work at 2am on a full disk. Writes are not blocked: they
                # fail with the full-disk sentence and the app keeps the unsaved change, and
                # they succeed again as soon as space is freed.
                vault.read_only = DiskFullReadOnly().sentence()
            if backup:
                vault.take_backup_if_due(passphrase, keep)
        except BaseException:
            vault.close()
            raise
        return vault

    def take_backup_if_due(
        self, passphrase: str, keep: Generations | int = DEFAULT_GENERATIONS
    ) -> Path | None:
        """The unlock backup, unless nothing changed since the last one or the vault is unsound.

        Never raises for a backup that cannot be written (full disk, folder not writable): that
        must not stop a practitioner reaching their cases; `backup_warning` says so instead.
        """
        if self.read_only is not None:
            return None
        try:
            return upkeep.backup_if_due(self, passphrase, as_generations(keep))
        except (VaultError, OSError) as exc:
            reason = exc.sentence() if isinstance(exc, VaultError) else str(exc)
            self.backup_warning = said(QT_TRANSLATE_NOOP(
                "Errors", "No backup could be taken at unlock: {reason}"), reason=reason)
            return None

    @staticmethod
    def _check_pages(vault: Vault, beside: QuickCheckBeside) -> list[str]:
        """What is wrong with the vault's pages, before anything is written; empty when sound."""
        path = vault.path
        with vault.raw() as raw:
            try:
                tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
            except sqlcipher3.dbapi2.DatabaseError as exc:  # the schema's own pages
                raise VaultDamaged(path, upkeep.newest_sound_backup(path)) from exc
            if not {"vault_info", "alembic_version"} <= tables:
                raise NotAVault(path)
            return integrity_problems(raw, quick=True, beside=beside)

    def mark_damaged(self) -> None:
        """Some pages fail their checks: refuse every write from now on, and say why."""
        self.damaged = True
        self.read_only = VaultDamaged(self.path, upkeep.newest_sound_backup(self.path)).sentence()
        with self.raw() as raw:
            raw.execute("PRAGMA query_only = ON")
        if self._held is not None:
            self._held.release()
            self._held = None

    @classmethod
    def _connect(cls, path: Path, passphrase: str, clock: Clock) -> Vault:
        conn = open_keyed(path, passphrase)
        return cls(path, make_engine(lambda: conn), clock)

    def use_connection(self, conn: DbapiConnection) -> None:
        """Hold `conn` from now on (the file was swapped by a re-key); the old one is closed."""
        with self._lock:
            old, self._engine = self._engine, make_engine(lambda: conn)
            if old is not None:
                old.dispose()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the vault's lock across several steps (a re-key), so no save slips between them."""
        with self._lock:
            yield

    def close(self) -> None:
        """Lock: close the connection. Safe to call twice."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            if self._held is not None:
                self._held.release()
                self._held = None
            self.forget_cached()

    def forget_cached(self) -> None:
        """Drop what is kept in memory between reads (on lock, and after a rollback, when a
        kept copy could hold what was never committed)."""
        self._profile = None
        self.cases.forget_cached()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- access ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction on the held connection; committed (and on disk) when the block ends."""
        with self._lock:
            if self._engine is None:
                raise VaultError("The vault is locked. Unlock it and try again.")
            try:
                with self._engine.begin() as conn:
                    yield conn
            except BaseException as exc:
                self.forget_cached()
                if not isinstance(exc, Exception):
                    raise
                if self.damaged and "readonly" in str(exc).lower():
                    raise VaultDamaged(
                        self.path, upkeep.newest_sound_backup(self.path), saving=True
                    ) from exc
                raise translate(exc, self.path) from exc

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlcipher3.dbapi2.Connection]:
        """The DB-API connection itself, for SQLCipher pragmas and export."""
        with self._lock:
            if self._engine is None:
                raise VaultError("The vault is locked. Unlock it and try again.")
            fairy = self._engine.raw_connection()
            try:
                yield fairy.driver_connection
            finally:
                fairy.close()

    # -- vault-wide data ------------------------------------------------------------------------

    def info(self) -> dict[str, str]:
        """The vault's own facts: id, creation, training flag."""
        with self.transaction() as conn:
            return {r.key: r.value for r in conn.execute(select(vault_info))}

    @property
    def training(self) -> bool:
        """Whether this is a training vault, whose cases can never enter a real one."""
        return self.info().get("training") == "1"

    def profile(self, conn: Connection | None = None) -> Profile:
        """The practitioner's details (empty until set), in the caller's transaction if given."""
        if self._profile is None:
            self._profile = vault_records.current_profile(self, conn)
        return self._profile

    def save_profile(self, details: Profile) -> None:
        """Record the practitioner's details; earlier versions are kept."""
        with self._lock:  # no read between the save and forgetting can keep the old one
            vault_records.save_profile(self, details)
            self._profile = None

    def record_audit(self, action: str, detail: str = "", conn: Connection | None = None) -> None:
        """Add to the audit trail (opens, exports, re-keys, backups, restores)."""
        vault_records.record_audit(self, action, detail, conn)

    def audit_trail(self) -> list[AuditEvent]:
        """The audit trail, oldest first."""
        return vault_records.audit_trail(self)

    # -- upkeep ---------------------------------------------------------------------------------

    def backup(
        self, passphrase: str, label: str, keep: Generations | int = DEFAULT_GENERATIONS
    ) -> Path:
        """Take a checked, encrypted backup beside the vault; `keep` says which older ones stay
        (a number keeps that many recent ones and the default daily and weekly generations)."""
        if self.damaged:
            raise VaultDamaged(self.path, upkeep.newest_sound_backup(self.path))
        return upkeep.backup(self, passphrase, label, as_generations(keep))

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt the vault under a new passphrase: a checked copy swapped in atomically."""
        if self.damaged:  # a copy would carry the damage under a new passphrase
            raise PassphraseNotChanged("the vault is damaged; restore a sound backup first.")
        upkeep.rekey(self, new_passphrase)

    def check(self) -> list[str]:
        """Problems found by SQLite's and SQLCipher's own integrity checks (empty when sound)."""
        with self.raw() as raw:
            return integrity_problems(raw)
