"""People around the child, recorded once, feed every other question about them; a change to the
record changes what the other questions say, and the practitioner's own answer still stands."""

from __future__ import annotations

from datetime import date

import pytest

from toolkit_desktop.domain.derived import CaseSources, derived_answers
from toolkit_desktop.domain.people import SOURCE, people_derivations, people_of
from toolkit_desktop.domain.values import check_answer
from toolkit_desktop.domain.visibility import field_value

TODAY = date(2026, 11, 30)
TUAN = {
    "name": "Tuan",
    "other_names": "Uncle T",
    "relationship_claimed": "Says he is her uncle",
    "involvement": ["with_child_when_found", "brought_child", "exploited_child"],
    "description": "About 40, tall, grey padded jacket",
    "phone_numbers": "07700 900123, 07700 900456",
    "vehicle": "Silver Ford Focus",
    "address": "Not known; left the airport by taxi",
    "identity_checked": "no",
    "relationship_confirmed": "not_known",
}
BAO = {
    "name": "Bao",
    "involvement": ["possible_victim"],
    "description": "Boy about 14, thin, black hair",
    "address": "The same flat in Northtown",
}
AUNT = {"name": "Mai", "relationship_claimed": "Mother's sister, in Vietnam",
        "involvement": ["family"], "phone_numbers": "+84 90 000 0000"}


def derive(*people: dict, **forms: dict) -> dict:
    answers = {"people": {"people": list(people)}, **forms}
    return people_derivations(CaseSources(answers=answers, today=TODAY))


def value(found: dict, form: str, field: str):
    return found[(form, field)].value


def test_a_person_recorded_once_is_in_every_question_about_them() -> None:
    found = derive(TUAN)
    associates = value(found, "immediate_safeguarding", "associates")
    assert associates[0]["name"] == "Tuan, also known as Uncle T"
    assert "Silver Ford Focus" in associates[0]["description"]
    assert "exploited or controlled the child" in associates[0]["relationship"]
    phones = value(found, "immediate_safeguarding", "phone_numbers")
    assert [row["number"] for row in phones] == ["07700 900123", "07700 900456"]
    assert phones[0]["whose"] == "Tuan, also known as Uncle T (Says he is her uncle)"
    adults = value(found, "trafficking_assessment", "adults")
    assert adults == [{
        "name": "Tuan, also known as Uncle T", "relationship_claimed": "Says he is her uncle",
        "relationship_confirmed": "not_known", "address": "Not known; left the airport by taxi",
        "phone": "07700 900123, 07700 900456", "identity_checked": "no",
    }]
    # Who was with the child is recorded, not whether they are an adult: that stays asked.
    assert ("trafficking_assessment", "arrived_with_adult") not in found
    exploiters = value(found, "trafficking_assessment", "exploiters")
    assert exploiters[0]["name_or_description"] == "Tuan, also known as Uncle T"
    assert exploiters[0]["where_now"] == "Not known; left the airport by taxi"
    text = value(found, "nrm_referral", "exploiters_description")
    for fact in ("Tuan", "Uncle T", "About 40, tall", "07700 900456", "Silver Ford Focus",
                 "Identity checked: no"):
        assert fact in text
    # Nobody is recorded as possibly another victim: that question is left to the practitioner.
    assert ("trafficking_assessment", "other_children") not in found
    assert ("nrm_referral", "other_victims") not in found


def test_each_worked_out_answer_says_where_it_came_from() -> None:
    found = derive(TUAN, BAO)
    assert all(d.source == SOURCE == ("people", "people") for d in found.values())
    assert all(d.came_from.startswith("From People around the child: ") for d in found.values())
    assert found[("trafficking_assessment", "exploiters")].came_from == (
        "From People around the child: 1 person recorded as exploiting or controlling the child.")
    assert found[("immediate_safeguarding", "associates")].came_from == (
        "From People around the child: 2 people recorded.")


def test_every_worked_out_answer_is_in_its_questions_own_type(shipped_definitions) -> None:
    found = derive(TUAN, BAO, AUNT)
    assert len(found) == 9
    for (form, field), derived in found.items():
        assert check_answer(shipped_definitions, form, field, derived.value) is None, (form, field)


