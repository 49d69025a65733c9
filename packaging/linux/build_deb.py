"""Turn the PyInstaller one-folder bundle into a Debian package with a menu entry and an icon.

Why a .deb and not an AppImage: appimagetool and the AppImage runtime are downloaded from GitHub,
which a build machine without internet cannot reach, while `dpkg-deb` is on every Debian and
Ubuntu machine. A .deb is also what council IT push with their own tools (apt repositories,
Landscape, Ansible), and it uninstalls cleanly.

The package puts the bundle in /opt/toolkit-desktop (self-contained, as the FHS says for add-on
software), a `toolkit-desktop` command in /usr/bin, the menu entry in /usr/share/applications
and the icon in the hicolor theme. It depends on the system libraries Qt's xcb platform needs,
which PyInstaller does not bundle. Run by `make package-linux`:

    python packaging/linux/build_deb.py --bundle dist/toolkit-desktop --out dist
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

NAME = "toolkit-desktop"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ICONS = HERE.parent / "icons"
INSTALL_DIR = Path("opt") / NAME
MAINTAINER = "toolkit-desktop contributors <toolkit-desktop@invalid>"
# What Qt's xcb platform plugin and OpenGL loader open from the system (the README's list).
DEPENDS = [
    "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
    "libxcb-render-util0", "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1", "libdbus-1-3",
]
DESCRIPTION = """\
Offline safeguarding assessments for a child who may have been trafficked
 A desktop tool for UK practitioners: the risk assessment matrix, the trafficking
 assessment and age-assessment notes, kept in one encrypted file on the laptop,
 and the National Referral Mechanism referral pack as a PDF. It makes no network
 connections."""


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version declared in pyproject.toml, which the package carries."""
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def architecture() -> str:
    """Debian's name for this machine's architecture ("amd64")."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def installed_size_kib(tree: Path) -> int:
    """What the package takes on disk once installed, as the control file's Installed-Size."""
    total = sum(f.stat().st_size for f in tree.rglob("*") if f.is_file() and not f.is_symlink())
    return max(1, total // 1024)


def control_text(version: str, arch: str, size_kib: int) -> str:
    """The DEBIAN/control file."""
    return (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def stage(bundle: Path, tree: Path, version: str, arch: str) -> Path:
    """Lay out the package's files under `tree`, as they will be on the target machine."""
    if not (bundle / NAME).is_file():
        raise SystemExit(f"build_deb: {bundle} holds no {NAME} program; run pyinstaller first.")
    shutil.copytree(bundle, tree / INSTALL_DIR, symlinks=True)
    bin_dir = tree / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # A symlink: the bundle's loader finds its libraries from its own resolved path.
    (bin_dir / NAME).symlink_to(Path("/") / INSTALL_DIR / NAME)
    applications = tree / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(HERE / f"{NAME}.desktop", applications / f"{NAME}.desktop")
    hicolor = tree / "usr" / "share" / "icons" / "hicolor"
    for size, source in ((48, f"{NAME}-48.png"), (128, f"{NAME}-128.png"), (256, f"{NAME}.png")):
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(ICONS / source, target / f"{NAME}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICONS / f"{NAME}.svg", hicolor / "scalable" / "apps" / f"{NAME}.svg")
    doc = tree / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", doc / "copyright")
    debian = tree / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control_text(version, arch, installed_size_kib(tree)), encoding="utf-8"
    )
    # Modes set outright, whatever the builder's umask (an IT engineer's may be 077): dpkg-deb
    # refuses a control folder that is not 0755, and files must be readable by every user.
    for path in (tree, *tree.rglob("*")):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o100 else 0o644)
    return tree


def build(bundle: Path, out: Path, version: str | None = None) -> Path:
    """Build the .deb from the bundle into `out` and return its path."""
    version = version or project_version()
    arch = architecture()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{NAME}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="toolkit-deb-") as scratch:
        tree = stage(bundle, Path(scratch) / "root", version, arch)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "--build", str(tree), str(target)],
            check=True, stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    print(build(args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
