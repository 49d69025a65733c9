"""The matrix summary counts and lists what was marked, and never scores or concludes."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit_desktop.domain.definitions import Indicator, Matrix, MatrixBlock
from toolkit_desktop.domain.matrix_summary import BlockSummary, MatrixSummary, summarise


def block(block_id: str, *ids: str) -> MatrixBlock:
    return MatrixBlock(block_id, block_id.title(), tuple(Indicator(i, i, "guidance") for i in ids))


MATRIX = Matrix(
    "2026.1",
    "Risk assessment matrix",
    (
        block("movement", "no_documents", "frequent_moves", "no_contact"),
        block("exploitation", "set_amount", "debt"),
        block("other_risks", "withdrawn"),
        block("adults_around", "speaks_for_child"),
    ),
)
ALL_IDS = [i.id for b in MATRIX.blocks for i in b.indicators]


def known() -> dict[str, str]:
    return {"status": "known", "evidence": "", "source": ""}


def test_counts_and_lists_per_block_in_matrix_order() -> None:
    answers = {
        "frequent_moves": {"status": "suspected"},
        "no_documents": known(),
        "no_contact": {"status": "not_present"},
        "debt": {"status": "not_present"},
        "concern_level": "high",  # the judgement, not an indicator
        "_matrix_version": "2026.1",
    }
    summary = summarise(MATRIX, answers)
    movement = summary.block("movement")
    assert movement is not None
    assert (movement.known_count, movement.suspected_count, movement.not_present_count) == (1, 1, 1)
    assert movement.present == ("no_documents", "frequent_moves")
    assert movement.not_considered == ()
    exploitation = summary.block("exploitation")
    assert exploitation is not None and exploitation.not_considered == ("set_amount",)
    assert summary.not_considered == ("set_amount", "withdrawn", "speaks_for_child")
    assert summary.present_in_movement == ("no_documents", "frequent_moves")
    assert summary.present_in_exploitation == ()
    assert not summary.movement_and_exploitation


def test_movement_and_exploitation_needs_a_present_indicator_in_both() -> None:
    summary = summarise(MATRIX, {"frequent_moves": {"status": "suspected"}, "debt": known()})
    assert summary.movement_and_exploitation
    assert summary.present_in_movement == ("frequent_moves",)
    assert summary.present_in_exploitation == ("debt",)
    not_present = summarise(MATRIX, {"frequent_moves": known(), "debt": {"status": "not_present"}})
    assert not not_present.movement_and_exploitation


def test_answers_under_retired_ids_are_kept_aside_not_counted() -> None:
    summary = summarise(MATRIX, {"old_indicator": known(), "debt": known()})
    assert summary.retired_answers == ("old_indicator",)
    assert sum(b.known_count for b in summary.blocks) == 1


def test_the_under_ten_caution_is_passed_through() -> None:
    assert summarise(MATRIX, {}, under_ten_caution=True).under_ten_caution
    assert not summarise(MATRIX, {}).under_ten_caution


def test_the_summary_has_no_score_verdict_or_threshold() -> None:
    forbidden = ("score", "verdict", "trafficked", "threshold", "risk_level", "result", "total")
    names = [f.name for cls in (MatrixSummary, BlockSummary) for f in dataclasses.fields(cls)]
    names += [n for cls in (MatrixSummary, BlockSummary) for n in dir(cls) if not n.startswith("_")]
    summary = summarise(MATRIX, {i: known() for i in ALL_IDS}, under_ten_caution=True)
    text = (" ".join(names) + repr(summary)).lower()
    for word in forbidden:
        assert word not in text, word


statuses = st.sampled_from(["known", "suspected", "not_present"])
answer = st.one_of(
    st.none(),
    statuses.map(lambda s: {"status": s, "evidence": "", "source": ""}),
    st.just("not an indicator answer"),
)


@settings(database=None)
@given(st.dictionaries(st.sampled_from(ALL_IDS), answer))
def test_counts_add_up(answers: dict[str, Any]) -> None:
    summary = summarise(MATRIX, answers)
    answered = {k for k, v in answers.items() if isinstance(v, dict)}
    counted = sum(b.known_count + b.suspected_count + b.not_present_count for b in summary.blocks)
    assert counted == len(answered)
    assert len(summary.not_considered) + len(answered) == len(ALL_IDS)
    assert set(summary.not_considered) == set(ALL_IDS) - answered
    for b in summary.blocks:
        assert set(b.present) == set(b.known) | set(b.suspected)
    assert summary.movement_and_exploitation == bool(
        summary.present_in_movement and summary.present_in_exploitation
    )
