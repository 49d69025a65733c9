"""Where an answer came from: the words that name a conversation, and the chooser listing them.

An answer or an indicator can say which recorded conversation with the child it came from, so
nobody has to ask the child again; the form then shows "From the conversation on ..." under it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.ui.common.dates import show_time
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

ACTION = QT_TRANSLATE_NOOP("Records", "Came from a conversation…")
SHORTCUT = "Ctrl+Shift+F"


def when_and_where(conversation: Conversation) -> str:
    """ "28 November 2026, 01:30 at Port office" (UK time)."""
    place = conversation.place.strip()
    when = show_time(conversation.occurred_at)
    if not place:
        return when
    return translate("Records", "{when} at {place}").format(when=when, place=place)


def source_note(conversation: Conversation) -> str:
    """The line shown under an answer that cites a conversation."""
    return translate("Records", "From the conversation on {when}").format(
        when=when_and_where(conversation)
    )


def choice_line(conversation: Conversation) -> str:
    """One conversation in the chooser: when, where, who was present, the interpreter."""
    parts = [when_and_where(conversation)]
    if conversation.present.strip():
        parts.append(translate("Records", "Present: {people}").format(
            people=conversation.present.strip()))
    interpreter, language = conversation.interpreter.strip(), conversation.language.strip()
    if interpreter and language:
        parts.append(translate("Records", "Interpreter: {interpreter} in {language}").format(
            interpreter=interpreter, language=language))
    elif interpreter:
        parts.append(translate("Records", "Interpreter: {interpreter}").format(
            interpreter=interpreter))
    elif language:  # a language alone says nothing of an interpreter (domain.derive_case)
        parts.append(translate("Records", "Spoken in {language}").format(language=language))
    return "\n".join(parts)


class ConversationChooser(QDialog):
    """The case's conversations, newest first; Enter chooses the highlighted one."""

    def __init__(
        self, conversations: Sequence[Conversation], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationChooser")
        self.setWindowTitle(translate("Records", "Which conversation did this come from?"))
        self.setModal(True)
        self.resize(560, 360)
        intro = QLabel(translate(
            "Records",
            "Choose the conversation with the child this answer came from. The form will show it "
            "under the answer, and the referral pack will say so.",
        ), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self, objectName="conversationChoices")
        self.list.setAccessibleName(
            translate("Records", "Conversations with the child, newest first")
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for conversation in sorted(conversations, key=lambda c: c.occurred_at, reverse=True):
            item = QListWidgetItem(choice_line(conversation))
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(self)
        use = QPushButton(
            translate("Records", "Use this conversation"), self, objectName="conversationUse"
        )
        use.setDefault(True)
        buttons.addButton(use, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, buttons):
            layout.addWidget(widget)
        self.list.setFocus()

    def chosen(self) -> int | None:
        """The id of the highlighted conversation."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def choose_conversation(
    parent: QWidget | None, conversations: Sequence[Conversation]
) -> int | None:
    """Show the chooser and wait; the chosen conversation's id, or None when cancelled."""
    chooser = ConversationChooser(conversations, parent)
    try:
        return chooser.chosen() if chooser.exec() == QDialog.DialogCode.Accepted else None
    finally:
        chooser.deleteLater()
