"""Python's cycle collector, kept off the vault worker's thread, so no Qt object is freed there.

CPython runs its cyclic garbage collector in whichever thread happens to allocate past the
threshold. While a vault job runs that is often the worker's thread (`ui.common.worker`): a save
or a backup allocates thousands of SQLAlchemy objects. If the collector then finds a dropped
cycle that holds a Qt wrapper (a closed dialog, a list row, a timer), it frees the C++ object on
the worker's thread while the GUI thread is using Qt: the rare segfaults the app tests met in
Shiboken's binding manager and in `QListWidget.clear`.

The usual remedy in PyQt and PySide apps (Erik Janssens's "GarbageCollector" recipe, used by
OpenCue's cuegui among others) switches automatic collection off for good and collects from a
timer. Tried here, it made Shiboken clear the attributes of a live validator now and then, so
this is the narrower form of it: automatic collection is paused only while some worker has a job
on its thread, and resumed, on the GUI thread, when the last job has reported back. The worker's
thread then never collects; the GUI thread collects as Python always does. Reference counting,
which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc
from functools import partial

from PySide6.QtCore import QObject

_busy: set[int] = set()  # the ids of the workers with a job on their thread
_paused = False  # True when this module switched collection off (and so must switch it back)


def watch(worker: QObject) -> None:
    """Call once per worker: a worker deleted while busy (its window closed mid-save) must not
    leave collection paused for ever."""
    worker.destroyed.connect(partial(_finished, id(worker)))


def worker_busy(worker: QObject, busy: bool) -> None:
    """Note that `worker` started (True) or finished (False) its jobs; called on the GUI thread."""
    if busy:
        _busy.add(id(worker))
        _pause()
    else:
        _finished(id(worker))


def _finished(key: int, *_: object) -> None:
    _busy.discard(key)
    if not _busy:
        _resume()


def _pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def _resume() -> None:
    global _paused
    if _paused:
        _paused = False
        gc.enable()
