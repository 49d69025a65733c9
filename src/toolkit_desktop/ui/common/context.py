"""What the windows are given from outside: settings, definitions, clock, dialogs, signal sources.

Tests build their own (a fake clock, scripted dialogs, a fake suspend signal, short timers);
`application.run` builds the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from toolkit_desktop import paths
from toolkit_desktop.domain.clock import Clock
from toolkit_desktop.policy import Policy, load_policy
from toolkit_desktop.settings import Settings
from toolkit_desktop.ui.common.dialogs import Dialogs
from toolkit_desktop.ui.common.language import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the type only: the definitions are read after the first window (below)
    from toolkit_desktop.domain.definitions import Definitions

APP_TITLE = QT_TRANSLATE_NOOP("Shell", "Trafficked children toolkit")
# How long typing pauses before an answer is saved, and how often the idle lock looks at the clock.
PAUSE_MS = 600
POLL_MS = 5_000


@dataclass
class AppContext:
    """Everything the main window depends on."""

    settings: Settings
    # Reads the definitions; called once, on first use of `definitions`. The first window (unlock,
    # or setting up a vault) does not need them, so reading them waits until it is on screen.
    read_definitions: Callable[[], Definitions]
    clock: Clock
    dialogs: Dialogs
    # What the organisation enforces, read once at start (the services read it again before
    # touching a vault, so nothing depends on this copy alone).
    policy: Policy = field(default_factory=load_policy)
    training: bool = False
    # Where Qt reports the application being suspended (QGuiApplication.applicationStateChanged).
    state_changes: SignalInstance | None = None
    idle_poll_ms: int = POLL_MS
    autosave_pause_ms: int = PAUSE_MS

    # The vault this run uses, fixed at start: a new location in the settings applies next time.
    vault_path: Path = field(init=False)
    _definitions: Definitions | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.vault_path = paths.training_vault_path() if self.training else self.settings.vault()

    @property
    def definitions(self) -> Definitions:
        """The definitions, read on first use; raises `forms.DefinitionsError` when broken."""
        if self._definitions is None:
            self._definitions = self.read_definitions()
        return self._definitions

    @property
    def title(self) -> str:
        """The window title; it never names a child (titles show in task bars and screen shares)."""
        title = translate("Shell", APP_TITLE)
        if self.training:
            return translate("Shell", "TRAINING: {title}").format(title=title)
        return title
