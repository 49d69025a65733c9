"""The risk matrix summary in words, the same on the matrix step and the side panel.

The words count what the practitioner marked and say plainly that they are not a score. They are
marked for the translation catalogue: the ui shows them in the app's language (`Said`).
"""

from __future__ import annotations

from toolkit_desktop.domain.matrix_summary import BlockSummary, MatrixSummary
from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, Said, said

NOT_A_SCORE = QT_TRANSLATE_NOOP(
    "Matrix", "This counts what you marked. It is not a score and gives no verdict: you decide.")
UNDER_TEN = QT_TRANSLATE_NOOP(
    "Matrix",
    "Caution: the child may be under ten. The matrix was not designed for young children; "
    "read each indicator's note for young children and rely on your own judgement.",
)


def block_counts(block: BlockSummary) -> Said:
    """ "2 known · 1 suspected · 0 not present · 12 not yet considered"."""
    return said(
        QT_TRANSLATE_NOOP("Matrix", "{known} known · {suspected} suspected · "
                                    "{absent} not present · {open} not yet considered"),
        known=block.known_count, suspected=block.suspected_count,
        absent=block.not_present_count, open=len(block.not_considered),
    )


def block_line(block: BlockSummary) -> Said:
    """ "Movement: 2 known · 1 suspected · …" (the block's title is the definitions' words)."""
    return said(QT_TRANSLATE_NOOP("Matrix", "{block}: {counts}."),
                block=block.title, counts=block_counts(block))


def both_blocks_line(summary: MatrixSummary) -> Said:
    """Whether something is marked in both the movement and the exploitation block, as a fact."""
    if summary.movement_and_exploitation:
        return said(
            QT_TRANSLATE_NOOP("Matrix", "Marked in both movement and exploitation: {movement} "
                                        "movement and {exploitation} exploitation indicators "
                                        "are known or suspected."),
            movement=len(summary.present_in_movement),
            exploitation=len(summary.present_in_exploitation),
        )
    return said(QT_TRANSLATE_NOOP(
        "Matrix", "Nothing is marked known or suspected in both movement and exploitation so far."))


def matrix_lines(summary: MatrixSummary) -> list[Said]:
    """The summary as sentences: one per block, then the movement-and-exploitation line."""
    lines = [block_line(block) for block in summary.blocks]
    lines.append(both_blocks_line(summary))
    if summary.retired_answers:
        lines.append(said(
            QT_TRANSLATE_NOOP("Matrix", "Answers to indicators of an older matrix kept in the "
                                        "history: {count}."),
            count=len(summary.retired_answers)))
    return lines
