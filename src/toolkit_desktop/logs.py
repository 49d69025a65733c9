"""The app's log, for IT: a rotating file of event names, exception types and codes; no case text.

What may be written is narrow by construction, because a log leaves the encrypted vault:
- `log_event("vault_opened", cases=12)`: an event name and fields whose values are ints, bools or
  short lower-case identifiers (codes such as `wrong_passphrase_or_damaged`); any other value is
  written as its type name (`<str>`), so a name or a sentence passed by mistake never lands.
- `log_exception(exc)`: the exception's type, its `code` if it is an identifier, and the
  `module:line` of each frame; never its message, which can hold a path with a user's name in it,
  or a value (SQLAlchemy puts a statement's parameters in its text).
- Records from the package's own `logging` loggers: their literal template, with each argument
  kept only when it is a number, an identifier, a short lower-case phrase or an exception class's
  name; tracebacks as types and frames only. Other libraries' loggers are not written at all.
`faulthandler` writes a crash record (Python frames only) to `crash.log` in the same folder.

The standard library's RotatingFileHandler keeps the folder bounded (1 MB x 5 files) with no
dependency; the folder is platformdirs' user log folder (`TOOLKIT_DESKTOP_HOME/logs` when that
override is set, as every other path of the app follows it).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

from toolkit_desktop import __version__, paths

LOG_FILE_NAME = "toolkit-desktop.log"
CRASH_FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000
FILES_KEPT = 5
EVENTS_LOGGER = "toolkit_desktop.events"

_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")  # event and field names
_IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}")  # codes, versions, reasons
_PHRASE = re.compile(r"[a-z][a-z ]{0,59}")  # "vault job failed": literal wording in our code
_TYPE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,79}")
_FRAMES_KEPT = 12  # the innermost frames say where it failed; more only lengthens the line

_handler: logging.Handler | None = None
_folder: Path | None = None
_crash_file: IO[str] | None = None
_previous_hooks: tuple[object, object] | None = None
_faulthandler_was_on = False


def log_dir() -> Path:
    """The folder of the log and the crash record."""
    home = os.environ.get(paths.HOME_ENV)
    if home:
        return Path(home).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(paths.APP_NAME, appauthor=False))


def safe_value(value: object) -> str:
    """A field's value as written: ints, bools and identifiers as they are, else its type."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and _IDENTIFIER.fullmatch(value):
        return value
    return f"<{type(value).__name__}>"


def log_event(event: str, **fields: object) -> None:
    """Write one event, `name key=value ...`, with only safe values (see `safe_value`)."""
    name = event if _NAME.fullmatch(event) else "unnamed_event"
    parts = [name] + [
        f"{key}={safe_value(value)}" for key, value in fields.items() if _NAME.fullmatch(key)
    ]
    logging.getLogger(EVENTS_LOGGER).info("%s", " ".join(parts))


def describe_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """An exception as `Type code=... at module:line <- ...`, and its cause's type; no message."""
    words = [_type_name(exc)]
    code = getattr(exc, "code", None)
    if isinstance(code, str) and _IDENTIFIER.fullmatch(code):
        words.append(f"code={code}")
    frames = _frames(tb if tb is not None else exc.__traceback__)
    if frames:
        words.append("at " + " <- ".join(frames))
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        words.append(f"from {_type_name(cause)}")
    return " ".join(words)


def log_exception(exc: BaseException, event: str = "unexpected_error",
                  tb: TracebackType | None = None) -> None:
    """Write that `exc` happened: its type, code and frames (see `describe_exception`)."""
    name = event if _NAME.fullmatch(event) else "unexpected_error"
    logging.getLogger(EVENTS_LOGGER).error("%s %s", name, describe_exception(exc, tb))


def _type_name(exc: BaseException) -> str:
    name = type(exc).__qualname__
    return name if _TYPE_NAME.fullmatch(name) else "<exception>"


def _frames(tb: TracebackType | None) -> list[str]:
    """`module:line` of the innermost frame and of each of the app's own, innermost first: module
    names, never file paths (a path can hold the user's name)."""
    found: list[str] = []
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__")
        found.append(f"{module if isinstance(module, str) else '?'}:{tb.tb_lineno}")
        tb = tb.tb_next
    found.reverse()
    # Where it failed, then how the app got there; a library's own frames only lengthen the line.
    kept = found[:1] + [f for f in found[1:] if f.startswith("toolkit_desktop.")]
    return kept[:_FRAMES_KEPT]


def _exception_names() -> set[str]:
    """The names of every exception class this process has defined."""
    names: set[str] = set()
    pending: list[type[BaseException]] = [BaseException]
    while pending:
        kind = pending.pop()
        names.add(kind.__name__)
        pending.extend(kind.__subclasses__())
    return names


def _safe_argument(value: object, exception_names: set[str]) -> str:
    if isinstance(value, str) and (
        value == "" or _PHRASE.fullmatch(value) or value in exception_names
    ):
        return value
    return safe_value(value)


