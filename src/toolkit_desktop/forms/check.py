"""`toolkit-desktop forms check`: validate the definitions and say what is wrong, all at once."""

from __future__ import annotations

from pathlib import Path

from toolkit_desktop.forms.loader import load_definitions
from toolkit_desktop.forms.problems import DefinitionsError, format_problems


def run_check(resources_dir: Path) -> tuple[int, str]:
    """(exit code, text to print): 0 and a one-line summary, or 1 and one line per problem."""
    try:
        defs = load_definitions(resources_dir)
    except DefinitionsError as exc:
        count = len(exc.problems)
        heading = (
            f"{count} problem{'s' if count != 1 else ''} in the definitions in {resources_dir}:"
        )
        return 1, f"{heading}\n{format_problems(exc.problems)}"
    forms = len(defs.forms)
    indicators = sum(len(block.indicators) for block in defs.matrix.blocks)
    return 0, f"All definitions are valid: {forms} forms, {indicators} matrix indicators."
