"""How long the NRM referral pack takes as a case grows, next to bare reportlab and LibreOffice.

Run from the repository: `.venv/bin/python benchmarks/pack_benchmark.py [--runs N] [--pdf OUT]`.

It makes the test suite's full case (`tests/export/full_case.py`: every question of every form
answered, 40 indicators known or suspected, conversations and a chronology) at 1x, 2x and 4x
content in throwaway vaults (2x: twice the rows in every repeating group, twice the long texts,
twice the conversations and chronology; the matrix has a fixed number of indicators), and prints:

- per size, `project | floor | ratio`: `export_pack` (read the vault, build, write the file) next
  to bare reportlab laying out the same number of pages of similar content (on each page a
  heading, a small two-column table of label and value paragraphs, some of them repeating groups
  with labels in italics as the pack prints them, and a paragraph, in the pack's fonts; as many
  rows a page as make the text a page of the pack at that size), medians of interleaved runs;
  and the growth 4x/1x of each;
- the whole-process command line (`toolkit-desktop case export ID --pdf OUT`, a fresh Python
  process: imports, key derivation, vault, pack, from compiled bytecode as an installed program
  runs) next to LibreOffice converting a Word document of the same number of pages (`soffice
  --headless --convert-to pdf`), skipped, saying so, when soffice is not installed; and next to
  a bare process that only imports the libraries, derives the key and lays out the same pages of
  bare reportlab, the least any such process does. The .docx is written by hand as a minimal
  WordprocessingML zip, with the floor's content, since python-docx is not a dependency of the
  project. LibreOffice is also set beside the export in the app (the 1x `export_pack` median):
  that is what a practitioner waits for when they make the pack, with the app already open.

The goals (issue 13): ratio at most 1.6; growth at most 4.5; command line at least 2x faster
than LibreOffice. The bare process shows the most any process of this stack can reach: on the
2-core VM of December 2026 it is about as fast as LibreOffice, so the command line cannot be twice
as fast; the export in the app is. It prints numbers; it asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

from pack_floor import FLOOR_VALUE, floor, floor_value
from pypdf import PdfReader

from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.domain.records import Profile
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.storage.vault import Vault

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark lantern orchard pebble"
SIZES = (1, 2, 4)
# The header and footer of a pack's page ("NRM referral pack, version 1", the marking twice, the
# case reference twice, "Page 1 of 68"): characters the floor's pages do not carry.
MARKS_TEXT = 130
FLOOR_ROWS = range(4, 13)  # label/value rows a floor page may hold, with a heading and a paragraph


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


def scaled_value(full_case: ModuleType, field: Field, n: int, scale: int) -> Any:
    """The full case's answer, with `scale` times the rows of a group and the length of a text."""
    if field.type is FieldType.GROUP:
        return [{sub.id: full_case.value_for(sub, row) for sub in field.fields}
                for row in range(3 * scale)]
    if field.type is FieldType.LONG_TEXT:
        return (full_case.STORY * 2 * scale).strip()
    return full_case.value_for(field, n)


def fill_scaled(full_case: ModuleType, service: CaseService, defs: Definitions, case_id: int,
                scale: int) -> None:
    """The full case (exactly, at scale 1) with `scale` times its content."""
    if scale == 1:
        full_case.fill_case(service, defs, case_id)
    else:
        for form in defs.forms.values():
            for n, field in enumerate(form.all_fields()):
                if field.same_as or field.type is FieldType.INDICATOR:
                    continue
                service.record_answer(case_id, form.id, field.id,
                                      scaled_value(full_case, field, n, scale))
        indicators = [i for b in defs.matrix.blocks for i in b.indicators]
        for n, indicator in enumerate(indicators):
            present = n < full_case.PRESENT_INDICATORS
            value = ({"status": "known" if n % 3 else "suspected",
                      "evidence": f"Evidence {n}: {full_case.STORY[:140]}",
                      "source": "The child, in conversation 1"} if present
                     else {"status": "not_present", "evidence": "", "source": ""})
            service.record_answer(case_id, "matrix", indicator.id, value)
    start = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    for k in range(scale):
        full_case.add_records(service, case_id, start + timedelta(days=k))


