"""The Referral step: the NRM decisions in words, and the referral pack made from the app."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableView

from toolkit_desktop.domain.decisions import NEGATIVE_DECISION_NOTE
from toolkit_desktop.ui.cases.case_table import STAGE
from toolkit_desktop.ui.pack.export_dialog import MISMATCH, NO_PASSWORD, UNPROTECTED, ExportDialog

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
    assert "Safeguarding the child goes on, whatever the NRM decides." in text
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


def _visible_words(window) -> list[str]:
    """Every sentence on screen: the status bar and each label shown in the window or a dialog."""
    labels = [label for label in window.findChildren(QLabel) if label.isVisible()]
    return [window.statusBar().currentMessage(), *(label.text() for label in labels)]


def _save_pack(window, dialog, qtbot, dialogs, target, password=None) -> None:
    """Type the password twice (if any), choose where to save, and wait for the dialog to close."""
    if password:
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClicks(dialog.again, password)
    dialogs.chosen_file = target
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=30_000)


def test_the_pack_dialog_previews_refuses_a_mismatch_saves_a_protected_pdf_and_closes(
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
    # Saved: the dialog closes, and the status bar says where the file is, in full.
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=30_000)
    target = (out / "amira referral pack.pdf").resolve()
    assert window.statusBar().currentMessage() == (
        f"Referral pack version 1 saved to {target}. It opens only with the password you set."
    )
    assert target.is_absolute()
    assert not any(NO_PASSWORD in words or "no password" in words.lower()
                   for words in _visible_words(window))

    reader = PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("not the password")
    assert reader.decrypt("kettle-43-river")
    assert "OFFICIAL-SENSITIVE" in reader.pages[0].extract_text()
    assert list(out.iterdir()) == [target]  # no temporary file left beside it


def test_a_password_protected_copy_of_an_unchanged_pack_keeps_its_version(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    dialog = _open_pack_dialog(window, drive, qtbot)
    _save_pack(window, dialog, qtbot, dialogs, tmp_path / "plain.pdf")
    plain = (tmp_path / "plain.pdf").resolve()
    assert window.statusBar().currentMessage() == (
        f"Referral pack version 1 saved to {plain}. "
        "It has no password: anyone with the file can open it."
    )
    assert not PdfReader(plain).is_encrypted

    # Nothing has changed: the protected copy is version 1 again, and the dialog says so first.
    dialog = _open_pack_dialog(window, drive, qtbot)
    preview = drive.find(dialog, QListWidget, "packPreview")
    assert preview.item(0).text() == (
        "Cover and contents: pack version 1 again. "
        "Nothing has changed since it was saved on 28 November 2026."
    )
    _save_pack(window, dialog, qtbot, dialogs, tmp_path / "protected.pdf", "kettle-43-river")
    protected = (tmp_path / "protected.pdf").resolve()
    assert window.statusBar().currentMessage() == (
        f"Referral pack version 1 saved to {protected}. "
        "It opens only with the password you set."
    )
    assert not any(NO_PASSWORD in words or "no password" in words.lower()
                   for words in _visible_words(window))
    reader = PdfReader(protected)
    assert reader.is_encrypted and reader.decrypt("kettle-43-river")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Pack version 1" in text and "NRM referral pack, version 1" in text
    assert "Pack version 2" not in text and "pack, version 2" not in text
    assert "What has changed" not in text

    # The real update, after a change, is version 2 and counts from version 1.
    drive.settle(window)
    window.session.service.record_answer(
        window.workspace.snapshot.case.id, "child", "languages", "Arabic")
    dialog = _open_pack_dialog(window, drive, qtbot)
    preview = drive.find(dialog, QListWidget, "packPreview")
    assert preview.item(0).text() == "Cover and contents: pack version 2"
    assert preview.item(1).text().startswith("What has changed since version 1 ")


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
    assert window.findChild(ExportDialog) is dialog and dialog.isVisible()  # to choose again
    assert "saved to" not in window.statusBar().currentMessage()


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


def test_save_and_print_prints_the_file_just_saved(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    dialog = _open_pack_dialog(window, drive, qtbot)
    qtbot.keyClicks(dialog.password, "kettle-43-river")
    qtbot.keyClicks(dialog.again, "kettle-43-river")
    dialogs.chosen_file = tmp_path / "amira.pdf"
    qtbot.mouseClick(dialog.save_and_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=30_000)
    # The printer is asked for once the pack is saved, for that file, with its password.
    assert dialogs.printed == [((tmp_path / "amira.pdf").resolve(), "kettle-43-river")]
    assert window.statusBar().currentMessage().endswith("14 pages sent to the printer.")


def test_plain_save_never_asks_for_a_printer(
    start_app, drive, qtbot, existing_vault, dialogs, tmp_path
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    dialog = _open_pack_dialog(window, drive, qtbot)
    _save_pack(window, dialog, qtbot, dialogs, tmp_path / "plain.pdf")
    assert dialogs.printed == []