class _SafeFormatter(logging.Formatter):
    """Writes a record's literal template with only safe arguments, and no exception text."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{self.formatTime(record)} {record.levelname} {record.name} {self._message(record)}"
        if record.exc_info and record.exc_info[1] is not None:
            line += " | " + describe_exception(record.exc_info[1], record.exc_info[2])
        return line

    @staticmethod
    def _message(record: logging.LogRecord) -> str:
        if record.name == EVENTS_LOGGER:
            return record.getMessage()  # built by log_event and log_exception from safe parts
        template = record.msg if isinstance(record.msg, str) else f"<{type(record.msg).__name__}>"
        if not record.args:
            return template
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        names = _exception_names()
        safe = tuple(_safe_argument(a, names) for a in args)
        try:
            return template % safe
        except (TypeError, ValueError, KeyError):  # a %d given "<str>", or a mapping template
            return f"{template} {' '.join(safe)}"


def _on_uncaught(kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        log_exception(exc, "uncaught_exception", tb)
    previous = _previous_hooks[0] if _previous_hooks else sys.__excepthook__
    previous(kind, exc, tb)  # type: ignore[operator]


def _on_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        log_exception(args.exc_value, "uncaught_thread_exception", args.exc_traceback)
    previous = _previous_hooks[1] if _previous_hooks else threading.__excepthook__
    previous(args)  # type: ignore[operator]


def setup_logging(folder: Path | None = None) -> Path:
    """Start the log, the crash record and the exception hooks; the log folder. Never raises:
    a folder that cannot be written leaves the app running without a log."""
    global _handler, _folder, _crash_file, _previous_hooks, _faulthandler_was_on
    if _handler is not None and _folder is not None:
        return _folder
    folder = folder or log_dir()
    _faulthandler_was_on = faulthandler.is_enabled()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=FILES_KEPT, encoding="utf-8"
        )
        _crash_file = (folder / CRASH_FILE_NAME).open("a", encoding="utf-8")
        faulthandler.enable(file=_crash_file)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(_SafeFormatter())
    handler.setLevel(logging.INFO)
    package = logging.getLogger("toolkit_desktop")
    package.addHandler(handler)
    if package.getEffectiveLevel() > logging.INFO:
        package.setLevel(logging.INFO)
    _handler, _folder = handler, folder
    _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _on_uncaught
    threading.excepthook = _on_thread_exception
    log_event("logging_started", version=__version__)
    return folder


def stop_logging() -> None:
    """Close the log and the crash record and put the hooks back (at exit, and in tests)."""
    global _handler, _folder, _crash_file, _previous_hooks
    if _handler is not None:
        logging.getLogger("toolkit_desktop").removeHandler(_handler)
        _handler.close()
        _handler = _folder = None
    if _crash_file is not None:
        faulthandler.disable()
        if _faulthandler_was_on and sys.__stderr__ is not None:  # pytest's own, for one
            faulthandler.enable(file=sys.__stderr__)
        _crash_file.close()
        _crash_file = None
    if _previous_hooks is not None:
        if sys.excepthook is _on_uncaught:
            sys.excepthook = _previous_hooks[0]  # type: ignore[assignment]
        if threading.excepthook is _on_thread_exception:
            threading.excepthook = _previous_hooks[1]  # type: ignore[assignment]
        _previous_hooks = None


def _last_lines(folder: Path, count: int) -> list[str]:
    """The newest `count` lines of the log, reading into the rotated file when needed."""
    lines: list[str] = []
    for name in (LOG_FILE_NAME, f"{LOG_FILE_NAME}.1"):
        try:
            text = (folder / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        lines = text.splitlines() + lines
        if len(lines) >= count:
            break
    return lines[-count:]


def _qt_version() -> str:
    """Qt's version if the app has loaded it; read from sys.modules, so this module never
    imports Qt (the command line has none loaded)."""
    core = sys.modules.get("PySide6.QtCore")
    pyside = sys.modules.get("PySide6")
    if core is None or pyside is None:
        return "not loaded"
    return f"{core.qVersion()} (PySide6 {getattr(pyside, '__version__', '?')})"


def details_for_it(lines: int = 40) -> str:
    """What IT needs to look into a problem: versions, platform, the log folder, the last lines."""
    import platform  # only here: not loaded at every start for a report that is rarely asked

    folder = _folder or log_dir()
    crash = folder / CRASH_FILE_NAME
    try:
        crash_words = f"{crash.stat().st_size} bytes" if crash.stat().st_size else "empty"
    except OSError:
        crash_words = "none"
    tail = _last_lines(folder, lines)
    return "\n".join([
        f"toolkit-desktop {__version__}",
        f"Platform: {platform.platform()}",
        f"Python: {platform.python_version()}",
        f"Qt: {_qt_version()}",
        f"Log folder: {folder}",
        f"Crash record ({CRASH_FILE_NAME}): {crash_words}",
        f"Last {len(tail)} log lines:",
        *tail,
    ])
