"""Each form's definition places it in the pack: every answer recorded reaches the pack's text,
and a form a council adds is printed, under the title its `pack:` entry gives, with no code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from toolkit_desktop.domain.definitions import Field, FieldType
from toolkit_desktop.domain.visibility import is_visible
from toolkit_desktop.forms import default_resources_dir, load_definitions
from toolkit_desktop.services.cases import CaseService

from .conftest import Workspace


def _texts(field: Field, value: Any) -> list[str]:
    """The typed texts an answer holds, for text questions and the text columns of a list."""
    if field.type in (FieldType.TEXT, FieldType.LONG_TEXT) and isinstance(value, str):
        return [value]
    if field.type is FieldType.GROUP and isinstance(value, list):
        subs = {sub.id: sub for sub in field.fields}
        return [text for row in value for sub_id, v in row.items()
                for text in _texts(subs[sub_id], v)]
    return []


FURNITURE = re.compile(
    r"OFFICIAL-SENSITIVE|NRM referral pack, version \d+|Case TK-\S+|Page \d+ of \d+"
)


def _without_page_furniture(pages: list[str]) -> str:
    """The pack's text with each page's running header and footer taken out, so a sentence
    that runs over a page break reads as one."""
    kept = [line for page in pages for line in page.splitlines()
            if not FURNITURE.fullmatch(line.strip())]
    return " ".join(" ".join(kept).split())


def test_every_text_answered_in_every_form_is_in_the_pack(workspace: Workspace, full_case) -> None:
    case_id = workspace.start(known_as="Anh")
    full_case.fill_case(workspace.service, workspace.defs, case_id)
    full_case.add_records(workspace.service, case_id)
    typed = workspace.service.snapshot(case_id).answers_by_form()
    text = _without_page_furniture(workspace.export(case_id).pages)
    # A row split over a page carries its label again, "(continued)", beside the rest of its text.
    for form in workspace.defs.forms.values():
        for field in form.all_fields():
            text = text.replace(f" {' '.join(field.label.split())} (continued) ", " ")
    missing = []
    for form in workspace.defs.forms.values():
        answers = {**typed, form.id: typed.get(form.id, {})}
        for field in form.all_fields():
            if not is_visible(form, field, answers):
                continue  # kept, and printed again if its question applies again
            for value in _texts(field, typed.get(form.id, {}).get(field.id)):
                if " ".join(value.split()) not in text:
                    missing.append(f"{form.id}.{field.id}: {value[:40]!r}")
    assert missing == []


COUNCIL_FORM = """\
id: return_interview
version: 1
title: Return home interview
pack:
  order: 65
  title: "Return home interview (Northshire)"
sections:
  - id: interview
    title: The interview
    fields:
      - {id: held_by, type: text, label: Who held the interview}
      - {id: what_the_child_said, type: long_text, label: What the child said}
"""


def test_a_form_a_council_adds_reaches_the_pack_where_it_says(
    tmp_path: Path, workspace: Workspace
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(default_resources_dir(), resources)
    (resources / "forms" / "return_interview.yaml").write_text(COUNCIL_FORM, encoding="utf-8")
    workspace.defs = load_definitions(resources)
    workspace.service = CaseService(workspace.vault, workspace.defs)
    case_id = workspace.start()
    workspace.answer(case_id, "return_interview", "held_by", "Independent advocate, Jo Bell")
    workspace.answer(case_id, "return_interview", "what_the_child_said", "She was taken to Leeds.")
    pack = workspace.export(case_id)
    part = pack.part("Return home interview (Northshire)")
    assert "Who held the interview Independent advocate, Jo Bell" in part
    assert "She was taken to Leeds." in part
    # Placed by its order: after Immediate safeguarding (60), before the NRM answers (70).
    cover = pack.page(0)
    assert cover.index("Immediate safeguarding") < cover.index("Return home interview") < (
        cover.index("NRM referral answers"))


