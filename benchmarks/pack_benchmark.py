"""How long the NRM referral pack takes for a full case, next to a plain reportlab document.

Run from the repository: `.venv/bin/python benchmarks/pack_benchmark.py [--pdf OUT] [--training]`.
It makes a fictional case in a throwaway vault (every question of every form answered, 40 matrix
indicators known or suspected, three conversations, a chronology), exports its pack, and builds a
plain document of paragraphs with the same number of pages. It prints times; it asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from toolkit_desktop.domain.records import Profile
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.storage.vault import Vault

REPO = Path(__file__).resolve().parent.parent


class StepClock:
    """A clock that moves one second each time it is read, so every record has its own time."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def now(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


def load_full_case() -> ModuleType:
    """The test suite's full-case filler, so the benchmark and the tests use one fictional case."""
    path = REPO / "tests" / "export" / "full_case.py"
    spec = importlib.util.spec_from_file_location("pack_full_case", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plain_document(pages: int) -> float:
    """Seconds reportlab takes for `pages` pages of plain paragraphs, in memory."""
    style = getSampleStyleSheet()["BodyText"]
    text = "A plain paragraph of ordinary length for comparison, with nothing special in it. " * 5
    story = []
    for page in range(pages):
        story += [Paragraph(text, style) for _ in range(7)]
        if page < pages - 1:
            story.append(PageBreak())
    started = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, help="keep a copy of the full pack here")
    parser.add_argument("--training", action="store_true", help="make it a training case")
    parser.add_argument("--password", help="also time an export protected with this password")
    args = parser.parse_args()

    full_case = load_full_case()
    with tempfile.TemporaryDirectory(prefix="pack-benchmark-") as folder:
        os.environ["TOOLKIT_DESKTOP_HOME"] = str(Path(folder) / "home")
        definitions = load_definitions(default_resources_dir())
        vault = Vault.create(Path(folder) / "bench.tkvault", "benchmark", StepClock(),
                             training=args.training)
        try:
            vault.save_profile(Profile("A. Worker", "Social worker", "Out of hours",
                                       "Northshire Council", "01234 567890",
                                       "a.worker@northshire.example"))
            service = CaseService(vault, definitions)
            case = service.start_case(vault.clock.now(), "Terminal 4", known_as="Anh")
            full_case.fill_case(service, definitions, case.id)
            full_case.add_records(service, case.id)

            target = Path(folder) / "pack.pdf"
            started = time.perf_counter()
            export_pack(vault, definitions, case.id, target, None)
            export_seconds = time.perf_counter() - started
            pages = len(PdfReader(target).pages)
            if args.pdf:
                shutil.copyfile(target, args.pdf)

            protected_seconds = None
            if args.password:
                started = time.perf_counter()
                export_pack(vault, definitions, case.id, target, args.password)
                protected_seconds = time.perf_counter() - started
        finally:
            vault.close()

    plain_seconds = plain_document(pages)
    print(f"Full case pack: {pages} pages")
    print(f"  export_pack (read vault, build, write):   {export_seconds:6.2f} s")
    if protected_seconds is not None:
        print(f"  export_pack with an AES-256 password:     {protected_seconds:6.2f} s")
    print(f"  plain reportlab document, {pages} pages:     {plain_seconds:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
