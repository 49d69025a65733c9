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
from toolkit_desktop.ui.common import gui_thread_gc
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, say, translate

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
        return say(exc.said) if exc.said is not None else exc.message
    return translate("Common", UNEXPECTED)


class _Job(QRunnable):
    """One job on the pool thread. It holds only its id: the work, and the job itself, are kept
    by the worker on the GUI thread and released there (see `VaultWorker._deliver`)."""

    def __init__(self, worker: VaultWorker, job_id: int) -> None:
        super().__init__()
        # Not auto-deleted: the pool would delete this object, and with it its Python wrapper,
        # on the pool thread, while the GUI thread creates and destroys wrappers of its own.
        self.setAutoDelete(False)
        self._worker = worker
        self._job_id = job_id

    def run(self) -> None:
        worker, job_id = self._worker, self._job_id
        work = worker._work_of(job_id)
        try:
            outcome: tuple[bool, object] = (True, work())
        # Handed to the GUI thread as a sentence, never a traceback. BaseException too: a job
        # that never reports back would leave the worker busy, and collection paused, for good.
        except BaseException as exc:
            if not isinstance(exc, ToolkitError):
                log_failure("vault job failed", exc)
            outcome = (False, exc)
        # Every reference this thread holds goes before the report, so that the last ones (the
        # worker's) are dropped on the GUI thread, whenever it gets there.
        del work
        worker._outcomes[job_id] = outcome
        del outcome
        worker._finished.emit(job_id)


class VaultWorker(QObject):
    """Runs jobs in order on one background thread; callbacks run on the GUI thread."""

    busy_changed = Signal(bool)
    unexpected = Signal()  # a callback raised: logged by type; the window says UNEXPECTED
    _finished = Signal(int)  # a job's id; its outcome waits in `_outcomes`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Python's collector is paused while a job allocates on the pool thread, so that it
        # never runs there (why: the module gui_thread_gc).
        gui_thread_gc.watch(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        # The work of each job until it has reported back, so that the last reference to it (and
        # to whatever its closure reaches: the session, a page) is dropped on the GUI thread: an
        # object freed on the pool thread could free a Qt object's wrapper there, racing the GUI
        # thread's own wrappers (the app tests' rare segfaults in Shiboken's BindingManager).
        self._work: dict[int, Callable[[], Any]] = {}
        # The jobs themselves, freed on the GUI thread too, once the pool has surely left their
        # `run`: the pool runs one job at a time, in order, so when job N reports, every job
        # before it has returned.
        self._jobs: dict[int, _Job] = {}
        # What each job gave back, (True, result) or (False, exception), until delivered.
        self._outcomes: dict[int, tuple[bool, object]] = {}
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
        job = _Job(self, self._next_id)
        self._work[self._next_id] = work
        self._jobs[self._next_id] = job
        if len(self._callbacks) == 1:
            gui_thread_gc.worker_busy(self, True)  # before the job can start allocating
            self.busy_changed.emit(True)
        self._pool.start(job)

    def _work_of(self, job_id: int) -> Callable[[], Any]:
        # Read from the pool thread; a dict lookup is atomic under the GIL.
        return self._work[job_id]

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (used when the app quits); True when it emptied."""
        done = self._pool.waitForDone(msecs)
        if done:
            self._jobs.clear()  # none is running: each is freed here, on the GUI thread
        return done

    @Slot(int)
    def _deliver(self, job_id: int) -> None:
        ok, payload = self._outcomes.pop(job_id)
        on_done, on_failed = self._callbacks.pop(job_id, (None, None))
        self._work.pop(job_id, None)  # the last reference to the work, on this thread
        for earlier in [k for k in self._jobs if k < job_id]:
            del self._jobs[earlier]
        if not self._callbacks:  # nothing on the pool thread now: collect again before a
            gui_thread_gc.worker_busy(self, False)  # callback opens a dialog and waits
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
