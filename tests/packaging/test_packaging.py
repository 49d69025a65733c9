"""What can be checked here of the Windows and Linux builds, without Windows or a real build.

The PyInstaller spec is run with stand-ins for PyInstaller's build steps (as PyInstaller itself
would run it, but recording what it was asked to build), the Inno Setup script is read as text
(no Inno Setup compiler runs on Linux), the app's own path functions are asked where a Windows
laptop would keep its files, and the Debian package is built from a stand-in bundle with the
real dpkg-deb. `make package-linux` builds and the Windows workflow installs the real thing.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import types
import uuid
from pathlib import Path, PureWindowsPath
from typing import Any

import platformdirs
import platformdirs.windows
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PIL import Image

import toolkit_desktop
from toolkit_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "toolkit-desktop.spec"
ISS = PACKAGING / "windows" / "toolkit-desktop.iss"
DESKTOP_FILE = PACKAGING / "linux" / "toolkit-desktop.desktop"
# Changing it would make Windows install a second copy beside the first instead of upgrading.
APP_ID = "65B95CA2-9332-4A90-91B3-E42FF7920E22"
LOCALAPPDATA = r"C:\Users\sam.jones\AppData\Local"


def pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def load(path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Recorded:
    """One PyInstaller build step (Analysis, EXE, ...): what the spec passed to it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []


class Analysis(Recorded): ...


class PYZ(Recorded): ...


class EXE(Recorded): ...


class COLLECT(Recorded): ...


