"""The "Documents and photo" step of a case: opened with Alt+0, a photo attached by keyboard on the
worker, listed with its progress in the steps, forgotten on lock and back after unlocking."""

from __future__ import annotations

import uuid

from PIL import Image
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
)

from toolkit_desktop.domain.steps import DOCUMENTS


def _png(path):
    Image.new("RGB", (40, 30), (200, 120, 40)).save(path, "PNG")
    return path


def _shown_texts() -> list[str]:
    """What every widget of the app shows, or would tell a screen reader."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and isinstance(widget.model(),
                                                                QAbstractListModel):
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(model.index(row, 0), role)
                    if isinstance(value, str):
                        texts.append(value)
    return texts


def _documents_progress(window) -> str:
    steps = window.workspace.step_list
    row = next(r for r in range(steps.count())
               if steps.item(r).data(Qt.ItemDataRole.UserRole) == DOCUMENTS)
    return steps.item(row).text()


def test_attach_a_photo_by_keyboard_then_lock_and_unlock(
    start_app, drive, qtbot, existing_vault, tmp_path
):
    description = f"Photo at the duty office {uuid.uuid4().hex}"
    photo = _png(tmp_path / "IMG_2041.png")
    window = start_app()
    drive.in_new_case(window, "girl, about 15, Dover")
    drive.settle(window)
    workspace = window.workspace
    page = workspace.records[DOCUMENTS]
    chosen = [photo]
    page.chooser = lambda parent: chosen.pop(0) if chosen else None  # the file chooser's seam
    qtbot.waitUntil(lambda: _documents_progress(window).endswith("none yet"))

    # Alt+1 to Alt+9 keep their steps; Alt+0 opens the tenth, this one.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_step() == DOCUMENTS
    assert workspace.pages.currentWidget() is page and page.add_button.hasFocus()

    qtbot.keyClick(page.add_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert page.details.isVisible() and page.description.hasFocus()
    qtbot.keyClicks(page.description, description)
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.date, "27/11/2026")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    drive.settle(window)  # the file is encrypted into the vault on the worker
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert not page.details.isVisible()
    assert "Attached as number 1: PNG image" in page.status.text()
    assert description in page.list.item(0).text()
    assert "27 November 2026" in page.list.item(0).text()
    qtbot.waitUntil(lambda: _documents_progress(window).endswith("1 document"))

    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # view: the picture's window has its title
    drive.settle(window)
    qtbot.waitUntil(lambda: page.viewer is not None and page.viewer.isVisible())
    assert any(description in t for t in _shown_texts())
    qtbot.keyClick(page.viewer, Qt.Key.Key_Escape)  # closed, yet its title stays until the lock
    assert not page.viewer.isVisible()
    window.activateWindow()  # offscreen, no window manager hands the keyboard back
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.settle(window)
    drive.wait_page(window, "unlockPage")
    assert [t for t in _shown_texts() if description in t] == []
    assert page.list.count() == 0 and page.viewer is None
    assert not page.description.isUndoAvailable()  # Ctrl+Z there brings nothing back
    assert "\n" not in _documents_progress(window)

    drive.unlock(window)
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert workspace.current_step() == DOCUMENTS  # back where the lock found it
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert description in page.list.item(0).text()
    qtbot.waitUntil(lambda: _documents_progress(window).endswith("1 document"))


def test_a_refused_file_is_said_on_the_step_and_attaches_nothing(
    start_app, drive, qtbot, existing_vault, tmp_path
):
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"just some text, renamed")
    window = start_app()
    drive.in_new_case(window, "boy, about 16, Dover")
    drive.settle(window)
    page = window.workspace.records[DOCUMENTS]
    page.chooser = lambda parent: fake
    window.workspace.go_to_step(DOCUMENTS)
    window.workspace.focus_step()
    qtbot.keyClick(page.add_button, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(page.description, "Photo")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    drive.settle(window)
    qtbot.waitUntil(lambda: "is not a JPEG or PNG photo or a PDF document" in page.status.text())
    assert page.details.isVisible() and page.details.isEnabled() and page.list.count() == 0
    qtbot.waitUntil(lambda: _documents_progress(window).endswith("none yet"))
