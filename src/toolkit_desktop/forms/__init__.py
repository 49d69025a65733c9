"""Reads the definitions in `resources/` (YAML) into the frozen objects of `domain.definitions`."""

from toolkit_desktop.forms.check import run_check
from toolkit_desktop.forms.loader import RESOURCES_ENV_VAR, default_resources_dir, load_definitions
from toolkit_desktop.forms.problems import (
    DefinitionProblem,
    DefinitionsError,
    ProblemCode,
    format_problems,
)

__all__ = [
    "RESOURCES_ENV_VAR",
    "DefinitionProblem",
    "DefinitionsError",
    "ProblemCode",
    "default_resources_dir",
    "format_problems",
    "load_definitions",
    "run_check",
]
