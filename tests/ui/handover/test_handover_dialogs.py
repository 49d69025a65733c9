"""Handing a case over and receiving one in the app, by keyboard: the words shown once, the mark
while the case waits and its pages held still, and the copy gone on the right code.

The receiving laptop is a second real vault, opened through the services in the test; file
choosers are the scripted dialogs (saving) or the path typed in (receiving).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from toolkit_desktop.ui.handover.hand_over_dialog import HandOverDialog
from toolkit_desktop.ui.handover.receive_dialog import ReceiveDialog

PASS = "blue kettle river autumn"  # the conftest's existing_vault
DAY_PASS = "another laptop another passphrase"


def keys(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key)


def open_hand_over(window, drive, qtbot) -> HandOverDialog:
    # Offscreen there is no window manager to hand the focus back when a dialog closes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is not None, timeout=10_000)
    dialog = window.findChild(HandOverDialog)
    qtbot.waitExposed(dialog)
    return dialog


def words_written(window, drive, qtbot, dialogs, tmp_path) -> HandOverDialog:
    """Ctrl+Shift+H, "Day team", Enter: the file written and its words on screen."""
    dialogs.chosen_file = tmp_path / "minh.tkhandover"
    dialog = open_hand_over(window, drive, qtbot)
    receiver = drive.find(dialog, QLineEdit, "handOverReceiver")
    qtbot.keyClicks(receiver, "Day team")
    keys(qtbot, receiver, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: drive.find(dialog, QLabel, "handOverWords").text() != "",
                    timeout=10_000)
    return dialog


def receive_elsewhere(path, words: str, clock, shipped, tmp_path):
    """The day team's laptop receives the file: its confirmation code."""
    from toolkit_desktop.services.handover import receive_file
    from toolkit_desktop.storage.vault import Vault

    with Vault.create(tmp_path / "day" / "cases.tkvault", DAY_PASS, clock) as theirs:
        return receive_file(theirs, shipped, path, words).code


def test_hand_over_shows_the_words_marks_the_case_and_deletes_it_on_the_right_code(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path, fake_clock, shipped_definitions
):
    window = start_app()
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    target = tmp_path / "minh.tkhandover"
    dialogs.chosen_file = target

    dialog = open_hand_over(window, drive, qtbot)
    receiver = drive.find(dialog, QLineEdit, "handOverReceiver")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is receiver)
    keys(qtbot, drive.find(dialog, QPushButton, "handOverWrite"), Qt.Key.Key_Space)
    assert "Say who receives" in drive.find(dialog, QLabel, "handOverProblem").text()
    assert not target.exists()
    qtbot.keyClicks(receiver, "J. Smith, day team")
    keys(qtbot, receiver, Qt.Key.Key_Return)
    words_label = drive.find(dialog, QLabel, "handOverWords")
    qtbot.waitUntil(lambda: words_label.text() != "", timeout=10_000)
    words = words_label.text()
    assert len(words.split()) == 6 and target.is_file()
    # The dialog grew to what it now shows: the words and the code box are whole, not cut off
    # (once Qt has laid out what was just shown: under load that can be a few events later).
    qtbot.waitUntil(lambda: dialog.height() >= dialog.sizeHint().height())
    # The words wrap (they are random, so some runs need two lines): tall enough for its width.
    assert words_label.height() >= words_label.heightForWidth(words_label.width())
    assert "J. Smith, day team by phone" in drive.find(dialog, QLabel, "handOverWordsSaid").text()
    banner = drive.find(window, QLabel, "handoverBanner")
    qtbot.waitUntil(banner.isVisible)
    assert banner.text().startswith("HANDED OVER, AWAITING CONFIRMATION: ")

    code = receive_elsewhere(target, words, fake_clock, shipped_definitions, tmp_path)
    code_box = drive.find(dialog, QLineEdit, "handOverCode")
    assert QApplication.focusWidget() is code_box
    qtbot.keyClicks(code_box, "ZZZZ-ZZZZ")
    keys(qtbot, drive.find(dialog, QPushButton, "handOverConfirm"), Qt.Key.Key_Space)
    problem = drive.find(dialog, QLabel, "handOverProblem")
    qtbot.waitUntil(lambda: "nothing was deleted" in problem.text(), timeout=10_000)
    assert dialog.isVisible() and window.workspace.snapshot is not None

    code_box.clear()
    qtbot.keyClicks(code_box, code)
    keys(qtbot, drive.find(dialog, QPushButton, "handOverConfirm"), Qt.Key.Key_Space)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    assert any(kind == "inform" and "was deleted" in text for kind, text in dialogs.asked)
    assert window.case_list.model.rowCount() == 0
    assert not banner.isVisible() and window.findChild(HandOverDialog) is None


