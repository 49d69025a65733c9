"""The coordinator's view over a vault of many cases: every case, its NRM dates and what is
overdue by the injected clock, the safeguarding steps still open, who holds it, most urgent first;
and the board's CSV, which carries references, never names."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from toolkit_desktop.services.handover import hand_over, receive_file
from toolkit_desktop.services.overview import CSV_COLUMNS, overview, overview_csv
from toolkit_desktop.storage.vault import Vault

SAFETY = ("child_safe_at", "whereabouts_withheld_at", "police_informed_at",
          "manager_informed_at", "missing_plan_made_at", "photo_taken_at",
          "accommodation_arranged_at")


def test_two_hundred_cases_most_urgent_first_with_the_dates_by_the_clock(
    vault, service, shipped, clock, tmp_path
):
    now = clock.now()
    today = now.date()
    at = now.isoformat()
    kinds = {}
    for number in range(200):
        case_id = service.start_case(now - timedelta(days=number % 90), "Dover",
                                     f"Child {number}").id
        kind = number % 4
        kinds[case_id] = kind
        if kind in (0, 1):  # referred 60 days ago; kind 1 has its positive decision since
            service.record_answer(case_id, "nrm_referral", "referral_date",
                                  (today - timedelta(days=60)).isoformat())
        if kind == 1:
            service.record_answer(case_id, "trafficking_assessment",
                                  "reasonable_grounds_decision", "positive")
            service.record_answer(case_id, "trafficking_assessment",
                                  "reasonable_grounds_decision_on",
                                  (today - timedelta(days=50)).isoformat())
        if kind == 2:  # every immediate step recorded
            for step in SAFETY:
                service.record_answer(case_id, "immediate_safeguarding", step, at)

    lines = overview(vault, shipped, today)
    assert len(lines) == 200
    by_case = {line.case_id: line for line in lines}
    overdue = [line for line in lines if line.overdue]
    assert {kinds[line.case_id] for line in overdue} == {0}
    assert len(overdue) == 50
    assert lines[:50] == overdue  # what is overdue comes first
    first = overdue[0]
    assert first.referral_sent == today - timedelta(days=60)
    assert "Reasonable-grounds decision expected by" in str(first.overdue[0])
    assert str(first.overdue[0]).endswith("days ago")
    assert str(first.decisions) == "No decision recorded"
    decided = next(line for line in lines if kinds[line.case_id] == 1)
    assert str(decided.decisions).startswith("Reasonable grounds: positive, ")
    assert not decided.overdue
    done = [line for line in lines if kinds[line.case_id] == 2]
    assert all(line.open_actions == () for line in done)
    assert lines[-50:] == done  # nothing open and nothing due: last
    assert len(by_case[next(c for c, k in kinds.items() if k == 3)].open_actions) == len(SAFETY)

    # A decision recorded without its date is a decision: that case is no longer overdue.
    undated = overdue[-1].case_id
    service.record_answer(undated, "trafficking_assessment", "reasonable_grounds_decision",
                          "negative")
    assert sum(1 for line in overview(vault, shipped, today) if line.overdue) == 49
    service.record_answer(undated, "trafficking_assessment", "reasonable_grounds_decision",
                          "awaited")

    # The clock moves on: the positive decision's case stays calm; nothing overdue is lost.
    later = overview(vault, shipped, today + timedelta(days=30))
    assert sum(1 for line in later if line.overdue) == 50

    table = list(csv.reader(io.StringIO(overview_csv(lines))))
    assert table[0] == list(CSV_COLUMNS) and len(table) == 201
    text = overview_csv(lines)
    assert "Child 1" not in text and "Dover" not in text  # references, never names or places
    assert {row[0] for row in table[1:]} == {line.reference for line in lines}


def test_a_received_case_says_from_whom_and_a_case_being_handed_over_says_to_whom(
    vault, service, shipped, clock, tmp_path
):
    going = service.start_case(clock.now(), "Luton", "Minh")
    hand_over(vault, going.id, tmp_path / "minh.tkhandover", "Day team")
    [line] = overview(vault, shipped, clock.now().date())
    assert "handing over to Day team (awaiting confirmation)" in str(line.held_by)

    with Vault.create(tmp_path / "coordinator.tkvault", "coordinator passphrase words",
                      clock) as coordinator:
        other = service.start_case(clock.now(), "Luton", "Amira")
        sent = hand_over(vault, other.id, tmp_path / "amira.tkhandover", "Coordinator")
        receive_file(coordinator, shipped, sent.target, sent.words)
        [received] = overview(coordinator, shipped, clock.now().date())
        assert received.reference == other.reference
        # A vault with no name in About you says so, never the computer's login name.
        assert str(received.held_by).startswith(
            "This vault (no name in About you yet), received from ")


def test_the_csv_gives_the_first_identification_in_uk_time_as_the_screen_does():
    from datetime import UTC, datetime

    from toolkit_desktop.domain.stage import CaseStage
    from toolkit_desktop.services.overview import OverviewLine
    from toolkit_desktop.translatable import QT_TRANSLATE_NOOP, said

    summer_night = datetime(2026, 7, 14, 23, 30, tzinfo=UTC)  # 00:30 on the 15th in the UK
    line = OverviewLine(1, "TK-1", "Minh", CaseStage.SAFEGUARDING, summer_night, "Dover", None,
                        None, said(QT_TRANSLATE_NOOP("Overview", "No decision recorded")), (), (),
                        (), "Sam")
    [_, row] = list(csv.reader(io.StringIO(overview_csv([line]))))
    assert row[2] == "2026-07-15T00:30+01:00"


def test_the_board_csv_is_in_english_whatever_language_the_screen_speaks(vault, service, clock):
    # Under the pseudo language every word of the definitions shows as ⟦word⟧: the screen's
    # steps are in the app's language, the board's CSV in the English definitions' words, under
    # its English header row, as the referral pack is.
    from toolkit_desktop.forms import default_resources_dir, load_definitions

    pseudo = load_definitions(default_resources_dir(), "pseudo")
    service.start_case(clock.now(), "Dover", "Minh")
    [line] = overview(vault, pseudo, clock.now().date())
    assert line.open_actions and all(a.startswith("⟦") for a in line.open_actions)
    assert line.board_actions == tuple(a.strip("⟦⟧") for a in line.open_actions)
    [header, row] = list(csv.reader(io.StringIO(overview_csv([line]))))
    assert header == list(CSV_COLUMNS)
    assert "⟦" not in ",".join(row)
    assert row[7] == "; ".join(line.board_actions)
