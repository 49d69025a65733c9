"""Starting the desktop app: the Qt application, the policy and settings, then the main window.

The definitions are read just after the first window is painted (the unlock page does not need
them), before any vault is touched. When they are broken the practitioner sees every problem
(file, place and what is wrong) in one report to pass to whoever maintains them, and the app exits
with status 1 (`MainWindow.definitions`).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from toolkit_desktop.domain.clock import Clock, SystemClock
from toolkit_desktop.policy import load_policy, training_refusal
from toolkit_desktop.settings import load_settings
from toolkit_desktop.ui.common.context import APP_TITLE, AppContext
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import install_language
from toolkit_desktop.ui.common.worker import log_failure
from toolkit_desktop.ui.shell.main_window import (
    CANNOT_START,
    EXIT_BROKEN_DEFINITIONS,
    MainWindow,
)
from toolkit_desktop.ui.shell.qt_dialogs import QtDialogs
from toolkit_desktop.ui.shell.script_fonts import register_script_fonts

if TYPE_CHECKING:
    from toolkit_desktop.domain.definitions import Definitions


def qt_application() -> QApplication:
    """The one QApplication of the process, with the shipped fonts for every script."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    app.setApplicationName("toolkit-desktop")
    app.setApplicationDisplayName(APP_TITLE)
    register_script_fonts()
    return app  # type: ignore[return-value]


def load_definitions(language: str = "en") -> Definitions:
    """The shipped definitions, their words in `language` where translated (a seam, so a test
    can hand in broken ones). Imported here, not at the top: reading them waits until the first
    window is on screen."""
    from toolkit_desktop.forms import default_resources_dir
    from toolkit_desktop.forms import load_definitions as read

    return read(default_resources_dir(), language)


def build_window(
    training: bool = False, *, dialogs: Dialogs | None = None, clock: Clock | None = None
) -> MainWindow | None:
    """The main window, ready to show; None (after saying why) when the organisation's policy
    file cannot be applied, or it does not offer training mode."""
    qt_application()
    dialogs = dialogs or QtDialogs()
    # A policy IT wrote but mistyped is never half-applied: the app refuses before any vault is
    # touched, and says which file and key to correct (policy.py).
    policy = load_policy()
    refusal = policy.problem or (training_refusal(policy) if training else None)
    if refusal:
        dialogs.inform(None, CANNOT_START, refusal)
        return None
    settings = load_settings(policy=policy)
    install_language(settings.language)  # before any window is built: Qt translates as it goes
    context = AppContext(
        settings=settings,
        read_definitions=lambda: load_definitions(settings.language),  # the test seam
        clock=clock or SystemClock(),
        dialogs=dialogs,
        policy=policy,
        training=training,
        state_changes=QGuiApplication.instance().applicationStateChanged,  # type: ignore[union-attr]
    )
    return MainWindow(context)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_error_hook(window: MainWindow) -> ExceptHook:
    """Make any error no code expected (in a slot, a timer, a callback) one calm sentence.

    Qt hands an exception raised in a slot to `sys.excepthook`, whose default prints the traceback,
    with whatever case data its text holds, to stderr. This hook logs only the exception's type
    and asks the window to say `worker.UNEXPECTED` in its status bar.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log_failure("unexpected error", exc)
        with contextlib.suppress(Exception):  # a broken window: the log line is all that is left
            window.unexpected()

    sys.excepthook = hook
    return hook


def run(training: bool = False) -> int:
    """Run the app until its window closes; returns the exit status."""
    app = qt_application()
    window = build_window(training)
    if window is None:
        return EXIT_BROKEN_DEFINITIONS
    screen = app.primaryScreen().availableGeometry()
    if screen.width() <= 1400 or screen.height() <= 800:
        window.setGeometry(screen)  # a small laptop screen: use all of it, with or without a
        window.showMaximized()  # window manager to maximise it
    else:
        window.resize(1280, 800)
        window.show()
    install_error_hook(window)
    # Queued, so it also ends a loop not started yet (training mode opens its vault at start).
    window.cannot_start.connect(app.exit, Qt.ConnectionType.QueuedConnection)
    window.start()
    return app.exec()
