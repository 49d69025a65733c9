"""A factual summary of a risk matrix: what was marked known, suspected or not present, per block.

The matrix is an aid to judgement, not a test: no source gives it a score or a threshold, so this
module counts and lists and never concludes. The practitioner records their own level of concern
(with a reason) in the matrix form's judgement section.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toolkit_desktop.domain.definitions import INDICATOR_STATUSES, Matrix, MatrixBlock

# The judgement section of the matrix form: the practitioner's own level of concern and why.
CONCERN_LEVEL = "concern_level"
CONCERN_REASON = "concern_reason"

MOVEMENT_BLOCK = "movement"
EXPLOITATION_BLOCK = "exploitation"
PRESENT_STATUSES = frozenset({"known", "suspected"})
_STATUSES = tuple(status for status, _ in INDICATOR_STATUSES)


@dataclass(frozen=True)
class BlockSummary:
    """One block of the matrix: indicator ids by status, in matrix order."""

    block_id: str
    title: str
    known: tuple[str, ...]
    suspected: tuple[str, ...]
    not_present: tuple[str, ...]
    not_considered: tuple[str, ...]  # no answer yet (not the same as "not present")
    present: tuple[str, ...]  # known or suspected, in matrix order

    @property
    def known_count(self) -> int:
        """How many indicators were marked known."""
        return len(self.known)

    @property
    def suspected_count(self) -> int:
        """How many indicators were marked suspected."""
        return len(self.suspected)

    @property
    def not_present_count(self) -> int:
        """How many indicators were marked not present."""
        return len(self.not_present)


@dataclass(frozen=True)
class MatrixSummary:
    """The whole matrix, summarised.

    "Present in both movement and exploitation" is read as: at least one indicator of the movement
    block AND at least one of the exploitation block is marked known or suspected. UK guidance
    treats that combination as worth noticing; it is reported as a fact, never as a conclusion.
    The present indicators of each of the two blocks are listed so the practitioner can see which.
    """

    matrix_version: str
    blocks: tuple[BlockSummary, ...]
    present_in_movement: tuple[str, ...]
    present_in_exploitation: tuple[str, ...]
    under_ten_caution: bool  # the matrix may not suit a child under ten: say so beside it
    # Answers under ids this matrix no longer has (an older version): kept and shown, not counted.
    retired_answers: tuple[str, ...] = ()

    @property
    def movement_and_exploitation(self) -> bool:
        """Whether both the movement and the exploitation block have a present indicator."""
        return bool(self.present_in_movement) and bool(self.present_in_exploitation)

    @property
    def not_considered(self) -> tuple[str, ...]:
        """Every indicator with no answer yet, in matrix order."""
        return tuple(i for b in self.blocks for i in b.not_considered)

    def block(self, block_id: str) -> BlockSummary | None:
        """The summary of one block, if the matrix has it."""
        return next((b for b in self.blocks if b.block_id == block_id), None)


def summarise(
    matrix: Matrix, answers: Mapping[str, Any], *, under_ten_caution: bool = False
) -> MatrixSummary:
    """Summarise the matrix answers of one case (the matrix form's answers, by field id)."""
    blocks = tuple(_summarise_block(block, answers) for block in matrix.blocks)
    current_ids = {i.id for b in matrix.blocks for i in b.indicators}
    retired = tuple(
        key for key, value in answers.items() if key not in current_ids and _status(value)
    )
    by_id = {b.block_id: b for b in blocks}
    return MatrixSummary(
        matrix_version=matrix.version,
        blocks=blocks,
        present_in_movement=by_id[MOVEMENT_BLOCK].present if MOVEMENT_BLOCK in by_id else (),
        present_in_exploitation=(
            by_id[EXPLOITATION_BLOCK].present if EXPLOITATION_BLOCK in by_id else ()
        ),
        under_ten_caution=under_ten_caution,
        retired_answers=retired,
    )


def _summarise_block(block: MatrixBlock, answers: Mapping[str, Any]) -> BlockSummary:
    by_status: dict[str | None, list[str]] = {s: [] for s in _STATUSES}
    by_status[None] = []
    present: list[str] = []
    for indicator in block.indicators:
        status = _status(answers.get(indicator.id))
        by_status[status].append(indicator.id)
        if status in PRESENT_STATUSES:
            present.append(indicator.id)
    return BlockSummary(
        block_id=block.id,
        title=block.title,
        known=tuple(by_status["known"]),
        suspected=tuple(by_status["suspected"]),
        not_present=tuple(by_status["not_present"]),
        not_considered=tuple(by_status[None]),
        present=tuple(present),
    )


def _status(value: Any) -> str | None:
    """The status of an indicator answer, or None when it is missing or not an indicator answer."""
    if isinstance(value, dict) and value.get("status") in _STATUSES:
        return str(value["status"])
    return None
