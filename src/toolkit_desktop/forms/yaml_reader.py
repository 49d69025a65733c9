"""Reads one definitions file as YAML, turning syntax errors and repeated keys into problems.

PyYAML's safe loader is used (its libyaml version when installed, several times faster at
start-up), with one change: only true/false are booleans. YAML 1.1 also reads yes/no/on/off as
booleans, which would turn `equals: [yes]` and a choice id `no` into True/False.

Every command-line run reads all the definitions again (a fresh process), and importing PyYAML
and parsing them is most of that. So the data of a file read without a problem is kept in the
program's cache folder (`paths.cache_dir`), under a digest of the file's path and bytes and of
this reader's version: a file changed in any way, or a reader that reads differently, is parsed
afresh, and a file with a problem is always parsed, so what it says about the problem is always
said. The data is kept with `marshal` (plain values only: dates are kept as tagged tuples, and a
file whose data holds anything else is not kept), which, unlike pickle, runs nothing when read.
A cache that cannot be read or written is passed over. PyYAML is imported only to parse.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import re
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit_desktop import paths
from toolkit_desktop.forms.problems import DefinitionProblem, ProblemCode

if TYPE_CHECKING:
    import yaml

_BOOL_TAG = "tag:yaml.org,2002:bool"
# Change it whenever the data read from the same text would differ (the loader's rules above).
READER_VERSION = "1: YAML 1.2 booleans, repeated keys noted"


@functools.cache
def _loader() -> Any:
    """The safe loader, with YAML 1.2 booleans, that notes keys repeated in one mapping."""
    import yaml  # deferred: a run whose definitions are all in the cache never needs it

    safe: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class DefinitionsLoader(safe):
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

    DefinitionsLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
        for first, resolvers in safe.yaml_implicit_resolvers.items()
    }
    DefinitionsLoader.add_implicit_resolver(
        _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return DefinitionsLoader


def read_yaml(path: Path, shown_as: str) -> tuple[Any, list[DefinitionProblem]]:
    """The file's data (None when unusable) and the problems found reading it."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [
            _problem(shown_as, f"cannot read the file: {exc}", ProblemCode.UNREADABLE_FILE)
        ]
    kept = _kept_file(path, raw)
    found = _read_kept(kept)
    if found is not None:
        return found[0], []
    data, problems = _parse(text, shown_as)
    if not problems:
        _keep(kept, data)
    return data, problems


def _parse(text: str, shown_as: str) -> tuple[Any, list[DefinitionProblem]]:
    import yaml  # deferred: see the module's docstring

    # PyYAML's reader sees the text as `read_text` would give it: universal newlines.
    loader = _loader()(text.replace("\r\n", "\n").replace("\r", "\n"))
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


# -- the cache -----------------------------------------------------------------------------------

_DATE, _DATETIME = "\x00date", "\x00datetime"  # tags of the tuples dates are kept as


class _NotKept(Exception):
    """The data holds a value the cache does not keep."""


def _kept_file(path: Path, raw: bytes) -> Path:
    digest = hashlib.sha256()
    for part in (READER_VERSION.encode(), str(path.resolve()).encode(), raw):
        digest.update(len(part).to_bytes(8, "big") + part)
    return paths.cache_dir() / "definitions" / f"{digest.hexdigest()}.marshal"


def _plain(value: Any) -> Any:
    """The data as values marshal keeps: dicts, lists, text, numbers, booleans, None."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return (_DATETIME, value.isoformat())
    if isinstance(value, date):
        return (_DATE, value.isoformat())
    raise _NotKept(type(value).__name__)


def _restored(value: Any) -> Any:
    if isinstance(value, list):
        return [_restored(v) for v in value]
    if isinstance(value, dict):
        return {_restored(k): _restored(v) for k, v in value.items()}
    if isinstance(value, tuple):
        tag, text = value
        return datetime.fromisoformat(text) if tag == _DATETIME else date.fromisoformat(text)
    return value


def _read_kept(kept: Path) -> tuple[Any] | None:
    """(data,) from the cache, or None when it holds nothing usable for this file."""
    try:
        return (_restored(marshal.loads(kept.read_bytes())),)
    except Exception:  # missing, unreadable or damaged: parsed again
        return None


def _keep(kept: Path, data: Any) -> None:
    """Keep the data for next time; a value not kept, a full disk or a read-only folder keeps
    nothing."""
    partial: Path | None = None
    try:
        encoded = marshal.dumps(_plain(data))
        kept.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a process reading it meanwhile sees all of it or none.
        with tempfile.NamedTemporaryFile(dir=kept.parent, prefix=".", suffix=".partial",
                                         delete=False) as out:
            partial = Path(out.name)
            out.write(encoded)
        os.replace(partial, kept)
    except (OSError, ValueError, _NotKept):
        if partial is not None:
            with contextlib.suppress(OSError):
                partial.unlink()


def _describe(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return f"not valid YAML: {problem}"
    return f"not valid YAML at line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _problem(file: str, message: str, code: ProblemCode) -> DefinitionProblem:
    return DefinitionProblem(file=file, key_path="", message=message, code=code)
