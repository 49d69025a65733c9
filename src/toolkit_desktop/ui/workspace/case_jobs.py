"""Vault work for the case on screen: one job on the ordered worker, its result only to that case.

A conversation, an entry, the prompts or a pack may come back after the practitioner locked the
vault or opened another case; the result is then dropped rather than shown on the wrong case.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit_desktop.services.session import Session
from toolkit_desktop.ui.common.worker import VaultWorker
from toolkit_desktop.ui.form.autosave import Autosaver
from toolkit_desktop.ui.workspace.workspace import CaseWorkspace

CaseWork = Callable[[Session, int], Any]  # runs on the worker with the session and case id


class CaseJobs:
    """Runs work on the open case through the worker, after the answers still being saved."""

    def __init__(
        self,
        session: Callable[[], Session | None],
        worker: VaultWorker,
        autosaver: Autosaver,
        workspace: CaseWorkspace,
    ) -> None:
        self._session = session
        self._worker = worker
        self._autosaver = autosaver
        self._workspace = workspace

    def open_case(self) -> tuple[Session, int] | None:
        """The unlocked session and the id of the case on screen, if there is one."""
        session, snapshot = self._session(), self._workspace.snapshot
        if session is None or snapshot is None:
            return None
        return session, snapshot.case.id

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
            self._autosaver.flush()

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
