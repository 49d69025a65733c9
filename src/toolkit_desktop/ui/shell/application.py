"""Starting the desktop app: the Qt application, settings, definitions, then the main window.

Broken definitions stop the app before any vault is touched: the practitioner sees every problem
(file, place and what is wrong) in one report to pass to whoever maintains them, and the app exits
with status 1.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from toolkit_desktop.domain.clock import Clock, SystemClock
from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.forms import DefinitionsError, default_resources_dir, format_problems
from toolkit_desktop.forms import load_definitions as _load_definitions
from toolkit_desktop.policy import load_policy, training_refusal
from toolkit_desktop.settings import load_settings
from toolkit_desktop.ui.common.context import APP_TITLE, AppContext
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import install_language
from toolkit_desktop.ui.common.worker import log_failure
from toolkit_desktop.ui.shell.main_window import MainWindow
from toolkit_desktop.ui.shell.qt_dialogs import QtDialogs
from toolkit_desktop.ui.shell.script_fonts import register_script_fonts

EXIT_BROKEN_DEFINITIONS = 1  # also when the policy cannot apply: nothing was opened either way
BROKEN_DEFINITIONS = (
    "The toolkit's questions and rules (its definitions) have problems, so the app cannot "
    "start safely. Nothing in your vault was opened or changed. Send this report to whoever "
    "looks after the toolkit's definitions in your organisation (or your IT team); they can "
    "check the files with: toolkit-desktop forms check"
)
CANNOT_START = "The toolkit cannot start"


def qt_application() -> QApplication:
    """The one QApplication of the process, with the shipped fonts for every script."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    app.setApplicationName("toolkit-desktop")
    app.setApplicationDisplayName(APP_TITLE)
    register_script_fonts()
    return app  # type: ignore[return-value]


def load_definitions() -> Definitions:
    """The shipped definitions (a seam, so a test can hand in broken ones)."""
    return _load_definitions(default_resources_dir())


def build_window(
    training: bool = False, *, dialogs: Dialogs | None = None, clock: Clock | None = None
) -> MainWindow | None:
    """The main window, ready to show; None (after reporting why) when definitions are broken,
    the organisation's policy file cannot be applied, or it does not offer training mode."""
    qt_application()
    dialogs = dialogs or QtDialogs()
    # A policy IT wrote but mistyped is never half-applied: the app refuses before any vault is
    # touched, and says which file and key to correct (policy.py).
    policy = load_policy()
    refusal = policy.problem or (training_refusal(policy) if training else None)
    if refusal:
        dialogs.inform(None, CANNOT_START, refusal)
        return None
    try:
        definitions = load_definitions()
    except DefinitionsError as exc:
        dialogs.report(
            None, CANNOT_START, BROKEN_DEFINITIONS, format_problems(exc.problems)
        )
        return None
    settings = load_settings(policy=policy)
    install_language(settings.language)  # before any window is built: Qt translates as it goes
    context = AppContext(
        settings=settings,
        definitions=definitions,
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
    window.start()
    return app.exec()