def test_another_child_who_may_be_a_victim_answers_other_victims(shipped_definitions) -> None:
    found = derive(TUAN, BAO)
    assert value(found, "trafficking_assessment", "other_children") == "yes"
    assert value(found, "nrm_referral", "other_victims") == "yes"
    details = value(found, "nrm_referral", "other_victims_details")
    assert "Bao" in details and "Boy about 14" in details and "Northtown" in details
    assert value(found, "trafficking_assessment", "other_children_details") == details
    # A child who may be a victim is not one of the adults around the child.
    names = [row["name"] for row in value(found, "trafficking_assessment", "adults")]
    assert names == ["Tuan, also known as Uncle T"]
    # The referral shows the assessment's answer, which the worked-out one now fills.
    answers = derived_answers(
        CaseSources(answers={"people": {"people": [TUAN, BAO]}}, today=TODAY),
        [people_derivations],
    ).applied({})
    nrm = shipped_definitions.form("nrm_referral")
    assert field_value(nrm, nrm.field("other_victims"), answers) == "yes"
    assert "Bao" in field_value(nrm, nrm.field("other_victims_details"), answers)


def test_a_change_to_the_record_changes_every_answer_it_feeds() -> None:
    before = derive(TUAN)
    changed = derive({**TUAN, "phone_numbers": "07700 900999", "name": "Tuan Le"})
    assert [r["number"] for r in value(changed, "immediate_safeguarding", "phone_numbers")] == [
        "07700 900999"]
    assert "Tuan Le" in value(changed, "nrm_referral", "exploiters_description")
    assert value(changed, "nrm_referral", "exploiters_description") != value(
        before, "nrm_referral", "exploiters_description")
    # No longer recorded as exploiting the child: the exploiters are no longer worked out.
    no_longer = derive({**TUAN, "involvement": ["brought_child"]})
    assert ("trafficking_assessment", "exploiters") not in no_longer
    assert ("nrm_referral", "exploiters_description") not in no_longer


def test_the_practitioners_own_answer_stands() -> None:
    typed = {"trafficking_assessment": {"other_children": "no", "exploiters": [
        {"name_or_description": "The man at the car wash"}]}}
    found = derive(TUAN, BAO, **typed)
    answers = derived_answers(
        CaseSources(answers={"people": {"people": [TUAN, BAO]}, **typed}, today=TODAY),
        [people_derivations],
    ).applied(typed)
    assert answers["trafficking_assessment"]["other_children"] == "no"
    assert answers["trafficking_assessment"]["exploiters"] == [
        {"name_or_description": "The man at the car wash"}]
    # The referral shows the assessment's typed answer, so it is not said to come from the records.
    assert ("nrm_referral", "other_victims") not in found
    assert ("nrm_referral", "other_victims_details") in found


@pytest.mark.parametrize("rows", [None, [], [{}], [{"name": "  ", "involvement": []}], "text"])
def test_no_people_recorded_works_out_nothing(rows) -> None:
    answers = {"people": {"people": rows}}
    assert people_derivations(CaseSources(answers=answers, today=TODAY)) == {}
    assert people_of(answers) == ()


def test_a_person_with_no_name_is_still_described() -> None:
    found = derive({"involvement": ["exploited_child"], "description": "Woman with a red car"})
    row = value(found, "trafficking_assessment", "exploiters")[0]
    assert row["name_or_description"] == "Woman with a red car"
    assert value(found, "immediate_safeguarding", "associates")[0]["name"] == "Name not known"


def test_a_source_that_begins_with_a_persons_name_names_them() -> None:
    from toolkit_desktop.domain.people import names_offered, people_of, person_named

    people = people_of({"people": {"people": [
        {"name": "Tuan", "other_names": "Uncle T, Mr T", "relationship_claimed": "uncle"},
        {"name": "Tuan Anh"},
        {"description": "A tall man"},  # no name: never named by a source
    ]}})
    assert names_offered(people) == ["Tuan, also known as Uncle T, Mr T (uncle)", "Tuan Anh"]
    assert person_named("Tuan, also known as Uncle T, Mr T (uncle)", people) is people[0]
    assert person_named("tuan anh, by phone", people) is people[1]  # the longest name wins
    assert person_named("Mr T said so", people) is people[0]
    assert person_named("Tuanh", people) is None  # a whole word only
    assert person_named("Name not known", people) is None
    assert person_named("Border Force", people) is None
