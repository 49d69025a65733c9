"""The focused indicator of the matrix: its text, answer, guidance, evidence note and source.

The guidance (and, for a child under ten, the note for young children) is always on screen beside
the list, so the newcomer is taught while the expert keeps typing. Escape or Enter in the evidence
or the source goes back to the list.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Indicator
from toolkit_desktop.ui.fields.section import plain_label

NEEDS_STATUS = ("Not saved yet: go back to the list (Esc) and press K, S or N to save this "
                "evidence with the answer.")
YOUNG_CHILD = "For a child under ten"
NO_YOUNG_NOTE = "There is no separate note for young children on this indicator."


def guidance_html(indicator: Indicator, under_ten: bool) -> str:
    """The guidance as short paragraphs with headings, escaped."""
    guidance = escape(indicator.guidance, quote=False)
    parts = [f"<p><b>What to look for and ask</b><br>{guidance}</p>"]
    if under_ten:
        note = escape(indicator.young_children or NO_YOUNG_NOTE, quote=False)
        parts.append(f"<p><b>{YOUNG_CHILD}</b><br>{note}</p>")
    return "".join(parts)


class IndicatorDetail(QWidget):
    """Shows one indicator; `edited` follows the user's typing, `back` asks for the list."""

    edited = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixDetail")
        self.title = plain_label("", self, "matrixIndicatorTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.answer = plain_label("", self, "matrixAnswer")
        self.guidance = QLabel(self, objectName="matrixGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.guidance)
        self.evidence = QPlainTextEdit(self, objectName="matrixEvidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText("What was seen or said that points to this")
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 3 + 12)
        self.source = QLineEdit(self, objectName="matrixSource")
        self.source.setPlaceholderText("Who said or showed this, and when")
        self.cited = plain_label("", self, "matrixCited")
        self.cited.setStyleSheet("font-style: italic;")
        self.message = plain_label("", self, "matrixMessage")
        self.message.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.answer)
        layout.addWidget(scroll, 1)
        for text, edit in (("&Evidence (key E)", self.evidence), ("S&ource (key O)", self.source)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addWidget(self.cited)
        layout.addWidget(self.message)
        for edit in (self.evidence, self.source):
            edit.installEventFilter(self)
        self.evidence.textChanged.connect(self._typed)
        self.source.textEdited.connect(self._typed)
        self._loading = False
        self.show_indicator(None, None, "", "", under_ten=False)

    def show_indicator(
        self,
        indicator: Indicator | None,
        answer_words: str | None,
        evidence: str,
        source: str,
        *,
        under_ten: bool,
    ) -> None:
        """Show an indicator (None: nothing chosen) without counting it as the user's edit."""
        self._loading = True
        try:
            if indicator is None:
                self.title.setText("Choose an indicator in the list.")
                self.answer.setText("")
                self.guidance.setText("")
            else:
                self.title.setText(indicator.text)
                self.answer.setText(f"Your answer: {answer_words}")
                self.guidance.setText(guidance_html(indicator, under_ten))
            label = indicator.text if indicator else "Indicator"
            self.evidence.setAccessibleName(f"{label}: evidence")
            self.source.setAccessibleName(f"{label}: source")
            self.guidance.setAccessibleName(f"Guidance: {label}")
            if self.evidence.toPlainText() != evidence:
                self.evidence.setPlainText(evidence)
            if self.source.text() != source:
                self.source.setText(source)
            self.evidence.setEnabled(indicator is not None)
            self.source.setEnabled(indicator is not None)
        finally:
            self._loading = False

    def texts(self) -> dict[str, str]:
        """{"evidence": ..., "source": ...} as typed."""
        return {"evidence": self.evidence.toPlainText(), "source": self.source.text()}

    def show_cited(self, text: str) -> None:
        """ "From the conversation on ..." under the source, or nothing."""
        self.cited.setText(text)
        self.cited.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A sentence saying why the evidence is not saved yet, or nothing."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.evidence.setAccessibleDescription(text)

    def _typed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key == Qt.Key.Key_Escape or (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift
            ):
                self.back.emit()
                return True
        return super().eventFilter(watched, event)
