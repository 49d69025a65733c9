"""Keeping what is typed in a conversation, a chronology entry or a correction till recorded.

Those forms are recorded once, when the practitioner presses the button, and a conversation takes
minutes to type. Until then the words used to live only on screen, and the idle lock, opening
another case or a crash lost them. Here each form's words go to the vault as a draft of its case
(`CaseService.keep_draft`) when the typing pauses, when the keyboard leaves a box, before another
case opens and before the vault locks; the page shows them again when the case next opens.

Each change is taken with the case it was typed for at the moment it is typed, so words typed for
one child can never be kept in another child's case whatever opens next. A draft that could not be
written waits here and is tried again with the next one; the window names it at closing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from toolkit_desktop.services.session import Session
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.fields.dates import TypedDateWidget

Fields = dict[str, str]
Reader = Callable[[], tuple[int | None, Fields]]  # the case shown, and the form's words


def hold_still(boxes: Sequence[QWidget], busy: bool) -> None:
    """While a form is being recorded its boxes take no typing: words typed then would be kept as
    a draft after the record had deleted it, and offered again as "not recorded yet"."""
    for box in boxes:
        if isinstance(box, QLineEdit | QPlainTextEdit):
            box.setReadOnly(busy)


def restore_moment(box: TypedDateWidget, fields: Fields) -> None:
    """Put a draft's date and time back in its box: the moment it meant when it was typed
    (`when_at`; "19:40" typed last night is last night), else the words as typed, read again so
    that the box says what it makes of them."""
    box.edit.setText(fields.get("when", ""))
    moment = fields.get("when_at") or box.reading()
    if moment:
        box.set_value(moment)
    elif box.edit.text().strip():
        box.commit()  # not a date: the box says why under it, as when it was left


class TypingWatch(QObject):
    """Emits `edited` when the practitioner changes one of the boxes; never while the form fills
    or empties them itself (`quiet`): emptying a form for another case must not throw the draft
    away."""

    edited = Signal()

    def __init__(self, parent: QObject, boxes: Sequence[QWidget]) -> None:
        super().__init__(parent)
        self._quiet = 0
        for box in boxes:
            if isinstance(box, QLineEdit | QPlainTextEdit):
                box.textChanged.connect(self._changed)
            elif isinstance(box, QComboBox):
                box.currentIndexChanged.connect(self._changed)

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Fill or empty the boxes without it counting as typing."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()


class DraftKeeper(QObject):
    """Writes the forms' drafts on the worker, a pause after the typing stops or when asked."""

    def __init__(
        self,
        parent: QObject,
        session: Callable[[], Session | None],
        worker: VaultWorker,
        pause_ms: int,
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._session, self._worker, self._failed = session, worker, failed
        self._readers: dict[str, Reader] = {}
        self._waiting: dict[tuple[str, int], Fields] = {}  # by kind and case: not yet written
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self.flush)

    def watch(self, kind: str, typing: TypingWatch, read: Reader) -> None:
        """Keep the draft of one kind; `read` gives the case shown and the words, {} for none."""
        self._readers[kind] = read
        typing.edited.connect(lambda: self.changed(kind))

    def changed(self, kind: str) -> None:
        """The form's words changed (or were thrown away): keep them, with their case, now."""
        case_id, fields = self._readers[kind]()
        if case_id is None:
            return
        self._waiting[(kind, case_id)] = fields
        self._timer.start()

    def flush(self) -> None:
        """Write every waiting draft now, in the worker's order (before a case opens, a record is
        made, or the vault locks)."""
        self._timer.stop()
        session = self._session()
        if session is None or session.read_only or not self._waiting:
            return  # locked or read-only: they wait (and are named if the app closes)
        waiting, self._waiting = self._waiting, {}
        for (kind, case_id), fields in waiting.items():
            self._worker.submit(
                lambda c=case_id, k=kind, f=fields: session.service.keep_draft(c, k, f),
                None,
                lambda sentence, _exc, k=kind, c=case_id, f=fields: self._not_kept(
                    sentence, k, c, f),
            )

    def _not_kept(self, sentence: str, kind: str, case_id: int, fields: Fields) -> None:
        self._waiting.setdefault((kind, case_id), fields)  # unless typed again since
        self._failed(sentence)

    def waiting(self) -> list[str]:
        """The kinds whose words could not be written yet."""
        return [kind for (kind, _case), fields in self._waiting.items() if fields]

    def forget(self) -> None:
        """Drop what waits (the practitioner chose to close without it)."""
        self._timer.stop()
        self._waiting.clear()
