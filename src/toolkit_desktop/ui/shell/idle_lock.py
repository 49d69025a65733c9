"""Locking by itself: after a spell without use, when the laptop wakes from sleep, on suspend.

Idle time is measured on the wall clock (the injected `Clock`), not by a countdown timer: timers
stop while a laptop sleeps, the wall clock does not. A poll every few seconds compares the clock
with the last keyboard or mouse activity, which an app-wide event filter records (as KeePassXC's
InactivityTimer does). The first activity after a long gap locks instead of counting as use, so
a laptop that slept is locked before anything is shown, even between two polls.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QInputEvent

from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.ui.common.context import POLL_MS

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# The states Qt reports when the system suspends the app or the session is put away.
LOCKING_STATES = frozenset({Qt.ApplicationState.ApplicationSuspended})


class IdleLock(QObject):
    """Asks for a lock when the app has not been used for `idle` or the system suspends it."""

    lock_due = Signal(str)  # why: "idle" or "suspend"

    def __init__(
        self,
        clock: Clock,
        idle: timedelta,
        state_changes: SignalInstance | None = None,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle = idle
        self._armed = False
        self._last_activity = clock.now()
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.check)
        if state_changes is not None:
            state_changes.connect(self._state_changed)

    def arm(self) -> None:
        """Start watching (the vault was unlocked)."""
        self._last_activity = self._clock.now()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (the vault is locked)."""
        self._armed = False
        self._timer.stop()

    def check(self) -> bool:
        """Lock if the idle time has passed; True when a lock was asked for."""
        if self._armed and self._clock.now() - self._last_activity >= self.idle:
            self._request("idle")
            return True
        return False

    def activity(self) -> bool:
        """The practitioner did something: keep the vault open, unless it was left too long.

        True when it was left too long and a lock was asked for instead.
        """
        if self.check():
            return True
        self._last_activity = self._clock.now()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._armed and state in LOCKING_STATES:
            self._request("suspend")

    def _request(self, why: str) -> None:
        self.disarm()
        self.lock_due.emit(why)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the application: every keyboard or mouse event counts as activity."""
        # The key press that wakes a slept laptop must not reach the case it is locking away.
        # Every event of the app passes here: the cheapest tests first (activity is input).
        return (self._armed and isinstance(event, QInputEvent) and event.type() in _ACTIVITY
                and self.activity())
