"""The one event filter on the whole application, handing each event to those that want its kind.

A filter installed on the QApplication sees every event of every widget: the first showing of a
step's page sends tens of thousands (polish, layout, show, move, resize), and each one handed to
Python costs a wrapper and a call. Measured on the referral step: one Python filter adds about
70 ms, and each further filter a few more (four: 80 ms). The window had four (Enter on buttons,
Alt letters, the idle lock's activity, the answers' right-click menu); here there is one, and an
`isinstance` test per route decides in well under a microsecond whether anything is to be done.
Fewer events handed to Python at all would need the filters in C++, which PySide cannot give.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]  # True: the event is taken, nobody else sees it


class AppEvents(QObject):
    """Install on the QApplication; `route` each kind of event to what handles it, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes: list[tuple[type[QEvent], Handler]] = []

    def route(self, kind: type[QEvent], handler: Handler) -> None:
        """Hand every event of class `kind` (or a subclass) to `handler`, after earlier routes."""
        self._routes.append((kind, handler))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        for kind, handler in self._routes:
            if isinstance(event, kind) and handler(watched, event):
                return True
        return False
