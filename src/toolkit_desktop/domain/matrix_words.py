"""The risk matrix summary in words, the same on the matrix step, the side panel and the pack.

The words count what the practitioner marked and say plainly that they are not a score.
"""

from __future__ import annotations

from toolkit_desktop.domain.matrix_summary import BlockSummary, MatrixSummary

NOT_A_SCORE = "This counts what you marked. It is not a score and gives no verdict: you decide."
UNDER_TEN = (
    "Caution: the child may be under ten. The matrix was not designed for young children; "
    "read each indicator's note for young children and rely on your own judgement."
)


def block_counts(block: BlockSummary) -> str:
    """ "2 known · 1 suspected · 0 not present · 12 not yet considered"."""
    return (f"{block.known_count} known · {block.suspected_count} suspected · "
            f"{block.not_present_count} not present · "
            f"{len(block.not_considered)} not yet considered")


def both_blocks_line(summary: MatrixSummary) -> str:
    """Whether something is marked in both the movement and the exploitation block, as a fact."""
    if summary.movement_and_exploitation:
        return ("Marked in both movement and exploitation: "
                f"{len(summary.present_in_movement)} movement and "
                f"{len(summary.present_in_exploitation)} exploitation indicators are known or "
                "suspected.")
    return "Nothing is marked known or suspected in both movement and exploitation so far."


def matrix_lines(summary: MatrixSummary) -> list[str]:
    """The summary as sentences: one per block, then the movement-and-exploitation line."""
    lines = [f"{block.title}: {block_counts(block)}." for block in summary.blocks]
    lines.append(both_blocks_line(summary))
    if summary.retired_answers:
        lines.append(f"{len(summary.retired_answers)} answer(s) to indicators of an older matrix "
                     "are kept in the history.")
    return lines
