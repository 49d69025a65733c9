"""Opening a backup instead: choose one, give its passphrase, and restore it as the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.language import translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, centred_column, paragraph
from toolkit_desktop.ui.fields.layout_order import nest_layout
from toolkit_desktop.ui.vault.unlock import describe_backup, secret_line


class RestorePage(QWidget):
    """Choose a backup, give its passphrase, and restore it in place of the vault."""

    restore_requested = Signal(Path, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restorePage")
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(translate("Vault", "<h2>Open a backup instead</h2>")))
        layout.addWidget(
            paragraph(
                translate(
                    "Vault",
                    "A backup is taken each time the vault is unlocked. Restoring one puts it in "
                    "the vault's place; the vault it replaces is kept among the backups, so "
                    "nothing is lost. Changes made after the backup was taken are not in it.",
                )
            )
        )
        caption = QLabel(translate("Vault", "&Backups, newest first:"))
        self.backups = QListWidget(objectName="backupList")
        self.backups.setAccessibleName(translate("Vault", "Backups, newest first"))
        caption.setBuddy(self.backups)
        layout.addWidget(caption)
        layout.addWidget(self.backups)
        self.passphrase = secret_line(
            "backupPassphrase", translate("Vault", "Passphrase of the backup")
        )
        pass_caption = QLabel(translate("Vault", "&Passphrase of the backup:"))
        pass_caption.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(pass_caption, self.passphrase)
        nest_layout(layout, form)
        self.problem = Problem("restoreProblem")
        self.busy = Busy("restoreBusy")
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        back = QPushButton(translate("Vault", "Bac&k"), objectName="restoreBackButton")
        self.restore_button = QPushButton(
            translate("Vault", "&Restore and unlock"), objectName="restoreButton"
        )
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        nest_layout(layout, row)
        layout.addStretch(1)
        centred_column(self, column)
        back.clicked.connect(self.back)
        self.restore_button.clicked.connect(self._restore)
        self.passphrase.returnPressed.connect(self._restore)

    def start(self, backups: list[Path], backups_folder: Path) -> None:
        """List the backups; say so plainly when there are none."""
        self.backups.clear()
        self.passphrase.clear()
        self.problem.clear()
        self.busy.stop()
        for path in backups:
            item = QListWidgetItem(describe_backup(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backups.addItem(item)
        self.restore_button.setEnabled(bool(backups))
        if backups:
            self.backups.setCurrentRow(0)
            self.backups.setFocus()
        else:
            self.problem.say(
                translate("Vault", "There are no backups in {folder}. Go back and try the "
                          "passphrase again, or ask your IT team.").format(folder=backups_folder)
            )

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.backups.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.problem.say(translate("Vault", "Choose a backup from the list first."))
        elif not self.passphrase.text():
            self.problem.say(
                translate(
                    "Vault", "Type the passphrase of the backup. It is usually your passphrase."
                )
            )
            self.passphrase.setFocus()
        else:
            self.problem.clear()
            self.restore_requested.emit(chosen, self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the moving bar while the backup is checked and restored."""
        self.restore_button.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Restoring the backup… this takes a moment."))
        else:
            self.busy.stop()

    def failed(self, sentence: str) -> None:
        """Say why the backup could not be restored or opened."""
        self.set_busy(False)
        self.problem.say(sentence)
