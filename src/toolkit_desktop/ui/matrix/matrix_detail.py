"""The focused indicator of the matrix: its text, answer, guidance, evidence note and source.

The guidance (and, for a child under ten, the note for young children) is always on screen beside
the list, so the newcomer is taught while the expert keeps typing. Escape or Enter in the evidence
or the source goes back to the list. Where the case records something an indicator asks about
(each time the child went missing, for "Has gone missing before"), a read-only line says so under
the answer; the answer itself stays the practitioner's.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Indicator
from toolkit_desktop.domain.missing_episodes import MISSING_BEFORE, missing_indicator_note
from toolkit_desktop.domain.people import Person, names_offered, people_of, person_named
from toolkit_desktop.domain.visibility import AnswersByForm
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.emphasis import bold, italic
from toolkit_desktop.ui.fields.section import plain_label

# Marked for the catalogue here, translated where they are shown.
NEEDS_STATUS = QT_TRANSLATE_NOOP(
    "Matrix",
    "Not saved yet: go back to the list (Esc) and press K, S or N to save this evidence with the "
    "answer.",
)
YOUNG_CHILD = QT_TRANSLATE_NOOP("Matrix", "For a child under ten")
NO_YOUNG_NOTE = QT_TRANSLATE_NOOP(
    "Matrix", "There is no separate note for young children on this indicator."
)


def guidance_html(indicator: Indicator, under_ten: bool) -> str:
    """The guidance as short paragraphs with headings, escaped (the definitions' own words under
    the app's headings)."""
    guidance = escape(indicator.guidance, quote=False)
    look = escape(translate("Matrix", "What to look for and ask"), quote=False)
    parts = [f"<p><b>{look}</b><br>{guidance}</p>"]
    if under_ten:
        note = escape(indicator.young_children or translate("Matrix", NO_YOUNG_NOTE), quote=False)
        young = escape(translate("Matrix", YOUNG_CHILD), quote=False)
        parts.append(f"<p><b>{young}</b><br>{note}</p>")
    return "".join(parts)


def recorded_notes(answers_by_form: AnswersByForm) -> dict[str, str]:
    """What the case records elsewhere that an indicator asks about, by indicator id."""
    note = missing_indicator_note(answers_by_form)
    return {MISSING_BEFORE: note} if note else {}


class IndicatorDetail(QWidget):
    """Shows one indicator; `edited` follows the user's typing, `back` asks for the list."""

    edited = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixDetail")
        # One column that scrolls as a whole when a long note for young children fills it.
        content = QWidget(self)
        self.title = plain_label("", content, "matrixIndicatorTitle")
        bold(self.title)
        self.answer = plain_label("", content, "matrixAnswer")
        self.recorded = plain_label("", content, "matrixRecorded")
        italic(self.recorded)
        self.recorded.hide()
        self._recorded: dict[str, str] = {}
        self._indicator_id: str | None = None
        self.guidance = QLabel(content, objectName="matrixGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.evidence = QPlainTextEdit(content, objectName="matrixEvidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            translate("Matrix", "What was seen or said that points to this")
        )
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 3 + 12)
        self.source = QLineEdit(content, objectName="matrixSource")
        self.source.setPlaceholderText(translate("Matrix", "Who said or showed this, and when"))
        self.cited = plain_label("", content, "matrixCited")
        italic(self.cited)
        # A source that names someone recorded under People around the child cites that record:
        # their names are offered as the source is typed, and a line says the record is there.
        self._people: tuple[Person, ...] = ()
        self.person = plain_label("", content, "matrixPerson")
        italic(self.person)
        self.person.hide()
        self.message = plain_label("", content, "matrixMessage")
        bold(self.message)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        for widget in (self.title, self.answer, self.recorded, self.guidance):
            layout.addWidget(widget)
        for text, edit in ((translate("Matrix", "&Evidence (key E)"), self.evidence),
                           (translate("Matrix", "S&ource (key O)"), self.source)):
            label = QLabel(text, content)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addWidget(self.cited)
        layout.addWidget(self.person)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        for edit in (self.evidence, self.source):
            edit.installEventFilter(self)
        self.evidence.textChanged.connect(self._typed)
        self.source.textEdited.connect(self._typed)
        self.source.textChanged.connect(self._show_person)
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
                self.title.setText(translate("Matrix", "Choose an indicator in the list."))
                self.answer.setText("")
                self.guidance.setText("")
            else:
                self.title.setText(indicator.text)  # the definitions' words
                self.answer.setText(
                    translate("Matrix", "Your answer: {answer}").format(answer=answer_words))
                self.guidance.setText(guidance_html(indicator, under_ten))
            self._indicator_id = indicator.id if indicator else None
            self._show_recorded()
            label = indicator.text if indicator else translate("Matrix", "Indicator")
            self.evidence.setAccessibleName(
                translate("Matrix", "{indicator}: evidence").format(indicator=label))
            self.source.setAccessibleName(
                translate("Matrix", "{indicator}: source").format(indicator=label))
            self.guidance.setAccessibleName(
                translate("Matrix", "Guidance: {indicator}").format(indicator=label))
            if self.evidence.toPlainText() != evidence:
                self.evidence.setPlainText(evidence)
            if self.source.text() != source:
                self.source.setText(source)
            self.evidence.setEnabled(indicator is not None)
            self.source.setEnabled(indicator is not None)
        finally:
            self._loading = False

    def set_recorded(self, answers_by_form: Mapping[str, Mapping[str, object]]) -> None:
        """Take the case's answers, for the lines saying what it records elsewhere."""
        self._recorded = recorded_notes(answers_by_form)
        self._show_recorded()
        people = people_of(answers_by_form)
        if people != self._people:
            self._people = people
            offered = names_offered(people)
            completer = None
            if offered:
                completer = QCompleter(offered, self.source)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.source.setCompleter(completer)
            self._show_person()

    def _show_person(self, *_args: object) -> None:
        person = person_named(self.source.text(), self._people)
        text = (translate(
            "Matrix", "{name} is recorded under People around the child (Alt+9)."
        ).format(name=person.called) if person is not None else "")
        self.person.setText(text)
        self.person.setVisible(bool(text))
        self.source.setAccessibleDescription(text)

    def _show_recorded(self) -> None:
        # The domain's sentence (domain.missing_episodes.missing_indicator_note), as it is.
        text = self._recorded.get(self._indicator_id or "", "")
        self.recorded.setText(text)
        self.recorded.setVisible(bool(text))
        self.recorded.setAccessibleName(text)

    def edit(self, which: str) -> None:
        """Put the cursor in the evidence or the source, scrolled into view."""
        edit = self.evidence if which == "evidence" else self.source
        self.scroll.ensureWidgetVisible(edit)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
