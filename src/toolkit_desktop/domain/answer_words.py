"""Stored answers in the words a reader sees: dates, choices, groups, indicators.

The pack and the screens (an answer's history) both use these. Values become plain strings here;
escaping for the PDF happens later, in the pack's templates, so nothing here knows about markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from toolkit_desktop.domain.definitions import Field, FieldType
from toolkit_desktop.domain.wording import month_and_year, show_date, show_time

NOT_ANSWERED = "Not answered"


def show_approx_date(text: str) -> str:
    """A year, a month or a day as stored ("2019", "2019-03", "2019-03-04") in words."""
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return f"{int(parts[0])} (year only)"
        if len(parts) == 2:
            return f"{month_and_year(date(int(parts[0]), int(parts[1]), 1))} (month only)"
        return show_date(date.fromisoformat(text))
    except ValueError:
        return text


def show_number(value: int | float) -> str:
    """12 rather than 12.0."""
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class Shown:
    """An answer in words: `text`, or for a repeating group `rows` of (label, text) pairs."""

    text: str = ""
    rows: tuple[tuple[tuple[str, str], ...], ...] = field(default_factory=tuple)

    @property
    def is_group(self) -> bool:
        """Whether this is a repeating group's rows."""
        return bool(self.rows)


def show_scalar(fld: Field, value: Any) -> str:
    """A value of any field type but group, in words."""
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    kind = fld.type
    if kind in (FieldType.CHOICE, FieldType.YES_NO_UNKNOWN):
        return fld.choice_label(str(value))
    if kind is FieldType.MULTI_CHOICE and isinstance(value, list):
        return "; ".join(fld.choice_label(str(v)) for v in value)
    if kind is FieldType.DATE and isinstance(value, str):
        try:
            return show_date(date.fromisoformat(value))
        except ValueError:
            return value
    if kind is FieldType.APPROX_DATE and isinstance(value, str):
        return show_approx_date(value)
    if kind is FieldType.DATETIME and isinstance(value, str):
        try:
            return show_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    if kind is FieldType.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return show_number(value)
    if kind is FieldType.INDICATOR and isinstance(value, dict):
        return show_indicator(fld, value)
    return value if isinstance(value, str) else str(value)


def show_indicator(fld: Field, value: dict[str, Any]) -> str:
    """Known / suspected / not present, with the evidence and its source."""
    parts = [fld.choice_label(str(value.get("status", "")))]
    if str(value.get("evidence", "")).strip():
        parts.append(f"Evidence: {value['evidence']}")
    if str(value.get("source", "")).strip():
        parts.append(f"Source: {value['source']}")
    return " ".join(_sentence(p) for p in parts)


def _sentence(text: str) -> str:
    """Text ending in a full stop, without doubling one the practitioner typed."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def show(fld: Field, value: Any) -> Shown:
    """Any answer in words; a group keeps its rows, each answered sub-field with its label."""
    if fld.type is FieldType.GROUP:
        if not isinstance(value, list) or not value:
            return Shown(text=NOT_ANSWERED)
        rows = []
        for row in value:
            if not isinstance(row, dict):
                continue
            cells = tuple(
                (sub.label, show_scalar(sub, row.get(sub.id)))
                for sub in fld.fields
                if row.get(sub.id) not in (None, "", [])
            )
            rows.append(cells or (("", "(empty row)"),))
        return Shown(rows=tuple(rows)) if rows else Shown(text=NOT_ANSWERED)
    return Shown(text=show_scalar(fld, value))


def humanise(identifier: str) -> str:
    """agency_contact -> Agency contact: for ids that have no label (chronology kinds)."""
    words = identifier.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else identifier