def run_spec(monkeypatch: pytest.MonkeyPatch, workpath: Path, platform: str) -> dict[str, Any]:
    """Run the spec as PyInstaller would on `platform`, with build steps that only record."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: [(f"<{package} data>", package)]  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {
        "__file__": str(SPEC), "SPECPATH": str(PACKAGING), "workpath": str(workpath),
        "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def executables(namespace: dict[str, Any]) -> dict[str, EXE]:
    collect = namespace["coll"]
    assert isinstance(collect, COLLECT)
    return {exe.kwargs["name"]: exe for exe in collect.args if isinstance(exe, EXE)}


def read_version_resource(path: Path) -> dict[str, Any]:
    """The version resource file, read back as PyInstaller evaluates it."""
    def record(kind: str) -> Any:
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    tree = eval(path.read_text(encoding="utf-8"), {name: record(name) for name in names})
    strings = {s["args"][0]: s["args"][1] for s in tree["kids"][0]["args"][0][0]["args"][1]}
    return {"filevers": tree["ffi"]["filevers"], "strings": strings}


# The Windows build -------------------------------------------------------------------------


def test_windows_gui_opens_no_console_and_the_cli_has_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exes = executables(run_spec(monkeypatch, tmp_path, "win32"))

    assert set(exes) == {"toolkit-desktop", "toolkit-desktop-cli"}
    assert exes["toolkit-desktop"].kwargs["console"] is False
    assert exes["toolkit-desktop"].kwargs["disable_windowed_traceback"] is True
    assert exes["toolkit-desktop-cli"].kwargs["console"] is True


def test_windows_programs_carry_the_icon_and_the_package_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    version = pyproject()["project"]["version"]
    assert version == toolkit_desktop.__version__  # what --version prints
    for name, exe in executables(run_spec(monkeypatch, tmp_path, "win32")).items():
        with Image.open(exe.kwargs["icon"]) as icon:
            assert icon.format == "ICO"
            assert {(16, 16), (32, 32), (256, 256)} <= set(icon.info["sizes"])
        resource = read_version_resource(Path(exe.kwargs["version"]))
        assert resource["filevers"] == (0, 1, 0, 0)
        assert resource["strings"]["ProductVersion"] == version
        assert resource["strings"]["FileVersion"] == version
        assert resource["strings"]["OriginalFilename"] == f"{name}.exe"


def test_version_resource_has_four_numbers_whatever_the_version() -> None:
    version_info = load(PACKAGING / "windows" / "version_info.py")
    assert version_info.version_tuple("2.3") == (2, 3, 0, 0)
    assert version_info.version_tuple("1.4.0rc2") == (1, 4, 0, 0)  # not newer than 1.4.0
    text = version_info.version_info_text("1.2.3", "toolkit-desktop", "toolkit-desktop.exe")
    ast.parse(text, mode="eval")  # PyInstaller evaluates it: it must be one expression


def test_bundle_carries_definitions_fonts_templates_translations_and_migrations(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for platform in ("win32", "linux"):
        namespace = run_spec(monkeypatch, tmp_path, platform)
        datas = dict((target, Path(source)) for source, target in namespace["a"].kwargs["datas"]
                     if not source.startswith("<"))
        package = ROOT / "src" / "toolkit_desktop"
        assert datas == {
            "toolkit_desktop/resources": ROOT / "resources",
            "toolkit_desktop/export/fonts": package / "export" / "fonts",
            "toolkit_desktop/export/templates": package / "export" / "templates",
            "toolkit_desktop/ui/translations": package / "ui" / "translations",
            "toolkit_desktop/storage/migrations": package / "storage" / "migrations",
        }
        assert all(source.is_dir() and any(source.iterdir()) for source in datas.values())
        fonts = datas["toolkit_desktop/export/fonts"]
        assert any(path.suffix == ".ttf" for path in fonts.iterdir())
        assert (datas["toolkit_desktop/ui/translations"] / "toolkit_cy.qm").is_file()


def test_linux_bundle_is_one_program_for_the_app_and_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workpath = tmp_path / "work"
    workpath.mkdir()
    exes = executables(run_spec(monkeypatch, workpath, "linux"))

    assert list(exes) == ["toolkit-desktop"]
    assert "icon" not in exes["toolkit-desktop"].kwargs  # Windows-only: PyInstaller warns
    assert not list(workpath.iterdir())  # no Windows version file written


# The Windows installer ---------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            sections[current] = []
        elif current and stripped and not stripped.startswith((";", "#")):
            sections[current].append(stripped)
    return sections


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_installer_is_per_machine_in_program_files_with_a_fixed_id() -> None:
    setup = iss_setup()

    assert setup["AppId"] == "{{" + APP_ID + "}"  # Inno Setup writes a literal { as {{
    assert uuid.UUID(APP_ID).version == 4
    assert setup["PrivilegesRequired"] == "admin"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no per-user install by mistake
    assert setup["DefaultDirName"] == r"{autopf}\toolkit-desktop"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_installer_files_exist_where_the_script_names_them() -> None:
    setup = iss_setup()
    here = ISS.parent  # Inno Setup resolves paths from the script's folder
    assert (here / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve() == (
        PACKAGING / "icons" / "toolkit-desktop.ico"
    )
    assert (here / PureWindowsPath(setup["LicenseFile"]).as_posix()).resolve() == ROOT / "LICENSE"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    bundle = re.search(r'#define BundleDir "([^"]+)"', ISS.read_text(encoding="utf-8"))
    assert bundle is not None
    assert (here / PureWindowsPath(bundle.group(1)).as_posix()).resolve() == (
        ROOT / "dist" / "toolkit-desktop"  # where the spec puts the bundle
    )


def test_start_menu_opens_the_windowed_program() -> None:
    icons = iss_sections()["Icons"]
    start_menu = [line for line in icons if line.startswith('Name: "{autoprograms}')]
    assert start_menu and all(r'Filename: "{app}\{#AppExe}"' in line for line in start_menu)
    assert '#define AppExe "toolkit-desktop.exe"' in ISS.read_text(encoding="utf-8")
    desktop = [line for line in iss_sections()["Tasks"] if "desktopicon" in line]
    assert desktop and "Flags: unchecked" in desktop[0]


def test_uninstall_keeps_the_users_cases_unless_someone_chooses_otherwise() -> None:
    sections = iss_sections()
    # The only thing uninstall always removes is the program's own folder.
    assert sections["UninstallDelete"] == ['Type: filesandordirs; Name: "{app}"']
    # No install-time task can choose removal in advance.
    assert not any("data" in line.lower() for line in sections["Tasks"])
    code = "\n".join(sections["Code"])
    # Asked interactively with No as the default button; never asked when silent.
    assert "MB_YESNO or MB_DEFBUTTON2) = IDYES" in code
    assert "if (not Remove) and (not UninstallSilent()) then" in code
    assert "Remove := RemoveUserDataOnCommandLine();" in code
    assert "RemoveUserDataSwitch = '/REMOVEUSERDATA';" in code
    assert code.count("DelTree(") == 1 and "if Remove then" in code


# Where a Windows laptop keeps the app's files ---------------------------------------------


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs answering as on Windows for a user whose profile is sam.jones."""
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCALAPPDATA)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\sam.jones\AppData\Roaming")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)


