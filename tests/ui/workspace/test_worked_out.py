"""A fact typed once shows in every question that asks it, says where it came from, follows its
source, and gives way to the practitioner's own answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget


def _type(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)
        QCoreApplication.sendPostedEvents()


def _row(window, form_id: str, field_id: str):
    return window.workspace.views[form_id].findChild(QWidget, f"row:{form_id}.{field_id}")


def test_under_18_follows_the_date_of_birth_and_yields_to_an_answer_of_ones_own(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("child", "date_of_birth")
    _type(qtbot, "14/03/2006")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    workspace.go_to_field("nrm_referral", "under_18")
    under_18 = workspace.views["nrm_referral"].widget_for("under_18")
    row = _row(window, "nrm_referral", "under_18")
    qtbot.waitUntil(lambda: under_18.value() == "no")
    assert row.worked_out_note.isVisibleTo(row)
    note = row.worked_out_note.text()
    assert "date of birth" in note and "20 today" in note

    # The date of birth is corrected: the referral's answer follows it.
    workspace.go_to_field("child", "date_of_birth")
    field = QApplication.focusWidget()
    field.selectAll()
    _type(qtbot, "14/03/2012")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    workspace.go_to_field("nrm_referral", "under_18")
    qtbot.waitUntil(lambda: under_18.value() == "yes")
    assert "14 today" in row.worked_out_note.text()

    # The practitioner answers differently: their answer stands, and the note says what the case
    # would work out, with the way back to it.
    not_sure = next(b for b in under_18.findChildren(QRadioButton) if b.text() == "Not sure")
    not_sure.click()
    qtbot.waitUntil(lambda: "Your own answer" in row.worked_out_note.text())
    assert under_18.value() == "not_sure"
    assert workspace.answers["nrm_referral"]["under_18"] == "not_sure"
    assert "would be: Yes" in row.worked_out_note.text()
    row.worked_out_note.linkActivated.emit("#use")
    qtbot.waitUntil(lambda: under_18.value() == "yes")
    assert "under_18" not in workspace.answers.get("nrm_referral", {})
    assert "Your own answer" not in row.worked_out_note.text()


def test_a_worked_out_answer_is_not_still_needed_and_leads_to_its_source(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("child", "date_of_birth")
    _type(qtbot, "14/03/2012")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: ("nrm_referral", "under_18") not in workspace.side.missing_fields()
    )
    workspace.go_to_field("nrm_referral", "under_18")
    row = _row(window, "nrm_referral", "under_18")
    row.worked_out_note.linkActivated.emit("#source")
    assert workspace.views["child"].isAncestorOf(QApplication.focusWidget())
