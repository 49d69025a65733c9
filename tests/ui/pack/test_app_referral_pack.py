"""The Referral step: the NRM decisions in words, and the referral pack made from the app."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableView

from toolkit_desktop.domain.decisions import NEGATIVE_DECISION_NOTE
from toolkit_desktop.ui.cases.case_table import STAGE
from toolkit_desktop.ui.pack.export_dialog import MISMATCH, UNPROTECTED, ExportDialog

PASSPHRASE = "blue kettle river autumn"  # the root conftest's existing_vault passphrase
ALT = Qt.KeyboardModifier.AltModifier


def seed_case(path, clock, definitions, answers) -> int:
    from toolkit_desktop.services.cases import CaseService
    from toolkit_desktop.storage.vault import Vault

    with Vault.open(path, PASSPHRASE, clock, backup=False) as vault:
        service = CaseService(vault, definitions)
        case = service.start_case(clock.now() - timedelta(days=20), "Dover", "Amira")
        for (form, field), value in answers.items():
            service.record_answer(case.id, form, field, value)
        return case.id


def test_a_negative_decision_shows_the_note_and_safeguarding_stays_open(
    start_app, drive, qtbot, existing_vault, fake_clock, shipped_definitions
):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions, {
        ("nrm_referral", "referral_date"): "2026-11-10",
        ("trafficking_assessment", "reasonable_grounds_decision"): "negative",
        ("trafficking_assessment", "reasonable_grounds_decision_on"): "2026-11-20",
    })
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    table = drive.find(window, QTableView, "caseTable")
    stage = table.model().index(0, STAGE).data()
    assert "closed" not in stage.lower()

    window.open_case(case_id, "referral")
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    state = drive.find(window, QLabel, "decisionState")
    assert state.isVisible()
    text = state.accessibleDescription()
    assert "Reasonable-grounds decision: negative, made on Fri 20 Nov 2026." in text
    assert "Conclusive-grounds decision: awaited (nothing recorded yet)." in text
    assert "Safeguarding steps: open." in text
    assert NEGATIVE_DECISION_NOTE in text
    assert "closed" not in text.lower()
    # The safeguarding step itself is still there to work in, not marked finished.
    assert "closed" not in window.workspace.step_list.item(0).text().lower()
    # The decisions are recorded in the assessment: one button away.
    qtbot.mouseClick(drive.find(window, QPushButton, "goToDecisions"), Qt.MouseButton.LeftButton)
    assert window.workspace.current_step() == "trafficking_assessment"


def test_a_positive_decision_has_no_negative_note(start_app, drive, existing_vault, fake_clock,
                                                  shipped_definitions):
    case_id = seed_case(existing_vault, fake_clock, shipped_definitions, {
        ("trafficking_assessment", "reasonable_grounds_decision"): "positive",
    })
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    window.open_case(case_id, "referral")
    drive.wait_page(window, "caseWorkspace")
    text = drive.find(window, QLabel, "decisionState").accessibleDescription()
    assert "Reasonable-grounds decision: positive, date not recorded." in text
    assert NEGATIVE_DECISION_NOTE not in text


def _open_pack_dialog(window, drive, qtbot) -> ExportDialog:
    qtbot.keyClick(window.workspace.step_list, Qt.Key.Key_8, ALT)
    assert window.workspace.current_step() == "referral"
    button = drive.find(window, QPushButton, "makePack")
    assert "PDF" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    qtbot.waitExposed(dialog)
    preview = drive.find(dialog, QListWidget, "packPreview")
    qtbot.waitUntil(lambda: preview.item(0).text().startswith("Cover and contents"),
                    timeout=10_000)
    return dialog


def test_the_pack_dialog_previews_refuses_a_mismatch_and_saves_a_protected_pdf(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    dialog = _open_pack_dialog(window, drive, qtbot)
    preview = drive.find(dialog, QListWidget, "packPreview")
    assert preview.count() > 5
    assert preview.item(0).text() == "Cover and contents: pack version 1"
    assert drive.find(dialog, QLabel, "packWarning").text() == UNPROTECTED

    # Passwords that differ: refused before any file is chosen.
    qtbot.keyClicks(dialog.password, "kettle-43-river")
    qtbot.keyClicks(dialog.again, "kettle-43-rive")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert drive.find(dialog, QLabel, "packProblem").text() == f"Problem: {MISMATCH}"
    assert not [kind for kind, _ in dialogs.asked if kind == "choose_save_file"]

    qtbot.keyClick(dialog.again, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.again, "r")
    out = tmp_path / "out"
    out.mkdir()
    dialogs.chosen_file = out / "amira referral pack"  # the .pdf is added
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "choose_save_file" in [kind for kind, _ in dialogs.asked]
    result = drive.find(dialog, QLabel, "packResult")
    qtbot.waitUntil(result.isVisible, timeout=30_000)
    target = out / "amira referral pack.pdf"
    assert result.text() == f"Referral pack version 1 saved to {target}."
    assert not dialog.busy.isVisible() and dialog.save.isEnabled()

    reader = PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("not the password")
    assert reader.decrypt("kettle-43-river")
    assert "OFFICIAL-SENSITIVE" in reader.pages[0].extract_text()
    assert list(out.iterdir()) == [target]  # no temporary file left beside it

    # Again, without a password: version 2, opens for anyone.
    dialogs.chosen_file = out / "version two.pdf"
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 2" in result.text(), timeout=30_000)
    plain = PdfReader(out / "version two.pdf")
    assert not plain.is_encrypted and "OFFICIAL-SENSITIVE" in plain.pages[0].extract_text()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)


def test_a_pack_that_cannot_be_saved_says_why_and_writes_nothing(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    dialog = _open_pack_dialog(window, drive, qtbot)
    dialogs.chosen_file = tmp_path / "no such folder" / "pack.pdf"
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    problem = drive.find(dialog, QLabel, "packProblem")
    qtbot.waitUntil(problem.isVisible, timeout=30_000)
    assert "does not exist" in problem.text()
    assert not (tmp_path / "no such folder").exists()
    assert not drive.find(dialog, QLabel, "packResult").isVisible()


def test_locking_closes_the_pack_dialog(start_app, drive, qtbot, existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    _open_pack_dialog(window, drive, qtbot)
    window.lock("manual")
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)
    drive.wait_page(window, "unlockPage")


def test_opening_the_pack_dialog_never_waits_on_the_vault_from_the_screen(
    start_app, drive, qtbot, existing_vault, monkeypatch
):
    """The vault may be busy for seconds with an export; the screen must never queue behind it."""
    import threading

    window = start_app()
    drive.in_new_case(window, "Amira")
    drive.settle(window)
    vault = window.session.vault
    asked_from_screen = []
    real_info = vault.info

    def info():
        if threading.current_thread() is threading.main_thread():
            asked_from_screen.append("info")
        return real_info()

    monkeypatch.setattr(vault, "info", info)
    dialog = _open_pack_dialog(window, drive, qtbot)
    assert asked_from_screen == []
    assert not dialog.isHidden()
