"""Walks parsed YAML with a key path, collecting problems instead of stopping at the first one."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from toolkit_desktop.forms.problems import DefinitionProblem, ProblemCode

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")


def join(path: str, name: str) -> str:
    """The key path of `name` inside `path`: "sections[0]" + "title" = "sections[0].title"."""
    return f"{path}.{name}" if path else name


def kind(value: Any) -> str:
    """What a YAML value is, in words, for "expected X, got Y" messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    return "a list" if isinstance(value, list) else "a mapping of keys"


class Report:
    """The problems of one file, added as they are found."""

    def __init__(self, file: str, words: Callable[[str], str] = str) -> None:
        self.file = file
        self.problems: list[DefinitionProblem] = []
        self.words = words  # the shown words in the practitioner's language (forms.words)

    def add(self, path: str, code: ProblemCode, message: str) -> None:
        """Record one problem at `path`."""
        self.problems.append(DefinitionProblem(self.file, path, message, code))

    def mapping(
        self, value: Any, path: str, *, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        """`value` if it is a mapping, after reporting unknown and missing keys; else None."""
        required, optional = tuple(required), tuple(optional)
        if not isinstance(value, dict):
            self.add(path, ProblemCode.WRONG_TYPE, f"expected a mapping of keys, got {kind(value)}")
            return None
        allowed = required + optional
        for key in value:
            if key not in allowed:
                self.add(join(path, str(key)), ProblemCode.UNKNOWN_KEY, _unknown_key(key, allowed))
        for key in required:
            if key not in value:
                self.add(join(path, key), ProblemCode.MISSING_KEY, f"'{key}' is missing")
        return value

    def text(self, mapping: dict[str, Any], name: str, path: str, *, required: bool = True) -> str:
        """The text under `name` (stripped), or "" after reporting what is wrong with it."""
        value = mapping.get(name)
        where = join(path, name)
        if value is None:
            if required and name in mapping:
                self.add(where, ProblemCode.EMPTY_TEXT, f"'{name}' is empty")
            return ""
        if not isinstance(value, str):
            self.add(where, ProblemCode.WRONG_TYPE, f"expected text, got {kind(value)}")
            return ""
        if required and not value.strip():
            self.add(where, ProblemCode.EMPTY_TEXT, f"'{name}' is empty")
        return value.strip()

    def shown(self, mapping: dict[str, Any], name: str, path: str, *,
              required: bool = True) -> str:
        """Like `text`, for words a practitioner reads: in their language where translated."""
        return self.words(self.text(mapping, name, path, required=required))

    def ident(self, mapping: dict[str, Any], path: str, name: str = "id") -> str:
        """The id under `name`, checked against [a-z][a-z0-9_]*."""
        value = self.text(mapping, name, path)
        if value and not ID_PATTERN.fullmatch(value):
            self.add(
                join(path, name),
                ProblemCode.BAD_ID,
                f"'{value}' is not a valid id: use lower-case letters, digits and underscores, "
                "starting with a letter",
            )
        return value

    def items(self, mapping: dict[str, Any], name: str, path: str) -> list[tuple[str, Any]]:
        """(key path, item) for each item of the list under `name`; [] if it is not a list."""
        value = mapping.get(name)
        where = join(path, name)
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(where, ProblemCode.WRONG_TYPE, f"expected a list, got {kind(value)}")
            return []
        return [(f"{where}[{n}]", item) for n, item in enumerate(value)]

    def unique(self, ids: Iterable[tuple[str, str]], what: str) -> None:
        """Report every id (given with its key path) already used earlier in the same scope."""
        first_seen: dict[str, str] = {}
        for ident, path in ids:
            if not ident:
                continue
            if ident in first_seen:
                self.add(
                    join(path, "id"),
                    ProblemCode.DUPLICATE_ID,
                    f"the {what} id '{ident}' is already used at {first_seen[ident]}",
                )
            else:
                first_seen[ident] = path


def _unknown_key(key: Any, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), allowed, n=1)
    if close:
        return f"unknown key '{key}': did you mean '{close[0]}'?"
    return f"unknown key '{key}' (expected one of: {', '.join(allowed)})"
