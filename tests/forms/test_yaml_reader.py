"""The YAML reader: safe, yes/no kept as words, repeated keys and syntax errors reported by line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.yaml_reader import read_yaml


def read(tmp_path: Path, text: str) -> tuple[object, list[tuple[ProblemCode, str]]]:
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    data, problems = read_yaml(path, "file.yaml")
    return data, [(p.code, p.message) for p in problems]


def test_yes_no_on_off_stay_words_and_only_true_false_are_booleans(tmp_path: Path) -> None:
    data, problems = read(
        tmp_path, "equals: [yes, no, on, off, Yes]\nflag: true\nday: 2023-01-30\n"
    )
    assert data == {
        "equals": ["yes", "no", "on", "off", "Yes"],
        "flag": True,
        "day": date(2023, 1, 30),
    }
    assert problems == []


def test_a_repeated_key_is_reported_with_its_line(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "id: child\nlabel: A\nlabel: B\n")
    assert problems == [
        (
            ProblemCode.DUPLICATE_KEY,
            "line 3: the key 'label' appears twice in the same place; only the last is used",
        )
    ]


def test_python_tags_are_refused_as_the_safe_loader_does(tmp_path: Path) -> None:
    data, problems = read(tmp_path, "x: !!python/object/apply:os.system ['true']\n")
    assert data is None
    assert [code for code, _ in problems] == [ProblemCode.YAML_SYNTAX]


def test_a_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    _, problems = read(tmp_path, "a: 1\nb: [1, 2\nc: 3\n")
    ((code, message),) = problems
    assert code is ProblemCode.YAML_SYNTAX
    assert message.startswith("not valid YAML at line 3, column 2:")
