""""Hand over this case…": write the handover file, show its six words once, take the code back.

The dialog asks who receives the case and where to save the file (through the dialogs seam),
then shows the six words in large type to be read out by phone: they are on screen only while
this dialog is open and kept nowhere. When the receiver reads back the confirmation code, typing
it here deletes this laptop's copy. Opened again for a case that is waiting, it offers the code
box and "Withdraw the handover…" for a file that went astray. The vault work runs on the worker
(`handover_actions`); this window only asks and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Busy, Problem, paragraph
from toolkit_desktop.ui.fields.layout_order import nest_layout

TITLE = QT_TRANSLATE_NOOP("Handover", "Hand over this case")  # translated where shown
SUFFIX = ".tkhandover"


def _intro(name: str, reference: str) -> str:
    return translate(
        "Handover",
        "Hand over the case of {name} ({reference}) to a colleague's laptop. The whole case "
        "goes into one encrypted file, locked with six words that this laptop shows once and you "
        "read to your colleague by phone. Until they read you back the confirmation code their "
        "laptop shows, the case stays here but cannot be changed; once you type that code, it "
        "is deleted from this laptop.",
    ).format(name=name, reference=reference)


class HandOverDialog(QDialog):
    """Asks for the receiver and the file, shows the words, and takes the confirmation code."""

    write_requested = Signal(object, str)  # target Path, receiver
    confirm_requested = Signal(str)  # the code typed
    withdraw_requested = Signal(str)  # the reason

    def __init__(self, name: str, reference: str, dialogs, parent: QWidget | None = None,
                 waiting: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.setWindowTitle(translate("Handover", TITLE))
        self.setModal(True)
        self.setMinimumWidth(560)
        self._dialogs = dialogs
        self._reference = reference
        self.receiver_name = ""
        layout = QVBoxLayout(self)

        # 1. Who receives it, and where the file goes.
        self.ask = QWidget(objectName="handOverAsk")
        ask = QVBoxLayout(self.ask)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.addWidget(paragraph(_intro(name, reference), "handOverIntro"))
        caption = QLabel(translate("Handover", "&Who receives it (their name and team):"))
        self.receiver = QLineEdit(objectName="handOverReceiver")
        self.receiver.setAccessibleName(
            translate("Handover", "Who receives the case: their name and team")
        )
        caption.setBuddy(self.receiver)
        self.write = QPushButton(
            translate("Handover", "&Write the handover file…"), objectName="handOverWrite"
        )
        self.write.clicked.connect(self._write)
        for widget in (caption, self.receiver, self.write):
            ask.addWidget(widget)

        # 2. The words, once; then (and whenever the case is waiting) the code.
        self.words_part = QWidget(objectName="handOverWordsPart")
        words_part = QVBoxLayout(self.words_part)
        words_part.setContentsMargins(0, 0, 0, 0)
        self.words_said = paragraph("", "handOverWordsSaid")
        self.words = QLabel(objectName="handOverWords")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.words.setFont(font)
        for widget in (self.words_said, self.words):
            words_part.addWidget(widget)
        self.words_part.hide()

        self.code_part = QWidget(objectName="handOverCodePart")
        code_part = QVBoxLayout(self.code_part)
        code_part.setContentsMargins(0, 0, 0, 0)
        self.waiting = paragraph(waiting or "", "handOverWaiting")
        self.waiting.setVisible(bool(waiting))
        self.code_caption = QLabel(
            translate("Handover", "When they read you the confirmation code, type it &here:")
        )
        self.code = QLineEdit(objectName="handOverCode")
        self.code.setAccessibleName(
            translate("Handover", "The confirmation code the receiver read to you")
        )
        self.code.setPlaceholderText(translate("Handover", "For example: 7F3K-QM2P"))
        self.code_caption.setBuddy(self.code)
        self.confirm = QPushButton(translate("Handover", "&Confirm and delete this laptop's copy"),
                                   objectName="handOverConfirm")
        self.confirm.clicked.connect(self._confirm)
        self.withdraw = QPushButton(
            translate("Handover", "Wit&hdraw the handover…"), objectName="handOverWithdraw"
        )
        self.withdraw.setAutoDefault(False)  # Enter in the code box confirms, never withdraws
        self.withdraw.clicked.connect(self._withdraw)
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        for widget in (self.waiting, self.code_caption, self.code):
            code_part.addWidget(widget)
        nest_layout(code_part, row)
        self.code_part.setVisible(waiting is not None)
        self.ask.setVisible(waiting is None)
        (self.confirm if waiting is not None else self.write).setDefault(True)

        self.problem = Problem("handOverProblem")
        self.busy = Busy("handOverBusy")
        self.close_button = QPushButton(
            translate("Handover", "Close"), objectName="handOverClose"
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.ask, self.words_part, self.code_part, self.problem, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        (self.code if waiting is not None else self.receiver).setFocus()

    # -- asking -----------------------------------------------------------------------------

    def _write(self) -> None:
        receiver = " ".join(self.receiver.text().split())
        if not receiver:
            self.problem.say(translate(
                "Handover",
                "Say who receives the case (a name, and their team), so that this laptop's record "
                "says to whom it went.",
            ))
            self.receiver.setFocus()
            return
        chosen = self._dialogs.choose_save_file(
            self, translate("Handover", "Save the handover file"),
            Path.home() / f"{self._reference}{SUFFIX}",
            translate("Handover", "Handover file ({pattern})").format(pattern=f"*{SUFFIX}"))
        if chosen is None:
            return
        if not chosen.suffix:
            chosen = chosen.with_name(chosen.name + SUFFIX)
        self.receiver_name = receiver
        self.problem.clear()
        self.set_busy(translate("Handover", "Writing the handover file…"))
        self.write_requested.emit(chosen, receiver)

    def _confirm(self) -> None:
        if not self.code.text().strip():
            self.problem.say(
                translate("Handover", "Type the confirmation code the receiver read to you.")
            )
            self.code.setFocus()
            return
        self.problem.clear()
        self.set_busy(translate("Handover", "Checking the code…"))
        self.confirm_requested.emit(self.code.text())

    def _withdraw(self) -> None:
        reason = self._dialogs.ask_reason(
            self, translate("Handover", "Withdraw the handover"),
            translate(
                "Handover",
                "Why is the handover withdrawn (for example: the file did not arrive)? The case "
                "can then be changed on this laptop again; the file still opens with its words.",
            ))
        if reason is not None and reason.strip():
            self.problem.clear()
            self.set_busy(translate("Handover", "Withdrawing the handover…"))
            self.withdraw_requested.emit(reason)

    # -- what the worker said ---------------------------------------------------------------

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a moving bar and hold the buttons, or (None) let them go."""
        for button in (self.write, self.confirm, self.withdraw, self.close_button):
            button.setEnabled(text is None)
        if text is None:
            self.busy.stop()
        else:
            self.busy.start(text)

    def written(self, receiver: str, words: str, waiting: str) -> None:
        """The file is written: show the words (once) and the code box."""
        self.set_busy(None)
        self.ask.hide()
        self.words_said.setText(translate(
            "Handover",
            "Read these six words to {receiver} by phone, not by email or a text message, and "
            "never write them next to the file. They are shown only while this window is open "
            "and are kept nowhere:",
        ).format(receiver=receiver))
        self.words.setText(words)
        self.words.setAccessibleName(
            translate("Handover", "The six handover words: {words}").format(words=words)
        )
        self.words_part.show()
        self.waiting.setText(waiting)
        self.waiting.show()
        self.code_part.show()
        self.close_button.setText(translate("Handover", "Close (type the code later)"))
        self.write.setDefault(False)
        self.confirm.setDefault(True)
        self.adjustSize()  # grown to the words and the code box: nothing of them cut off
        self.code.setFocus()

    def refused(self, sentence: str) -> None:
        """Say why the last step did not happen; the dialog stays as it was."""
        self.set_busy(None)
        self.problem.say(sentence)
        (self.code if self.code_part.isVisible() else self.receiver).setFocus()

    def forget_words(self) -> None:
        """Take the words off the screen (the dialog is closing or the vault locking)."""
        self.words.clear()
        self.words.setAccessibleName("")
