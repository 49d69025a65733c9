"""After Ctrl+L nothing of the case, nor the passphrase, is reachable in the app's process.

The canaries are built at run time (a fresh uuid each), so no copy sits among the interned
literals of a module: any string found holding one was made from the vault or the keyboard.
`scripts/memory_after_lock.py` reads the whole memory of a locked app; this is the part of that
promise a test can hold in-process: no widget shows the text and no Python object keeps it.
"""

from __future__ import annotations

import gc
import types
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.settings import Settings
from toolkit_desktop.storage.vault import Vault


def _canaries() -> dict[str, str]:
    return {label: f"Canary{label}{uuid.uuid4().hex}"
            for label in ("name", "place", "account", "chronology")}


def _vault_with_a_case(passphrase: str, texts: dict[str, str], clock, definitions) -> None:
    with Vault.create(Settings().vault(), passphrase, clock) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(datetime(2026, 11, 28, 1, 0, tzinfo=UTC), texts["place"],
                                  texts["name"])
        service.record_answer(case.id, "child", "given_names", texts["name"])
        service.add_chronology(case.id, "event", texts["chronology"])
        vault.cases.add_conversation(Conversation(
            case_id=case.id, occurred_at=clock.now(), place="interview room", present="",
            interpreter="", language="", how_the_child_was="", account=texts["account"],
            recorded_at=clock.now(), recorded_by="tester"))


def _shown_texts(widget) -> list[str]:
    """What a widget shows, or would tell a screen reader."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
             widget.windowTitle()]
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
    return texts


def _strings_held(needles: list[str], *own: object) -> list[str]:
    """Every str held by a Python container (but the test's own) that holds one of the needles."""
    found = []
    skip = {id(o) for o in own}
    for holder in gc.get_objects():
        if id(holder) in skip or isinstance(holder, types.FrameType):
            continue  # the test's own copies, in its containers and its running frames
        for item in gc.get_referents(holder):
            if isinstance(item, str) and len(item) >= 32 and any(n in item for n in needles):
                found.append(f"{type(holder).__name__}: {item[:80]!r}")
    return found


def _locked(window, qtbot, drive) -> None:
    gone: list[str] = []
    window.case_list.destroyed.connect(lambda: gone.append("case list"))
    for view in window.workspace.views.values():
        if view not in window.workspace.records.values():
            view.destroyed.connect(lambda: gone.append("step page"))
    expected = 1 + sum(v not in window.workspace.records.values()
                       for v in window.workspace.views.values())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    drive.settle(window)
    drive.wait_page(window, "unlockPage")
    # The widgets that showed the case are destroyed, not only emptied (the app then collects).
    qtbot.waitUntil(lambda: len(gone) == expected)


def test_after_lock_no_widget_and_no_python_object_holds_the_case_or_passphrase(
    start_app, drive, qtbot, fake_clock, shipped_definitions
):
    passphrase = f"blue kettle river {uuid.uuid4().hex}"
    texts = _canaries()
    _vault_with_a_case(passphrase, texts, fake_clock, shipped_definitions)
    window = start_app()
    drive.wait_page(window, "unlockPage")
    drive.unlock(window, passphrase)
    drive.wait_page(window, "caseListPage")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    window.case_list.table.setFocus()
    window.case_list.table.setCurrentIndex(window.case_list.model.index(0, 0))
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    drive.wait_page(window, "caseWorkspace")
    for step in window.workspace.steps:
        window.workspace.go_to_step(step.id)
    drive.settle(window)
    needles = [*texts.values(), passphrase]
    # The search can fail: while unlocked, the case is on screen and in Python's objects.
    shown = [t for w in QApplication.allWidgets() for t in _shown_texts(w)]
    assert any(texts["name"] in t for t in shown)
    assert _strings_held(needles, needles, texts)

    _locked(window, qtbot, drive)

    shown = [t for w in QApplication.allWidgets() for t in _shown_texts(w)]
    assert [t for t in shown if any(n in t for n in needles)] == []
    assert _strings_held(needles, needles, texts) == []
    undoable = [w.objectName() or type(w).__name__ for w in QApplication.allWidgets()
                if (isinstance(w, QLineEdit) and w.isUndoAvailable())
                or (isinstance(w, QTextEdit | QPlainTextEdit) and w.document().isUndoAvailable())]
    assert undoable == []  # Ctrl+Z in a box, the passphrase's too, brings nothing back
    del passphrase  # the test's own copy goes last

    # Unlocking again brings the case back: the lock cleared the screens, not the vault.
    # (Typed from the kept needles, the one place the test still holds it.)
    drive.unlock(window, needles[-1])
    drive.wait_page(window, "caseWorkspace")
    assert texts["name"] in window.findChild(QLabel, "headerName").text()
