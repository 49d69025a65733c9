"""The pack's templates and layout: strict about unknown names, robust with a case where every
question is answered (long texts, repeating groups, 40 indicators), and with no case at all."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError

from toolkit_desktop.export.pack.render import MarkupError, to_story
from toolkit_desktop.export.pack.templates import environment, lines, render_markup
from toolkit_desktop.services.referral import export_pack
from toolkit_desktop.storage.case_store import CaseNotFound


def test_templates_refuse_an_unknown_name() -> None:
    with pytest.raises(UndefinedError):
        render_markup({})
    with pytest.raises(UndefinedError):
        environment().from_string("<p>{{ child.nickname }}</p>").render(child={})


def test_values_are_escaped_for_the_markup() -> None:
    out = environment().from_string('<p a="{{ v }}">{{ v }}</p>').render(v='<b>"&')
    assert out == '<p a="&lt;b&gt;&#34;&amp;">&lt;b&gt;&#34;&amp;</p>'
    assert str(lines("one <b>\ntwo &")) == "one &lt;b&gt;<br/>two &amp;"


def test_the_renderer_refuses_markup_it_does_not_know() -> None:
    with pytest.raises(MarkupError, match="unknown element <blink>"):
        to_story('<pack><part key="x" title="X"><blink/></part></pack>')


def test_a_case_with_every_question_answered_lays_out(workspace, full_case) -> None:
    case_id = workspace.start(known_as="Anh")
    full_case.fill_case(workspace.service, workspace.defs, case_id)
    full_case.add_records(workspace.service, case_id)
    pack = workspace.export(case_id)
    assert len(pack.pages) > 30
    matrix = pack.part("Risk assessment matrix: the practitioner's record")
    indicators = [i for b in workspace.defs.matrix.blocks for i in b.indicators]
    for n, indicator in enumerate(indicators[: full_case.PRESENT_INDICATORS]):
        assert indicator.text in matrix
        assert f"Evidence {n}:" in matrix
    records = pack.part("Conversations with the child, chronology and agencies")
    assert "Corrects entry 1" in records
    assert "Agencies contacted" in records or "Other professionals involved" in records


def test_a_long_account_splits_across_pages(workspace) -> None:
    case_id = workspace.start()
    # 350 sentences: about 18,000 characters, under the longest answer allowed (domain.limits).
    account = " ".join(f"Sentence {n} of a very long account the child gave." for n in range(350))
    workspace.conversation(case_id, account)
    workspace.answer(case_id, "nrm_referral", "work_before", account)
    pack = workspace.export(case_id)
    assert "Sentence 349 of a very long account" in pack.part(
        "Conversations with the child, chronology and agencies")
    assert "Sentence 349 of a very long account" in pack.part("NRM referral answers")


def test_an_unknown_case_gets_a_sentence(workspace) -> None:
    with pytest.raises(CaseNotFound, match="There is no case with id 999"):
        export_pack(workspace.vault, workspace.defs, 999, workspace.folder / "p.pdf", None)
    assert list(workspace.folder.iterdir()) == []
