"""Python's cycle collector never frees anything on the vault worker's thread (gui_thread_gc)."""

from __future__ import annotations

import gc
import threading

from toolkit_desktop.ui.common.worker import VaultWorker


class _Cycle:
    """Stands in for a dropped dialog: garbage only the cycle collector can free."""

    freed_on: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.get_ident())


def test_a_cycle_dropped_during_a_vault_job_is_freed_on_the_gui_thread(qtbot) -> None:
    worker = VaultWorker()
    _Cycle.freed_on.clear()

    collecting: list[bool] = []

    def job() -> list[list[int]]:
        collecting.append(gc.isenabled())
        _Cycle()  # dropped at once: unreachable, but kept alive by its own cycle
        # A save allocates thousands of objects; this is far past Python's threshold, which
        # would collect right here, on the worker's thread, were collection left automatic.
        return [[] for _ in range(50_000)]

    results: list[object] = []
    worker.submit(job, results.append)
    qtbot.waitUntil(lambda: bool(results))

    def gui_at_work() -> bool:  # the GUI thread allocating as it does; Python collects as it goes
        [[] for _ in range(1000)]
        return bool(_Cycle.freed_on)

    qtbot.waitUntil(gui_at_work)
    assert _Cycle.freed_on == [threading.get_ident()]
    assert collecting == [False]
    assert gc.isenabled()
    worker.wait()


def test_collection_runs_again_when_the_last_job_reports_even_one_that_exits(qtbot) -> None:
    worker = VaultWorker()
    in_callback: list[bool] = []
    failed: list[str] = []

    def exits() -> None:
        raise SystemExit(3)  # not an Exception: it still reports back

    worker.submit(lambda: None, lambda _: in_callback.append(gc.isenabled()))
    worker.submit(exits, None, lambda sentence, _exc: failed.append(sentence))
    qtbot.waitUntil(lambda: bool(failed) and worker.pending == 0)
    # The first callback ran with the second job still queued: collection still paused then.
    assert in_callback == [False]
    assert gc.isenabled()  # the last job reported: collection runs again, on this thread
    worker.submit(lambda: None, lambda _: in_callback.append(gc.isenabled()))
    qtbot.waitUntil(lambda: len(in_callback) == 2)
    assert in_callback[1] is True  # a callback after the last job may open a dialog and wait
    worker.wait()
