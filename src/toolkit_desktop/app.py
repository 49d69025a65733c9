"""The program's entry point: with no command the desktop app, with one the command line.

This is the only module that knows both front ends. It decides which one runs from the words of
the command alone, so starting the app never loads the command line's parser or what it needs.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Sequence

from toolkit_desktop.files import keep_files_private
from toolkit_desktop.logs import setup_logging

EXIT_NO_DISPLAY = 3
APP_FLAGS = frozenset({"--training"})  # the only options the desktop app itself takes


def display_available() -> bool:
    """Whether Qt can show a window here (Qt aborts the process when it cannot): on Linux, a
    DISPLAY or WAYLAND_DISPLAY that is set and answers on this machine."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        wayland, x11 = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
        return bool(wayland and _wayland_reachable(wayland)) or bool(x11 and _x_reachable(x11))
    return True


def _x_reachable(display: str) -> bool:
    """Whether the X server named by DISPLAY (":0", "unix:1.0", "localhost:10.0") answers. A
    server on another host is left for Qt to try: checking it would reach out over the network."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host not in ("", "unix", "localhost", "127.0.0.1", "::1"):
        return True
    if host in ("", "unix"):
        # The server's socket: the abstract name Linux servers listen on, then the file.
        targets: list[tuple[int, object]] = [
            (socket.AF_UNIX, f"\0/tmp/.X11-unix/X{number}"),
            (socket.AF_UNIX, f"/tmp/.X11-unix/X{number}"),
        ]
    else:  # X forwarded over ssh listens on this machine's own TCP port
        targets = [(socket.AF_INET6 if host == "::1" else socket.AF_INET,
                    (host, 6000 + int(number)))]
    return any(_answers(family, address) for family, address in targets)


def _wayland_reachable(name: str) -> bool:
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else os.path.join(folder, name)
    return _answers(socket.AF_UNIX, path)


def _answers(family: int, address: object) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(address)  # type: ignore[arg-type]
        return True
    except OSError:
        return False


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
    setup_logging()  # event names and exception types only, never case text (logs.py)
    words = list(sys.argv[1:] if argv is None else argv)
    if set(words) <= APP_FLAGS:
        return run_app(training="--training" in words)
    from toolkit_desktop.cli.main import main as command_line

    return command_line(words)


if __name__ == "__main__":
    sys.exit(main())
