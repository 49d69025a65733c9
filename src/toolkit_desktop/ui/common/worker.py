"""Vault work off the GUI thread, one job at a time, with results handed back on the GUI thread.

Every call that touches the vault (key derivation, saves, the case list) goes through one
`VaultWorker`: its pool has a single thread, so jobs run in the order they were given. That
keeps a lock's "save what is pending, then close" safe without any other coordination, and the
GUI never waits for a key derivation or a disk write. `CaseJobs` runs work on the case on screen
through the same worker and hands its result back only while that case is still open.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # only named in types: importing it loads the vault and the pack at start
    from toolkit_desktop.services.session import Session

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(  # translated where it is shown (`explain`, the window)
    "Common",
    "Something unexpected went wrong, so that last step did not finish. Your saved work is safe; "
    "try again, and if it keeps happening tell your IT team."
)

Done = Callable[[Any], None]
Failed = Callable[[str, Exception], None]


_CODE = re.compile(r"[A-Za-z0-9_.-]{1,40}")


def log_failure(what: str, exc: BaseException) -> None:
    """Log that something failed by the exception's type and short code, never its text.

    An exception's text can hold a child's details (SQLAlchemy puts a statement's parameters in
    it) and a traceback can show them too; logs and stderr leave the encrypted vault, so neither
    is ever written.
    """
    code = getattr(exc, "code", None)
    suffix = f" ({code})" if isinstance(code, str) and _CODE.fullmatch(code) else ""
    log.error("%s: %s%s", what, type(exc).__name__, suffix)


def explain(exc: Exception) -> str:
    """The sentence to show for a failure: the vault's own message, or a calm general one."""
    if isinstance(exc, ToolkitError):
        return exc.message
    return translate("Common", UNEXPECTED)


class _Job(QRunnable):
    def __init__(self, worker: VaultWorker, job_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._worker = worker
        self._job_id = job_id
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread as a sentence, never a traceback
            if not isinstance(exc, ToolkitError):
                log_failure("vault job failed", exc)
            self._worker._finished.emit(self._job_id, False, exc)
        else:
            self._worker._finished.emit(self._job_id, True, result)


class VaultWorker(QObject):
    """Runs jobs in order on one background thread; callbacks run on the GUI thread."""

    busy_changed = Signal(bool)
    unexpected = Signal()  # a callback raised: logged by type; the window says UNEXPECTED
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._next_id = 0
        # Emitted from the pool thread; the slot lives on this GUI-thread object, so it is queued.
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """How many jobs have been given and not yet reported back."""
        return len(self._callbacks)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_failed: Failed | None = None,
    ) -> None:
        """Queue `work`; then `on_done(result)` or `on_failed(sentence, exception)` on the GUI."""
        self._next_id += 1
        self._callbacks[self._next_id] = (on_done, on_failed)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, self._next_id, work))

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (used when the app quits); True when it emptied."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        on_done, on_failed = self._callbacks.pop(job_id, (None, None))
        try:
            if ok and on_done is not None:
                on_done(payload)
            elif not ok:
                exc = payload if isinstance(payload, Exception) else RuntimeError(str(payload))
                if on_failed is not None:
                    on_failed(explain(exc), exc)
                else:
                    log_failure("vault job failed with no handler", exc)
        except Exception as exc:  # a bug in a callback: one calm sentence, never a traceback
            log_failure("step after a vault job failed", exc)
            self.unexpected.emit()
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)


# -- work on the case on screen ---------------------------------------------------------------
# A conversation, an entry, the prompts or a pack may come back after the practitioner locked the
# vault or opened another case; the result is then dropped rather than shown on the wrong case.

CaseWork = Callable[["Session", int], Any]  # runs on the worker with the session and case id


class CaseJobs:
    """Runs work on the open case through the worker, after the answers still being saved."""

    def __init__(
        self,
        session: Callable[[], Session | None],
        worker: VaultWorker,
        flush: Callable[[], None],
        case_on_screen: Callable[[], int | None],
    ) -> None:
        self._session = session
        self._worker = worker
        self._flush = flush  # writes the answers still waiting to be saved
        self._case_on_screen = case_on_screen

    def open_case(self) -> tuple[Session, int] | None:
        """The unlocked session and the id of the case on screen, if there is one."""
        session, case_id = self._session(), self._case_on_screen()
        if session is None or case_id is None:
            return None
        return session, case_id

    def run(
        self,
        work: CaseWork,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        *,
        after: Callable[[], None] | None = None,
        flush: bool = True,
    ) -> None:
        """Run `work` on the worker (after the pending answers, when `flush`); report to `done`
        or `failed` only while the same case is open, and to `after` in any case."""
        opened = self.open_case()
        if opened is None:
            if after is not None:
                after()
            return
        session, case_id = opened
        if flush:
            self._flush()

        def report(callback: Callable[[Any], None], value: Any) -> None:
            if self.open_case() == (session, case_id):
                callback(value)
            if after is not None:
                after()

        self._worker.submit(
            lambda: work(session, case_id),
            lambda result: report(done, result),
            lambda sentence, _exc: report(failed, sentence),
        )
