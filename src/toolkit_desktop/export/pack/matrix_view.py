"""The risk matrix as the practitioner recorded it: per block, what was marked and what was not.

Nothing here is a score or a finding. Indicators marked known or suspected are listed with their
evidence and source; those marked not present and those never considered are listed by name, so
a referral made on a thin matrix reads as thin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolkit_desktop.domain.age import AgeStatus
from toolkit_desktop.domain.answer_words import show_scalar
from toolkit_desktop.domain.definitions import INDICATOR_STATUSES
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.domain.matrix_summary import MatrixSummary, summarise
from toolkit_desktop.domain.missing_episodes import MISSING_BEFORE, missing_indicator_note
from toolkit_desktop.domain.people import people_of, person_named
from toolkit_desktop.domain.values import MATRIX_VERSION_FIELD
from toolkit_desktop.domain.wording import show_date
from toolkit_desktop.export.pack.form_view import cited_conversation
from toolkit_desktop.export.pack.model import PackInput

STATUS_WORDS = dict(INDICATOR_STATUSES)


@dataclass(frozen=True)
class IndicatorView:
    """One indicator marked known or suspected, with what it rests on."""

    id: str
    text: str
    status: str  # "Known" or "Suspected"
    evidence: str
    source: str
    cited: str  # "Conversation 2" or ""
    person: str = ""  # the person recorded under People around the child the source names


@dataclass(frozen=True)
class BlockView:
    """One block of the matrix."""

    id: str
    title: str
    present: tuple[IndicatorView, ...]
    known: int
    suspected: int
    not_present: tuple[str, ...]
    not_considered: tuple[str, ...]
    total: int

    @property
    def none_considered(self) -> bool:
        """Whether no indicator of this block has any answer."""
        return len(self.not_considered) == self.total


@dataclass(frozen=True)
class MatrixView:
    """The matrix part of the pack."""

    summary: MatrixSummary
    blocks: tuple[BlockView, ...]
    retired: tuple[IndicatorView, ...]  # answers under ids the current matrix no longer has
    version_used: str
    concern_level: str
    concern_reason: str
    concern_recorded: str

    @property
    def present(self) -> tuple[IndicatorView, ...]:
        """Every indicator marked known or suspected, known ones first, in matrix order."""
        everything = [i for b in self.blocks for i in b.present] + list(self.retired)
        return tuple(sorted(everything, key=lambda i: i.status != STATUS_WORDS["known"]))

    @property
    def considered(self) -> int:
        """How many indicators have any answer (known, suspected or not present)."""
        return sum(b.total - len(b.not_considered) for b in self.blocks)

    @property
    def total(self) -> int:
        """How many indicators the matrix has."""
        return sum(b.total for b in self.blocks)


def _indicator(pack: PackInput, indicator_id: str, text: str, value: Any) -> IndicatorView:
    conversation = pack.conversation_number(value.get("conversation_id"))
    cited = f"Conversation {conversation}" if conversation else ""
    evidence = str(value.get("evidence") or "").strip()
    if not evidence and indicator_id == MISSING_BEFORE:
        # The times gone missing are recorded once, as episodes: the evidence says so.
        evidence = missing_indicator_note(pack.answers)
    return IndicatorView(
        id=indicator_id,
        text=text,
        status=STATUS_WORDS.get(str(value.get("status")), str(value.get("status"))),
        evidence=evidence,
        source=str(value.get("source") or "").strip(),
        cited=cited or cited_conversation(pack, MATRIX_FORM, indicator_id),
        person=_person(pack, str(value.get("source") or "")),
    )


def _person(pack: PackInput, source: str) -> str:
    person = person_named(source, people_of(pack.answers))
    return person.called if person is not None else ""


def matrix_view(pack: PackInput, age: AgeStatus) -> MatrixView:
    """The matrix answers of the case, summarised and listed."""
    matrix = pack.definitions.matrix
    answers = pack.answers.get(MATRIX_FORM, {})
    summary = summarise(matrix, answers, under_ten_caution=age.under_ten)
    texts = {i.id: i.text for b in matrix.blocks for i in b.indicators}
    blocks = []
    for block, counted in zip(matrix.blocks, summary.blocks, strict=True):
        blocks.append(
            BlockView(
                id=block.id,
                title=block.title,
                present=tuple(_indicator(pack, i, texts[i], answers[i]) for i in counted.present),
                known=counted.known_count,
                suspected=counted.suspected_count,
                not_present=tuple(texts[i] for i in counted.not_present),
                not_considered=tuple(texts[i] for i in counted.not_considered),
                total=len(block.indicators),
            )
        )
    retired = tuple(
        _indicator(pack, i, f"Indicator '{i}' (from an earlier version of the matrix)", answers[i])
        for i in summary.retired_answers
        if answers[i].get("status") in ("known", "suspected")
    )
    form = pack.definitions.form(MATRIX_FORM)
    level_field = form.field("concern_level") if form else None
    level = answers.get("concern_level")
    recorded = pack.facts.current.get((MATRIX_FORM, "concern_level"))
    return MatrixView(
        summary=summary,
        blocks=tuple(blocks),
        retired=retired,
        version_used=str(answers.get(MATRIX_VERSION_FIELD) or matrix.version),
        concern_level=show_scalar(level_field, level) if level_field and level else "",
        concern_reason=str(answers.get("concern_reason") or "").strip(),
        concern_recorded=(
            f"{recorded.recorded_by}, {show_date(recorded.recorded_at)}" if recorded else ""
        ),
    )
