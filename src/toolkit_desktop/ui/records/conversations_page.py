"""The "Conversations with the child" step: each conversation recorded once, and what it answered.

Repeated interviews re-traumatise children (pilot report 4.8.1), so each conversation shows the
answers and entries that already cite it: the practitioner sees the question was asked and need
not ask the child again. Recording goes through `record_requested`; the window does the vault
work on the worker and calls `recorded` or `failed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import Conversation, Key
from toolkit_desktop.services.cases import CONVERSATION_DRAFT, CaseSnapshot
from toolkit_desktop.services.history import cited_by
from toolkit_desktop.ui.common.dates import day_and_time
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.layout_order import empty_layout, layout_widgets, nest_layout
from toolkit_desktop.ui.fields.section import heading, plain_label
from toolkit_desktop.ui.form.form_view import MAX_FORM_WIDTH
from toolkit_desktop.ui.records.conversation_form import ConversationForm

TITLE = QT_TRANSLATE_NOOP("Records", "Conversations with the child")
HELP = QT_TRANSLATE_NOOP(
    "Records",
    "Record each conversation with the child once: when and where, who was present, the "
    "interpreter and language, how the child was, and what was said in their own words. Answers "
    "in the other forms can point to a conversation, so nobody needs to ask the child again. A "
    "recorded conversation is a record and is never edited: if something in it is wrong, add a "
    "correction in the Chronology and agencies step.",
)


def cited_labels(definitions: Definitions, keys: Iterable[Key]) -> list[str]:
    """ "Child's details: Age, Nationality", one line per form the cited answers are in."""
    by_form: dict[str, list[str]] = {}
    for form_id, field_id in keys:
        form = definitions.form(form_id)
        field = form.field(field_id) if form else None
        title = form.title if form else form_id
        by_form.setdefault(title, []).append(field.label if field else field_id)
    return [f"{title}: {', '.join(labels)}" for title, labels in by_form.items()]


def conversation_text(number: int, c: Conversation, cited: list[str], entries: int) -> str:
    """One conversation as rich text; everything typed is escaped."""

    def line(label: str, value: str) -> str:
        return f"<br><b>{label}:</b> {escape(value)}" if value.strip() else ""

    used = list(cited)
    if entries == 1:
        used.append(translate("Records", "1 chronology entry"))
    elif entries:
        used.append(translate("Records", "{count} chronology entries").format(count=entries))
    uses = (
        "<br>"
        + translate(
            "Records", "<b>Already used for</b> (no need to ask the child again): {uses}"
        ).format(uses=escape("; ".join(used)))
        if used
        else "<br>" + escape(translate("Records", "Not yet cited by any answer."))
    )
    interpreter = ", ".join(p for p in (c.interpreter.strip(), c.language.strip()) if p)
    title = translate("Records", "Conversation {number}: {when}").format(
        number=number, when=day_and_time(c.occurred_at)
    )
    recorded = translate("Records", "Recorded by {name}, {when}").format(
        name=c.recorded_by, when=day_and_time(c.recorded_at)
    )
    return (
        f"<b>{escape(title)}</b>"
        + (f", {escape(c.place)}" if c.place.strip() else "")
        + line(escape(translate("Records", "Present")), c.present)
        + line(escape(translate("Records", "Interpreter and language")), interpreter)
        + line(escape(translate("Records", "How the child was")), c.how_the_child_was)
        + line(escape(translate("Records", "What was said")), c.account)
        + f"<br><i>{escape(recorded)}</i>{uses}"
    )


class ConversationsPage(QScrollArea):
    """The list of conversations and the form that records a new one."""

    record_requested = Signal(dict)

    def __init__(
        self, definitions: Definitions, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationsPage")
        self._defs = definitions
        self._case_id: int | None = None  # the case whose records are shown
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QWidget()
        column.setMaximumWidth(MAX_FORM_WIDTH)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading(translate("Records", TITLE), column, 1.6))
        layout.addWidget(plain_label(translate("Records", HELP), column, "conversationsHelp"))
        self.start = QPushButton(
            translate("Records", "&Record a conversation…"), objectName="conversationStart"
        )
        self.start.setAutoDefault(False)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        self.form = ConversationForm(now)
        self.form.hide()
        layout.addWidget(self.form)
        self.list_title = heading(translate("Records", "Recorded conversations"), column, 1.25)
        layout.addWidget(self.list_title)
        self.items = QVBoxLayout()
        self.items.setSpacing(8)
        nest_layout(layout, self.items)
        layout.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.setWidget(holder)
        self.start.clicked.connect(self.form.start)
        self.form.submitted.connect(self.record_requested)
        self.form.cancelled.connect(self.start.setFocus)
        self.clear()

    def entries(self) -> list[QLabel]:
        """The conversations listed, in order."""
        return layout_widgets(self.items)  # every one a QLabel

    def show_records(self, snapshot: CaseSnapshot) -> None:
        """List the case's conversations, each with what already cites it. Another case than
        the one shown before empties the form: what was typed for one child is never recorded
        in another child's case."""
        if snapshot.case.id != self._case_id:
            self._case_id = snapshot.case.id
            self.form.reset()
            self.form.hide()
            kept = snapshot.drafts.get(CONVERSATION_DRAFT)
            if kept:  # typed before a lock, another case or a crash, and not yet recorded
                self.form.restore(kept)
                self.form.show()
        self._empty_list()
        for number, c in enumerate(snapshot.conversations, start=1):
            cited = cited_labels(self._defs, cited_by(snapshot, c.id)) if c.id else []
            entries = sum(1 for e in snapshot.chronology if e.conversation_id == c.id)
            item = QLabel(conversation_text(number, c, cited, entries))
            item.setObjectName(f"conversation:{c.id}")
            item.setWordWrap(True)
            item.setTextFormat(Qt.TextFormat.RichText)
            item.setFrameShape(QFrame.Shape.StyledPanel)
            item.setMargin(8)
            item.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # each one a stop for the keyboard
            item.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            item.setAccessibleName(translate("Records", "Conversation {number}, {when}").format(
                number=number, when=day_and_time(c.occurred_at)))
            item.setAccessibleDescription(item.text())
            self.items.addWidget(item)
            item.show()  # now, not when the layout next runs: the focus may go straight to it
        count = len(snapshot.conversations)
        self.list_title.setText(
            translate("Records", "Recorded conversations ({count})").format(count=count) if count
            else translate("Records", "Recorded conversations: none yet")
        )

    def draft(self) -> tuple[int | None, dict[str, str]]:
        """The case shown and the words typed in the form, for `DraftKeeper`."""
        return self._case_id, self.form.draft()

    def recorded(self) -> None:
        """The conversation is in the vault: close the form and go to the newest one."""
        self.form.reset()
        self.form.hide()
        self.form.typing.edited.emit()  # its draft went with the record; anything typed since too
        shown = self.entries()
        if shown:
            shown[-1].setFocus()
            self.ensureWidgetVisible(shown[-1])
        else:
            self.start.setFocus()

    def failed(self, sentence: str) -> None:
        """Say why the conversation was not recorded; what was typed stays."""
        self.form.failed(sentence)

    def clear(self) -> None:
        """Show no case (on lock): the list and the form emptied."""
        self._case_id = None
        self._empty_list()
        self.form.reset()
        self.form.hide()
        self.list_title.setText(translate("Records", "Recorded conversations"))

    def _empty_list(self) -> None:
        empty_layout(self.items)
