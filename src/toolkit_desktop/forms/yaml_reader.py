"""Reads one definitions file as YAML, turning syntax errors and repeated keys into problems.

PyYAML's safe loader is used (its libyaml version when installed, several times faster at
start-up), with one change: only true/false are booleans. YAML 1.1 also reads yes/no/on/off as
booleans, which would turn `equals: [yes]` and a choice id `no` into True/False.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from toolkit_desktop.forms.problems import DefinitionProblem, ProblemCode

_BOOL_TAG = "tag:yaml.org,2002:bool"
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DefinitionsLoader(_SafeLoader):
    """The safe loader, with YAML 1.2 booleans, that notes keys repeated in one mapping."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.repeated_keys: list[tuple[str, int]] = []  # (key, 1-based line)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    self.repeated_keys.append((key_node.value, key_node.start_mark.line + 1))
                seen.add(key_node.value)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


_DefinitionsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_DefinitionsLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path, shown_as: str) -> tuple[Any, list[DefinitionProblem]]:
    """The file's data (None when unusable) and the problems found reading it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [
            _problem(shown_as, f"cannot read the file: {exc}", ProblemCode.UNREADABLE_FILE)
        ]
    loader = _DefinitionsLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        return None, [_problem(shown_as, _describe(exc), ProblemCode.YAML_SYNTAX)]
    finally:
        loader.dispose()
    problems = [
        _problem(
            shown_as,
            f"line {line}: the key '{key}' appears twice in the same place; only the last is used",
            ProblemCode.DUPLICATE_KEY,
        )
        for key, line in loader.repeated_keys
    ]
    return data, problems


def _describe(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return f"not valid YAML: {problem}"
    return f"not valid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _problem(file: str, message: str, code: ProblemCode) -> DefinitionProblem:
    return DefinitionProblem(file=file, key_path="", message=message, code=code)
