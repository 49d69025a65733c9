"""Each fact recorded once is carried to the other questions that ask it, and follows its source."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from toolkit_desktop.domain.derive_case import PROGRAM_DERIVATIONS
from toolkit_desktop.domain.derived import CaseSources, Derived, derived_answers
from toolkit_desktop.domain.records import Conversation, Profile

TODAY = date(2026, 12, 2)


def worked_out(answers=None, **sources):
    found = derived_answers(
        CaseSources(answers=answers or {}, today=TODAY, **sources), PROGRAM_DERIVATIONS
    )
    return found


def value(found, form, field):
    derived = found.get(form, field)
    return None if derived is None else derived.value


@pytest.mark.parametrize(
    ("child", "age", "expected"),
    [
        ({"date_of_birth": "2012-03-14"}, {}, "yes"),  # 14 today
        ({"date_of_birth": "2006-03-14"}, {}, "no"),  # 20 today
        ({"date_of_birth": "2006-03-14", "claimed_age": 16}, {}, "not_sure"),  # they differ
        ({"claimed_age": 15}, {}, "yes"),
        ({}, {}, "not_sure"),  # nothing known: presumed a child
        ({"date_of_birth": "2006-03-14"}, {"age_disputed": "yes"}, "not_sure"),
        ({"claimed_age": 15},
         {"conclusion": "adult", "assessment_concluded_on": "2026-11-30"}, "no"),
        ({"date_of_birth": "2006-03-14"},
         {"conclusion": "child", "assessment_concluded_on": "2026-11-30"}, "yes"),
    ],
)
def test_under_18_is_worked_out_from_the_age_with_the_presumption_of_childhood(child, age,
                                                                               expected):
    found = worked_out({"child": child, "age_assessment": age})
    assert value(found, "nrm_referral", "under_18") == expected


def test_an_adult_by_the_age_the_young_person_says_is_still_presumed_a_child():
    found = worked_out({"child": {"claimed_age": 19}})
    assert value(found, "nrm_referral", "under_18") == "not_sure"
    assert "until an age assessment concludes" in found.get("nrm_referral", "under_18").came_from


def test_under_18_follows_the_date_of_birth_when_it_changes():
    before = worked_out({"child": {"date_of_birth": "2006-03-14"}})
    after = worked_out({"child": {"date_of_birth": "2012-03-14"}})
    assert value(before, "nrm_referral", "under_18") == "no"
    assert value(after, "nrm_referral", "under_18") == "yes"
    assert "14 today" in after.get("nrm_referral", "under_18").came_from


def test_a_pack_made_is_a_referral_considered_and_only_the_date_recorded_makes_it():
    none_yet = worked_out()
    assert none_yet.get("trafficking_assessment", "referral_made") is None
    packs = (datetime(2026, 11, 29, 3, 0, tzinfo=UTC), datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    drafted = worked_out(exports=packs)
    assert value(drafted, "trafficking_assessment", "referral_considered") == "yes"
    # A pack printed at 2am is not the referral: no date, so no NRM clock.
    assert drafted.get("trafficking_assessment", "referral_made") is None
    assert drafted.get("nrm_referral", "referral_date") is None
    sent = worked_out({"nrm_referral": {"referral_date": "2026-11-30"}}, exports=packs)
    assert value(sent, "trafficking_assessment", "referral_made") == "yes"
    assert "Mon 30 Nov 2026" in sent.get("trafficking_assessment", "referral_made").came_from


def test_the_referrer_is_the_profile_until_someone_else_is_typed():
    profile = Profile("Sam Okafor", "Duty social worker", "EDT", "Kent County Council",
                      "01632 960 123", "sam@example.gov.uk")
    found = worked_out(profile=profile)
    assert value(found, "nrm_referral", "referrer_name") == "Sam Okafor"
    assert value(found, "nrm_referral", "referrer_email") == "sam@example.gov.uk"
    typed = {"nrm_referral": {"referrer_name": "Jo Patel"}}
    applied = worked_out(typed, profile=profile).applied(typed)
    assert applied["nrm_referral"]["referrer_name"] == "Jo Patel"  # a different referrer stands
    # Sam's role, phone and email are not Jo's; the organisation stays.
    assert "referrer_role" not in applied["nrm_referral"]
    assert "referrer_email" not in applied["nrm_referral"]
    assert applied["nrm_referral"]["referrer_organisation"] == "Kent County Council"


def test_other_professionals_are_the_agencies_contacted():
    agencies = {"contacts": [
        {"agency": "Border Force", "person": "Officer Hale"},
        {"agency": "Metropolitan Police", "person": "PC Hughes"},
        {"agency": "Border Force", "person": "Officer Hale", "what_was_asked": "again"},
    ]}
    rows = value(worked_out({"agencies": agencies}), "nrm_referral", "other_professionals")
    assert rows == [{"name": "Officer Hale", "organisation": "Border Force"},
                    {"name": "PC Hughes", "organisation": "Metropolitan Police"}]


def conversation(at, interpreter="", language="", place="Heathrow T4"):
    return Conversation(1, at, place, "Sam Okafor", interpreter, language, "Tired, quiet",
                        "She said...", at, "Sam Okafor", id=1)


def test_the_interpreter_and_the_interview_come_from_the_conversations():
    talks = (conversation(datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "By phone", "Tigrinya"),
             conversation(datetime(2026, 11, 29, 10, 0, tzinfo=UTC), place="Foster home"))
    found = worked_out(conversations=talks)
    assert value(found, "child", "interpreter_needed") == "yes"
    assert value(found, "child", "interpreter_language") == "Tigrinya"
    assert value(found, "trafficking_assessment", "interpreter_used") == "yes"
    interview = value(found, "nrm_referral", "interview_where_how")
    assert "Heathrow T4" in interview and "Foster home" in interview
    assert "interpreter: By phone (Tigrinya)" in interview


def test_none_in_the_interpreter_box_or_a_language_alone_is_not_an_interpreter():
    # The form's hint asks for "none" when there was no interpreter; a language alone is the
    # language spoken (English, or the child's own with a worker who speaks it).
    talks = (conversation(datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "None.", "English"),
             conversation(datetime(2026, 11, 29, 10, 0, tzinfo=UTC), "dim cyfieithydd"))
    found = worked_out(conversations=talks)
    assert value(found, "trafficking_assessment", "interpreter_used") == "no"
    assert found.get("child", "interpreter_needed") is None  # not known from this
    assert found.get("child", "interpreter_language") is None
    assert value(found, "child", "languages") == "English"
    interview = value(found, "nrm_referral", "interview_where_how")
    assert "no interpreter, in English" in interview and "interpreter: " not in interview
    for said in ("None - child speaks English", "no (not needed)", "N/A", "Dim angen",
                 "not used"):
        once = worked_out(conversations=(conversation(datetime(2026, 11, 28, tzinfo=UTC), said),))
        assert value(once, "trafficking_assessment", "interpreter_used") == "no", said
    refused = worked_out(conversations=(conversation(datetime(2026, 11, 28, tzinfo=UTC),
                                                     "Child refused an interpreter"),))
    assert refused.get("trafficking_assessment", "interpreter_used") is None
    assert refused.get("child", "interpreter_needed") is None
    assert "interpreter: Child refused an interpreter" in value(
        refused, "nrm_referral", "interview_where_how")
    named = worked_out(conversations=(conversation(datetime(2026, 11, 28, tzinfo=UTC),
                                                   "Language Line by phone", "Tigrinya"),))
    assert value(named, "trafficking_assessment", "interpreter_used") == "yes"
    alone = worked_out(conversations=(conversation(datetime(2026, 11, 28, tzinfo=UTC),
                                                   language="Vietnamese"),))
    assert alone.get("trafficking_assessment", "interpreter_used") is None
    assert alone.get("child", "interpreter_needed") is None
    assert "in Vietnamese" in value(alone, "nrm_referral", "interview_where_how")


def test_police_told_and_photo_taken_answer_the_questions_that_ask_again():
    safety = {"police_informed_at": "2026-11-28T02:30:00+00:00",
              "photo_taken_at": "2026-11-28T03:00:00+00:00"}
    found = worked_out({"immediate_safeguarding": safety})
    assert value(found, "nrm_referral", "reported_to_police") == "yes"
    assert value(found, "immediate_safeguarding", "photo_taken") == "yes"


def test_the_professional_view_and_indicators_come_from_what_was_already_written(
    shipped_definitions,
):
    answers = {
        "trafficking_assessment": {"professional_judgement": "I believe she was exploited."},
        "matrix": {"missing_before": {"status": "known", "evidence": "Four times since May"}},
    }
    found = worked_out(answers, definitions=shipped_definitions)
    assert value(found, "nrm_referral", "professional_view") == "I believe she was exploited."
    assert "Known: Has gone missing before. Four times since May" in value(
        found, "nrm_referral", "indicators_seen")


def test_a_typed_answer_is_never_replaced_by_a_worked_out_one():
    typed = {"nrm_referral": {"under_18": "not_sure"}, "child": {"date_of_birth": "2012-03-14"}}
    applied = worked_out(typed).applied(typed)
    assert applied["nrm_referral"]["under_18"] == "not_sure"


def test_an_earlier_derivation_wins_over_a_later_one():
    def first(_s):
        return {("f", "x"): Derived("one", "first")}

    def second(_s):
        return {("f", "x"): Derived("two", "second"), ("f", "y"): Derived("", "empty")}

    found = derived_answers(CaseSources(answers={}, today=TODAY), (first, second))
    assert found.get("f", "x").value == "one"
    assert found.get("f", "y") is None  # an empty worked-out answer is no answer


def test_the_nrm_types_of_exploitation_follow_the_kinds_ticked_in_the_assessment():
    kinds = {"trafficking_assessment": {"exploitation_kinds": ["criminal", "begging",
                                                                "forced_marriage"]}}
    found = worked_out(kinds)
    assert value(found, "nrm_referral", "exploitation_types") == ["forced_criminality", "other"]
    assert value(found, "nrm_referral", "exploitation_type_other") == "Forced marriage"


def test_the_referral_account_follows_the_assessment_and_opens_its_gates(shipped_definitions):
    answers = {
        "trafficking_assessment": {
            "exploitation_situations": [
                {"what_happened": "Nail bar", "where": "Croydon", "started": "2026-05"},
                {"what_happened": "Cannabis farm", "started": "2026-09"},
            ],
            "promises_made": "School in London",
            "work_tasks": "Cleaning and watering plants", "hours_per_day": 14,
            "last_contact_with_exploiters": "2026-11-20",
        },
        "matrix": {"missing_before": {"status": "suspected"}},
        "agencies": {"contacts": [{"agency": "Border Force"}]},
    }
    found = worked_out(answers, definitions=shipped_definitions)
    assert value(found, "nrm_referral", "more_than_one_situation") == "yes"
    assert value(found, "nrm_referral", "situations")[0] == {
        "summary": "Nail bar; Croydon", "started": "2026-05"}
    assert value(found, "nrm_referral", "how_it_began") == "School in London"
    assert value(found, "nrm_referral", "tasks_and_hours").endswith("About 14 hours a day.")
    assert value(found, "nrm_referral", "last_contact_band") == "within_month"
    assert value(found, "nrm_referral", "any_indicators") == "yes"
    assert value(found, "nrm_referral", "other_professionals_involved") == "yes"


def test_every_worked_out_answer_fits_the_question_it_fills(shipped_definitions):
    from toolkit_desktop.domain.values import check_answer

    answers = {
        "child": {"date_of_birth": "2012-03-14"},
        "trafficking_assessment": {
            "exploitation_situations": [{"what_happened": "Nail bar", "started": "2026-05"}],
            "exploitation_kinds": ["labour", "forced_marriage"],
            "promises_made": "School", "work_tasks": "Cleaning", "hours_per_day": 12,
            "last_contact_with_exploiters": "2026-11", "professional_judgement": "Concerned",
        },
        "matrix": {"missing_before": {"status": "known", "evidence": "Twice"}},
        "agencies": {"contacts": [{"agency": "Border Force", "person": "Officer Hale"}]},
        "immediate_safeguarding": {"police_informed_at": "2026-11-28T02:30:00+00:00",
                                   "photo_taken_at": "2026-11-28T03:00:00+00:00"},
    }
    talks = (conversation(datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "By phone", "Tigrinya"),)
    found = worked_out(answers, definitions=shipped_definitions, conversations=talks,
                       exports=(datetime(2026, 11, 29, 3, 0, tzinfo=UTC),),
                       profile=Profile("Sam", "SW", "EDT", "Kent", "0163", "s@example.gov.uk"))
    assert len(found.by_key) > 25
    for (form_id, field_id), derived in found.by_key.items():
        assert shipped_definitions.form(form_id).field(field_id) is not None, (form_id, field_id)
        assert check_answer(shipped_definitions, form_id, field_id, derived.value) is None, (
            form_id, field_id, derived.value)
        assert derived.came_from.strip()


def test_the_police_reference_is_typed_once_in_safeguarding():
    found = worked_out({"immediate_safeguarding": {"police_reference": "CAD 1234/28NOV, Kent"}})
    assert value(found, "nrm_referral", "police_reference") == "CAD 1234/28NOV, Kent"
    assert value(found, "nrm_referral", "reported_to_police") == "yes"


def test_the_journey_treatment_and_people_present_are_carried(shipped_definitions):
    answers = {"trafficking_assessment": {
        "route": [{"place": "Hanoi", "country": "Vietnam", "travelled_how": "plane"},
                  {"place": "Dover", "arrived": "2026-11", "travelled_how": "lorry",
                   "who_with": "Vinh"}],
        "control_methods": ["threats"], "control_details": "Phone taken",
    }}
    talks = (conversation(datetime(2026, 11, 28, 2, 0, tzinfo=UTC)),)
    found = worked_out(answers, definitions=shipped_definitions, conversations=talks)
    journey = value(found, "nrm_referral", "journey")
    assert journey.splitlines() == ["Hanoi, Vietnam: plane",
                                    "Dover: arrived November 2026 (month only); lorry; with Vinh"]
    assert "Phone taken" in value(found, "nrm_referral", "treatment")
    assert value(found, "trafficking_assessment", "others_present") == [{"name": "Sam Okafor"}]


def test_the_family_and_the_referrers_own_reference_are_carried():
    answers = {"trafficking_assessment": {"parents_whereabouts": "Parents in Vietnam, no contact",
                                          "number_of_siblings": 2}}
    found = worked_out(answers, reference="TK-20261202-HCMU2")
    family = value(found, "trafficking_assessment", "family_history")
    assert family == "Parents in Vietnam, no contact\nBrothers and sisters: 2."
    assert value(found, "nrm_referral", "referrer_reference") == "TK-20261202-HCMU2"


def test_the_councils_name_and_the_interpreters_language_are_offered_from_what_is_known():
    council = Profile("Sam", "SW", "EDT", "Kent County Council", "0163", "s@example.gov.uk")
    police = Profile("Jo", "DC", "MSHT", "Kent Police", "0162", "j@example.police.uk")
    answers = {"child": {"languages": "Tigrinya (Asmara), some Arabic"}}
    found = worked_out(answers, profile=council)
    assert value(found, "nrm_referral", "la_name") == "Kent County Council"
    assert value(found, "child", "interpreter_language") == "Tigrinya (Asmara)"
    assert worked_out(answers, profile=police).get("nrm_referral", "la_name") is None
    talks = (conversation(datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "By phone", "Tigre"),)
    assert value(worked_out(answers, conversations=talks), "child", "interpreter_language") == (
        "Tigre")  # the language an interpreter was used in comes first


def test_the_councils_phone_and_email_come_from_the_agency_contacted_or_from_you():
    council = Profile("Sam", "SW", "EDT", "Kent County Council", "01632 960001", "s@kent.gov.uk")
    found = worked_out({}, profile=council)
    assert value(found, "nrm_referral", "la_phone") == "01632 960001"
    assert value(found, "nrm_referral", "la_email") == "s@kent.gov.uk"
    # Another council named, with its duty team in the agencies: its own line and address.
    answers = {
        "nrm_referral": {"la_name": "Medway Council"},
        "agencies": {"contacts": [
            {"agency": "Border Force", "phone": "0300 1"},
            {"agency": "Medway Council children's services", "person": "Ana Duty",
             "phone": "01634 333", "email": "duty@medway.gov.uk"},
        ]},
    }
    found = worked_out(answers, profile=council)
    assert value(found, "nrm_referral", "la_phone") == "01634 333"
    assert value(found, "nrm_referral", "la_email") == "duty@medway.gov.uk"
    assert value(found, "nrm_referral", "la_contact_first_name") == "Ana"
    assert value(found, "nrm_referral", "la_contact_last_name") == "Duty"
    assert found.get("nrm_referral", "la_name") is None  # typed: kept as typed
    # Another council named and not contacted: neither your number nor a guess.
    answers["agencies"]["contacts"].pop()
    found = worked_out(answers, profile=council)
    assert found.get("nrm_referral", "la_phone") is None
    # A police referrer: the first council among the agencies.
    police = Profile("Jo", "DC", "MSHT", "Kent Police", "0162", "j@example.police.uk")
    answers = {"agencies": {"contacts": [
        {"agency": "Kent County Council", "phone": "03000 41", "email": "edt@kent.gov.uk"},
    ]}}
    found = worked_out(answers, profile=police)
    assert value(found, "nrm_referral", "la_name") == "Kent County Council"
    assert value(found, "nrm_referral", "la_phone") == "03000 41"


def test_where_the_child_was_exploited_follows_the_situations(shipped_definitions):
    situations = [
        {"what_happened": "Cannabis farm", "where": "Bolton", "in_uk": "uk"},
        {"what_happened": "Held in a flat", "where": "Calais", "in_uk": "overseas",
         "country": "France"},
        {"what_happened": "Unclear", "in_uk": "not_known"},
    ]
    answers = {"trafficking_assessment": {"exploitation_situations": situations[:1]}}
    found = worked_out(answers, definitions=shipped_definitions)
    assert value(found, "nrm_referral", "exploitation_where") == "uk"
    assert value(found, "nrm_referral", "exploitation_places") == [{"town": "Bolton"}]
    answers["trafficking_assessment"]["exploitation_situations"] = situations
    found = worked_out(answers, definitions=shipped_definitions)
    assert value(found, "nrm_referral", "exploitation_where") == "uk_and_overseas"
    assert value(found, "nrm_referral", "exploitation_places_overseas") == [
        {"country": "France", "place": "Calais"}]
    assert "Calais, France" in value(found, "nrm_referral", "situations")[1]["summary"]
    # Whether the exploiters moved the child is the practitioner's to say.
    assert found.get("nrm_referral", "moved_by_exploiters") is None


def test_the_professional_view_is_first_the_matrix_judgement(shipped_definitions):
    answers = {"matrix": {"concern_level": "high",
                               "concern_reason": "Left at the airport by a man who fled."}}
    found = worked_out(answers, definitions=shipped_definitions)
    expected = "Level of concern: High.\nLeft at the airport by a man who fled."
    assert value(found, "trafficking_assessment", "professional_judgement") == expected
    assert value(found, "nrm_referral", "professional_view") == expected
    answers["trafficking_assessment"] = {"professional_judgement": "Fuller view after visit."}
    found = worked_out(answers, definitions=shipped_definitions)
    assert value(found, "nrm_referral", "professional_view") == "Fuller view after visit."
