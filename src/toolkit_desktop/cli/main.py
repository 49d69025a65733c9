"""The command line: `toolkit-desktop vault|case|forms ...`, for IT staff and scripts.

`app.main` hands it every command (the desktop app itself starts there, with no command). Every
failure a user can cause ends in one sentence on stderr and a non-zero exit, never a traceback:
1 for a refused operation, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from toolkit_desktop import __version__
from toolkit_desktop.errors import ToolkitError
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.files import keep_files_private

EXIT_REFUSED = 1
EXIT_USAGE = 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, help="the vault file (default: from the settings)")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases one per line from standard input instead of prompting",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    from toolkit_desktop.cli import case_commands, forms_commands, vault_commands

    parser = argparse.ArgumentParser(
        prog="toolkit-desktop",
        description="Assess and refer a child who may have been trafficked. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"toolkit-desktop {__version__}")
    parser.add_argument(
        "--training", action="store_true", help="open the app with fictional practice cases"
    )
    groups = parser.add_subparsers(dest="group", metavar="COMMAND")
    for module in (vault_commands, case_commands, forms_commands):
        module.register(groups, _common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code."""
    keep_files_private()  # also when called on its own, as the tests and scripts do
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.group is None:  # only options, and not the app's own: say what can be run
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args) or 0)
    except (ToolkitError, ExchangeError) as exc:
        message = exc.message if isinstance(exc, ToolkitError) else f"Cannot import: {exc}"
        print(f"toolkit-desktop: {message}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("toolkit-desktop: stopped; nothing half-written was kept.", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # a defect: still no traceback in front of the user
        print(
            f"toolkit-desktop: something unexpected went wrong ({type(exc).__name__}). "
            "Nothing was changed. Please report this to your IT team.",
            file=sys.stderr,
        )
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
