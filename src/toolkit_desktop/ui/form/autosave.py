"""Saving as you type: each change is recorded about 600 ms after the typing pauses.

There is no Save button to forget. Changes wait here only while the practitioner is still typing;
moving to another field, locking, or switching case records them at once. Each is recorded as a
new revision by the case service on the worker thread, in the order made, so a crash loses at most
the field being typed in. A change the service refuses for want of a reason (the answer already went
out in a referral pack) is handed back through `reason_needed`, to be recorded again with one.

A change that could not be written (a full disk, a database error) is never dropped: it waits
here and is written again with the next save, at lock, or, when the vault locked first, as soon as
it is unlocked again. Only a value the service rejects as not fitting its question is not retried.

Locking (or closing) cannot wait for a reason: a change that turns out to need one then is recorded
with the `unasked` reason the window gives, saying so, and reported through `saved_unasked`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.services.cases import AnswerRejected, CaseService, ReasonRequired
from toolkit_desktop.ui.common.context import PAUSE_MS
from toolkit_desktop.ui.common.worker import VaultWorker

Key = tuple[str, str]  # (form id, field id)
Slot = tuple[int | None, str, str]  # (case id, form id, field id): one answer of one case


@dataclass(frozen=True)
class Change:
    """One answer to record: its value, and the reason or the conversation that goes with it."""

    form_id: str
    field_id: str
    value: Any
    reason: str | None = None
    conversation_id: int | None = None
    case_id: int | None = None  # filled in by the autosaver: the case open when it was made
    unasked: str | None = None  # the reason to record if one is needed and none can be asked

    @property
    def key(self) -> Key:
        """(form id, field id)."""
        return (self.form_id, self.field_id)

    @property
    def slot(self) -> Slot:
        """(case id, form id, field id)."""
        return (self.case_id, self.form_id, self.field_id)

    def with_reason(self, reason: str, value: Any) -> Change:
        """The same change with a reason, and the value now on screen."""
        return replace(self, reason=reason, value=value)


@dataclass(frozen=True)
class _Written:
    revision: Any  # the new Revision, or None when the value was already stored
    unasked: bool  # recorded with the change's `unasked` reason


def _write(service: CaseService, change: Change) -> _Written:
    """Record one change (on the worker); with its `unasked` reason if the service wants one."""

    def record(reason: str | None) -> Any:
        return service.record_answer(
            change.case_id, change.form_id, change.field_id, change.value,
            reason=reason, conversation_id=change.conversation_id,
        )

    try:
        return _Written(record(change.reason), False)
    except ReasonRequired:
        if change.reason or not change.unasked:
            raise
    return _Written(record(change.unasked), True)  # the real reason path: chronology entry too


class Autosaver(QObject):
    """Collects a case's changes and records them through the worker after a pause."""

    saved = Signal(object)  # datetime of the last save
    failed = Signal(str, str, str)  # form id, field id, the sentence to show: refused, not kept
    kept = Signal(str, str, str, bool)  # form, field, sentence, locked: not written, tried again
    reason_needed = Signal(object, str)  # the Change refused for want of a reason, the sentence
    saved_unasked = Signal(object)  # a Change recorded with its `unasked` reason

    def __init__(
        self,
        worker: VaultWorker,
        clock: Clock,
        pause_ms: int = PAUSE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._clock = clock
        self._service: CaseService | None = None  # None while the vault is locked
        self._case_id: int | None = None
        self._pending: dict[Slot, Change] = {}
        self._writing: dict[int, Change] = {}  # job number -> the change being written
        self._covered: set[int] = set()  # jobs written again at lock: a refusal needs no prompt
        self._jobs = 0
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def unsaved(self) -> int:
        """Changes not yet on disk (waiting for a pause, being written, or to be tried again)."""
        return len(self._pending) + len(self._writing)

    def waiting(self) -> list[Key]:
        """The answers not yet on disk, in the order they were changed."""
        return [c.key for c in (*self._pending.values(), *self._writing.values())]

    def begin(self, service: CaseService, case_id: int) -> None:
        """Start collecting changes of `case_id` (recording any still waiting first)."""
        self._service = service
        self.flush()
        self._case_id = case_id

    def end(self) -> None:
        """Record what is pending and stop collecting (the case was closed)."""
        self.flush()
        self._case_id = None

    def save_now(self, unasked: str) -> None:
        """Record everything now, asking nobody: a change that turns out to need a reason is
        recorded with `unasked`. That includes changes already on their way, whose refusal would
        come back only after the vault closed: each is written again (a no-op if it was stored)."""
        if self._service is None:
            return
        for job, change in list(self._writing.items()):
            if change.reason or change.unasked or job in self._covered:
                continue
            self._covered.add(job)
            if self._newest(job, change):
                self._submit(replace(change, unasked=unasked))
        self._pending = {slot: change if change.reason else replace(change, unasked=unasked)
                         for slot, change in self._pending.items()}
        self.flush()

    def lock(self, unasked: str) -> None:
        """Record everything and stop: the vault is locking (see `save_now`). A change that
        cannot be written now is kept, and written once the vault is open again (`resume`)."""
        self.save_now(unasked)
        self._timer.stop()
        self._service = self._case_id = None

    def resume(self, service: CaseService) -> None:
        """The vault is open again: write what could not be written before it locked."""
        self._service = service
        self.flush()

    def forget(self) -> list[Key]:
        """Drop the changes kept from before the lock (a backup replaced the vault); their keys."""
        dropped = [c.key for c in self._pending.values()]
        self._pending.clear()
        return dropped

    def change(self, form_id: str, field_id: str, value: Any) -> None:
        """A field changed: record it once the typing pauses."""
        if self._service is None or self._case_id is None:
            return
        self._pending[(self._case_id, form_id, field_id)] = Change(
            form_id, field_id, value, case_id=self._case_id)
        self._timer.start()

    def flush(self) -> None:
        """Record every pending change now (kept until the vault is open, while it is locked)."""
        self._timer.stop()
        if self._service is None:
            return
        pending, self._pending = self._pending, {}
        for change in pending.values():
            self._submit(change)

    def record(self, change: Change, on_done: Callable[[Any], None] | None = None) -> None:
        """Record one change now (after any pending ones), with its reason or its conversation;
        `on_done(revision)` follows once it is on disk."""
        if change.case_id is None:
            change = replace(change, case_id=self._case_id)
        if self._service is None or change.case_id is None:
            return
        self._pending.pop(change.slot, None)  # this newer value replaces one still waiting
        self.flush()
        self._submit(change, on_done)

    def discard(self, form_id: str, field_id: str) -> None:
        """Forget a change still waiting (the practitioner chose to keep the saved answer)."""
        self._pending.pop((self._case_id, form_id, field_id), None)

    def _submit(self, change: Change, on_done: Callable[[Any], None] | None = None) -> None:
        service = self._service
        assert service is not None
        self._jobs += 1
        job = self._jobs
        self._writing[job] = change
        self._worker.submit(
            lambda: _write(service, change),
            lambda revision: self._done(job, revision, on_done),
            lambda sentence, exc: self._failed(job, sentence, exc),
        )

    def _newest(self, job: int, change: Change) -> bool:
        """Whether no later value of the same answer is waiting or on its way."""
        return change.slot not in self._pending and not any(
            later > job and other.slot == change.slot for later, other in self._writing.items())

    def _done(self, job: int, written: _Written, on_done: Callable[[Any], None] | None) -> None:
        change = self._writing.pop(job)
        self._covered.discard(job)
        revision = written.revision
        at: datetime = getattr(revision, "recorded_at", None) or self._clock.now()
        self.saved.emit(at)
        if written.unasked and revision is not None:
            self.saved_unasked.emit(change)
        if on_done is not None:
            on_done(revision)

    def _failed(self, job: int, sentence: str, exc: Exception) -> None:
        change = self._writing.pop(job)
        if job in self._covered:  # written again at lock: that write reports
            self._covered.discard(job)
            return
        if isinstance(exc, ReasonRequired):
            self.reason_needed.emit(change, sentence)
            return
        if isinstance(exc, AnswerRejected):  # the value does not fit: writing it again cannot help
            self.failed.emit(change.form_id, change.field_id, sentence)
            return
        if self._newest(job, change):  # kept, and written with the next save
            self._pending[change.slot] = change
        self.kept.emit(change.form_id, change.field_id, sentence, self._service is None)
