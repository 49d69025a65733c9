"""The Referral step's answers in the online form's order: opened by its button or Ctrl+Shift+O,
every question in order with a Copy button the keyboard reaches, questions the online form needs
and the case has not answered said in words, and nothing left on screen or on the clipboard once
the vault locks."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from toolkit_desktop.domain.records import Revision
from toolkit_desktop.ui.pack.online_answers_dialog import MISSING, OnlineAnswersDialog

PASSPHRASE = "blue kettle river autumn"  # the root conftest's existing_vault passphrase
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ANSWERS = {
    ("nrm_referral", "uk_nation"): "wales",
    ("nrm_referral", "la_phone"): "01632 960 000",
    ("nrm_referral", "exploitation_where"): "uk",
    ("nrm_referral", "exploitation_places"): [{"town": "Cardiff"}, {"town": "Newport"}],
    ("child", "given_names"): "Amira",
    ("trafficking_assessment", "last_contact_with_exploiters"): "2026-11-25",
}


def seed_case(path, clock, definitions, *, old_answers: bool = False) -> int:
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASSPHRASE, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(clock.now() - timedelta(days=2), "Dover", "Amira")
        for (form, field), value in ANSWERS.items():
            service.record_answer(case.id, form, field, value)
        if old_answers:  # as an earlier version of the referral form recorded them
            with vault.transaction() as conn:
                vault.cases.append_revisions(conn, [
                    Revision(case_id=case.id, form="nrm_referral", field=field, value=value,
                             recorded_at=clock.now(), recorded_by="A. Worker")
                    for field, value in (("decision_recipient", "Jo Bloggs, team manager"),
                                         ("decision_recipient_email", "jo@example.gov.uk"))
                ])
        return case.id


def open_referral(window, drive, qtbot, case_id: int):
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    window.open_case(case_id, "referral")
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    assert window.workspace.current_step() == "referral"
    return window.workspace.views["nrm_referral"]


def wait_dialog(window, qtbot) -> OnlineAnswersDialog:
    qtbot.waitUntil(lambda: window.findChild(OnlineAnswersDialog) is not None)
    dialog = window.findChild(OnlineAnswersDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_answers_come_in_the_online_forms_order_and_copy_by_keyboard(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    window = start_app()
    page = open_referral(window, drive, qtbot, case_id)
    button = drive.find(page, QPushButton, "showOnlineAnswers")
    assert button.text().replace("&", "") == "Answers in the online form's order…"
    assert button.focusPolicy() == Qt.FocusPolicy.ClickFocus  # as the pack's, out of Tab's way
    window.workspace.focus_step()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL_SHIFT)
    dialog = wait_dialog(window, qtbot)

    numbers = [a.number for a in dialog.answers]
    assert numbers == sorted(numbers) and numbers[0] == 1
    assert 42 in numbers and 44 not in numbers  # in the UK only: no page for other countries
    by = {a.number: a for a in dialog.answers}
    assert by[4].answer == "Wales"
    assert by[42].answer == "Cardiff\nNewport"
    assert by[27].answer == "Within the last week"  # worked out from 25/11/2026

    # The keyboard starts on the first button and Tab walks the buttons in the form's order.
    buttons = dialog.buttons_in_order()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is buttons[0])
    for expected in buttons[1:6]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    copy_wales = dialog.copy_buttons[4]
    assert copy_wales.accessibleName() == (
        "Copy answer 4: Which part of the UK you are referring from")
    copy_wales.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(copy_wales, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "Wales"
    assert drive.find(dialog, QLabel, "onlineAnswersStatus").text() == (
        "Copied answer 4 to the clipboard.")

    # A question the online form needs and the case lacks says so in words, with a way there.
    assert by[8].missing and 8 not in dialog.copy_buttons
    row = dialog.findChild(QLabel, "onlineMissing")
    assert row is not None and row.text() == MISSING
    assert "no answer yet" in drive.find(dialog, QLabel, "onlineAnswersSummary").text()
    go = dialog.go_buttons[8]
    assert go.accessibleName() == (
        "Question 8, The local authority's email address: Needed: no answer yet. "
        "Go to where it is asked")
    go.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(go, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(OnlineAnswersDialog) is None
                    or not window.findChild(OnlineAnswersDialog).isVisible())
    target = page.widget_for("la_email")
    qtbot.waitUntil(lambda: target.isAncestorOf(QApplication.focusWidget()))


def test_locking_closes_the_list_and_clears_what_it_copied(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions, old_answers=True)
    window = start_app()
    page = open_referral(window, drive, qtbot, case_id)
    # An old case still holding who receives the decision opens; the list does not ask it.
    # Alt+O, the button's underlined letter, opens the list from the question being typed in.
    window.workspace.focus_step()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)
    dialog = wait_dialog(window, qtbot)
    assert "Jo Bloggs" not in " ".join(a.answer for a in dialog.answers)
    copy = dialog.copy_buttons[64]
    copy.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(copy, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "Amira"

    window.lock("manual")
    qtbot.waitUntil(lambda: window.findChild(OnlineAnswersDialog) is None
                    or not window.findChild(OnlineAnswersDialog).isVisible())
    assert page.online_dialog is None
    assert QGuiApplication.clipboard().text() == ""


def test_the_answers_to_copy_into_the_home_offices_form_are_in_english(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    # The app may speak another language; the online form it is copied into is English.
    from toolkit_desktop.forms import default_resources_dir, load_definitions
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    case_id = seed_case(existing_vault, fake_clock, shipped_definitions)
    with Vault.open(existing_vault, PASSPHRASE, fake_clock, backup=False) as vault:
        # A list: each row is written with its columns' labels.
        CaseService(vault, shipped_definitions).record_answer(
            case_id, "nrm_referral", "supporting_documents",
            [{"description": "Police report", "date": "2026-11-20"}])
    window = start_app()
    page = open_referral(window, drive, qtbot, case_id)
    page.set_definitions(load_definitions(default_resources_dir(), "pseudo"))
    page.open_online_answers()
    dialog = wait_dialog(window, qtbot)
    by = {a.number: a for a in dialog.answers}
    assert by[4].answer == "Wales"
    assert by[85].answer.startswith("What the document is: Police report")
    assert not [a.answer for a in dialog.answers if "⟦" in a.answer]
