"""The domain is plain Python: importing all of it pulls in no Qt, database, YAML or PDF library."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import toolkit_desktop.domain

FORBIDDEN = ("PySide6", "sqlalchemy", "sqlcipher3", "yaml", "reportlab")

SCRIPT = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


def test_importing_every_domain_module_leaves_the_heavy_libraries_out() -> None:
    modules = [
        f"toolkit_desktop.domain.{m.name}"
        for m in pkgutil.iter_modules(toolkit_desktop.domain.__path__)
    ]
    assert "toolkit_desktop.domain.definitions" in modules
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(modules)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(json.loads(result.stdout))
    assert loaded.isdisjoint(FORBIDDEN), sorted(loaded & set(FORBIDDEN))
