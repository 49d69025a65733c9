"""Unlocking the vault, and opening a backup instead when the vault will not open."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.page_parts import Busy, Problem, centred_column, paragraph
from toolkit_desktop.ui.wording import day_and_time

_WHY = {
    "unlock": "taken when the vault was unlocked",
    "before-migration": "taken before an update changed the vault",
    "manual": "taken by hand",
    "rekey": "taken when the passphrase was changed",
    "replaced": "the vault as it was before a backup was restored",
}


def describe_backup(path: Path) -> str:
    """ "Sat 28 Nov 2026, 02:00, taken when the vault was unlocked" from a backup's file name."""
    stamp, _, rest = path.name.partition("-")
    label = rest.removesuffix(".tkvault")
    try:
        when = day_and_time(datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC))
    except ValueError:
        return path.name
    return f"{when}, {_WHY.get(label, label.replace('-', ' '))}"


def _secret(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class UnlockPage(QWidget):
    """The passphrase, an Unlock button, and a way to a backup."""

    unlock_requested = Signal(str)
    backups_requested = Signal()

    def __init__(self, vault_location: str, training: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.training = training
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel("<h2>Unlock your cases</h2>"))
        if training:
            layout.addWidget(
                paragraph(
                    "Training mode: this vault holds practice cases only, so it needs no "
                    "passphrase. "
                    "Never record a real child here."
                )
            )
        else:
            layout.addWidget(paragraph("Your cases are locked. Type your passphrase to open them."))
        layout.addWidget(paragraph(f"Vault: {vault_location}", "vaultLocation"))
        self.passphrase = _secret("unlockPassphrase", "Passphrase")
        caption = QLabel("&Passphrase:")
        caption.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(caption, self.passphrase)
        if not training:
            layout.addLayout(form)
        self.notice = paragraph("", "unlockNotice")
        self.notice.setStyleSheet("QLabel { font-weight: bold; }")
        self.notice.hide()
        self.problem = Problem("unlockProblem")
        self.busy = Busy("unlockBusy")
        layout.insertWidget(1, self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        self.unlock_button = QPushButton(
            "&Open the practice cases" if training else "&Unlock", objectName="unlockButton"
        )
        self.unlock_button.setDefault(True)
        self.backup_button = QPushButton("Open a &backup instead…", objectName="openBackupButton")
        self.backup_button.setAccessibleDescription(
            "Choose one of the encrypted backups taken each time the vault was unlocked"
        )
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.backup_button.setVisible(not training)
        centred_column(self, column)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.backup_button.clicked.connect(self.backups_requested)

    def _unlock(self) -> None:
        if not self.training and not self.passphrase.text():
            self.problem.say("Type your passphrase first.")
            self.passphrase.setFocus()
            return
        self.problem.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the moving bar while the key is derived; no second click meanwhile."""
        self.unlock_button.setEnabled(not busy)
        self.backup_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.busy.start("Unlocking… this takes a moment.")
        else:
            self.busy.stop()

    def failed(self, sentence: str) -> None:
        """Say why it did not open, and let the practitioner try again."""
        self.set_busy(False)
        self.problem.say(sentence)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def start(self, notice: str = "") -> None:
        """Show the page afresh, empty, with the cursor in the passphrase box."""
        self.set_busy(False)
        self.passphrase.clear()
        self.problem.clear()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        (self.unlock_button if self.training else self.passphrase).setFocus()


class RestorePage(QWidget):
    """Choose a backup, give its passphrase, and restore it in place of the vault."""

    restore_requested = Signal(Path, str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restorePage")
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel("<h2>Open a backup instead</h2>"))
        layout.addWidget(
            paragraph(
                "A backup is taken each time the vault is unlocked. Restoring one puts it in the "
                "vault's place; the vault it replaces is kept among the backups, so nothing is "
                "lost. "
                "Changes made after the backup was taken are not in it."
            )
        )
        caption = QLabel("&Backups, newest first:")
        self.backups = QListWidget(objectName="backupList")
        self.backups.setAccessibleName("Backups, newest first")
        caption.setBuddy(self.backups)
        layout.addWidget(caption)
        layout.addWidget(self.backups)
        self.passphrase = _secret("backupPassphrase", "Passphrase of the backup")
        pass_caption = QLabel("&Passphrase of the backup:")
        pass_caption.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(pass_caption, self.passphrase)
        layout.addLayout(form)
        self.problem = Problem("restoreProblem")
        self.busy = Busy("restoreBusy")
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        back = QPushButton("Bac&k", objectName="restoreBackButton")
        self.restore_button = QPushButton("&Restore and unlock", objectName="restoreButton")
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
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
                f"There are no backups in {backups_folder}. Go back and try the "
                "passphrase again, or ask your IT team."
            )

    def chosen(self) -> Path | None:
        """The backup selected in the list."""
        item = self.backups.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.problem.say("Choose a backup from the list first.")
        elif not self.passphrase.text():
            self.problem.say("Type the passphrase of the backup. It is usually your passphrase.")
            self.passphrase.setFocus()
        else:
            self.problem.clear()
            self.restore_requested.emit(chosen, self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show the moving bar while the backup is checked and restored."""
        self.restore_button.setEnabled(not busy)
        if busy:
            self.busy.start("Restoring the backup… this takes a moment.")
        else:
            self.busy.stop()

    def failed(self, sentence: str) -> None:
        """Say why the backup could not be restored or opened."""
        self.set_busy(False)
        self.problem.say(sentence)
