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


def test_typing_where_a_worked_out_answer_shows_gives_ones_own_answer_never_a_mix(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("immediate_safeguarding", "police_reference")
    _type(qtbot, "CAD 0412")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    workspace.refresh()  # as the pause after typing does
    workspace.go_to_field("nrm_referral", "police_reference")
    box = QApplication.focusWidget()
    qtbot.waitUntil(lambda: box.placeholderText() == "CAD 0412")
    assert box.text() == ""
    _type(qtbot, "AB")
    qtbot.waitUntil(lambda: workspace.answers["nrm_referral"].get("police_reference") == "AB")
    # Cleared to type again, and a pause: the worked-out answer comes back as a hint only.
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "police_reference" not in workspace.answers["nrm_referral"])
    workspace.refresh()
    assert box.text() == "" and box.placeholderText() == "CAD 0412"
    _type(qtbot, "NT/9")
    qtbot.waitUntil(lambda: workspace.answers["nrm_referral"].get("police_reference") == "NT/9")
    assert box.text() == "NT/9"


def test_a_list_worked_out_from_records_is_changed_where_they_are_kept(
    start_app, drive, qtbot, existing_vault
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    workspace = window.workspace
    workspace.go_to_field("people", "people")
    _type(qtbot, "Anh Tuan")  # typing on "Add a row" starts the row
    qtbot.waitUntil(lambda: bool(workspace.answers.get("people", {}).get("people")))
    workspace.refresh()
    workspace.go_to_field("trafficking_assessment", "adults")
    adults = workspace.views["trafficking_assessment"].widget_for("adults")
    qtbot.waitUntil(lambda: bool(adults.value()))
    assert adults.value()[0]["name"] == "Anh Tuan"
    # Nothing in the list takes the keyboard: the words typed next cannot go into it.
    assert not adults.isAncestorOf(QApplication.focusWidget())
    row = _row(window, "trafficking_assessment", "adults")
    assert "People around the child" in row.worked_out_note.text()
