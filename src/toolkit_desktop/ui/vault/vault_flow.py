"""Getting into the vault: create it on first run, unlock it, or restore a backup and unlock that.

Key derivation runs on the worker, with the page showing a moving bar; the vault layer's own
sentences explain a wrong passphrase or a damaged file. The unlock backup is the worker's next job
after the hand-over, so the case list is read first and the backup follows it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.vault.unlock import UnlockPage, describe_backup

if TYPE_CHECKING:
    from toolkit_desktop.domain.definitions import Definitions
    from toolkit_desktop.services.session import Session
    from toolkit_desktop.ui.vault.first_run import CreateVaultPage
    from toolkit_desktop.ui.vault.restore_page import RestorePage

CREATED, UNLOCKED, RESTORED = "created", "unlocked", "restored"


def _sessions() -> ModuleType:
    """The services that open a vault, imported when a page first asks for them.

    Not at the top of this module: they bring SQLAlchemy, SQLCipher and the pack's libraries
    (about a second on a slow laptop), and these pages are the app's first window. The import
    happens on the GUI thread (never inside a worker job), so one thread does all importing;
    the main window usually has it done in idle time before the first click.
    """
    import toolkit_desktop.services.session as sessions

    return sessions


class VaultFlow(QObject):
    """The pages before the vault is open, and the jobs that open it."""

    unlocked = Signal(object, str)  # Session, and how: CREATED, UNLOCKED or RESTORED
    backup_finished = Signal(object)  # Session, once its unlock backup was taken or skipped
    show_page = Signal(QWidget)

    def __init__(
        self,
        context: AppContext,
        worker: VaultWorker,
        definitions: Callable[[], Definitions | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._worker = worker
        # Read on the GUI thread before a job needs them; None when they are broken (the main
        # window has said so and is closing), and then no vault is touched.
        self._definitions = definitions
        self._parent = parent
        # Only the unlock page is built now: it is the first window of almost every start. The
        # others are built (and imported) when first shown; the main window's stack takes each
        # page as `show_page` first shows it.
        self.unlock_page = UnlockPage(str(context.vault_path), context.training)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.backups_requested.connect(self._show_backups)

    @functools.cached_property
    def create_page(self) -> CreateVaultPage:
        """Setting up a new vault: the first run's page."""
        from toolkit_desktop.ui.vault.first_run import CreateVaultPage

        page = CreateVaultPage(str(self._context.vault_path), policy=self._context.policy)
        page.create_requested.connect(self._create)
        return page

    @functools.cached_property
    def restore_page(self) -> RestorePage:
        """Choosing a backup to restore, and its passphrase."""
        from toolkit_desktop.ui.vault.restore_page import RestorePage

        page = RestorePage()
        page.back.connect(lambda: self.show_unlock())
        page.restore_requested.connect(self._restore)
        return page

    def _built(self, name: str) -> Any:
        """The page of that attribute if it was built, else None (asking for it builds it)."""
        return self.__dict__.get(name)

    def start(self) -> None:
        """The first page: create a vault, or unlock the one there (training opens at once)."""
        if self._context.training:
            self.show_unlock()
            self._unlock("")
        elif self._context.vault_path.exists():
            self.show_unlock()
        else:
            self.create_page.clear()
            self.show_page.emit(self.create_page)
            self.create_page.first.setFocus()

    def show_unlock(self, notice: str = "") -> None:
        """Show the unlock page, empty, with an optional sentence saying why it locked."""
        self.unlock_page.start(notice)
        self.show_page.emit(self.unlock_page)
        self.unlock_page.start(notice)  # focus once the page is visible

    def not_busy(self) -> None:
        """No job is running: no page may go on saying it is waiting for one."""
        for page in (self._built("create_page"), self.unlock_page, self._built("restore_page")):
            if page is not None:
                page.set_busy(False)

    # -- jobs -----------------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        c, definitions = self._context, self._definitions()
        if definitions is None:
            return
        sessions = _sessions()
        self._worker.submit(
            lambda: sessions.create_session(c.vault_path, passphrase, c.clock, definitions),
            lambda session: self._opened(session, CREATED),
            lambda sentence, _exc: self.create_page.failed(sentence),
        )

    def _unlock(self, passphrase: str) -> None:
        c, definitions = self._context, self._definitions()
        if definitions is None:
            return
        self.unlock_page.set_busy(True)
        sessions = _sessions()
        if c.training:

            def work() -> Session:
                return sessions.open_training(c.clock, definitions)
        else:

            def work() -> Session:
                return sessions.open_session(
                    c.vault_path,
                    passphrase,
                    c.clock,
                    definitions,
                    sessions.generations(c.settings),
                )

        self._worker.submit(
            work,
            lambda session: self._opened(session, UNLOCKED),
            lambda sentence, _exc: self.unlock_page.failed(sentence),
        )

    def _show_backups(self) -> None:
        path = self._context.vault_path
        from toolkit_desktop.services import upkeep  # deferred like _sessions, for the same reason

        self.restore_page.start(upkeep.vault_backups(path), upkeep.backups_folder(path))
        self.show_page.emit(self.restore_page)
        self.restore_page.backups.setFocus()

    def _restore(self, backup: Path, passphrase: str) -> None:
        c, definitions = self._context, self._definitions()
        if definitions is None:
            return
        question = translate(
            "Vault",
            "Replace the vault with the backup from {backup}? Anything recorded after that backup "
            "was taken will not be in it. The vault it replaces is kept among the backups.",
        ).format(backup=describe_backup(backup))
        if not c.dialogs.confirm(
            self._parent,
            translate("Vault", "Restore a backup"),
            question,
            translate("Vault", "Restore"),
        ):
            return
        self.restore_page.set_busy(True)
        sessions = _sessions()
        self._worker.submit(
            lambda: sessions.restore_and_open(
                backup,
                c.vault_path,
                passphrase,
                c.clock,
                definitions,
                sessions.generations(c.settings),
            ),
            lambda session: self._opened(session, RESTORED),
            lambda sentence, _exc: self.restore_page.failed(sentence),
        )

    def _opened(self, session: Session, how: str) -> None:
        if (create := self._built("create_page")) is not None:
            create.clear()
        self.unlock_page.set_busy(False)
        self.unlock_page.passphrase.clear()
        if (restore := self._built("restore_page")) is not None:
            restore.set_busy(False)
            restore.passphrase.clear()
        self.unlocked.emit(session, how)
        # Queued after the jobs the hand-over started (the case list): the worker keeps order.
        self._worker.submit(session.take_backup_if_due, lambda _w: self._backed_up(session))
        self._worker.submit(session.load_calendars)  # before a case is opened, not when it is

    def _backed_up(self, session: Session) -> None:
        self.backup_finished.emit(session)