def make_vault(folder: Path, scale: int, definitions: Definitions, full_case: ModuleType,
               training: bool) -> tuple[Vault, int]:
    """A vault holding one full case at `scale`, left open."""
    vault = Vault.create(folder / f"case-{scale}x.tkvault", PASSPHRASE, StepClock(),
                         training=training)
    vault.save_profile(Profile("A. Worker", "Social worker", "Out of hours",
                               "Northshire Council", "01234 567890",
                               "a.worker@northshire.example"))
    service = CaseService(vault, definitions)
    case = service.start_case(vault.clock.now(), "Terminal 4", known_as="Anh")
    fill_scaled(full_case, service, definitions, case.id, scale)
    return vault, case.id


def floor_rows_like(pack: Path) -> tuple[int, int, int]:
    """The rows a floor page needs to hold as much text as a page of `pack` (less its header and
    footer): the rows, and the characters a page of each."""
    wanted = text_per_page(pack) - MARKS_TEXT
    best = (0, 0, 0)
    for rows in FLOOR_ROWS:
        kept = io.BytesIO()
        if floor(3, rows, kept)[1] != 3:
            break  # more rows than a page holds
        held = text_per_page(kept)
        if not best[0] or abs(held - wanted) < abs(best[2] - wanted):
            best = (rows, text_per_page(pack), held)
    return best


def text_per_page(pdf: Path | io.BytesIO) -> int:
    """Characters of text a page of a PDF holds, on average."""
    pages = PdfReader(pdf).pages
    return sum(len(page.extract_text() or "") for page in pages) // max(1, len(pages))


# -- LibreOffice and its Word document ---------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _plain(markup: str) -> str:
    """The floor's paragraph markup as plain text, for the Word document."""
    return re.sub(r"<[^>]+>", " ", markup)


def _run(text: str, bold: bool = False, size: int = 18) -> str:
    props = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(text: str, bold: bool = False, size: int = 18) -> str:
    return f"<w:p>{_run(text, bold, size)}</w:p>"


def word_document(path: Path, pages: int, rows_a_page: int) -> None:
    """A .docx of `pages` pages with the floor's content, as a hand-made WordprocessingML zip."""
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:color="9A9A9A"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body: list[str] = []
    for page in range(pages):
        body.append(_para(f"Section {page + 1}: what the child said", bold=True, size=23))
        rows = "".join(
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>'
            f'{_para(f"Question {row + 1} of the section, as the form asks it", True, 17)}</w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="6400" w:type="dxa"/></w:tcPr>'
            f'{_para(_plain(floor_value(row)))}</w:tc></w:tr>'
            for row in range(rows_a_page))
        body.append(f'<w:tbl><w:tblPr><w:tblW w:w="9400" w:type="dxa"/><w:tblBorders>{borders}'
                    f'</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/>'
                    f'<w:gridCol w:w="6400"/></w:tblGrid>{rows}</w:tbl>')
        body.append(_para(FLOOR_VALUE * 3))
        if page < pages - 1:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" w:header="500" '
        'w:footer="500" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)


def soffice_convert(soffice: str, docx: Path, profile: Path) -> tuple[float, int]:
    """Seconds LibreOffice takes to convert `docx` to PDF in a fresh process, and its pages."""
    out = docx.parent / "lo-out"
    started = time.perf_counter()
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True)
    seconds = time.perf_counter() - started
    return seconds, len(PdfReader(out / (docx.stem + ".pdf")).pages)


