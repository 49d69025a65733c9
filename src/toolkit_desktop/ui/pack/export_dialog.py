"""Making the referral pack: what it will contain, an optional password, where to save it.

The file leaves the vault's protection, so the dialog says so plainly next to the password. The
save location is chosen through the dialogs seam (tests answer it), and so is the printer when
the practitioner asks to print the pack once it is saved; the pack is built by the
window on the worker thread while this dialog shows that it is busy. Once the pack is saved the
dialog closes, and the main window's status bar says where the file is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, paragraph
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import nest_layout

UNPROTECTED = QT_TRANSLATE_NOOP(
    "Pack",
    "Important: the exported file is no longer protected by the vault unless you set a password. "
    "Anyone who gets a copy of it can read it.",
)
NO_PASSWORD = QT_TRANSLATE_NOOP("Pack", "No password: the PDF will open for anyone who has it.")
WITH_PASSWORD = QT_TRANSLATE_NOOP(
    "Pack",
    "The PDF will open only with this password. Give it to the decision-maker separately, "
    "for example by phone, never in the same email as the file.",
)
MISMATCH = QT_TRANSLATE_NOOP(
    "Pack",
    "The two passwords are not the same. Type the same password in both boxes, or leave both "
    "empty to save without a password.",
)
TRAINING = QT_TRANSLATE_NOOP(
    "Pack", "This is a training case: every page is marked TRAINING - NOT A REAL REFERRAL."
)


class ExportDialog(QDialog):
    """Preview, password, save. `export_requested(path, password or None)` starts the export."""

    export_requested = Signal(object, object)

    def __init__(
        self, dialogs: Dialogs, suggested: Path, training: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Pack", "Make the referral pack (PDF)"))
        self.setModal(True)
        self._dialogs = dialogs
        self._suggested = suggested
        self._busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(translate(
                "Pack",
                "The referral pack for the NRM (National Referral Mechanism) decision-maker. "
                "It will contain:",
            ))
        )
        self.preview = QListWidget(objectName="packPreview")
        self.preview.setAccessibleName(translate("Pack", "What the referral pack will contain"))
        self.preview.setWordWrap(True)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.preview.addItem(translate("Pack", "Reading the case…"))
        layout.addWidget(self.preview, 1)
        if training:
            layout.addWidget(paragraph(translate("Pack", TRAINING), "packTraining"))
        warning = paragraph(translate("Pack", UNPROTECTED), "packWarning")
        bold(warning)
        layout.addWidget(warning)
        form = QFormLayout()
        self.password = QLineEdit(objectName="packPassword")
        self.again = QLineEdit(objectName="packPasswordAgain")
        for edit, caption, name in (
            (self.password, translate("Pack", "PDF pass&word (optional):"),
             translate("Pack", "PDF password, optional")),
            (self.again, translate("Pack", "Type it a&gain:"),
             translate("Pack", "PDF password again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._password_typed)
            label = QLabel(caption)
            label.setBuddy(edit)
            form.addRow(label, edit)
        nest_layout(layout, form)
        self.protection = paragraph(translate("Pack", NO_PASSWORD), "packProtection")
        layout.addWidget(self.protection)
        self.problem = Problem("packProblem")
        self.busy = Busy("packBusy")
        for widget in (self.problem, self.busy):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = self.buttons.addButton(
            translate("Pack", "&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("packSave")
        # Printing prints the file just saved: what is on paper is a pack version on record.
        self.save_and_print = self.buttons.addButton(
            translate("Pack", "Save and &print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_and_print.setObjectName("packSaveAndPrint")
        self.save_and_print.clicked.connect(self._save_and_print)
        self.print_after = False  # whether the pack, once saved, goes to the print dialog
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save.setDefault(True)
        # Roomy where there is room, but never taller or wider than the screen: at 150% on a
        # 1366x768 laptop a fixed 560 pixels put "Choose where to save" below the bottom edge.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.setMinimumSize(min(480, screen.width() - 40), min(360, screen.height() - 60))
        self.resize(min(640, screen.width() - 40), min(560, screen.height() - 60))

    # -- from the window ------------------------------------------------------------------------

    def show_preview(self, lines: list[str]) -> None:
        """List the parts the pack will hold."""
        self.preview.clear()
        self.preview.addItems(lines)

    def preview_failed(self, sentence: str) -> None:
        """The contents could not be read; the pack may still be made."""
        self.preview.clear()
        self.problem.say(sentence)

    def exported(self) -> None:
        """The pack is saved: close (the window's status bar says where it is)."""
        self._set_busy(False)
        self.accept()

    def failed(self, sentence: str) -> None:
        """The pack was not saved: say why, in the export's own sentence."""
        self._set_busy(False)
        self.problem.say(sentence)

    def reject(self) -> None:
        """Close, except while the pack is being written (it cannot be stopped half way)."""
        if not self._busy:
            super().reject()

    def close_now(self) -> None:
        """Close even while busy (the vault is locking; the export finishes on its own)."""
        self._busy = False
        super().reject()

    # -- the practitioner's steps ---------------------------------------------------------------

    def _password_typed(self) -> None:
        self.protection.setText(
            translate("Pack", WITH_PASSWORD if self.password.text() else NO_PASSWORD))

    def _save_and_print(self) -> None:
        self.print_after = True
        self._save()

    def _save(self) -> None:
        if self.sender() is not self.save_and_print:
            self.print_after = False
        self.problem.clear()
        first, second = self.password.text(), self.again.text()
        if first != second:
            self.problem.say(translate("Pack", MISMATCH))
            self.again.setFocus()
            self.again.selectAll()
            return
        if first and not first.strip():
            self.problem.say(translate(
                "Pack",
                "The password is only spaces. Type a password, or leave both boxes "
                "empty to save without one.",
            ))
            self.password.setFocus()
            return
        chosen = self._dialogs.choose_save_file(
            self, translate("Pack", "Save the referral pack"), self._suggested,
            translate("Pack", "PDF document (*.pdf)"),
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != ".pdf":
            chosen = chosen.with_name(chosen.name + ".pdf")
        self._set_busy(True)
        self.export_requested.emit(chosen, first or None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.save, self.save_and_print, self.password, self.again):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        if busy:
            self.busy.start(translate(
                "Pack", "Making the referral pack. This can take a few seconds for a large case…"
            ))
        else:
            self.busy.stop()
