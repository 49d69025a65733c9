"""Builds the risk `Matrix` from `resources/matrix.yaml`, and the same matrix as the form "matrix".

As a form, each block is a section and each indicator a field of type `indicator` whose id is the
indicator id; the `judgement` section, where the practitioner records their own level of concern,
comes last.
"""

from __future__ import annotations

from typing import Any

from toolkit_desktop.domain.definitions import (
    Field,
    FieldType,
    Form,
    Indicator,
    Matrix,
    MatrixBlock,
    Section,
)
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.forms.form_parser import (
    ParsedForm,
    parse_pack_place,
    parse_section,
    record_field,
)
from toolkit_desktop.forms.problems import ProblemCode
from toolkit_desktop.forms.walk import Report, join, kind

REQUIRED_BLOCKS = ("movement", "exploitation", "other_risks", "adults_around")
# The matrix's own version is text ("2026.1", stored with each assessment as _matrix_version); the
# form built from it carries a fixed whole-number version, as every form does.
_MATRIX_FORM_VERSION = 1


def parse_matrix(report: Report, data: Any) -> tuple[Matrix, ParsedForm] | None:
    """The matrix and its form, or None when the file holds no usable matrix."""
    m = report.mapping(data, "", required=("version", "title", "blocks", "judgement"),
                       optional=("pack",))
    if m is None:
        return None
    parsed = ParsedForm(form=Form(MATRIX_FORM, _MATRIX_FORM_VERSION, ""), report=report)
    parsed.complete = isinstance(m.get("blocks"), list)
    blocks = [
        (block, path)
        for path, item in report.items(m, "blocks", "")
        if (block := _parse_block(report, item, path, parsed)) is not None
    ]
    present = {block.id for block, _ in blocks}
    for block_id in REQUIRED_BLOCKS:
        if block_id not in present:
            report.add(
                "blocks",
                ProblemCode.MISSING_BLOCK,
                f"the matrix needs a block with id '{block_id}'",
            )
    judgement = None
    if "judgement" in m:
        judgement = parse_section(report, m["judgement"], "judgement", parsed)
    sections = [(_block_section(b), p) for b, p in blocks]
    if judgement is not None:
        sections.append((judgement, "judgement"))
    report.unique(((s.id, p) for s, p in sections), "block or section")
    matrix = Matrix(
        version=_matrix_version(report, m),
        title=report.shown(m, "title", ""),
        blocks=tuple(b for b, _ in blocks),
    )
    parsed.form = Form(
        id=MATRIX_FORM,
        version=_MATRIX_FORM_VERSION,
        title=matrix.title,
        sections=tuple(s for s, _ in sections),
        pack=parse_pack_place(report, m),
    )
    return matrix, parsed


def _matrix_version(report: Report, m: dict[str, Any]) -> str:
    value = m.get("version")
    if isinstance(value, str) and value.strip():
        return value.strip()
    if "version" in m:
        report.add(
            "version",
            ProblemCode.WRONG_TYPE,
            f'expected the version as quoted text, like "2026.1", got {kind(value)}',
        )
    return ""


def _parse_block(report: Report, data: Any, path: str, parsed: ParsedForm) -> MatrixBlock | None:
    m = report.mapping(data, path, required=("id", "title", "indicators"), optional=("help",))
    if m is None or not isinstance(m.get("indicators"), list):
        parsed.complete = False
    if m is None:
        return None
    indicators: list[Indicator] = []
    for item_path, item in report.items(m, "indicators", path):
        i = report.mapping(
            item, item_path, required=("id", "text", "guidance"), optional=("young_children",)
        )
        if i is None:
            parsed.complete = False
            continue
        indicator = Indicator(
            id=report.ident(i, item_path),
            text=report.shown(i, "text", item_path),
            guidance=report.shown(i, "guidance", item_path),
            young_children=report.shown(i, "young_children", item_path, required=False),
        )
        if indicator.id:
            record_field(parsed, indicator.id, item_path, built=True, what="indicator")
        else:
            parsed.complete = False
        indicators.append(indicator)
    if "indicators" in m and m["indicators"] in (None, []):
        report.add(
            join(path, "indicators"),
            ProblemCode.EMPTY_BLOCK,
            "a block needs at least one indicator",
        )
    return MatrixBlock(
        id=report.ident(m, path),
        title=report.shown(m, "title", path),
        indicators=tuple(indicators),
        help=report.shown(m, "help", path, required=False),
    )


def _block_section(block: MatrixBlock) -> Section:
    fields = tuple(
        Field(
            id=i.id,
            type=FieldType.INDICATOR,
            label=i.text,
            guidance=i.guidance,
            young_children=i.young_children,
        )
        for i in block.indicators
    )
    return Section(id=block.id, title=block.title, help=block.help, fields=fields)
