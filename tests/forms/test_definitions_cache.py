"""The definitions read once and kept in the cache folder: the next process reads the same data
without parsing, a changed file is read afresh, a file with a problem always says so, and a cache
that is damaged or cannot be written changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from toolkit_desktop import paths
from toolkit_desktop.forms import default_resources_dir, load_definitions, yaml_reader
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.yaml_reader import read_yaml

TEXT = "id: child\nlabel: About the child\nfrom: 2024-04-01\nchoices: [yes, no]\n"


def kept() -> list[Path]:
    folder = paths.cache_dir() / "definitions"
    return sorted(folder.glob("*.marshal")) if folder.is_dir() else []


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "child.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_read_once_is_read_again_from_the_cache_with_the_same_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, TEXT)
    first, problems = read_yaml(path, "child.yaml")
    assert problems == [] and kept()
    monkeypatch.setattr(yaml_reader, "_parse", lambda *a: pytest.fail("parsed again"))
    again, problems = read_yaml(path, "child.yaml")
    assert again == first == {"id": "child", "label": "About the child",
                              "from": date(2024, 4, 1), "choices": ["yes", "no"]}
    assert type(again["from"]) is date and problems == []


def test_a_changed_file_is_read_afresh(tmp_path: Path) -> None:
    path = write(tmp_path, TEXT)
    read_yaml(path, "child.yaml")
    write(tmp_path, TEXT.replace("About the child", "The child"))
    data, _ = read_yaml(path, "child.yaml")
    assert data["label"] == "The child"


def test_a_file_with_a_problem_says_so_every_time(tmp_path: Path) -> None:
    path = write(tmp_path, "id: child\nlabel: A\nlabel: B\n")
    for _ in range(2):
        _, problems = read_yaml(path, "child.yaml")
        assert [p.code for p in problems] == [ProblemCode.DUPLICATE_KEY]
    assert kept() == []


def test_a_damaged_cache_file_is_passed_over(tmp_path: Path) -> None:
    path = write(tmp_path, TEXT)
    first, _ = read_yaml(path, "child.yaml")
    for file in kept():
        file.write_bytes(b"\x00not marshal")
    assert read_yaml(path, "child.yaml") == (first, [])


def test_a_cache_folder_that_cannot_be_written_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("a file where the folder should be")
    monkeypatch.setattr(paths, "cache_dir", lambda: in_the_way)
    path = write(tmp_path, TEXT)
    data, problems = read_yaml(path, "child.yaml")
    assert data["id"] == "child" and problems == []


def test_the_shipped_definitions_read_from_the_cache_are_the_same(no_parsing_later) -> None:
    fresh = load_definitions(default_resources_dir())
    no_parsing_later()
    assert load_definitions(default_resources_dir()) == fresh


@pytest.fixture
def no_parsing_later(monkeypatch: pytest.MonkeyPatch):
    """Call it to make parsing fail from then on."""

    def start() -> None:
        monkeypatch.setattr(yaml_reader, "_parse", lambda *a: pytest.fail("parsed again"))

    return start
