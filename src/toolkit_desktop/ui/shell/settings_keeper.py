"""Keeping what the settings page changes: the settings on disk, the profile in the vault.

Settings are saved at once (the idle time applies at once, a new vault location at the next
start); the profile is written by the worker. A profile that could not be written is sent again
at the next edit, lock or close, and `profile_unsaved` says so until it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.services.session import Session
from toolkit_desktop.settings import Settings, save_settings
from toolkit_desktop.ui.common.context import AppContext
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.settings.settings_page import SettingsPage
from toolkit_desktop.ui.shell.idle_lock import IdleLock
from toolkit_desktop.ui.workspace.save_status import SaveStatus

NOT_WRITABLE = ("The settings could not be saved: the settings folder cannot be written to. "
                "Ask your IT team to check it.")


class SettingsKeeper(QObject):
    """Saves each change the settings page makes."""

    def __init__(
        self,
        context: AppContext,
        page: SettingsPage,
        idle: IdleLock,
        worker: VaultWorker,
        status: SaveStatus,
        session: Callable[[], Session | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._page, self._idle = context, page, idle
        self._worker, self._status, self._session = worker, status, session
        self.profile_unsaved = False  # the last profile save failed
        page.settings_changed.connect(self._settings_changed)
        page.profile_changed.connect(self.save_profile)

    def _settings_changed(self, settings: Settings) -> None:
        context = self._context
        context.settings = settings
        self._idle.idle = timedelta(minutes=settings.idle_minutes)
        try:
            save_settings(settings)
        except OSError:
            self._status.problem(NOT_WRITABLE)
            return
        if settings.vault() != context.vault_path and not context.training:
            self._status.note("Settings saved. The new vault location is used the next time the "
                              "app starts.")
        else:
            self._status.note("Settings saved.")

    def save_profile(self, profile: Profile) -> None:
        """Write the practitioner's details to the vault (on the worker)."""
        session = self._session()
        if session is None:
            return
        session.profile = profile

        def saved(_result: object) -> None:
            self.profile_unsaved = False
            self._status.note("Your details were saved.")

        def failed(sentence: str, exc: Exception) -> None:
            self.profile_unsaved = True
            self._page.profile_not_saved()  # sent again at the next edit, lock or close
            self._status.problem(sentence, exc)

        self._worker.submit(lambda: session.save_profile(profile), saved, failed)
