"""The fictional practice cases of training mode: case files in `resources/training/`, read and
moved forward in time so that each one feels recent when a training vault is made.

The files keep fixed dates so they can be reviewed and tested; on the way in, every date and time
(the case's, its conversations', its chronology's, and answers of date and date-and-time fields)
moves forward by the same whole number of weeks, so the days of the week, the working days
between a referral and its decision, and the child's age all stay as written. Approximate dates
(a month, a year) are left alone: they belong to the child's past, not to the case.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from toolkit_desktop.domain.definitions import Definitions, Field, FieldType
from toolkit_desktop.export.exchange import ExchangeError
from toolkit_desktop.forms import default_resources_dir
from toolkit_desktop.services.transfer import check_case_file, read_case_file

TRAINING_FOLDER = "training"
_WEEK = timedelta(weeks=1)


def practice_case_files(resources_dir: Path | None = None) -> list[Path]:
    """The practice case files, in name order."""
    folder = (resources_dir or default_resources_dir()) / TRAINING_FOLDER
    return sorted(folder.glob("*.json"))


def practice_documents(
    definitions: Definitions, now: datetime, resources_dir: Path | None = None
) -> list[Any]:
    """Every practice case file, checked, and moved so its latest moment falls in the week
    before `now`. Raises ExchangeError naming the file if one is not a valid training case."""
    documents = []
    for path in practice_case_files(resources_dir):
        document = read_case_file(path)
        try:
            if check_case_file(definitions, document).case["training"] is not True:
                raise ExchangeError('the case must say "training": true')
            moved = move_forward(document, definitions, now)
            check_case_file(definitions, moved)
        except ExchangeError as exc:
            raise ExchangeError(f"{path.name}: {exc}") from None
        documents.append(moved)
    return documents


def move_forward(document: Any, definitions: Definitions, now: datetime) -> Any:
    """A copy of a checked case file with every date moved by whole weeks, its latest moment
    landing in the week up to `now` (back, if the file is dated after `now`)."""
    latest = max(_moments(document))
    shift = ((now - latest) // _WEEK) * _WEEK
    moved = json.loads(json.dumps(document))
    case = moved["case"]
    for key in ("created_at", "first_contact_at"):
        case[key] = _later(case.get(key), shift)
    for conversation in moved.get("conversations", []):
        for key in ("occurred_at", "recorded_at"):
            conversation[key] = _later(conversation[key], shift)
    for entry in moved["chronology"]:
        for key in ("occurred_at", "recorded_at"):
            entry[key] = _later(entry[key], shift)
    for answer in moved["answers"]:
        answer["recorded_at"] = _later(answer["recorded_at"], shift)
        form = definitions.form(answer["form"])
        field = form.field(answer["field"]) if form else None
        if field is not None:
            answer["value"] = _value_later(field, answer["value"], shift)
    return moved


def _moments(document: Any) -> list[datetime]:
    """Every moment the case file records as having happened or been written down."""
    texts = [document["case"]["created_at"]]
    texts += [c[k] for c in document.get("conversations", []) for k in ("occurred_at",
                                                                       "recorded_at")]
    texts += [e[k] for e in document["chronology"] for k in ("occurred_at", "recorded_at")]
    texts += [a["recorded_at"] for a in document["answers"]]
    return [datetime.fromisoformat(t) for t in texts]


def _value_later(field: Field, value: Any, shift: timedelta) -> Any:
    if value is None:
        return None
    if field.type is FieldType.DATE:
        return (date.fromisoformat(value) + shift).isoformat()
    if field.type is FieldType.DATETIME:
        return _later(value, shift)
    if field.type is FieldType.GROUP:
        subfields = {f.id: f for f in field.fields}
        return [
            {key: _value_later(subfields[key], v, shift) for key, v in row.items()}
            for row in value
        ]
    return value


def _later(text: str | None, shift: timedelta) -> str | None:
    return None if text is None else (datetime.fromisoformat(text) + shift).isoformat()
