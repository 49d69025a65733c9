"""`toolkit-desktop forms check`: validate the definitions and say what is wrong, all at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from toolkit_desktop.forms.loader import load_with_catalogue
from toolkit_desktop.forms.problems import DefinitionProblem, DefinitionsError, format_problems
from toolkit_desktop.forms.words import ENGLISH, catalogue_path, summary


def run_check(resources_dir: Path, language: str = ENGLISH) -> tuple[int, str]:
    """(exit code, text to print): 0 and a summary, or 1 and one line per problem. With a
    `language`, its catalogue is checked too, and the summary says how much of it is
    translated and which of its entries no definition uses any more."""
    try:
        defs, catalogue, catalogue_problems = load_with_catalogue(resources_dir, language)
    except DefinitionsError as exc:
        return 1, _problems(exc.problems, resources_dir)
    if catalogue_problems:
        return 1, _problems(catalogue_problems, resources_dir)
    forms = len(defs.forms)
    indicators = sum(len(block.indicators) for block in defs.matrix.blocks)
    lines = [f"All definitions are valid: {forms} forms, {indicators} matrix indicators."]
    if catalogue is not None and catalogue.language != ENGLISH:
        path = catalogue_path(resources_dir, language).relative_to(resources_dir)
        lines += summary(catalogue, f"{resources_dir.name}/{path.as_posix()}")
    return 0, "\n".join(lines)


def _problems(problems: Sequence[DefinitionProblem], resources_dir: Path) -> str:
    count = len(problems)
    heading = f"{count} problem{'s' if count != 1 else ''} in the definitions in {resources_dir}:"
    return f"{heading}\n{format_problems(problems)}"
