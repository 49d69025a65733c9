"""The referral pack prints what was recorded once about the people around the child and each time
the child went missing: on the description sheet for the police, in the chronology, and in the NRM
answers (other victims are no longer "Not known" when one is recorded)."""

from __future__ import annotations

import re

SHEET = "Missing child: description for the police"
RECORDS = "Conversations with the child, chronology and agencies"
PEOPLE = [
    {"name": "Tuan", "other_names": "Uncle T", "relationship_claimed": "Says he is her uncle",
     "involvement": ["with_child_when_found", "brought_child", "exploited_child"],
     "description": "About 40, grey padded jacket", "phone_numbers": "07700 900123",
     "vehicle": "Silver Ford Focus"},
    {"name": "Bao", "involvement": ["possible_victim"],
     "description": "Boy about 14, thin, black hair", "address": "The same flat in Northtown"},
]
EPISODES = [
    {"went_missing_at": "2026-11-28T02:14:00+00:00", "went_missing_from": "the foster home",
     "found_at": "2026-11-28T09:30:00+00:00", "found_where": "Eastham station",
     "found_with": "two older boys", "reference": "NT/2811/77"},
    {"went_missing_at": "2026-11-28T21:05:00+00:00", "went_missing_from": "school"},
]


def test_the_sheet_prints_the_description_the_people_and_each_episode(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "immediate_safeguarding", "height", "About 150 cm")
    workspace.answer(case_id, "immediate_safeguarding", "clothing", "Red hooded top")
    workspace.answer(case_id, "people", "people", PEOPLE)
    workspace.answer(case_id, "immediate_safeguarding", "missing_episodes", EPISODES)
    pack = workspace.export(case_id)
    sheet = pack.part(SHEET)
    assert "No description" not in sheet
    assert "Height About 150 cm" in sheet and "Red hooded top" in sheet
    assert "Tuan, also known as Uncle T" in sheet and "Silver Ford Focus" in sheet
    assert "Bao" in sheet
    assert "07700 900123 Tuan, also known as Uncle T" in sheet  # the number, then whose
    assert "28 Nov 2026, 02:14, from the foster home" in sheet
    assert "at Eastham station, with two older boys" in sheet
    assert "Reference: NT/2811/77" in sheet
    assert "Not recorded as found" in sheet  # the second time
    # The latest time, with no finding yet, is where and when the child was last seen.
    assert "Where and when the child was last seen Went missing Sat 28 Nov 2026, 21:05" in sheet
    # The list worked out from the records is not printed a second time.
    assert "2 times recorded" not in sheet


def test_a_sheet_with_only_people_and_episodes_is_not_said_to_have_nothing(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "people", "people", PEOPLE[:1])
    workspace.answer(case_id, "immediate_safeguarding", "missing_episodes", EPISODES[:1])
    sheet = workspace.export(case_id).part(SHEET)
    assert "No description of the child has been recorded yet" in sheet
    assert "Tuan, also known as Uncle T" in sheet
    assert "Eastham station" in sheet
    assert "No time the child went missing has been recorded" not in sheet
    assert "No people, phone numbers or places have been recorded yet" not in sheet


def test_a_description_marked_not_relevant_still_prints_what_was_typed(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "immediate_safeguarding", "height", "About 150 cm")
    workspace.answer(case_id, "immediate_safeguarding", "_section:missing_description",
                     {"reason": "Living with her mother"})
    sheet = workspace.export(case_id).part(SHEET)
    assert "Reason: Living with her mother" in sheet
    assert "About 150 cm" in sheet


def test_the_episodes_are_in_the_chronology_in_time_order(workspace) -> None:
    case_id = workspace.start()
    workspace.clock.advance(minutes=1)
    workspace.service.add_chronology(case_id, "note", "Placed with emergency foster carer")
    workspace.answer(case_id, "immediate_safeguarding", "missing_episodes", EPISODES)
    records = workspace.export(case_id).part(RECORDS)
    placed = records.index("Placed with emergency foster carer")  # 28 Nov 02:02
    went = records.index("Missing episode 1 of 2: went missing from the foster home")
    found = records.index("Missing episode 1 of 2: found at Eastham station")
    again = records.index("Missing episode 2 of 2: went missing from school")
    assert placed < went < found < again
    assert "(from the missing episodes recorded in Immediate safeguarding)" in records


def test_the_nrm_answers_say_what_is_known_of_other_victims_and_exploiters(workspace) -> None:
    case_id = workspace.start()
    before = workspace.export(case_id, name="before.pdf").part("NRM referral answers")
    not_known = "Not known: no answer recorded in this case"
    assert "Could there be other victims?" in before[before.index(not_known):]
    workspace.answer(case_id, "people", "people", PEOPLE)
    nrm = workspace.export(case_id, name="after.pdf").part("NRM referral answers")
    assert "Could there be other victims?" not in nrm[nrm.index(not_known):]
    assert re.search(r"Could there be other victims\? Yes", nrm)
    assert "Boy about 14, thin, black hair" in nrm
    assert re.search(r"What is known about the people who exploited the child Tuan", nrm)
    assert "07700 900123" in nrm
    assessment = workspace.export(case_id, name="again.pdf").part("Trafficking assessment")
    assert "Tuan, also known as Uncle T" in assessment


def test_the_matrix_evidence_of_going_missing_names_the_episodes_recorded(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "immediate_safeguarding", "missing_episodes", EPISODES)
    workspace.answer(case_id, "matrix", "missing_before", {"status": "known"})
    pack = workspace.export(case_id)
    matrix = pack.part("Risk assessment matrix: the practitioner's record")
    assert "2 missing episodes are recorded in Immediate safeguarding" in matrix


def test_matrix_evidence_whose_source_names_a_person_cites_their_record(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "people", "people", PEOPLE)
    workspace.answer(case_id, "matrix", "adults_waiting_outside", {
        "status": "known", "evidence": "Collected her from the airport",
        "source": "Tuan (Says he is her uncle), at the desk, 28 Nov"})
    workspace.answer(case_id, "matrix", "no_documents", {
        "status": "suspected", "evidence": "No passport", "source": "Border Force officer"})
    matrix = workspace.export(case_id).part("Risk assessment matrix: the practitioner's record")
    text = " ".join(matrix.split())
    cited = "(a person recorded in this case: see the missing-child sheet)"
    assert text.count(cited) == 1
    assert f"Tuan (Says he is her uncle), at the desk, 28 Nov {cited}" in text
