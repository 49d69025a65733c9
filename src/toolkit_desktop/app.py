"""Composition root of the desktop app: paths -> settings -> definitions -> main window."""

from __future__ import annotations

import os
import sys

EXIT_NO_DISPLAY = 3


def display_available() -> bool:
    """Whether Qt can show a window here (Qt aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_app(training: bool = False) -> int:
    """Start the desktop app; returns the exit code."""
    if not display_available():
        print(
            "toolkit-desktop: there is no graphical display here, so the app cannot open. "
            "Run it on a desktop session; for a headless check set QT_QPA_PLATFORM=offscreen, "
            "or use the command line (toolkit-desktop --help).",
            file=sys.stderr,
        )
        return EXIT_NO_DISPLAY
    from toolkit_desktop.ui.shell.application import run

    return run(training=training)
