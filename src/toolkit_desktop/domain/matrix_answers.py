"""The matrix answers of one case as the page edits them: statuses, words typed, the version used.

Plain Python, no Qt: the page asks it what a key or a keystroke changes and emits each change.
Words typed before a status is chosen are kept as a draft (not saved, and said so); clearing an
answer keeps its words as a draft too, in case the key was pressed by mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toolkit_desktop.domain.definitions import INDICATOR_STATUSES
from toolkit_desktop.domain.values import MATRIX_VERSION_FIELD

Change = tuple[str, Any]  # (field id, new value or None)
TEXT_KEYS = ("evidence", "source")
_STATUSES = frozenset(status for status, _ in INDICATOR_STATUSES)


def status_of(value: Any) -> str | None:
    """The status id of an indicator answer, or None."""
    if isinstance(value, dict) and value.get("status") in _STATUSES:
        return str(value["status"])
    return None


class MatrixAnswers:
    """The matrix form's answers by field id, with the drafts of unanswered indicators."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.values: dict[str, Any] = {}
        self._drafts: dict[str, dict[str, Any]] = {}

    def load(self, values: Mapping[str, Any]) -> None:
        """Take the stored answers; drafts of indicators now answered are dropped."""
        self.values = dict(values)
        self._drafts = {k: v for k, v in self._drafts.items() if k not in self.values}

    def forget(self) -> None:
        """Nothing at all (on lock)."""
        self.values, self._drafts = {}, {}

    def mark(self, indicator_id: str, status: str | None, texts: Mapping[str, str]) -> list[Change]:
        """A status key (None: clear) on an indicator, with the words now in its boxes."""
        old = self.values.get(indicator_id)
        if status is None:
            if old is None:
                return []
            self._drafts[indicator_id] = {k: v for k, v in old.items() if k != "status"}
            return self._set(indicator_id, None)
        base = old or self._drafts.pop(indicator_id, {})
        return self._set(indicator_id, {**base, "status": status, **texts})

    def type(self, indicator_id: str, texts: Mapping[str, str]) -> list[Change]:
        """Words typed in the evidence or source: saved with a status, else kept as a draft."""
        old = self.values.get(indicator_id)
        if old is not None and status_of(old):
            return self._set(indicator_id, {**old, **texts})
        self._drafts[indicator_id] = {**self._drafts.get(indicator_id, {}), **texts}
        return []

    def answer(self, field_id: str, value: Any) -> list[Change]:
        """A judgement question answered (or emptied)."""
        return self._set(field_id, value, indicator=False)

    def shown(self, indicator_id: str) -> dict[str, Any]:
        """What the indicator's boxes show: its answer, or else its draft."""
        return dict(self.values.get(indicator_id) or self._drafts.get(indicator_id, {}))

    def waiting(self, indicator_id: str) -> bool:
        """Words typed that are not saved because no status is chosen yet."""
        shown = self.shown(indicator_id)
        return not status_of(self.values.get(indicator_id)) and any(
            str(shown.get(k) or "").strip() for k in TEXT_KEYS)

    def all_waiting(self) -> list[str]:
        """The indicators with words typed and not saved, as no status is chosen yet."""
        return [indicator_id for indicator_id in self._drafts if self.waiting(indicator_id)]

    def _set(self, field_id: str, value: Any, *, indicator: bool = True) -> list[Change]:
        changes: list[Change] = []
        if indicator and value is not None and MATRIX_VERSION_FIELD not in self.values:
            # The first indicator answered records which matrix this assessment used.
            self.values[MATRIX_VERSION_FIELD] = self.version
            changes.append((MATRIX_VERSION_FIELD, self.version))
        if value is None:
            self.values.pop(field_id, None)
        else:
            self.values[field_id] = value
        changes.append((field_id, value))
        return changes
