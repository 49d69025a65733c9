""""Receive a handed-over case…": the file, its six words, and the code to read back.

The file's place is typed or chosen (`choose_file`, Qt's file chooser: tests type the path and
never open it); the words are typed as the sender reads them. The vault work (open the file,
check every page, import all or nothing) runs on the worker (`handover_actions`). Afterwards the
confirmation code is shown in large type, to be read back to the sender, with the case ready to
open. A refusal is one sentence in the dialog and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
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

# Marked for the catalogue here, translated where they are shown.
TITLE = QT_TRANSLATE_NOOP("Handover", "Receive a handed-over case")
INTRO = QT_TRANSLATE_NOOP(
    "Handover",
    "A colleague handed a case over to you in a handover file (it ends in .tkhandover) and is "
    "reading you six words by phone. Type where the file is and the six words; the case is "
    "checked and added to your vault whole, or not at all. Then read the confirmation code back "
    "to them, so that their laptop deletes its copy.",
)


def choose_file(parent: QWidget | None, start: Path) -> Path | None:
    """Qt's own file chooser for a handover file; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Handover", "Choose the handover file"), str(start),
        translate("Handover", "Handover file ({pattern});;All files (*)").format(
            pattern="*.tkhandover"),
    )
    return Path(name) if name else None


class ReceiveDialog(QDialog):
    """Asks for the file and the words; shows the code once the case is in."""

    receive_requested = Signal(object, str)  # the file's Path, the words typed
    open_requested = Signal(int)  # the received case's id

    def __init__(self, parent: QWidget | None = None, chooser=choose_file) -> None:
        super().__init__(parent)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(translate("Handover", TITLE))
        self.setModal(True)
        self.setMinimumWidth(560)
        self._chooser = chooser
        self.case_id: int | None = None
        layout = QVBoxLayout(self)

        self.ask = QWidget(objectName="receiveAsk")
        ask = QVBoxLayout(self.ask)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.addWidget(paragraph(translate("Handover", INTRO), "receiveIntro"))
        file_caption = QLabel(translate("Handover", "The handover &file:"))
        self.file = QLineEdit(objectName="receiveFile")
        self.file.setAccessibleName(translate("Handover", "Where the handover file is"))
        file_caption.setBuddy(self.file)
        self.choose = QPushButton(translate("Handover", "C&hoose…"), objectName="receiveChoose")
        self.choose.setAutoDefault(False)  # Enter in a box receives; it never opens the chooser
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        words_caption = QLabel(translate("Handover", "The &six words the sender read to you:"))
        self.words = QLineEdit(objectName="receiveWords")
        self.words.setAccessibleName(translate("Handover", "The six handover words"))
        words_caption.setBuddy(self.words)
        self.start = QPushButton(
            translate("Handover", "&Receive the case"), objectName="receiveStart"
        )
        self.start.setDefault(True)
        self.start.clicked.connect(self._receive)
        ask.addWidget(file_caption)
        nest_layout(ask, row)
        for widget in (words_caption, self.words, self.start):
            ask.addWidget(widget)

        self.result = QWidget(objectName="receiveResult")
        result = QVBoxLayout(self.result)
        result.setContentsMargins(0, 0, 0, 0)
        self.said = paragraph("", "receiveSaid")
        self.code = QLabel(objectName="receiveCode")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.code.setFont(font)
        self.open_case = QPushButton(
            translate("Handover", "&Open the case"), objectName="receiveOpen"
        )
        self.open_case.clicked.connect(self._open)
        for widget in (self.said, self.code, self.open_case):
            result.addWidget(widget)
        self.result.hide()

        self.problem = Problem("receiveProblem")
        self.busy = Busy("receiveBusy")
        self.close_button = QPushButton(translate("Handover", "Close"), objectName="receiveClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.ask, self.result, self.problem, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.file.setFocus()

    def _choose(self) -> None:
        chosen = self._chooser(self, Path.home())
        if chosen is not None:
            self.file.setText(str(chosen))
            self.words.setFocus()

    def _receive(self) -> None:
        place = self.file.text().strip()
        if not place:
            self.problem.say(
                translate("Handover", "Type where the handover file is, or choose it.")
            )
            self.file.setFocus()
            return
        self.problem.clear()
        self.set_busy(translate("Handover", "Opening and checking the handover file…"))
        self.receive_requested.emit(Path(place).expanduser(), self.words.text())

    def _open(self) -> None:
        if self.case_id is not None:
            self.open_requested.emit(self.case_id)
            self.accept()

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a moving bar and hold the buttons, or (None) let them go."""
        for button in (self.start, self.choose, self.close_button):
            button.setEnabled(text is None)
        if text is None:
            self.busy.stop()
        else:
            self.busy.start(text)

    def received(self, case_id: int, sentence: str, code: str) -> None:
        """The case is in: say so, and show the code to read back."""
        self.set_busy(None)
        self.case_id = case_id
        self.words.clear()
        self.ask.hide()
        self.said.setText(sentence)  # the service's sentence (services.handover.Received)
        self.code.setText(code)
        self.code.setAccessibleName(
            translate("Handover", "The confirmation code: {code}").format(code=" ".join(code))
        )
        self.result.show()
        self.open_case.setDefault(True)
        self.adjustSize()  # grown to the sentence and the code: nothing of them cut off
        self.open_case.setFocus()

    def refused(self, sentence: str) -> None:
        """Say why nothing was received; the words stay, to be corrected."""
        self.set_busy(None)
        self.problem.say(sentence)
        self.words.setFocus()
