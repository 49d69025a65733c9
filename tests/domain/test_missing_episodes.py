"""Each time the child went missing, recorded once, gives "times gone missing before", "last seen",
the chronology's moments and the matrix's reminder; a change to the record changes them all."""

from __future__ import annotations

from datetime import UTC, date, datetime

from toolkit_desktop.domain.derived import CaseSources
from toolkit_desktop.domain.missing_episodes import (
    FOUND,
    SOURCE,
    WENT_MISSING,
    episode_moments,
    episodes,
    missing_derivations,
    missing_indicator_note,
)
from toolkit_desktop.domain.values import check_answer

TODAY = date(2026, 12, 2)
FIRST = {
    "went_missing_at": "2026-11-28T02:14:00+00:00",
    "went_missing_from": "the foster home in Northtown",
    "found_at": "2026-11-28T09:30:00+00:00",
    "found_where": "Eastham station",
    "found_with": "two older boys",
    "reported_by": "the foster carer",
    "reported_at": "2026-11-28T02:40:00+00:00",
    "reference": "NT/2811/77",
}
SECOND = {
    "went_missing_at": "2026-11-30T21:05:00+00:00",
    "went_missing_from": "school",
    "found_at": "2026-12-01T07:10:00+00:00",
    "found_where": "a car wash in Southbury",
}
OPEN = {"went_missing_at": "2026-12-01T22:00:00+00:00", "went_missing_from": "the foster home"}


def safeguarding(*rows: dict) -> dict:
    return {"immediate_safeguarding": {"missing_episodes": list(rows)}}


def derive(*rows: dict) -> dict:
    return missing_derivations(CaseSources(answers=safeguarding(*rows), today=TODAY))


def test_the_times_gone_missing_before_list_each_episode_in_date_order() -> None:
    found = derive(SECOND, FIRST)  # recorded out of order
    previous = found[("immediate_safeguarding", "previous_missing_episodes")]
    lines = previous.value.splitlines()
    assert lines[0] == "2 times recorded:"
    assert lines[1].startswith("1. Went missing Sat 28 Nov 2026, 02:14 from the foster home")
    assert "found Sat 28 Nov 2026, 09:30 at Eastham station, with two older boys" in lines[1]
    assert "reported to the police by the foster carer, Sat 28 Nov 2026, 02:40" in lines[1]
    assert "NT/2811/77" in lines[1]
    assert lines[2].startswith("2. Went missing Mon 30 Nov 2026, 21:05 from school")
    assert previous.source == SOURCE == ("immediate_safeguarding", "missing_episodes")
    assert previous.came_from == (
        "From the missing episodes recorded in Immediate safeguarding: 2 times.")
    # Everyone found: "last seen" is left to the practitioner.
    assert ("immediate_safeguarding", "last_seen") not in found


def test_a_change_to_an_episode_changes_what_is_worked_out() -> None:
    before = derive(FIRST)[("immediate_safeguarding", "previous_missing_episodes")].value
    after = derive({**FIRST, "found_where": "Westgate bus station"})[
        ("immediate_safeguarding", "previous_missing_episodes")].value
    assert before.startswith("1 time recorded:")
    assert "Westgate bus station" in after and "Eastham station" not in after
    assert derive() == {}


def test_while_the_latest_episode_has_no_finding_it_gives_last_seen() -> None:
    found = derive(FIRST, OPEN)
    last_seen = found[("immediate_safeguarding", "last_seen")].value
    assert last_seen == (
        "Went missing Tue 1 Dec 2026, 22:00 from the foster home; no finding is recorded yet")
    assert "2. Went missing Tue 1 Dec 2026, 22:00 from the foster home; not recorded as found" in (
        found[("immediate_safeguarding", "previous_missing_episodes")].value)
    found_again = derive(FIRST, {**OPEN, "found_at": "2026-12-02T06:00:00+00:00"})
    assert ("immediate_safeguarding", "last_seen") not in found_again


def test_the_worked_out_answers_are_in_their_questions_own_type(shipped_definitions) -> None:
    found = derive(FIRST, SECOND, OPEN)
    assert set(found) == {("immediate_safeguarding", "previous_missing_episodes"),
                          ("immediate_safeguarding", "last_seen")}
    for (form, field), derived in found.items():
        assert check_answer(shipped_definitions, form, field, derived.value) is None
    # The rows themselves are what the form asks for.
    rows = safeguarding(FIRST, SECOND, OPEN)["immediate_safeguarding"]["missing_episodes"]
    assert check_answer(shipped_definitions, "immediate_safeguarding", "missing_episodes",
                        rows) is None


def test_the_matrix_note_counts_the_episodes() -> None:
    assert missing_indicator_note(safeguarding()) == ""
    assert missing_indicator_note({}) == ""
    assert missing_indicator_note(safeguarding(FIRST)) == (
        "1 missing episode is recorded in Immediate safeguarding")
    assert missing_indicator_note(safeguarding(FIRST, SECOND, OPEN)) == (
        "3 missing episodes are recorded in Immediate safeguarding")
    # An empty row added by mistake is not an episode.
    assert missing_indicator_note(safeguarding(FIRST, {}, {"notes": " "})) == (
        "1 missing episode is recorded in Immediate safeguarding")


def test_the_chronology_moments_are_in_time_order() -> None:
    moments = episode_moments(safeguarding(OPEN, SECOND, FIRST))
    assert [(m.at, m.kind, m.episode) for m in moments] == [
        (datetime(2026, 11, 28, 2, 14, tzinfo=UTC), WENT_MISSING, 1),
        (datetime(2026, 11, 28, 9, 30, tzinfo=UTC), FOUND, 1),
        (datetime(2026, 11, 30, 21, 5, tzinfo=UTC), WENT_MISSING, 2),
        (datetime(2026, 12, 1, 7, 10, tzinfo=UTC), FOUND, 2),
        (datetime(2026, 12, 1, 22, 0, tzinfo=UTC), WENT_MISSING, 3),
    ]
    assert moments[0].text == (
        "Missing episode 1 of 3: went missing from the foster home in Northtown; reported to the "
        "police by the foster carer, Sat 28 Nov 2026, 02:40; police or missing-person reference "
        "NT/2811/77.")
    assert moments[1].text == (
        "Missing episode 1 of 3: found at Eastham station, with two older boys.")


def test_an_episode_without_times_comes_last_and_has_no_moment() -> None:
    undated = {"went_missing_from": "a placement in another council area"}
    found = episodes(safeguarding(undated, FIRST))
    assert [e.went_missing_from for e in found] == [
        "the foster home in Northtown", "a placement in another council area"]
    assert len(episode_moments(safeguarding(undated))) == 0
    text = derive(undated)[("immediate_safeguarding", "previous_missing_episodes")].value
    assert "Went missing (time not recorded) from a placement in another council area" in text


def test_from_where_typed_with_its_own_from_is_not_said_twice():
    from toolkit_desktop.domain.missing_episodes import Episode, _went

    said = _went(Episode(went_missing_from="from the park"), with_time=False)
    assert said == "went missing from the park"
