"""The program's entry point: with no command the desktop app, with one the command line.

This is the only module that knows both front ends. It decides which one runs from the words of
the command alone, so starting the app never loads the command line's parser or what it needs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from toolkit_desktop.files import keep_files_private

EXIT_NO_DISPLAY = 3
APP_FLAGS = frozenset({"--training"})  # the only options the desktop app itself takes


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

    return int(run(training=training))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `toolkit-desktop` console script."""
    keep_files_private()
    words = list(sys.argv[1:] if argv is None else argv)
    if set(words) <= APP_FLAGS:
        return run_app(training="--training" in words)
    from toolkit_desktop.cli.main import main as command_line

    return command_line(words)


if __name__ == "__main__":
    sys.exit(main())
