"""Keyboard first: every step reachable by keys, a sensible tab order, accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from toolkit_desktop.ui.cases.new_case import NewCaseDialog

INPUTS = (QLineEdit, QAbstractSpinBox, QAbstractItemView, QTextBrowser)


def _unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name (FormView's questions are checked by its tests)."""
    found = []
    for kind in INPUTS:
        for widget in root.findChildren(kind):
            inside_form = any(p.objectName().startswith("form:") for p in _parents(widget))
            # Parts of another control: a spin box's line, a table's headers.
            internal = isinstance(widget, QHeaderView) or isinstance(
                widget.parent(), QAbstractSpinBox)
            if not inside_form and not internal and not widget.accessibleName():
                found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def _parents(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_every_page_names_its_inputs_for_screen_readers(start_app, drive, qtbot,
                                                        existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    for step in range(window.workspace.step_list.count()):
        window.workspace.step_list.setCurrentRow(step)  # builds every form view
    assert _unnamed_inputs(window) == []
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewCaseDialog) is not None)
    assert _unnamed_inputs(window.findChild(NewCaseDialog)) == []


def test_alt_and_a_number_opens_each_step_and_tab_reaches_its_content(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    steps = window.workspace.step_list
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_step() == "conversations"
    page = window.findChild(QWidget, "conversationsPage")
    assert page.isVisible()
    assert "never edited" in page.findChild(QLabel, "conversationsHelp").text()
    drive.settle(window)
    start = window.findChild(QPushButton, "conversationStart")
    for _ in range(6):  # the "what next" prompts come first, as they are seen above the page
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    assert QApplication.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_step() == "chronology"
    qtbot.keyClick(steps, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_step() == "referral"
    assert window.workspace.pages.currentWidget().objectName() == "form:nrm_referral"


def test_the_case_list_tab_order_is_search_new_case_then_the_list(start_app, drive, qtbot,
                                                                  existing_vault):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    page = window.case_list
    qtbot.waitUntil(page.query.hasFocus)
    qtbot.keyClick(page.query, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.new_button
    qtbot.keyClick(page.new_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
