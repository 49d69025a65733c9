"""`toolkit-desktop forms check`: validate every definition and list every problem at once."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def register(
    groups: argparse._SubParsersAction[argparse.ArgumentParser], common: Callable[..., None]
) -> None:
    """Add the `forms` commands."""
    forms = groups.add_parser("forms", help="check the matrix and form definitions")
    commands = forms.add_subparsers(dest="command", metavar="ACTION", required=True)
    sub = commands.add_parser("check", help="validate every definition file")
    sub.add_argument("--resources", type=Path, help="the resources folder to check")
    sub.add_argument("--language", default="en",
                     help="also check the catalogue of this language (for example cy) and say "
                          "how much of the definitions it translates")
    sub.set_defaults(run=_check)


def _check(args: argparse.Namespace) -> int:
    from toolkit_desktop.forms import default_resources_dir
    from toolkit_desktop.forms.check import run_check

    code, text = run_check(args.resources or default_resources_dir(), args.language)
    print(text, file=sys.stdout if code == 0 else sys.stderr)
    return code
