"""The Windows version resource of the executables, generated from the package's version.

Explorer's Properties > Details, Intune's inventory and SCCM's detection rules read this resource,
so it must say the same version as pyproject.toml: the spec writes it at every build from that
file, and nobody edits a copy by hand. The text is PyInstaller's own format (the repr of a
`VSVersionInfo`, which PyInstaller evaluates), so this module needs nothing from PyInstaller.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

COMPANY = "toolkit-desktop contributors"
PRODUCT = "toolkit-desktop"
DESCRIPTION = "Offline safeguarding assessments for a child who may have been trafficked"


def project_version(pyproject: Path) -> str:
    """The version declared in pyproject.toml ("0.1.0")."""
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: "0.1.0" -> (0, 1, 0, 0); "1.2rc1" -> (1, 2, 0, 0).

    Only the release numbers count: a pre-release must not look newer than its release.
    """
    release = re.match(r"\d+(\.\d+)*", version)
    if release is None:
        raise ValueError(f"the version {version!r} has no numbers for Windows to show")
    numbers = [int(part) for part in release.group(0).split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info_text(version: str, internal_name: str, original_filename: str) -> str:
    """The resource for one executable, as PyInstaller's `version=` file expects it."""
    numbers = version_tuple(version)
    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", version),
        ("InternalName", internal_name),
        ("LegalCopyright", f"MIT licence, {COMPANY}"),
        ("OriginalFilename", original_filename),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    structs = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings)
    # 0x0809 is English (United Kingdom); 1200 is the Unicode code page.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '080904B0',
        [ {structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0809, 1200])])
  ]
)
"""


def write_version_file(target: Path, version: str, internal_name: str) -> Path:
    """Write the resource for `internal_name`.exe to `target` and return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        version_info_text(version, internal_name, f"{internal_name}.exe"), encoding="utf-8"
    )
    return target
