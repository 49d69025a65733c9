"""The one event filter on the whole application, handing each event to those that want its kind.

A filter installed on the QApplication sees every event of every widget: the first showing of a
step's page sends tens of thousands (polish, layout, show, move, resize), and each one handed to
Python costs a wrapper and a call. Measured on the referral step: one Python filter adds about
70 ms, and each further filter a few more (four: 80 ms). The window had four (Enter on buttons,
Alt letters, the idle lock's activity, the answers' right-click menu); here there is one, and an
`isinstance` test per route decides in well under a microsecond whether anything is to be done.
Fewer events handed to Python at all would need the filters in C++, which PySide cannot give.

What can be done is not to look while the app builds, fills or lays out pages itself
(`building_pages`): those events are never input, and no route wants them. Taking the filter off
for those moments made opening the full case ~40 ms quicker in the app.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]  # True: the event is taken, nobody else sees it


class AppEvents(QObject):
    """Install on the QApplication; `route` each kind of event to what handles it, in order."""

    installed: ClassVar[list[AppEvents]] = []  # on the app now (one per open window)
    _paused: ClassVar[int] = 0  # `building_pages` blocks running, nested

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes: list[tuple[type[QEvent], Handler]] = []

    def install(self, app: QCoreApplication) -> None:
        """Put the filter on the application."""
        app.installEventFilter(self)
        AppEvents.installed.append(self)

    def uninstall(self, app: QCoreApplication) -> None:
        """Take it off again (the window is closing)."""
        app.removeEventFilter(self)
        if self in AppEvents.installed:
            AppEvents.installed.remove(self)

    def route(self, kind: type[QEvent], handler: Handler) -> None:
        """Hand every event of class `kind` (or a subclass) to `handler`, after earlier routes."""
        self._routes.append((kind, handler))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        for kind, handler in self._routes:
            if isinstance(event, kind) and handler(watched, event):
                return True
        return False


@contextlib.contextmanager
def building_pages() -> Iterator[None]:
    """Build, fill, show or lay out many widgets without handing their events to Python: the
    filters come off for the block and go back on after it. Only for code that runs no event
    loop and opens no dialog (no input can arrive in the block, so no route misses any)."""
    app = QCoreApplication.instance()
    outermost = AppEvents._paused == 0
    # A window deleted without closing (a test's) leaves its filter listed: Qt dropped it.
    AppEvents.installed[:] = [e for e in AppEvents.installed if shiboken6.isValid(e)]
    taken = list(AppEvents.installed) if outermost and app is not None else []
    AppEvents._paused += 1
    for events in taken:
        app.removeEventFilter(events)
    try:
        yield
    finally:
        AppEvents._paused -= 1
        for events in taken:  # in the order first installed: Qt runs the last one first
            if events in AppEvents.installed:  # not closed meanwhile
                app.installEventFilter(events)
