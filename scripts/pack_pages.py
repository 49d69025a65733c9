"""Print the page count of the referral pack of each practice case and of the full-case fixture.

The measure for "the same information in fewer pages": run it before and after a change to the
pack's wording or layout and compare. Everything happens in a temporary folder; nothing is kept.

    .venv/bin/python scripts/pack_pages.py
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

from toolkit_desktop.domain.clock import SystemClock
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.domain.records import Profile
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.services.training import add_practice_cases
from toolkit_desktop.storage.vault import Vault

PASS = "correct horse battery staple"
PROFILE = Profile("A. Worker", "Social worker", "Out of hours", "Northshire Council",
                  "01234 567890", "a.worker@northshire.example")
ROOT = Path(__file__).resolve().parent.parent


def _full_case_module():  # the tests' fixture: every question of every form answered
    spec = importlib.util.spec_from_file_location("full_case", ROOT / "tests/export/full_case.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages(vault: Vault, defs, case_id: int, folder: Path) -> int:
    target = folder / f"case-{case_id}.pdf"
    export_pack(vault, defs, case_id, target, None)
    return len(PdfReader(target).pages)


def main() -> int:
    defs = load_definitions(default_resources_dir())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Vault.create(folder / "training.tkvault", PASS, SystemClock(), training=True) as vault:
            vault.save_profile(PROFILE)
            service = CaseService(vault, defs)
            for case_id in add_practice_cases(service):
                child = service.snapshot(case_id).answers_by_form().get("child", {})
                print(f"{_pages(vault, defs, case_id, folder):4d} pages  practice case: "
                      f"{shown_name(child).name}")
        with Vault.create(folder / "full.tkvault", PASS, SystemClock()) as vault:
            vault.save_profile(PROFILE)
            service = CaseService(vault, defs)
            case_id = service.start_case(SystemClock().now(), "Terminal 4", known_as="Anh").id
            full_case = _full_case_module()
            full_case.fill_case(service, defs, case_id)
            full_case.add_records(service, case_id)
            print(f"{_pages(vault, defs, case_id, folder):4d} pages  the full-case fixture")
    return 0


if __name__ == "__main__":
    sys.exit(main())
