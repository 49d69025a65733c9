"""Unlocking the vault with its passphrase; the way to a backup when it will not open."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, centred_column, paragraph
from toolkit_desktop.ui.fields.emphasis import bold
from toolkit_desktop.ui.fields.layout_order import nest_layout

_WHY = {
    "unlock": QT_TRANSLATE_NOOP("Vault", "taken when the vault was unlocked"),
    "before-migration": QT_TRANSLATE_NOOP("Vault", "taken before an update changed the vault"),
    "manual": QT_TRANSLATE_NOOP("Vault", "taken by hand"),
    "rekey": QT_TRANSLATE_NOOP("Vault", "taken when the passphrase was changed"),
    "replaced": QT_TRANSLATE_NOOP("Vault", "the vault as it was before a backup was restored"),
}


def describe_backup(path: Path) -> str:
    """ "Sat 28 Nov 2026, 02:00, taken when the vault was unlocked" from a backup's file name."""
    from toolkit_desktop.ui.common.dates import day_and_time  # not needed for the first window

    stamp, _, rest = path.name.partition("-")
    label = rest.removesuffix(".tkvault")
    try:
        when = day_and_time(datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC))
    except ValueError:
        return path.name
    why = translate("Vault", _WHY[label]) if label in _WHY else label.replace("-", " ")
    return f"{when}, {why}"


def secret_line(name: str, accessible: str) -> QLineEdit:
    """A line whose text is hidden as it is typed, named for screen readers."""
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
        layout.addWidget(QLabel(translate("Vault", "<h2>Unlock your cases</h2>")))
        if training:
            layout.addWidget(
                paragraph(
                    translate(
                        "Vault",
                        "Training mode: this vault holds practice cases only, so it needs no "
                        "passphrase. "
                        "Never record a real child here.",
                    )
                )
            )
        else:
            layout.addWidget(
                paragraph(
                    translate("Vault", "Your cases are locked. Type your passphrase to open them.")
                )
            )
        layout.addWidget(paragraph(
            translate("Vault", "Vault: {place}").format(place=vault_location), "vaultLocation"
        ))
        self.passphrase = secret_line("unlockPassphrase", translate("Vault", "Passphrase"))
        caption = QLabel(translate("Vault", "&Passphrase:"))
        caption.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(caption, self.passphrase)
        if not training:
            nest_layout(layout, form)
        self.notice = paragraph("", "unlockNotice")
        bold(self.notice)
        self.notice.hide()
        self.problem = Problem("unlockProblem")
        self.busy = Busy("unlockBusy")
        layout.insertWidget(1, self.notice)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        self.unlock_button = QPushButton(
            translate("Vault", "&Open the practice cases") if training
            else translate("Vault", "&Unlock"),
            objectName="unlockButton",
        )
        self.unlock_button.setDefault(True)
        self.backup_button = QPushButton(
            translate("Vault", "Open a &backup instead…"), objectName="openBackupButton"
        )
        self.backup_button.setAccessibleDescription(
            translate(
                "Vault",
                "Choose one of the encrypted backups taken each time the vault was unlocked",
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        nest_layout(layout, row)
        layout.addStretch(1)
        self.backup_button.setVisible(not training)
        centred_column(self, column)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.backup_button.clicked.connect(self.backups_requested)

    def _unlock(self) -> None:
        if not self.training and not self.passphrase.text():
            self.problem.say(translate("Vault", "Type your passphrase first."))
            self.passphrase.setFocus()
            return
        self.problem.clear()
        self.set_busy(True)
        passphrase = self.passphrase.text()
        # Out of the box at once: its text (UTF-16, in Qt's heap) would otherwise wait there
        # until the key is derived. setText, unlike clear, also empties the box's undo history.
        self.passphrase.setText("")
        self.unlock_requested.emit(passphrase)

    def set_busy(self, busy: bool) -> None:
        """Show the moving bar while the key is derived; no second click meanwhile."""
        self.unlock_button.setEnabled(not busy)
        self.backup_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.busy.start(translate("Vault", "Unlocking… this takes a moment."))
        else:
            self.busy.stop()

    def failed(self, sentence: str) -> None:
        """Say why it did not open, and let the practitioner try again."""
        self.set_busy(False)
        self.problem.say(sentence)
        self.passphrase.setFocus()  # the box was emptied when the passphrase was read

    def start(self, notice: str = "") -> None:
        """Show the page afresh, empty, with the cursor in the passphrase box."""
        self.set_busy(False)
        self.passphrase.setText("")  # and its undo history with it
        self.problem.clear()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        (self.unlock_button if self.training else self.passphrase).setFocus()
