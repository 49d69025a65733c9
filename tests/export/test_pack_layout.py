"""The pack laid out in one pass: the contents list's page numbers are the pages the parts start
on, a long answer goes on over a page under its label, and a long table repeats its heading and
header row."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from toolkit_desktop.domain.records import ChronologyEntry

HEADER = "No. When it happened Kind What happened"


def _part_starts(data: bytes) -> list[tuple[str, int]]:
    """Each part's title and the page (1-based) its bookmark points at."""
    reader = PdfReader(io.BytesIO(data))
    return [(str(entry.title), reader.get_destination_page_number(entry) + 1)
            for entry in reader.outline if not isinstance(entry, list)]


def test_the_contents_gives_the_page_each_part_starts_on(workspace) -> None:
    case_id = workspace.start()
    workspace.conversation(case_id, "They said they came in a lorry. " * 200)
    pack = workspace.export(case_id)
    starts = _part_starts(pack.data)
    assert len(starts) >= 8
    pages = [page for _, page in starts]
    assert pages == sorted(pages)
    # The signature page starts a page of its own; short parts may share one.
    responder = [page for title, page in starts if title.startswith("First responder")]
    assert responder == [pages[-1]] and pages[-2] < pages[-1]
    assert len(set(pages)) < len(pages), "a short part starts on the page under way"
    # The sheet for the police is handed over alone: nothing shares its page.
    titles = [title for title, _ in starts]
    sheet = next(i for i, t in enumerate(titles) if t.startswith("Missing child"))
    assert pages[sheet - 1] < pages[sheet] < pages[sheet + 1]
    contents = pack.page(0)
    for title, page in starts:
        found = re.search(re.escape(title) + r"[ .]*(\d+)", contents)
        assert found, f"{title!r} is not in the contents list"
        assert int(found.group(1)) == page, f"{title!r} starts on page {page}"
        assert title in pack.page(page - 1)


def test_a_long_answer_goes_on_over_a_page_under_its_label(workspace) -> None:
    case_id = workspace.start()
    account = " ".join(f"Sentence {n} of what the child said." for n in range(400))
    workspace.conversation(case_id, account)
    pack = workspace.export(case_id)
    part = pack.part("Conversations with the child, chronology and agencies")
    assert "Sentence 0 of what the child said." in part
    assert "Sentence 399 of what the child said." in part
    assert "What the child said (continued)" in part
    # The account is printed once: the pages carry the rest of it, not a second copy.
    assert part.count("Sentence 200 of what the child said.") == 1


def test_a_table_that_runs_over_a_page_repeats_its_heading_and_header_row(workspace) -> None:
    case_id = workspace.start()
    start = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    for n in range(70):
        workspace.vault.cases.add_chronology(ChronologyEntry(
            case_id=case_id, occurred_at=start + timedelta(hours=n),
            recorded_at=start + timedelta(hours=n, minutes=5), recorded_by="A. Worker",
            kind="note", text=f"Entry {n + 1}: called the police child protection team again.",
        ))
    pack = workspace.export(case_id)
    first = dict(_part_starts(pack.data))["Conversations with the child, chronology and agencies"]
    pages = [pack.page(i) for i in range(first - 1, len(pack.pages))]
    holding = [page for page in pages if "called the police child protection team" in page]
    assert len(holding) >= 2
    for page in holding:
        assert HEADER in page
    # The pages it runs onto say what the table is: its heading again, marked continued,
    # above the header row (a row or two carried over never stand there unnamed).
    for page in holding[1:]:
        assert page.index("Chronology (continued)") < page.index(HEADER)
    assert "Chronology (continued)" not in holding[0]
    text = " ".join(holding)
    for n in range(1, 71):
        assert f"Entry {n}: called the police" in text
