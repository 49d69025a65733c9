"""Write constraints.txt: the exact versions of every package a build installs, from this .venv.

pyproject.toml keeps ranges (what the code works with); constraints.txt pins what was tested, so
two builds a month apart install the same thing (`pip install -c constraints.txt ...`). This is
`pip freeze --exclude-editable` kept to the project's own dependencies (with its test extra),
the build tools named below, and everything those need in turn, so a tool someone installed by
hand never becomes a pin. Run it after changing pyproject.toml and re-running the tests:

    .venv/bin/python scripts/make_constraints.py

Requirements that apply only on another platform (tzdata on Windows, say) are not installed
here, so they cannot be pinned from this .venv; they are listed at the end of the file, and
packaging/windows/constraints-windows.txt pins them for the Windows build.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("test",)
BUILD_TOOLS = ("pyinstaller",)  # installed by `make package-linux` and the Windows workflow
# The platforms the project ships to: a requirement counts if it applies on any of them.
PLATFORMS = (
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
)


def applies(marker: Marker | None, extras: tuple[str, ...]) -> bool:
    if marker is None:
        return True
    return any(
        marker.evaluate({**platform, "extra": extra})
        for platform in PLATFORMS
        for extra in ("", *extras)
    )


def closure(roots: list[tuple[str, tuple[str, ...]]]) -> tuple[dict[str, str], set[str]]:
    """Pinned name -> version for everything reachable, and the names not installed here."""
    pinned: dict[str, str] = {}
    missing: set[str] = set()
    seen: set[tuple[str, tuple[str, ...]]] = set()
    todo = list(roots)
    while todo:
        name, extras = todo.pop()
        key = (canonicalize_name(name), extras)
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.add(canonicalize_name(name))
            continue
        pinned[dist.metadata["Name"]] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            if applies(requirement.marker, extras):
                todo.append((requirement.name, tuple(sorted(requirement.extras))))
    return pinned, missing


def project_requirements() -> list[Requirement]:
    """The project's own requirements, read from pyproject.toml (the installed metadata of an
    editable install is as old as the last `pip install -e`)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    lines = list(project["dependencies"])
    for extra in EXTRAS:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def constraints_text() -> str:
    roots = [
        (requirement.name, tuple(sorted(requirement.extras)))
        for requirement in project_requirements()
        if applies(requirement.marker, ())
    ]
    pinned, missing = closure([*roots, *((tool, ()) for tool in BUILD_TOOLS)])
    lines = [
        "# The versions every build installs: `pip install -c constraints.txt ...`.",
        "# Written by scripts/make_constraints.py from a .venv whose tests passed; do not edit.",
        f"# Python {sys.version_info.major}.{sys.version_info.minor}; pyproject.toml keeps "
        "the ranges.",
    ]
    lines += [f"{name}=={version}" for name, version in sorted(pinned.items(), key=_lower)]
    if missing:
        lines.append("# Not installed on this platform, pinned for Windows in "
                     "packaging/windows/constraints-windows.txt:")
        lines += [f"#   {name}" for name in sorted(missing)]
    return "\n".join(lines) + "\n"


def _lower(item: tuple[str, str]) -> str:
    return item[0].lower()


def main() -> int:
    parser = argparse.ArgumentParser(description="Write constraints.txt from this .venv.")
    parser.add_argument("--out", type=Path, default=ROOT / "constraints.txt")
    args = parser.parse_args()
    args.out.write_text(constraints_text(), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
