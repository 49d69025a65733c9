"""The chronology of a case as a list in time order, each correction shown under what it corrects.

Entries are never edited away: "Correct this entry" adds a new entry that points at the original,
and both stay on screen, so anyone reading the case sees what was first written and what
replaced it. Each time the child went missing and was found is shown among the entries, at its
time, read from the missing episodes record in Immediate safeguarding: it is changed there, not
typed here again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toolkit_desktop.domain.missing_episodes import FROM_RECORD, MOMENT_WORDS, EpisodeMoment
from toolkit_desktop.domain.records import ChronologyEntry, Conversation, entry_kind_words
from toolkit_desktop.ui.common.dates import day_and_time, local
from toolkit_desktop.ui.common.entry_parts import long_text
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate
from toolkit_desktop.ui.common.page_parts import Problem
from toolkit_desktop.ui.fields.layout_order import empty_layout, nest_layout
from toolkit_desktop.ui.fields.section import plain_label
from toolkit_desktop.ui.records.drafts import Fields, TypingWatch

# What each kind of entry is called on screen: `domain.records.ENTRY_KIND_WORDS`, the pack's
# words, marked here for translation (a test keeps the two equal). Translated where shown.
KIND_WORDS = {
    "event": QT_TRANSLATE_NOOP("Records", "Something that happened"),
    "disclosure": QT_TRANSLATE_NOOP("Records", "Something the child said"),
    "request_sent": QT_TRANSLATE_NOOP("Records", "Request sent to an agency"),
    "answer_received": QT_TRANSLATE_NOOP("Records", "Answer from an agency"),
    "meeting": QT_TRANSLATE_NOOP("Records", "Meeting"),
    "referral": QT_TRANSLATE_NOOP("Records", "Referral"),
    "note": QT_TRANSLATE_NOOP("Records", "Note"),
    "amendment": QT_TRANSLATE_NOOP("Records", "Answer changed after a referral pack was made"),
    "correction": QT_TRANSLATE_NOOP("Records", "Correction"),
}
INDENT = 28
# {record} is the domain's FROM_RECORD, "From the missing episodes recorded in ...".
FROM_EPISODES = QT_TRANSLATE_NOOP("Records", "{record}: change it there")


def from_episodes() -> str:
    """Where a missing episode's moment is changed, in the app's language."""
    return translate("Records", FROM_EPISODES).format(record=FROM_RECORD)


def kind_words(kind: str) -> str:
    """The kind of an entry in words: 'request_sent' -> 'Request sent to an agency'."""
    if kind in KIND_WORDS:
        return translate("Records", KIND_WORDS[kind])
    return entry_kind_words(kind)


def entry_text(
    entry: ChronologyEntry,
    target: ChronologyEntry | None,
    source: Conversation | None,
    corrected: bool,
) -> str:
    """One entry as rich text: when, kind, what, who recorded it and when; typed text escaped."""
    if target is not None:
        head = translate("Records", "<b>Correction</b> of the entry of {when}").format(
            when=escape(day_and_time(target.occurred_at))
        )
    else:
        head = (
            f"<b>{escape(day_and_time(entry.occurred_at))}</b> · {escape(kind_words(entry.kind))}"
        )
    if source is not None:
        recorded = translate(
            "Records", "Recorded {when} by {name} · from the conversation of {source}"
        ).format(
            when=day_and_time(entry.recorded_at),
            name=entry.recorded_by,
            source=day_and_time(source.occurred_at),
        )
    else:
        recorded = translate("Records", "Recorded {when} by {name}").format(
            when=day_and_time(entry.recorded_at), name=entry.recorded_by
        )
    note = (
        "<br>" + translate("Records", "<b>Corrected:</b> see the correction below.")
        if corrected
        else ""
    )
    return f"{head}<br>{escape(entry.text)}<br><i>{escape(recorded)}</i>{note}"


def moment_text(moment: EpisodeMoment) -> str:
    """A went-missing or found moment as rich text: when, what, and the record it is read from."""
    kind = MOMENT_WORDS.get(moment.kind, kind_words(moment.kind))
    return (
        f"<b>{escape(day_and_time(moment.at))}</b> · {escape(kind)}<br>{escape(moment.text)}"
        f"<br><i>{escape(from_episodes())}</i>"
    )


class ChronologyList(QWidget):
    """The entries, with "Correct this entry" under each, and the box a correction is typed in."""

    correct_requested = Signal(int, str)  # the entry corrected, the correction's text
    # The correction box moved under another entry, or went: whoever chains Tab does it again
    # (the box moves in the layout, not in Qt's focus chain).
    controls_moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chronologyList")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        self.box = QFrame(objectName="correctionBox")
        self.box.setFrameShape(QFrame.Shape.StyledPanel)
        self.box_title = plain_label("", self.box)
        self.text = long_text("correctionText", 3)
        self.problem = Problem("correctionProblem", self.box)
        self.add = QPushButton(
            translate("Records", "Add the correction"), objectName="correctionAdd"
        )
        self.cancel = cancel = QPushButton(
            translate("Records", "Cancel"), objectName="correctionCancel")
        buttons = QHBoxLayout()
        for button in (self.add, cancel):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.box)
        for widget in (self.box_title, self.text, self.problem):
            box.addWidget(widget)
        nest_layout(box, buttons)
        self.box.hide()
        self._correcting: int | None = None
        self._entries: dict[int, ChronologyEntry] = {}
        self._rows: dict[int, QWidget] = {}  # by entry id, as drawn now
        self.typing = TypingWatch(self, [self.text])
        self.add.clicked.connect(self._submit)
        cancel.clicked.connect(self._cancel)

    def show_entries(
        self,
        entries: list[ChronologyEntry],
        conversations: list[Conversation],
        episodes: Sequence[EpisodeMoment] = (),
        kept: Fields | None = None,
    ) -> None:
        """Lay the entries out in the order things happened; corrections under their originals,
        and the missing episodes' moments (`domain.missing_episodes.episode_moments`) at their
        times, after the entries of the same time.

        A correction being typed stays open, with its words, under its entry: the list is drawn
        again whenever something is recorded. `kept` is a correction's draft from before (another
        case, a lock) to open again."""
        open_id, words = self._correcting, self.text.toPlainText()
        focused = QApplication.focusWidget()
        typing_here = focused is not None and self.box.isAncestorOf(focused)
        if kept is not None and kept.get("entry", "").isdigit():
            open_id, words = int(kept["entry"]), kept.get("text", "")
        self._empty()
        by_id = {e.id: e for e in entries if e.id is not None}
        self._entries = by_id
        sources = {c.id: c for c in conversations}
        under: dict[int | None, list[ChronologyEntry]] = {}
        for entry in entries:
            parent = entry.corrects if entry.corrects in by_id else None
            under.setdefault(parent, []).append(entry)

        def add(entry: ChronologyEntry, depth: int) -> None:
            fixes = under.get(entry.id, [])
            self._add_row(
                entry,
                by_id.get(entry.corrects),
                sources.get(entry.conversation_id),
                bool(fixes),
                depth,
            )
            for fix in fixes:  # in the order recorded
                add(fix, depth + 1)

        rows: list[tuple[datetime, int, ChronologyEntry | EpisodeMoment]] = [
            (local(e.occurred_at), 0, e) for e in under.get(None, [])
        ]
        rows += [(local(m.at), 1, m) for m in episodes]
        for _, _, item in sorted(rows, key=lambda row: (row[0], row[1])):
            if isinstance(item, ChronologyEntry):
                add(item, 0)
            else:
                self._add_moment(item)
        if not entries and not episodes:
            self.rows.addWidget(plain_label(
                translate("Records", "Nothing in the chronology yet."), self, "emptyList"
            ))
        row = self.row(open_id) if open_id is not None else None
        if open_id in by_id and row is not None:
            self._open_box(by_id[open_id], row, words, focus=typing_here)

    def row(self, entry_id: int) -> QWidget | None:
        """The row showing one entry (never a row of the list drawn before, which waits for Qt
        to delete it under the same name)."""
        return self._rows.get(entry_id)

    def _add_row(
        self,
        entry: ChronologyEntry,
        target: ChronologyEntry | None,
        source: Conversation | None,
        corrected: bool,
        depth: int,
    ) -> None:
        # A correction sits indented under what it corrects, its box and all.
        row = QWidget(objectName=f"chronologyEntry:{entry.id}")
        outer = QHBoxLayout(row)
        outer.setContentsMargins(INDENT * min(depth, 4), 0, 0, 0)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer.addWidget(frame)
        text = QLabel(entry_text(entry, target, source, corrected), objectName="entryText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(
            translate("Records", "Correct this entry"), objectName=f"correctEntry:{entry.id}"
        )
        button.setAutoDefault(False)
        when = day_and_time(entry.occurred_at)
        button.setAccessibleName(translate("Records", "Correct the entry of {when}").format(
            when=when))
        button.setAccessibleDescription(text.text())
        button.clicked.connect(lambda _=False, e=entry, r=row: self._open_box(e, r))
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows.addWidget(row)
        if entry.id is not None:
            self._rows[entry.id] = row

    def _add_moment(self, moment: EpisodeMoment) -> None:
        # Read-only: no "Correct this entry", since the record it comes from is where it changes.
        row = QFrame(objectName=f"chronologyEpisode:{moment.episode}:{moment.kind}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(moment_text(moment), objectName="episodeText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by keyboard and screen reader
        kind = MOMENT_WORDS.get(moment.kind, kind_words(moment.kind))
        text.setAccessibleName(f"{kind}, {day_and_time(moment.at)}")
        text.setAccessibleDescription(f"{moment.text} {from_episodes()}.")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(text, 1)
        self.rows.addWidget(row)

    def moment_row(self, episode: int, kind: str) -> QWidget | None:
        """The row showing one moment of a missing episode."""
        return self.findChild(QWidget, f"chronologyEpisode:{episode}:{kind}")

    def _open_box(
        self, entry: ChronologyEntry, row: QWidget, words: str = "", *, focus: bool = True
    ) -> None:
        switched = self._correcting is not None and self._correcting != entry.id
        self._correcting = entry.id
        self.text.setReadOnly(False)
        self.box_title.setText(translate(
            "Records",
            "Correct the entry of {when}. Type what is right; the original stays in the "
            "chronology, with your correction under it.",
        ).format(when=day_and_time(entry.occurred_at)))
        self.text.setAccessibleName(translate(
            "Records", "Correction of the entry of {when}"
        ).format(when=day_and_time(entry.occurred_at)))
        with self.typing.quiet():
            self.text.setPlainText(words)
        self.problem.clear()
        self.rows.removeWidget(self.box)
        self.rows.insertWidget(self.rows.indexOf(row) + 1, self.box)
        self.box.show()
        self.add.setEnabled(True)
        self.controls_moved.emit()  # Tab goes from "Correct this entry" into the box
        if switched:
            self.typing.edited.emit()  # the correction left for another: its draft goes too
        if focus:
            self.text.setFocus()
            self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def draft(self) -> Fields:
        """The correction being typed and the entry it corrects, or {}."""
        words = self.text.toPlainText()
        if self._correcting is None or not words.strip():
            return {}
        return {"entry": str(self._correcting), "text": words}

    def _cancel(self) -> None:
        self.close_box()
        self.typing.edited.emit()  # thrown away: the draft with it

    def _submit(self) -> None:
        if self._correcting is None:
            return
        self.problem.clear()
        self.add.setEnabled(False)
        self.text.setReadOnly(True)  # until added or refused (`drafts.hold_still`)
        self.correct_requested.emit(self._correcting, self.text.toPlainText())

    def failed(self, sentence: str) -> None:
        """Say why the correction was not added; the typed text stays."""
        self.add.setEnabled(True)
        self.text.setReadOnly(False)
        self.problem.say(sentence)

    def close_box(self) -> None:
        """Hide the correction box, empty (its draft in the vault is not touched)."""
        self._correcting = None
        self.text.setReadOnly(False)
        with self.typing.quiet():
            self.text.clear()
        self.problem.clear()
        self.box.hide()

    def _empty(self) -> None:
        self._rows = {}
        self.rows.removeWidget(self.box)
        empty_layout(self.rows)
        self.rows.addWidget(self.box)  # kept, hidden, at the end until a correction is asked for
        self.close_box()
