"""Saving as you type: each change is recorded about 600 ms after the typing pauses.

There is no Save button to forget. Changes wait here only while the practitioner is still typing;
moving to another field, locking, or switching case records them at once. Each is recorded as a
new revision by the case service on the worker thread, in the order made, so a crash loses at most
the field being typed in. A change the service refuses for want of a reason (the answer already went
out in a referral pack) is handed back through `reason_needed`, to be recorded again with one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.services.cases import CaseService, ReasonRequired
from toolkit_desktop.storage.errors import StorageFull
from toolkit_desktop.ui.worker import VaultWorker

PAUSE_MS = 600

Key = tuple[str, str]  # (form id, field id)


@dataclass(frozen=True)
class Change:
    """One answer to record: its value, and the reason or the conversation that goes with it."""

    form_id: str
    field_id: str
    value: Any
    reason: str | None = None
    conversation_id: int | None = None

    @property
    def key(self) -> Key:
        """(form id, field id)."""
        return (self.form_id, self.field_id)

    def with_reason(self, reason: str, value: Any) -> Change:
        """The same change with a reason, and the value now on screen."""
        return replace(self, reason=reason, value=value)


class Autosaver(QObject):
    """Collects a case's changes and records them through the worker after a pause."""

    saved = Signal(object)  # datetime of the last save
    failed = Signal(str, str, str)  # form id, field id, the sentence to show
    reason_needed = Signal(object, str)  # the Change refused for want of a reason, the sentence

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
        self._service: CaseService | None = None
        self._case_id: int | None = None
        self._pending: dict[Key, Any] = {}
        self._in_flight = 0
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def unsaved(self) -> int:
        """Changes not yet on disk (waiting for a pause, or being written)."""
        return len(self._pending) + self._in_flight

    def begin(self, service: CaseService, case_id: int) -> None:
        """Start collecting changes of `case_id` (recording any of the previous case first)."""
        self.flush()
        self._service, self._case_id = service, case_id

    def end(self) -> None:
        """Record what is pending and stop collecting (on lock or when the case is closed)."""
        self.flush()
        self._service = self._case_id = None

    def change(self, form_id: str, field_id: str, value: Any) -> None:
        """A field changed: record it once the typing pauses."""
        if self._service is None:
            return
        self._pending[(form_id, field_id)] = value
        self._timer.start()

    def flush(self) -> None:
        """Record every pending change now."""
        self._timer.stop()
        service, case_id = self._service, self._case_id
        if service is None or case_id is None:
            self._pending.clear()
            return
        pending, self._pending = self._pending, {}
        for (form_id, field_id), value in pending.items():
            self._submit(service, case_id, Change(form_id, field_id, value))

    def record(self, change: Change, on_done: Callable[[Any], None] | None = None) -> None:
        """Record one change now (after any pending ones), with its reason or its conversation;
        `on_done(revision)` follows once it is on disk."""
        self._pending.pop(change.key, None)  # this newer value replaces one still waiting
        self.flush()
        if self._service is not None and self._case_id is not None:
            self._submit(self._service, self._case_id, change, on_done)

    def discard(self, form_id: str, field_id: str) -> None:
        """Forget a change still waiting (the practitioner chose to keep the saved answer)."""
        self._pending.pop((form_id, field_id), None)

    def _submit(
        self,
        service: CaseService,
        case_id: int,
        change: Change,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        self._in_flight += 1
        self._worker.submit(
            lambda: service.record_answer(
                case_id, change.form_id, change.field_id, change.value,
                reason=change.reason, conversation_id=change.conversation_id,
            ),
            lambda revision: self._done(revision, on_done),
            lambda sentence, exc: self._failed(change, sentence, exc),
        )

    def _done(self, revision: Any, on_done: Callable[[Any], None] | None = None) -> None:
        self._in_flight -= 1
        at: datetime = getattr(revision, "recorded_at", None) or self._clock.now()
        self.saved.emit(at)
        if on_done is not None:
            on_done(revision)

    def _failed(self, change: Change, sentence: str, exc: Exception) -> None:
        self._in_flight -= 1
        if isinstance(exc, ReasonRequired):
            self.reason_needed.emit(change, sentence)
            return
        form_id, field_id = change.key
        if isinstance(exc, StorageFull) and change.key not in self._pending:
            # Keep it: it is recorded with the next change once space is freed.
            self._pending[change.key] = change.value
        self.failed.emit(form_id, field_id, sentence)
