"""The "Documents and photo" page: attach with the file chooser faked, view, remove with a reason,
all from the keyboard."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from toolkit_desktop.services.attachments import CaseAttachments
from toolkit_desktop.ui.records.attachments_page import AttachmentsPage


def png() -> bytes:
    rng = random.Random(5)
    out = io.BytesIO()
    Image.frombytes("RGB", (30, 30), bytes(rng.randrange(256) for _ in range(2700))).save(
        out, "PNG")
    return out.getvalue()


@pytest.fixture
def page(qtbot, vault, dialogs, tmp_path):
    case_id = vault.cases.create(first_contact_at=None).id
    chosen: list = []
    widget = AttachmentsPage(CaseAttachments(vault, case_id), dialogs,
                             chooser=lambda parent: chosen.pop(0) if chosen else None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # offscreen, nothing else gives a window the keyboard
    qtbot.waitUntil(widget.isActiveWindow)
    widget.chosen_files = chosen
    return widget


def test_attach_a_photo_by_keyboard_then_view_it(qtbot, page, tmp_path):
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(png())
    page.chosen_files.append(photo)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert page.details.isVisible() and page.description.hasFocus()
    qtbot.keyClicks(page.description, "Photo taken at the duty office")
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)
    assert page.date.hasFocus()
    qtbot.keyClicks(page.date, "27/11/2026")
    qtbot.keyClick(page.date, Qt.Key.Key_Tab)
    assert page.photo.hasFocus()
    qtbot.keyClick(page.photo, Qt.Key.Key_Space)
    assert page.photo.isChecked()
    qtbot.keyClick(page.photo, Qt.Key.Key_Return)
    assert not page.details.isVisible()
    assert "Attached as number 1: PNG image" in page.status.text()
    assert page.list.count() == 1
    assert "Photo taken at the duty office (photo of the child)" in page.list.item(0).text()
    assert "27 November 2026" in page.list.item(0).text()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # view
    qtbot.waitUntil(lambda: page.viewer is not None and page.viewer.isVisible())
    assert not page.viewer.findChild(type(page.status), "attachmentImage").pixmap().isNull()


def test_a_file_that_is_not_a_photo_is_refused_in_a_sentence(qtbot, page, tmp_path):
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"just some text, renamed")
    page.chosen_files.append(fake)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.description, "Photo")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    assert "is not a JPEG or PNG photo or a PDF document" in page.status.text()
    assert page.list.count() == 0 and page.details.isVisible()


def test_remove_with_a_reason_keeps_the_record_in_the_list(qtbot, page, dialogs, tmp_path):
    letter = tmp_path / "gp.pdf"
    letter.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.chosen_files.append(letter)
    page.choose()
    qtbot.keyClicks(page.description, "Letter from the GP")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)
    page.list.setFocus()
    dialogs.reasons = [None]  # cancelled: nothing changes
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert "Removed" not in page.list.item(0).text()
    dialogs.reasons = ["Sent to the wrong case"]
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert ("ask_reason", dialogs.asked[-1][1]) == dialogs.asked[-1]
    text = page.list.item(0).text()
    assert "Removed: Letter from the GP" in text and "Reason: Sent to the wrong case" in text
    assert page.files.vault.cases.attached_files(page.files.case_id) == []