def compiled_env(home: Path, pycache: Path) -> dict[str, str]:
    """The environment of a command-line run: the benchmark's home, and Python's compiled
    bytecode kept (in `pycache`, outside the source tree). An installed toolkit-desktop runs
    from compiled bytecode (pip and PyInstaller both compile it); a checkout run with
    PYTHONDONTWRITEBYTECODE set, as some machines set it, compiles every module of the program
    again in each process, a third of a second the practitioner never waits for."""
    env = {**os.environ, "TOOLKIT_DESKTOP_HOME": str(home), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def cli_export(vault_path: Path, case_id: int, out: Path, env: dict[str, str]) -> float:
    """Seconds the command-line export takes, start of the process to its end."""
    command = [str(REPO / ".venv" / "bin" / "toolkit-desktop"), "case", "export", str(case_id),
               "--vault", str(vault_path), "--pdf", str(out), "--force", "--passphrase-stdin"]
    started = time.perf_counter()
    subprocess.run(command, input=f"{PASSPHRASE}\n", text=True, check=True, capture_output=True,
                   env=env)
    return time.perf_counter() - started


# The least any fresh process making the pack must do, and nothing of the program's own: start
# Python, import the database driver, SQLAlchemy and reportlab, derive the vault's key and read
# its schema, lay out the same pages of bare reportlab (`pack_floor.py`) and write them.
BARE_PROCESS = """
import sys
sys.path.insert(0, {benchmarks!r})
import sqlalchemy, sqlcipher3
from pack_floor import floor
conn = sqlcipher3.connect({vault!r})
conn.execute("PRAGMA key = '" + {passphrase!r} + "'")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
with open({out!r}, "wb") as out:
    import io
    kept = io.BytesIO()
    floor({pages}, {rows}, kept)
    out.write(kept.getvalue())
"""


def bare_process(vault_path: Path, pages: int, rows_a_page: int, out: Path,
                 env: dict[str, str]) -> float:
    """Seconds a fresh process takes to do only what `BARE_PROCESS` says."""
    script = BARE_PROCESS.format(benchmarks=str(REPO / "benchmarks"), vault=str(vault_path),
                                 passphrase=PASSPHRASE, out=str(out), pages=pages,
                                 rows=rows_a_page)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


# -- the run -----------------------------------------------------------------------------------


def median_of(runs: int, steps: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Each step's median seconds, the steps interleaved run by run so load hits them alike."""
    seconds: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            seconds[name].append(step())
    return {name: statistics.median(values) for name, values in seconds.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs per size (5)")
    parser.add_argument("--pdf", type=Path, help="keep a copy of the 1x pack here")
    parser.add_argument("--training", action="store_true", help="make them training cases")
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line comparison")
    args = parser.parse_args()

    full_case = load_full_case()
    with tempfile.TemporaryDirectory(prefix="pack-benchmark-") as name:
        folder = Path(name)
        home = folder / "home"
        os.environ["TOOLKIT_DESKTOP_HOME"] = str(home)
        definitions = load_definitions(default_resources_dir())
        vaults = {scale: make_vault(folder, scale, definitions, full_case, args.training)
                  for scale in SIZES}
        pages: dict[int, int] = {}

        def project(scale: int) -> Callable[[], float]:
            def step() -> float:
                vault, case_id = vaults[scale]
                target = folder / f"pack-{scale}x.pdf"
                started = time.perf_counter()
                export_pack(vault, definitions, case_id, target, None)
                seconds = time.perf_counter() - started
                pages[scale] = len(PdfReader(target).pages)
                return seconds
            return step

        for scale in SIZES:  # once first: page counts for the floor, fonts loaded, caches warm
            project(scale)()
        if args.pdf:
            shutil.copyfile(folder / "pack-1x.pdf", args.pdf)
        # Each size's floor holds as much text a page as that size's pack (long answers make
        # fuller pages), so the floor is the same pages of the same amount of text.
        like = {scale: floor_rows_like(folder / f"pack-{scale}x.pdf") for scale in SIZES}
        floor_pages = {scale: floor(pages[scale], like[scale][0])[1] for scale in SIZES}
        steps: dict[str, Callable[[], float]] = {}
        for scale in SIZES:
            steps[f"project {scale}"] = project(scale)
            steps[f"floor {scale}"] = (lambda n=pages[scale], r=like[scale][0]: floor(n, r)[0])
        medians = median_of(args.runs, steps)

        print(f"Referral pack of the full case, medians of {args.runs} interleaved runs "
              "(project: export_pack, which reads the vault, builds and writes the pack; floor: "
              "bare reportlab, the same pages of a heading, a label/value table and a paragraph)")
        print(f"{'size':>5} {'pages':>6} | {'project':>8} | {'floor':>8} | {'ratio':>6} | "
              "characters a page: pack (with header and footer), floor")
        for scale in SIZES:
            mine, bare = medians[f"project {scale}"], medians[f"floor {scale}"]
            note = "" if floor_pages[scale] == pages[scale] else f" (floor {floor_pages[scale]} p)"
            rows, held, floor_held = like[scale]
            print(f"{scale:>4}x {pages[scale]:>6} | {mine:7.2f}s | {bare:7.2f}s | "
                  f"{mine / bare:5.2f}x | {held}, {floor_held} ({rows} rows){note}")
        top = SIZES[-1]
        print(f"growth {top}x/1x: project {medians[f'project {top}'] / medians['project 1']:.2f}x"
              f", floor {medians[f'floor {top}'] / medians['floor 1']:.2f}x "
              f"(content {top}x, pages {pages[top] / pages[1]:.2f}x; goals: ratio at most 1.6x, "
              "growth at most 4.5x)")

        for vault, _ in vaults.values():
            vault.close()
        if not args.no_cli:
            compare_cli(folder, home, vaults, pages[1], like[1][0], max(3, args.runs // 2 + 1),
                        medians["project 1"])
    return 0


def compare_cli(folder: Path, home: Path, vaults: dict[int, tuple[Vault, int]], pages: int,
                rows_a_page: int, runs: int, in_app: float) -> None:
    """The whole-process command-line export of the 1x case, next to LibreOffice, and next to
    a bare process that does only what any such process must; and LibreOffice next to the
    export in the app (`in_app` seconds, the 1x median above), which is what a practitioner
    waits for when they make the pack."""
    _, case_id = vaults[1]
    vault_path = folder / "case-1x.tkvault"
    out = folder / "cli-pack.pdf"
    env = compiled_env(home, folder / "pycache")
    cli_export(vault_path, case_id, out, env)  # once first: Python compiles the bytecode
    bare_process(vault_path, pages, rows_a_page, folder / "bare.pdf", env)
    steps: dict[str, Callable[[], float]] = {
        "cli": lambda: cli_export(vault_path, case_id, out, env),
        "bare": lambda: bare_process(vault_path, pages, rows_a_page, folder / "bare.pdf", env)}
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    lo_pages = 0
    if soffice:
        docx = folder / "same-length.docx"
        word_document(docx, pages, rows_a_page)
        profile = folder / "lo-profile"
        lo_pages = soffice_convert(soffice, docx, profile)[1]  # first run makes the profile
        steps["soffice"] = lambda: soffice_convert(soffice, docx, profile)[0]
    medians = median_of(runs, steps)
    print(f"\nWhole process, medians of {runs} interleaved runs (Python from compiled bytecode, "
          "as installed)")
    print(f"  toolkit-desktop case export --pdf ({pages} pages): {medians['cli']:6.2f} s")
    print(f"  bare process (Python, sqlcipher3, SQLAlchemy and reportlab imported, the key "
          f"derived, {pages} pages of bare reportlab): {medians['bare']:6.2f} s")
    print(f"  command line / bare process: {medians['cli'] / medians['bare']:.2f}x")
    if soffice:
        print(f"  soffice --headless --convert-to pdf, a .docx of {lo_pages} pages: "
              f"{medians['soffice']:6.2f} s")
        print(f"  LibreOffice / command line: {medians['soffice'] / medians['cli']:.2f}x "
              f"(goal: at least 2x); LibreOffice / bare process: "
              f"{medians['soffice'] / medians['bare']:.2f}x (the most any process of this stack "
              "could reach)")
        print(f"  LibreOffice / the export in the app ({in_app:.2f} s, above): "
              f"{medians['soffice'] / in_app:.2f}x")
    else:
        print("  LibreOffice (soffice) is not installed: that comparison is skipped.")


if __name__ == "__main__":
    sys.exit(main())
