"""The pack's templates, compiled once and kept in the cache folder: the next process uses them,
an edited template is never served stale, and a cache that is damaged or cannot be written never
stops a pack being made."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import DictLoader, Environment

from toolkit_desktop import paths
from toolkit_desktop.export.pack import templates
from toolkit_desktop.export.pack.templates import CompiledTemplates

_MAKE_ENVIRONMENT = templates.environment.__wrapped__  # before any test replaces it


def fresh_environment() -> Environment:
    """The pack's environment as a new process makes it (`environment` keeps one a process)."""
    return _MAKE_ENVIRONMENT()


def untimed(pages: list[str]) -> list[str]:
    """The pages' text without the times of day in it (the second pack is made later)."""
    return [re.sub(r"\d\d:\d\d", "hh:mm", page) for page in pages]


def cached_files() -> list[Path]:
    folder = paths.cache_dir() / "templates"
    return sorted(folder.glob("*.cache")) if folder.is_dir() else []


def test_a_new_process_uses_the_compiled_templates_and_prints_the_same(
    workspace, monkeypatch
):
    case_id = workspace.start()
    # As a new process: not the environment an earlier test in this process already filled
    # with compiled templates (it keeps them in memory and writes nothing to this cache).
    first_environment = fresh_environment()
    monkeypatch.setattr(templates, "environment", lambda: first_environment)
    first = workspace.export(case_id, name="first.pdf")
    assert cached_files(), "nothing was kept in the cache folder"
    # A fresh environment finds every template compiled: compiling again would fail here.
    environment = fresh_environment()
    monkeypatch.setattr(templates, "environment", lambda: environment)

    def no_compiling(*args, **kwargs):
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(environment, "compile", no_compiling)
    again = workspace.export(case_id, name="again.pdf")
    assert untimed(again.pages) == untimed(first.pages)


def _render(source: str) -> str:
    env = Environment(loader=DictLoader({"t.xml": source}), bytecode_cache=CompiledTemplates())
    return env.get_template("t.xml").render(name="Anh")


def test_an_edited_template_is_compiled_afresh_never_served_stale():
    assert _render("<p>Hello {{ name }}</p>") == "<p>Hello Anh</p>"
    assert cached_files()
    assert _render("<p>Goodbye {{ name }}</p>") == "<p>Goodbye Anh</p>"


def test_a_damaged_cache_file_is_passed_over():
    _render("<p>Hello {{ name }}</p>")
    for kept in cached_files():
        kept.write_bytes(kept.read_bytes()[:40] + b"\x00garbage")
    assert _render("<p>Hello {{ name }}</p>") == "<p>Hello Anh</p>"


def test_a_cache_folder_that_cannot_be_written_does_not_stop_the_pack(
    workspace, monkeypatch, tmp_path
):
    in_the_way = tmp_path / "not-a-folder"  # a file where the folder should be
    in_the_way.write_text("x")
    monkeypatch.setattr(paths, "cache_dir", lambda: in_the_way)
    environment = fresh_environment()
    monkeypatch.setattr(templates, "environment", lambda: environment)
    pack = workspace.export(workspace.start())
    assert "OFFICIAL-SENSITIVE" in pack.page(0)
    assert in_the_way.read_text() == "x"
