"""What can be asked of any answer in the workspace: its history, and the conversation it came from.

Both work on the answer that has the keyboard (Ctrl+H, Ctrl+Shift+F) and on the right-click menu of
every answer, in the forms and in the matrix. Amendments after a pack was sent are handled by
`Amendments`; the "From the conversation on ..." lines by `SourceNotes`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

import toolkit_desktop.ui.records.cite as cite
import toolkit_desktop.ui.records.history_dialog as history_dialog
from toolkit_desktop.domain.definitions import FieldType
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.domain.records import Conversation, Key
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.services.history import WorkedOutContext, field_history
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.fields.base import FieldWidget
from toolkit_desktop.ui.form.autosave import Change
from toolkit_desktop.ui.matrix.matrix_page import MatrixPage
from toolkit_desktop.ui.records.amendments import Amendments
from toolkit_desktop.ui.records.source_notes import SourceNotes

NO_FIELD = QT_TRANSLATE_NOOP(
    "Workspace",
    "Put the cursor in a question or on an indicator first, then press {keys} (or right-click it).",
)
ANSWER_FIRST = QT_TRANSLATE_NOOP(
    "Workspace", "Answer it first, then say which conversation the answer came from."
)
NO_CONVERSATIONS = QT_TRANSLATE_NOOP(
    "Workspace",
    "No conversation with the child is recorded in this case yet. Record it once under "
    "“Conversations with the child”, then link answers to it, so nobody needs to ask the child "
    "again.",
)


def field_at(widget: QWidget | None, workspace: QWidget) -> Key | None:
    """The (form, field) of the answer holding `widget`, if it is one in the workspace."""
    found: Key | None = None
    while widget is not None and widget is not workspace:
        name = widget.objectName()
        if found is None and isinstance(widget, FieldWidget) and name.startswith("field:"):
            form_id, _, field_id = name.removeprefix("field:").partition(".")
            found = (form_id, field_id)
        if found is None and isinstance(widget, MatrixPage):
            field_id = widget.current_field()
            found = (MATRIX_FORM, field_id) if field_id else None
        widget = widget.parentWidget()
    return found if widget is workspace else None


class FieldTools(QObject):
    """The history and "came from a conversation" actions, and the amendment prompts."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._ws = window.workspace
        self.notes = SourceNotes()
        self.amendments = Amendments(window, self.notes)
        self.actions: dict[str, QAction] = {}
        for key, text, keys, slot in (
            ("history", history_dialog.ACTION, history_dialog.SHORTCUT, self.show_history),
            ("cite", cite.ACTION, cite.SHORTCUT, self.cite),
        ):
            # The words are the records room's (marked there in its own context).
            action = QAction(translate("Records", text), self._ws, objectName=f"action:{key}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self._ws.addAction(action)
            self.actions[key] = action
        self._ws.case_changed.connect(self._case_changed)
        self._ws.answer_changed.connect(self._edited)
        self._ws.pages.currentChanged.connect(lambda _index: self.notes.apply(self._ws.views))
        # Its `eventFilter` sees the app's right-click menus through the window's `AppEvents`.

    # -- which answer ---------------------------------------------------------------------------

    def focused(self) -> Key | None:
        """The answer that has the keyboard."""
        return field_at(QApplication.focusWidget(), self._ws)

    def menu_for(self, widget: QWidget) -> QMenu | None:
        """The right-click menu of an answer: the text box's own entries, then ours."""
        key = field_at(widget, self._ws)
        if key is None:
            return None
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            menu = widget.createStandardContextMenu()
            menu.addSeparator()
        else:
            menu = QMenu(widget)
        for name, slot in (("history", self.show_history), ("cite", self.cite)):
            action = menu.addAction(self.actions[name].text(), lambda s=slot, k=key: s(k))
            action.setShortcut(self.actions[name].shortcut())
            action.setObjectName(f"menu:{name}")
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of the app passes here: the cheapest test first.
        if not isinstance(event, QContextMenuEvent):
            return False
        if isinstance(watched, QWidget) and self._ws.isAncestorOf(watched):
            if self._ws.read_only:  # a case handed over: no Paste, no "came from" on its pages
                return True
            menu = self.menu_for(watched)
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False

    # -- history --------------------------------------------------------------------------------

    def show_history(self, key: Key | None = None) -> None:
        """Show every value the answer has held (read after any pending save)."""
        key = key or self.focused()
        session, snapshot = self._window.session, self._ws.snapshot
        if key is None or session is None or snapshot is None:
            self._window.status.note(
                translate("Workspace", NO_FIELD).format(keys=history_dialog.SHORTCUT))
            return
        form_id, field_id = key
        case_id = snapshot.case.id
        form = self._window.context.definitions.form(form_id)
        field = form.field(field_id) if form else None
        title = translate("Workspace", "History of “{answer}”").format(
            answer=self.amendments.label(form_id, field_id))
        context = WorkedOutContext(
            self._window.context.definitions, uk_today(self._window.context.clock.now()),
            session.profile,
        )
        self._window.autosaver.flush()
        self._window.worker.submit(
            lambda: field_history(session.service.snapshot(case_id), form_id, field_id, context),
            lambda items: self._window.context.dialogs.show_history(
                self._ws, title, history_dialog.history_rows(field, field_id, items)),
            self._window.status.problem,
        )

    # -- came from a conversation ---------------------------------------------------------------

    def cite(self, key: Key | None = None) -> None:
        """Ask which recorded conversation the answer came from, and record it with the answer."""
        key = key or self.focused()
        session, snapshot = self._window.session, self._ws.snapshot
        if key is None or session is None or snapshot is None:
            self._window.status.note(translate("Workspace", NO_FIELD).format(keys=cite.SHORTCUT))
            return
        if self._ws.read_only:  # a case handed over: its answers cannot change here
            return
        if self._ws.answers.get(key[0], {}).get(key[1]) is None:
            self._window.status.note(translate("Workspace", ANSWER_FIRST))
            return
        case_id = snapshot.case.id
        self._window.worker.submit(
            lambda: session.conversations(case_id),
            lambda conversations: self._choose(key, conversations),
            self._window.status.problem,
        )

    def _choose(self, key: Key, conversations: list[Conversation]) -> None:
        dialogs = self._window.context.dialogs
        if not conversations:
            dialogs.inform(self._ws, translate("Workspace", "No conversations recorded yet"),
                           translate("Workspace", NO_CONVERSATIONS))
            return
        chosen = dialogs.choose_conversation(self._ws, conversations)
        conversation = next((c for c in conversations if c.id == chosen), None)
        value = self._ws.answers.get(key[0], {}).get(key[1])
        if conversation is None or value is None or self._ws.snapshot is None:
            return
        form = self._window.context.definitions.form(key[0])
        field = form.field(key[1]) if form else None
        if field is not None and field.type is FieldType.INDICATOR and isinstance(value, dict):
            value = {**value, "conversation_id": conversation.id}  # the evidence came from it
        self._ws.answers[key[0]][key[1]] = value
        self._ws.answers_put_back(key[0])
        self.notes.set(key, conversation)
        self.notes.apply(self._ws.views)
        self._window.autosaver.record(
            Change(key[0], key[1], value, conversation_id=conversation.id),
            lambda _rev: self._cited(conversation),
        )

    def _cited(self, conversation: Conversation) -> None:
        """The cited answer is saved: say so, and read the case again so that the conversation
        lists what it has now answered ("no need to ask the child again") at once."""
        self._window.status.note(translate("Workspace", "{note}: noted.").format(
            note=cite.source_note(conversation)))
        session, snapshot = self._window.session, self._ws.snapshot
        if session is None or snapshot is None:
            return
        self._window.worker.submit(
            lambda: session.service.snapshot(snapshot.case.id),
            self._ws.update_records,
            self._window.status.problem,
        )

    # -- keeping the notes true -----------------------------------------------------------------

    def _case_changed(self, snapshot: Any) -> None:
        if snapshot is None:  # locked: close anything that shows the case
            for dialog in self._ws.findChildren(QWidget):
                if dialog.isWindow() and dialog.isVisible():
                    dialog.close()
        self.notes.load(snapshot)
        self.notes.apply(self._ws.views)

    def _edited(self, form_id: str, field_id: str, value: Any) -> None:
        before = (form_id, field_id) in self.notes.sources
        self.notes.edited(form_id, field_id, value)
        if before and (form_id, field_id) not in self.notes.sources:
            self.notes.apply(self._ws.views)
