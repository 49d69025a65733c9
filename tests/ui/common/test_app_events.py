"""The app's event filter is off only while pages are built, and back, in its order, after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from toolkit_desktop.ui.common.app_events import AppEvents, building_pages


def test_the_filters_see_no_event_while_pages_are_built_and_every_one_after(qtbot, qapp):
    box = QLineEdit()
    qtbot.addWidget(box)
    seen: list[str] = []
    first, second = AppEvents(), AppEvents()
    def watch(name: str):
        def handler(_watched, event) -> bool:
            if event.type() == QEvent.Type.KeyPress:  # not the ShortcutOverride before it
                seen.append(name)
            return False
        return handler

    first.route(QKeyEvent, watch("first"))
    second.route(QKeyEvent, watch("second"))
    first.install(qapp)
    second.install(qapp)
    try:
        def key() -> None:
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                              "a")
            QCoreApplication.sendEvent(box, event)

        with building_pages():
            with building_pages():  # nested: the inner block does not put them back early
                key()
            key()
        assert seen == []
        key()
        assert seen == ["second", "first"]  # as installed: Qt runs the last one first
    finally:
        first.uninstall(qapp)
        second.uninstall(qapp)
    assert AppEvents.installed == []


def test_a_window_deleted_without_closing_leaves_no_filter_to_trip_over(qtbot, qapp):
    import shiboken6

    gone = AppEvents()
    gone.install(qapp)
    shiboken6.delete(gone)  # as when a window is deleted without its closeEvent
    with building_pages():  # raised "Internal C++ object already deleted" when it was listed
        pass
    assert AppEvents.installed == []