def win(path: Path | str) -> PureWindowsPath:
    return PureWindowsPath(str(path))


@pytest.mark.usefixtures("on_windows")
def test_windows_keeps_vault_backups_and_settings_in_local_app_data() -> None:
    folder = PureWindowsPath(LOCALAPPDATA, "toolkit-desktop")

    assert win(paths.default_vault_path()) == folder / "cases.tkvault"
    assert win(paths.backups_dir(paths.default_vault_path())) == folder / "cases.tkvault-backups"
    assert win(paths.training_vault_path()) == folder / "training" / "training.tkvault"
    assert win(paths.settings_file()) == folder / "settings.json"
    # Logs go in the platform's log folder, which on Windows is inside the same folder.
    log_dir = platformdirs.user_log_dir(paths.APP_NAME, appauthor=False)
    assert win(log_dir) == folder / "Logs"


@pytest.mark.usefixtures("on_windows")
def test_uninstallers_remove_my_data_choice_covers_exactly_the_apps_folder() -> None:
    constant = re.search(r"UserDataFolder = '([^']+)';", ISS.read_text(encoding="utf-8"))
    assert constant is not None
    removed = win(constant.group(1).replace("{localappdata}", LOCALAPPDATA))

    assert removed == win(paths.data_dir()) == win(paths.config_dir())
    assert removed.parent == PureWindowsPath(LOCALAPPDATA)  # nothing wider than the app's own


# The Linux package ------------------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_menu_entry_starts_the_installed_command_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "toolkit-desktop"  # /usr/bin/toolkit-desktop, from the package
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "toolkit-desktop"
    assert entry["StartupWMClass"] == "toolkit-desktop"  # Qt's application name: one task bar icon
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs Debian's dpkg-deb")
def test_deb_installs_bundle_command_menu_entry_and_icons(tmp_path: Path) -> None:
    build_deb = load(PACKAGING / "linux" / "build_deb.py")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "toolkit-desktop"
    program.write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    program.chmod(0o755)

    # An IT engineer's shell may keep everything private (umask 077): the package must not.
    previous = os.umask(0o077)
    try:
        deb = build_deb.build(bundle, tmp_path / "out")
    finally:
        os.umask(previous)

    version = pyproject()["project"]["version"]
    assert deb.name.startswith(f"toolkit-desktop_{version}_")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True,
                            text=True).stdout
    assert f"Version: {version}\n" in fields
    assert "libxcb-cursor0" in fields  # Qt's xcb plugin needs it and PyInstaller leaves it out
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], check=True, capture_output=True,
                             text=True).stdout
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/toolkit-desktop/toolkit-desktop$",
                     listing, re.M)
    assert "./usr/bin/toolkit-desktop -> /opt/toolkit-desktop/toolkit-desktop" in listing
    assert re.search(r"^-rw-r--r-- root/root .* \./usr/share/applications/toolkit-desktop"
                     r"\.desktop$", listing, re.M)
    for path in ("usr/share/applications/toolkit-desktop.desktop",
                 "usr/share/icons/hicolor/256x256/apps/toolkit-desktop.png",
                 "usr/share/icons/hicolor/scalable/apps/toolkit-desktop.svg",
                 "usr/share/doc/toolkit-desktop/copyright"):
        assert f" ./{path}\n" in listing


def test_deb_build_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    build_deb = load(PACKAGING / "linux" / "build_deb.py")
    with pytest.raises(SystemExit, match="holds no toolkit-desktop program"):
        build_deb.stage(tmp_path, tmp_path / "root", "0.1.0", "amd64")
    assert not (tmp_path / "root").exists()


# Pinned versions for builds ----------------------------------------------------------------


def pins(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("==") for line in lines if line and not line.startswith("#"))
    return {canonicalize_name(name): version for name, version in pairs}


def test_constraints_pin_every_dependency_within_pyprojects_ranges() -> None:
    windows_only = pins(PACKAGING / "windows" / "constraints-windows.txt")
    pinned = pins(ROOT / "constraints.txt") | windows_only
    project = pyproject()["project"]
    for line in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} has no pinned version"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{name}=={pinned[name]} is outside {requirement.specifier}"
        )
    assert "pyinstaller" in pinned
