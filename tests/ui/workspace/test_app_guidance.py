"""What next, the backup warning, and training mode keeping its cases out of a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from toolkit_desktop import paths
from toolkit_desktop.ui.cases.case_table import CASE_ID_ROLE
from toolkit_desktop.ui.pack.export_dialog import TRAINING, ExportDialog
from toolkit_desktop.ui.workspace.what_next import WhatNextPanel

PASSPHRASE = "blue kettle river autumn"  # the root conftest's existing_vault passphrase


def prompt_text(definitions, prompt_id: str) -> str:
    return next(p.text for p in definitions.prompts if p.id == prompt_id)


def test_what_next_asks_for_safeguarding_first_and_lets_go_once_it_is_recorded(
    start_app, drive, qtbot, existing_vault, shipped_definitions
):
    window = start_app()
    drive.in_new_case(window, "Amira")
    panel = window.findChild(WhatNextPanel, "whatNext")
    first = prompt_text(shipped_definitions, "start_safeguarding")
    qtbot.waitUntil(lambda: first in panel.prompt_texts(), timeout=10_000)
    assert panel.isVisible()
    assert drive.find(panel, QLabel, "prompt:start_safeguarding").isVisible()
    # Calm and short: the first two show, the rest one key away.
    assert len(panel.prompt_texts()) > 2
    more = drive.find(panel, QPushButton, "whatNextMore")
    assert more.isVisible() and more.text().startswith("Show ")
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert all(label.isVisible() for label in panel.findChildren(QLabel)
               if label.objectName().startswith("prompt:"))

    window.workspace.go_to_step("matrix")
    qtbot.mouseClick(drive.find(panel, QPushButton, "go:start_safeguarding"),
                     Qt.MouseButton.LeftButton)
    assert window.workspace.current_step() == "immediate_safeguarding"

    view = window.workspace.views["immediate_safeguarding"]
    qtbot.mouseClick(view.widget_for("child_safe_at").now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first not in panel.prompt_texts(), timeout=10_000)
    assert window.findChild(QLabel, "prompt:start_safeguarding") is None


def test_what_next_is_emptied_by_the_lock(start_app, drive, qtbot, existing_vault):
    window = start_app()
    drive.in_new_case(window, "Amira")
    panel = window.findChild(WhatNextPanel, "whatNext")
    qtbot.waitUntil(lambda: bool(panel.prompt_texts()), timeout=10_000)
    window.lock("manual")
    assert panel.prompt_texts() == [] and not panel.isVisible()


def test_a_backup_that_failed_at_unlock_is_said_in_the_status_bar(
    start_app, drive, qtbot, existing_vault, dialogs
):
    # A file where the backups folder should be: the backup at unlock cannot be written.
    paths.backups_dir(existing_vault).write_text("not a folder")
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    warning = drive.find(window.statusBar(), QLabel, "backupWarning")
    qtbot.waitUntil(warning.isVisible)
    assert warning.text().startswith("No backup could be taken at unlock")
    assert "Your work is still saved in the vault" in warning.text()
    assert dialogs.asked == []  # a sentence in the status bar, not a pop-up
    window.lock("manual")
    assert not warning.isVisible() and warning.text() == ""


def test_no_warning_when_the_backup_was_taken(start_app, drive, existing_vault):
    window = start_app()
    drive.unlock(window)
    drive.wait_page(window, "caseListPage")
    assert not drive.find(window.statusBar(), QLabel, "backupWarning").isVisible()


def test_training_says_so_and_offers_no_way_to_a_real_vault(start_app, drive, qtbot, dialogs,
                                                           tmp_path):
    window = start_app(training=True)
    drive.wait_page(window, "caseListPage")
    drive.settle(window)
    assert window.windowTitle().startswith("TRAINING")
    assert window.training_banner.isVisible() and "TRAINING" in window.training_banner.text()
    # Nothing in the app copies a case into a vault: no import or case-file action anywhere.
    words = [a.text().replace("&", "").lower() for a in window.findChildren(QAction)]
    words += [b.text().replace("&", "").lower() for b in window.findChildren(QPushButton)]
    assert not [w for w in words if "import" in w or "case file" in w]

    # A practice case's pack says TRAINING on every page.
    case_id = window.case_list.model.index(0, 0).data(CASE_ID_ROLE)
    window.open_case(case_id, "referral")
    drive.wait_page(window, "caseWorkspace")
    drive.settle(window)
    qtbot.mouseClick(drive.find(window, QPushButton, "makePack"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    assert drive.find(dialog, QLabel, "packTraining").text() == TRAINING
    dialogs.chosen_file = tmp_path / "practice.pdf"
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None, timeout=60_000)  # saved
    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "practice.pdf").pages
    assert all("TRAINING - NOT A REAL REFERRAL" in page.extract_text() for page in pages)


def test_a_training_case_file_is_refused_by_a_real_vault(fake_clock, shipped_definitions,
                                                        tmp_path):
    from toolkit_desktop.export.exchange import ExchangeError
    from toolkit_desktop.services.training import open_training_vault
    from toolkit_desktop.services.transfer import export_case_json, import_case, read_case_file
    from toolkit_desktop.storage.vault import Vault

    with open_training_vault(fake_clock, shipped_definitions) as training:
        case_id = training.cases.list_rows()[0].case.id
        export_case_json(training, case_id, tmp_path / "practice.json")
    document = read_case_file(tmp_path / "practice.json")
    with Vault.create(tmp_path / "real.tkvault", PASSPHRASE, fake_clock) as real:
        with pytest.raises(ExchangeError, match="training case"):
            import_case(real, shipped_definitions, document)
        assert real.cases.list_rows() == []


def test_what_next_does_not_shrink_under_the_typing_until_another_case_opens(
    start_app, drive, qtbot, existing_vault
):
    # A prompt answered while typing used to fold the panel and move the page by a line or two.
    window = start_app()
    drive.in_new_case(window, "Amira")
    panel = window.findChild(WhatNextPanel, "whatNext")
    qtbot.waitUntil(lambda: len(panel.prompt_texts()) > 2, timeout=10_000)
    page_top = window.workspace.pages.mapTo(window, window.workspace.pages.rect().topLeft()).y()
    held = panel._prompts
    panel.show_prompts(held[:1])  # as when answers take the other prompts away
    QApplication.processEvents()
    assert window.workspace.pages.mapTo(window, window.workspace.pages.rect().topLeft()).y() == \
        page_top
    panel.show_prompts([])
    QApplication.processEvents()
    assert panel.isVisible() and "(0)" in panel.title.text()
    assert window.workspace.pages.mapTo(window, window.workspace.pages.rect().topLeft()).y() == \
        page_top
    panel.clear()  # another case, or the lock
    assert not panel.isVisible() and panel.minimumHeight() == 0
