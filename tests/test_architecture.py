"""The architecture holds: layers run one way, only the ui imports Qt, the ui is rooms of widgets.

The contracts themselves are in pyproject.toml (`[tool.importlinter]`); `make lint` runs them too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "toolkit_desktop" / "ui"


def test_every_import_contract_is_kept():
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports())"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


# Modules that only pick widgets and hold no rule, so import no Qt themselves: the table of a
# widget class per field type (kept out of the package's __init__, which the unlock screen loads).
WIDGET_TABLES = {"fields/factory.py"}


def test_every_ui_module_is_a_widget_module():
    # A module of the ui that imports no Qt is a rule, and belongs in domain or services.
    plain = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "__init__.py"
        and path.relative_to(UI).as_posix() not in WIDGET_TABLES
        and not any(name.split(".")[0] == "PySide6" for name in _imports(path))
    ]
    assert plain == []


def test_the_ui_is_grouped_into_rooms():
    top = [p.name for p in UI.iterdir() if p.name != "__pycache__" and p.name != "__init__.py"]
    assert all((UI / name).is_dir() for name in top), "modules belong in a room, not at the top"
    # A room is a package of widget modules; a folder of data (the translations) is not one.
    rooms = [name for name in top if (UI / name / "__init__.py").exists()]
    assert len(rooms) <= 12, sorted(rooms)
    data = sorted(set(top) - set(rooms))
    assert data == ["translations"], data


def test_the_windows_never_reach_into_the_vault_object():
    # The services' Session names what the windows may ask; `session.vault` is for tests.
    reaching = [
        f"{path.relative_to(UI)}:{node.lineno}"
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "vault"
        and isinstance(node.value, ast.Name | ast.Attribute)
        and getattr(node.value, "id", getattr(node.value, "attr", "")) in ("session", "s")
    ]
    assert reaching == []
