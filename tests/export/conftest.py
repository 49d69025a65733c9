"""Fixtures for the referral pack tests: a real vault in the test's folder with the shipped
definitions, a helper to export a pack and read it back with pypdf, and a fully filled case."""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader

from toolkit_desktop.domain.definitions import Definitions
from toolkit_desktop.domain.records import Conversation, Profile
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.storage.vault import Vault

PROFILE = Profile(
    name="A. Worker", role="Social worker", team="Out of hours", organisation="Northshire Council",
    phone="01234 567890", email="a.worker@northshire.example",
)


def flat(text: str) -> str:
    """Text with every run of whitespace made one space, so wrapped lines join up."""
    return " ".join(text.split())


def read_pages(data: bytes, password: str | None = None) -> list[str]:
    """The text of each page of a PDF, read back with pypdf."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(password or "")
    return [page.extract_text() or "" for page in reader.pages]


@dataclass
class ExportedPack:
    """A pack written by the service, and its text read back."""

    version: int
    path: Path
    data: bytes
    pages: list[str]
    password: str | None = None

    @property
    def text(self) -> str:
        """All pages' text, whitespace flattened."""
        return flat(" ".join(self.pages))

    def page(self, index: int) -> str:
        """One page's text (0-based), whitespace flattened."""
        return flat(self.pages[index])

    def part(self, title: str) -> str:
        """One part's text, found through the PDF's bookmarks: from the page its bookmark
        points at up to the page before the next part's."""
        reader = PdfReader(io.BytesIO(self.data))
        if reader.is_encrypted:
            reader.decrypt(self.password or "")
        starts = [
            (str(entry.title), reader.get_destination_page_number(entry))
            for entry in reader.outline
            if not isinstance(entry, list)
        ]
        for number, (name, first) in enumerate(starts):
            if name.startswith(title):
                # A short part may start on the page under way: it runs from its heading to
                # the next part's heading, found by its size on the page where it starts.
                if number + 1 == len(starts):
                    return flat(_after_heading(reader, first, name, self.pages))
                following, last = starts[number + 1]
                if last == first:
                    page = _split_at_heading(reader.pages[first], following)[0]
                    return flat(_after_heading_text(page, name))
                head = _after_heading(reader, first, name, self.pages)
                middle = " ".join(self.pages[first + 1:last])
                tail = _split_at_heading(reader.pages[last], following)[0]
                return flat(" ".join((head, middle, tail)))
        raise AssertionError(f"no part titled {title!r}; parts: {[n for n, _ in starts]}")


HEADING_SIZE = 14  # a part's title is printed larger than this (styles "h1")


def _split_at_heading(page: Any, title: str) -> tuple[str, str]:
    """A page's text before and from the part heading `title` (printed in the "h1" size)."""
    chunks: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: chunks.append(
        (text, abs(size * tm[3]) if tm else size)))
    for index, (text, size) in enumerate(chunks):
        if size > HEADING_SIZE and title.startswith(text.strip()[:20]) and text.strip():
            before = "".join(t for t, _ in chunks[:index])
            return before, "".join(t for t, _ in chunks[index:])
    return "".join(t for t, _ in chunks), ""


def _after_heading_text(text: str, title: str) -> str:
    return text[text.find(title):] if title in text else text


def _after_heading(reader: Any, first: int, title: str, pages: list[str]) -> str:
    """The text of page `first` from the part heading `title` on."""
    after = _split_at_heading(reader.pages[first], title)[1]
    return after or _after_heading_text(pages[first], title)


@dataclass
class Workspace:
    """An open vault with its clock, definitions and case service, and an output folder."""

    vault: Vault
    clock: Any
    defs: Definitions
    service: CaseService
    folder: Path

    def start(self, known_as: str = "Girl, about 15") -> int:
        return self.service.start_case(self.clock.now(), "Terminal 4", known_as=known_as).id

    def answer(self, case_id: int, form: str, field: str, value: object, **kw: Any) -> None:
        self.clock.advance(minutes=1)
        self.service.record_answer(case_id, form, field, value, **kw)

    def conversation(self, case_id: int, account: str) -> int:
        self.clock.advance(minutes=1)
        now = self.clock.now()
        return self.vault.cases.add_conversation(Conversation(
            case_id=case_id, occurred_at=now - timedelta(minutes=30), place="Duty office",
            present="Social worker", interpreter="Telephone interpreter", language="Vietnamese",
            how_the_child_was="Tired, quiet", account=account, recorded_at=now,
            recorded_by="A. Worker",
        ))

    def export(
        self, case_id: int, password: str | None = None, name: str = "pack.pdf"
    ) -> ExportedPack:
        self.clock.advance(minutes=1)
        target = self.folder / name
        version = export_pack(self.vault, self.defs, case_id, target, password)
        data = target.read_bytes()
        return ExportedPack(version, target, data, read_pages(data, password), password)


@pytest.fixture(scope="session")
def definitions() -> Definitions:
    return load_definitions(default_resources_dir())


def _open(tmp_path: Path, clock: Any, defs: Definitions, training: bool) -> Workspace:
    vault = Vault.create(tmp_path / "v.tkvault", "pass", clock, training=training)
    vault.save_profile(PROFILE)
    out = tmp_path / "out"
    out.mkdir()
    return Workspace(vault, clock, defs, CaseService(vault, defs), out)


@pytest.fixture
def workspace(tmp_path: Path, fake_clock: Any, definitions: Definitions) -> Iterator[Workspace]:
    ws = _open(tmp_path, fake_clock, definitions, training=False)
    try:
        yield ws
    finally:
        ws.vault.close()


@pytest.fixture
def training_workspace(
    tmp_path: Path, fake_clock: Any, definitions: Definitions
) -> Iterator[Workspace]:
    ws = _open(tmp_path, fake_clock, definitions, training=True)
    try:
        yield ws
    finally:
        ws.vault.close()


@pytest.fixture(scope="session")
def full_case() -> ModuleType:
    """`full_case.py` beside this file: fills every question of every form (also used by the
    benchmark). Loaded by path, since the tests run in importlib mode."""
    path = Path(__file__).with_name("full_case.py")
    spec = importlib.util.spec_from_file_location("pack_full_case", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def pdf_text() -> Callable[..., list[str]]:
    return read_pages
