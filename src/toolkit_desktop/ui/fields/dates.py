"""Date, approximate-date and date-and-time questions: one text box each, typed as people write.

"29/11/2026", "29 Nov", "yesterday", "today 02:10", "about 2019": the box is one Tab stop, and
what was understood is said in words beside it as it is typed. The date is kept when the box is
left or Enter is pressed, never half typed; one that cannot be read gets a sentence and the
earlier answer stands, as does one outside the range any answer may hold (`domain.limits`: a
date of birth before 1900, say). A date that cannot be right (a decision next month, a child of
31) is asked about at once, under the box: it is kept only when Enter answers the question. The
keyboard is never pulled back to the box: a practitioner typing after every Tab would put the
next answer into it. The reading itself is the domain's (`domain.date_text`); this module only
shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from toolkit_desktop.domain.date_doubts import doubt
from toolkit_desktop.domain.date_text import (
    DateProblem,
    read_approx_date,
    read_date,
    read_moment,
    say_date,
    say_moment,
    write_date,
    write_moment,
)
from toolkit_desktop.domain.definitions import Field
from toolkit_desktop.domain.values import check_value
from toolkit_desktop.domain.wording import uk_today
from toolkit_desktop.ui.fields.base import (
    QT_TRANSLATE_NOOP,
    AnswerLine,
    FieldMessage,
    FieldWidget,
    show_message,
)
from toolkit_desktop.ui.fields.layout_order import nest_layout

# Said under the box; {problem} and {doubt} are the domain's sentences about the date.
NOT_SAVED = QT_TRANSLATE_NOOP("Fields", "Not saved yet. {problem}")
KEEP_IT = QT_TRANSLATE_NOOP(
    "Fields", "Not saved yet. {doubt} Press Enter in the box to keep it, or correct it."
)
NOT_READ = QT_TRANSLATE_NOOP("Fields", "Not read as a date yet: see below")
_HAS_TIME = re.compile(r"\d[:.h]\d\d|\d\s*(am|pm)\b", re.IGNORECASE)

LocalClock = Callable[[], datetime]  # returns an aware datetime
DoubtCheck = Callable[[Field, str], "str | None"]


def _system_now() -> datetime:
    return datetime.now(UTC)


def _from_ancestors(widget: QWidget, name: str) -> Any:
    """An attribute given by the form that holds `widget` (its clock, its doubt check)."""
    parent = widget.parentWidget()
    while parent is not None:
        found = getattr(parent, name, None)
        if found is not None:
            return found
        parent = parent.parentWidget()
    return None


class TypedDateWidget(FieldWidget):
    """One box read by `_read`, with what was understood in words beside it.

    Subclasses give `_read` (text -> stored value, or DateProblem), `_say` (stored -> words) and
    `_write` (stored -> tidy text for the box).
    """

    placeholder = QT_TRANSLATE_NOOP("Fields", "For example 29/11/2026, or yesterday")
    width_text = "00/00/0000 00:00"

    def __init__(
        self, field: Field, parent: QWidget | None = None, clock: LocalClock | None = None
    ) -> None:
        super().__init__(field, parent)
        self._clock = clock
        self._value: str | None = None
        self._accepted: str | None = None  # a doubtful value the practitioner chose to keep
        self._pending: str | None = None  # a doubtful value waiting for Enter
        self.edit = AnswerLine(self)
        self.edit.setObjectName("date")
        example = QCoreApplication.translate("Fields", self.placeholder)
        self.edit.setPlaceholderText(example)
        # Wide enough for a date and time typed, and for the example shown while it is empty
        # (cut to "For example 29/1…" it showed no example at all), in any language.
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(
            max(metrics.horizontalAdvance(self.width_text), metrics.horizontalAdvance(example))
            + 24)
        self._describe(self.edit)
        self.understood = QLabel(self)
        self.understood.setObjectName("date-understood")
        self.understood.setTextFormat(Qt.TextFormat.PlainText)
        self.understood.setWordWrap(True)  # at 150% on a small screen it wraps, never widens
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit)
        self.row.addWidget(self.understood, 1)
        self.message = FieldMessage(self)  # at the foot of the layout, when needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        nest_layout(layout, self.row)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.returnPressed.connect(self._on_enter)
        self.edit.installEventFilter(self)

    # -- what the form reads -------------------------------------------------------------------

    def value(self) -> str | None:
        """The last date that could be read (and, if doubtful, was kept), or None when empty."""
        return self._value

    def commit(self) -> None:
        """Keep what the box says now, as leaving it would (a form about to be sent reads it)."""
        self._keep()

    def reading(self) -> str | None:
        """What the box's words mean now, as stored (None: empty, or not a date), without
        keeping it: "today 19:40" typed tonight is tonight's date, read tomorrow or not."""
        return self._reading()[0]

    def unkept(self) -> str:
        """What the box shows and is not kept (unreadable, or waiting for Enter), or ""."""
        text = self.edit.text().strip()
        shown = self._write(self._value) if self._value is not None else ""
        return text if text and text != shown else ""

    def now(self) -> datetime:
        """The app's clock: the one given, the form's, or the computer's."""
        clock = self._clock or _from_ancestors(self, "field_clock") or _system_now
        return clock()

    def today(self) -> date:
        """Today in the UK."""
        return uk_today(self.now())

    # -- for subclasses ------------------------------------------------------------------------

    def _read(self, text: str) -> str:
        raise TypeError(f"{type(self).__name__} does not define _read()")

    def _say(self, stored: str) -> str:
        return say_date(stored)

    def _write(self, stored: str) -> str:
        return write_date(stored)

    # -- reacting to the keyboard --------------------------------------------------------------

    def _reading(self) -> tuple[str | None, str]:
        """(stored value or None for an empty box, problem sentence or "")."""
        text = self.edit.text()
        if not text.strip():
            return None, ""
        try:
            stored = self._read(text)
        except DateProblem as problem:
            return None, str(problem)
        # The same range the record path and an import hold a date to (`domain.limits`): a date
        # of birth in 1890 is refused here, in words, rather than when it is saved.
        beyond = check_value(self.field, stored, today=self.today())
        if beyond:
            return None, beyond.replace(stored, self._say(stored), 1)
        return stored, ""

    def _doubt(self, stored: str) -> str | None:
        if stored == self._accepted or stored == self._value:
            return None
        check: DoubtCheck | None = _from_ancestors(self, "date_doubt")
        if check is not None:  # the form's, which can compare with its other answers
            return check(self.field, stored)
        return doubt(self.field, stored, self.now(), lambda _reference: None)

    def _on_edited(self, _text: str) -> None:
        # Said as it is typed; kept only when the box is left or Enter is pressed, so a date
        # half typed ("Mar 2" on the way to "Mar 2011") is never saved, not even for a moment.
        stored, _problem = self._reading()
        self.understood.setText(self._say(stored) if stored else "")
        doubt = self._doubt(stored) if stored is not None else None
        self._pending = stored if doubt else None
        # A date to ask about is asked at once, under the box, while the keyboard is still here.
        asked = QCoreApplication.translate("Fields", KEEP_IT).format(doubt=doubt) if doubt else ""
        show_message(self.message, asked, self, self.edit)

    def _on_enter(self) -> None:
        stored, _problem = self._reading()
        if stored is not None and stored == self._pending:
            self._accepted = stored  # asked, and kept: Enter is the answer to the question
            self._pending = None
        self._keep()

    def _keep(self) -> None:
        """Read the box: keep the date, or say under it why not (what it asks stays there)."""
        if self._value is not None and self.edit.text() == self._write(self._value):
            return  # what is kept, as shown: passing by with Tab never rewrites it
        stored, problem = self._reading()
        if problem:
            # Said under the box and beside it; the keyboard is not held here, so a practitioner
            # can go on and come back with the date (the earlier answer stands meanwhile).
            said = QCoreApplication.translate("Fields", NOT_SAVED).format(problem=problem)
            show_message(self.message, said, self, self.edit)
            self.understood.setText(QCoreApplication.translate("Fields", NOT_READ))
            return
        if stored is None:
            show_message(self.message, "", self, self.edit)
            self._store(None)
            return
        doubt = self._doubt(stored)
        if doubt:
            self._pending = stored
            asked = QCoreApplication.translate("Fields", KEEP_IT).format(doubt=doubt)
            show_message(self.message, asked, self, self.edit)
            return
        show_message(self.message, "", self, self.edit)
        self._store(stored)
        self.edit.setText(self._write(stored))  # tidy "29 nov" into "29/11/2026"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._keep()
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._pending is not None
            and self._reading()[0] == self._pending
        ):
            # Enter answers the question under the box ("keep it") and nothing else: in a
            # dialog it used to press the default button too, and the next box was never filled.
            self._on_enter()
            return True
        return super().eventFilter(watched, event)

    def _store(self, value: str | None) -> None:
        if value != self._value:
            self._value = value
            self._user_edited()

    def _show(self, value: Any) -> None:
        self._value = value if isinstance(value, str) and value else None
        self._accepted = self._value  # what was saved before is never asked about again
        self._pending = None
        self.edit.setText(self._write(self._value) if self._value else "")
        self.understood.setText(self._say(self._value) if self._value else "")
        show_message(self.message, "", self, self.edit)


