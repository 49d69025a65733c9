"""The windows behind the dialog seam: the reason prompt, the history and the conversation chooser,
built and driven directly (tests elsewhere answer them through scripted dialogs)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from toolkit_desktop.domain.records import Conversation
from toolkit_desktop.services.history import HistoryItem
from toolkit_desktop.ui.records.cite import ConversationChooser, source_note
from toolkit_desktop.ui.records.history_dialog import HistoryDialog, history_rows
from toolkit_desktop.ui.records.reason_prompt import ReasonPrompt

WHEN = datetime(2026, 7, 3, 14, 5, tzinfo=UTC)  # 15:05 in UK summer time


def _talk(conversation_id: int, when: datetime, place: str) -> Conversation:
    return Conversation(1, when, place, "Sam Okafor, PC Hughes", "By phone", "Tigrinya",
                        "Tired", "The driver has my passport.", when, "Sam Okafor",
                        id=conversation_id)


def test_the_reason_prompt_saves_only_with_a_reason(qtbot):
    prompt = ReasonPrompt("Why is this answer changing?", "You changed “Given names”.")
    qtbot.addWidget(prompt)
    prompt.show()
    assert not prompt.save_button.isEnabled()
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    assert prompt.result() != QDialog.DialogCode.Accepted and prompt.isVisible()
    qtbot.keyClicks(prompt.edit, "  Full name given at the second visit ")
    assert prompt.save_button.isEnabled()
    qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
    assert prompt.result() == QDialog.DialogCode.Accepted
    assert prompt.reason() == "Full name given at the second visit"
    assert prompt.edit.accessibleName() == "Reason for the change"


def test_the_history_shows_uk_time_and_escapes_the_childs_words(qtbot, shipped_definitions):
    field = shipped_definitions.forms["child"].field("given_names")
    items = [
        HistoryItem("Mimi", WHEN, "Sam Okafor", None, None),
        HistoryItem("<b>Amira</b> & co", WHEN.replace(hour=16), "Jo Patel", "Full name given",
                    _talk(3, WHEN, "Port office")),
        HistoryItem(None, WHEN.replace(hour=17), "Jo Patel", "Said in error", None),
    ]
    rows = history_rows(field, "given_names", items)
    assert [r.value for r in rows] == ["Cleared (no answer)", "<b>Amira</b> & co", "Mimi"]
    assert rows[1].when == "3 July 2026, 17:05" and rows[2].when == "3 July 2026, 15:05"
    assert rows[1].conversation == "3 July 2026, 15:05 at Port office"
    dialog = HistoryDialog("History of “Given names”", rows)
    qtbot.addWidget(dialog)
    html = dialog.text.toHtml()
    assert "&lt;b&gt;Amira&lt;/b&gt; &amp; co" in html and "<b>Amira</b>" not in html
    text = dialog.text.toPlainText()
    assert "When (UK time)" in text and "Full name given" in text and "Jo Patel" in text
    assert dialog.text.accessibleName() == "History of “Given names”"


def test_the_chooser_lists_conversations_newest_first_with_who_was_there(qtbot):
    older = _talk(1, WHEN, "Port office")
    newer = _talk(2, WHEN.replace(day=4), "")
    chooser = ConversationChooser([older, newer])
    qtbot.addWidget(chooser)
    chooser.show()
    first = chooser.list.item(0).text()
    assert first.startswith("4 July 2026, 15:05\nPresent: Sam Okafor, PC Hughes")
    assert "Interpreter: By phone in Tigrinya" in first
    assert chooser.chosen() == 2
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted and chooser.chosen() == 1
    assert source_note(older) == "From the conversation on 3 July 2026, 15:05 at Port office"