def test_a_case_awaiting_confirmation_takes_no_typing_until_the_handover_is_withdrawn(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    window.workspace.go_to_step("child")
    view = window.workspace.views["child"]
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is view)
    given = view.widget_for("given_names").edit
    qtbot.keyClicks(given, "Van")  # typed before the handover: saved, and in the file
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0,
                    timeout=10_000)
    dialog = words_written(window, drive, qtbot, dialogs, tmp_path)
    keys(qtbot, drive.find(dialog, QPushButton, "handOverClose"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is None)

    qtbot.waitUntil(lambda: window.workspace.read_only)
    qtbot.keyClicks(given, " Minh")  # the page is held still: nothing goes in to be lost
    assert given.text() == "Van"
    assert window.autosaver.unsaved == 0
    assert drive.find(window, QLabel, "handoverBanner").isVisible()
    # Nor through the right-click menu: no Paste, no "came from" on a held page.
    popups: list[object] = []

    def close_any_popup() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popups.append(popup)
            popup.close()

    QTimer.singleShot(0, close_any_popup)
    where = QPoint(5, 5)
    QApplication.sendEvent(given, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                    given.mapToGlobal(where)))
    assert popups == [] and given.text() == "Van"
    # The practitioner can still move between the steps and read them.
    window.workspace.go_to_step("matrix")
    qtbot.waitUntil(lambda: window.workspace.current_step() == "matrix")
    window.workspace.go_to_step("child")

    # Ctrl+Shift+H again: the code box and "Withdraw", not a second handover.
    again = open_hand_over(window, drive, qtbot)
    assert not drive.find(again, QLineEdit, "handOverReceiver").isVisible()
    assert "waiting for their confirmation code" in drive.find(
        again, QLabel, "handOverWaiting").text()
    dialogs.reasons = ["The file did not arrive"]
    keys(qtbot, drive.find(again, QPushButton, "handOverWithdraw"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is None, timeout=10_000)
    assert any("was withdrawn" in t for _, t in dialogs.asked)
    qtbot.waitUntil(lambda: not drive.find(window, QLabel, "handoverBanner").isVisible())
    assert not window.workspace.read_only
    qtbot.keyClicks(given, " Minh")  # writable again, and saved
    qtbot.waitUntil(lambda: window.autosaver.unsaved == 0 and window.worker.pending == 0,
                    timeout=10_000)
    assert window.workspace.answers["child"]["given_names"] == "Van Minh"


def test_the_next_case_opened_is_not_held_by_the_last_ones_handover(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    dialog = words_written(window, drive, qtbot, dialogs, tmp_path)
    keys(qtbot, drive.find(dialog, QPushButton, "handOverClose"), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.workspace.read_only)
    window.activateWindow()  # offscreen, no window manager hands the focus back
    qtbot.waitUntil(window.isActiveWindow)

    minh = window.workspace.case_id_on_screen()
    # Held or not the moment the next case is shown, before the vault is asked about it.
    shown: list[tuple[int, bool]] = []
    window.workspace.case_changed.connect(
        lambda snapshot: snapshot is not None
        and shown.append((snapshot.case.id, window.workspace.read_only)))
    drive.new_case(window, "Amira")
    qtbot.waitUntil(lambda: any(case != minh for case, _ in shown), timeout=10_000)
    assert [held for case, held in shown if case != minh] == [False]
    assert not drive.find(window, QLabel, "handoverBanner").isVisible()
    drive.settle(window)
    assert not window.workspace.read_only


def test_locking_takes_the_words_off_the_screen(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Minh")
    drive.settle(window)
    words_written(window, drive, qtbot, dialogs, tmp_path)
    window.lock("idle")
    qtbot.waitUntil(lambda: window.findChild(HandOverDialog) is None, timeout=10_000)
    drive.wait_page(window, "unlockPage")


def test_receive_a_case_by_keyboard_and_open_it(
    start_app, drive, qtbot, existing_vault, tmp_path, fake_clock, shipped_definitions
):
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.services.handover import hand_over
    from toolkit_desktop.storage.vault import Vault

    target = tmp_path / "from-night.tkhandover"
    with Vault.create(tmp_path / "night" / "cases.tkvault", DAY_PASS, fake_clock) as night:
        case = CaseService(night, shipped_definitions).start_case(fake_clock.now(), "Dover",
                                                                  "Amira")
        words = hand_over(night, case.id, target, "You").words

    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(ReceiveDialog) is not None)
    dialog = window.findChild(ReceiveDialog)
    qtbot.waitExposed(dialog)
    file_box = drive.find(dialog, QLineEdit, "receiveFile")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is file_box)
    qtbot.keyClicks(file_box, str(target))
    words_box = drive.find(dialog, QLineEdit, "receiveWords")
    wrong = words.split()
    wrong[1] = "kettel"
    qtbot.keyClicks(words_box, " ".join(wrong))
    keys(qtbot, words_box, Qt.Key.Key_Return)
    problem = drive.find(dialog, QLabel, "receiveProblem")
    qtbot.waitUntil(lambda: "“kettel” is not one of the handover words" in problem.text(),
                    timeout=10_000)
    assert window.case_list.model.rowCount() == 0

    words_box.clear()
    qtbot.keyClicks(words_box, words)
    keys(qtbot, words_box, Qt.Key.Key_Return)
    code = drive.find(dialog, QLabel, "receiveCode")
    qtbot.waitUntil(lambda: code.text() != "", timeout=10_000)
    assert len(code.text()) == 9 and code.text()[4] == "-"
    assert words_box.text() == ""  # the words leave the screen once used
    drive.settle(window)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=10_000)
    assert QApplication.focusWidget() is drive.find(dialog, QPushButton, "receiveOpen")
    keys(qtbot, QApplication.focusWidget(), Qt.Key.Key_Space)
    drive.wait_page(window, "caseWorkspace")
    assert window.workspace.snapshot.case.reference == case.reference