def commit_typed_date(within: QWidget) -> None:
    """If the keyboard is in a date box inside `within`, keep what the box shows now, as leaving
    it would: before the vault locks, or before the row holding it is removed."""
    holder = QApplication.focusWidget()
    while holder is not None and not isinstance(holder, TypedDateWidget):
        holder = holder.parentWidget()
    if holder is not None and within.isAncestorOf(holder):
        holder.commit()


class DateWidget(TypedDateWidget):
    """A full date: "29/11/2026", "29 Nov", "yesterday"; stored as "YYYY-MM-DD".

    A time typed with it ("today 02:40") is read for its day: the question asks only the day.
    """

    def _read(self, text: str) -> str:
        # A date that has happened (a decision, a birth) is read backwards from today when its
        # year is left out; any other (a review, a deadline) as the nearest such day.
        ahead = not self.field.checks & {"not_future", "birth_date"}
        try:
            return read_date(text, self.today(), ahead)
        except DateProblem:
            # Only when a time was really typed: "2010" alone reads as 20:10 today, and a date of
            # birth of today would be kept without a word.
            if _HAS_TIME.search(text):
                try:
                    return read_moment(text, self.now()).date().isoformat()
                except DateProblem:
                    pass
            raise


class ApproxDateWidget(TypedDateWidget):
    """A date known exactly, to the month, or only to the year, in one box: "about 2019",
    "Nov 2019", "29/11/2019"; stored as "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""

    placeholder = QT_TRANSLATE_NOOP("Fields", "For example 2019, Nov 2019 or 29/11/2019")

    def _read(self, text: str) -> str:
        return read_approx_date(text, self.today())


class DateTimeWidget(TypedDateWidget):
    """A date and a time in one box, "29/11/2026 23:40", "today 02:10" or "now"; stored as ISO
    8601 with the UK's offset at that moment, and shown in UK time wherever the laptop is set."""

    placeholder = QT_TRANSLATE_NOOP("Fields", "For example 29/11/2026 23:40, or now")

    def __init__(
        self, field: Field, parent: QWidget | None = None, clock: LocalClock | None = None
    ) -> None:
        super().__init__(field, parent, clock)
        how = QCoreApplication.translate("Fields", "Type a date and a time, or now.")
        self.edit.setAccessibleDescription(" ".join(p for p in (field.help, how) if p))
        # For the mouse: outside the Tab order, so a space typed after a Tab never presses it.
        self.now_button = QPushButton(QCoreApplication.translate("Fields", "Now"), self)
        self.now_button.setObjectName("now")
        self.now_button.setAccessibleName(
            QCoreApplication.translate("Fields", "{label}: fill in the date and time now")
            .format(label=field.label)
        )
        self.now_button.setAutoDefault(False)
        self.now_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.now_button.clicked.connect(self.fill_now)
        self.row.insertWidget(1, self.now_button)

    def fill_now(self) -> None:
        """Put the current UK date and time in the box and save it (the "Now" button)."""
        self.edit.setText("now")
        self._on_edited("now")
        self._keep()

    def _read(self, text: str) -> str:
        return read_moment(text, self.now()).isoformat()

    def _say(self, stored: str) -> str:
        return say_moment(datetime.fromisoformat(stored))

    def _write(self, stored: str) -> str:
        return write_moment(datetime.fromisoformat(stored))

    def _show(self, value: Any) -> None:
        if isinstance(value, str) and value:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                value = None
        super()._show(value)
