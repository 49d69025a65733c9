"""The chronology list shows each time the child went missing and was found among the typed
entries, at its time, read-only and saying which record it comes from."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from toolkit_desktop.domain.missing_episodes import FOUND, WENT_MISSING, episode_moments
from toolkit_desktop.domain.records import ChronologyEntry
from toolkit_desktop.ui.fields.layout_order import layout_widgets
from toolkit_desktop.ui.records.chronology_list import ChronologyList

EPISODES = {"immediate_safeguarding": {"missing_episodes": [
    {"went_missing_at": "2026-11-28T21:05:00+00:00", "went_missing_from": "school"},
    {"went_missing_at": "2026-11-28T02:14:00+00:00", "went_missing_from": "the foster home",
     "found_at": "2026-11-28T09:30:00+00:00", "found_where": "Eastham station"},
]}}


def entry(entry_id: int, hour: int, text: str) -> ChronologyEntry:
    at = datetime(2026, 11, 28, hour, 0, tzinfo=UTC)
    return ChronologyEntry(case_id=1, occurred_at=at, recorded_at=at, recorded_by="A. Worker",
                           kind="note", text=text, id=entry_id)


@pytest.fixture
def chronology(qtbot):
    shown = ChronologyList()
    qtbot.addWidget(shown)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def shown_rows(chronology: ChronologyList) -> list[str]:
    names = []
    for widget in layout_widgets(chronology.rows):  # never itemAt (ui.fields.layout_order)
        if widget.objectName().startswith("chronology"):
            names.append(widget.objectName())
    return names


def test_the_episodes_moments_are_among_the_entries_in_time_order(chronology) -> None:
    entries = [entry(2, 12, "Strategy meeting held"), entry(1, 1, "Child placed with carers")]
    chronology.show_entries(entries, [], episode_moments(EPISODES))
    assert shown_rows(chronology) == [
        "chronologyEntry:1",  # 01:00
        f"chronologyEpisode:1:{WENT_MISSING}",  # 02:14
        f"chronologyEpisode:1:{FOUND}",  # 09:30
        "chronologyEntry:2",  # 12:00
        f"chronologyEpisode:2:{WENT_MISSING}",  # 21:05
    ]
    went = chronology.moment_row(1, WENT_MISSING)
    text = went.findChild(QLabel, "episodeText").text()
    assert "Sat 28 Nov 2026, 02:14" in text and "Went missing" in text
    assert "Missing episode 1 of 2: went missing from the foster home." in text
    assert "From the missing episodes recorded in Immediate safeguarding: change it there" in text
    found = chronology.moment_row(1, FOUND).findChild(QLabel, "episodeText").text()
    assert "Found" in found and "at Eastham station" in found
    # Read-only: only the typed entries can be corrected here.
    assert went.findChildren(QPushButton) == []
    assert chronology.row(1).findChild(QPushButton, "correctEntry:1") is not None


def test_episodes_alone_are_not_an_empty_chronology(chronology) -> None:
    chronology.show_entries([], [], episode_moments(EPISODES))
    assert chronology.findChild(QWidget, "emptyList") is None
    assert len(shown_rows(chronology)) == 3
    chronology.show_entries([], [])
    assert chronology.findChild(QLabel, "emptyList") is not None
    assert shown_rows(chronology) == []


def test_an_entry_kind_has_the_same_words_on_screen_as_in_the_pack():
    # The pack used to print "Event" for what the app calls "Something that happened".
    from toolkit_desktop.domain.records import ENTRY_KIND_WORDS
    from toolkit_desktop.ui.records.chronology_list import KIND_WORDS

    assert dict(KIND_WORDS) == ENTRY_KIND_WORDS
