"""A small but varied case file, as another laptop would write it: shared by the import tests."""

from __future__ import annotations


def sample_case_file() -> dict:
    """A small but varied case file, as another laptop would write it."""
    t = "2026-11-27T23:{:02d}:00+00:00".format
    return {
        "format": "toolkit-desktop/case",
        "format_version": 1,
        "case": {"reference": "TK-20261127-AB12", "created_at": t(0),
                 "first_contact_at": t(1), "first_contact_place": "Heathrow Terminal 4",
                 "training": False},
        "conversations": [{"occurred_at": t(5), "place": "Interview room 2", "present": "SW, IO",
                           "interpreter": "By phone", "language": "Vietnamese",
                           "how_the_child_was": "Tired, quiet", "account": "He said he owed money.",
                           "recorded_at": t(6), "recorded_by": "A. Social Worker"}],
        "answers": [
            {"form": "child", "field": "given_names", "value": "Minh", "recorded_at": t(2),
             "recorded_by": "A. Social Worker", "reason": None},
            {"form": "child", "field": "given_names", "value": "Văn Minh", "recorded_at": t(7),
             "recorded_by": "A. Social Worker", "reason": "Spelling checked with the interpreter",
             "conversation": 0},
            {"form": "child", "field": "claimed_age", "value": 15, "recorded_at": t(3),
             "recorded_by": "A. Social Worker"},
            {"form": "matrix", "field": "no_documents",
             "value": {"status": "known", "evidence": "No passport", "source": "Border Force"},
             "recorded_at": t(8), "recorded_by": "A. Social Worker", "reason": None},
        ],
        "chronology": [
            {"occurred_at": t(1), "recorded_at": t(9), "recorded_by": "A. Social Worker",
             "kind": "event", "text": "Met at arrivals with an adult who left"},
            {"occurred_at": t(1), "recorded_at": t(10), "recorded_by": "A. Social Worker",
             "kind": "correction", "text": "Met at the Border Force desk, not arrivals",
             "corrects": 0},
        ],
    }
