"""The case list read from the summaries the vault keeps: always what the answers say today.

Each case's list line is made from a kept summary (`services.case_list`), so the list no longer
decodes every answer. These tests hold it to what the practitioner sees: a later answer shows at
once, the age and stage move with the date without any write, a summary an older program kept is
made again, and a deleted case leaves no summary behind.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from toolkit_desktop.domain.age import age_status
from toolkit_desktop.domain.decisions import RG_DECISION
from toolkit_desktop.domain.form_ids import AGE_FORM, CHILD_FORM, NRM_FORM, TRAFFICKING_FORM
from toolkit_desktop.domain.names import shown_name
from toolkit_desktop.domain.nrm_dates import REFERRAL_DATE_FIELD
from toolkit_desktop.domain.stage import CaseStage, case_stage
from toolkit_desktop.services.case_list import LIST_FORMS, answers_by_form
from toolkit_desktop.services.session import Session

MET = datetime(2026, 11, 2, 1, 30, tzinfo=UTC)


def listed(vault, shipped, when=MET) -> dict:
    return {e.case_id: e for e in Session(vault, shipped).entries(when.date())}


def test_a_later_answer_shows_in_the_list_at_once(vault, shipped, service):
    case = service.start_case(MET, "Dover", known_as="boy at the port")
    assert listed(vault, shipped)[case.id].name == "boy at the port"
    service.record_answer(case.id, CHILD_FORM, "name_as_given", "Nguyễn Văn Đức")
    service.record_answer(case.id, NRM_FORM, REFERRAL_DATE_FIELD, "2026-11-02")
    entry = listed(vault, shipped)[case.id]
    assert entry.name == "Nguyễn Văn Đức"
    assert entry.aliases == "boy at the port"
    assert entry.stage is CaseStage.WAITING_FOR_DECISION
    service.record_answer(case.id, TRAFFICKING_FORM, RG_DECISION, "positive")
    assert listed(vault, shipped)[case.id].stage is CaseStage.CONCLUSIVE_AWAITED


def test_age_and_stage_move_with_the_date_with_no_write(vault, shipped, service):
    case = service.start_case(MET, "Dover", known_as="Minh")
    service.record_answer(case.id, CHILD_FORM, "date_of_birth", "2008-11-20")
    service.record_answer(case.id, NRM_FORM, REFERRAL_DATE_FIELD, "2026-11-02")
    before = listed(vault, shipped)[case.id]
    assert before.stage is CaseStage.WAITING_FOR_DECISION
    assert str(before.age).startswith("17")
    later = listed(vault, shipped, MET + timedelta(days=60))[case.id]
    assert later.stage is CaseStage.DECISION_OVERDUE
    assert str(later.age).startswith("18")


def test_the_kept_lines_are_the_lines_every_answer_gives(vault, shipped, service):
    for n in range(6):
        case = service.start_case(MET, "Croydon", known_as=f"child {n}")
        if n % 2:
            service.record_answer(case.id, "matrix", "concern_level", "high")
        if n % 3 == 0:
            service.record_answer(case.id, NRM_FORM, "uk_nation", "wales")
        if n == 4:
            service.record_answer(case.id, NRM_FORM, REFERRAL_DATE_FIELD, "2026-10-01")
        if n == 5:
            service.record_answer(case.id, AGE_FORM, "age_disputed", "yes")
            service.record_answer(case.id, CHILD_FORM, "claimed_age", 16)
    listed(vault, shipped)  # keeps a summary of each
    today = (MET + timedelta(days=3)).date()
    kept = {e.case_id: e for e in Session(vault, shipped).entries(today)}
    # Worked out from every current answer, as the list did before it kept summaries.
    for row in vault.cases.list_rows(LIST_FORMS):
        answers = answers_by_form(row)
        child = answers.get(CHILD_FORM, {})
        entry = kept[row.case.id]
        assert entry.stage is case_stage(answers, shipped.timescales, today)
        assert entry.age == age_status(child, answers.get(AGE_FORM, {}), today).label
        assert entry.name == shown_name(child).with_latin
        assert entry.reference == row.case.reference
        assert entry.last_change == row.last_change
    assert {e.stage for e in kept.values()} >= {CaseStage.SAFEGUARDING, CaseStage.ASSESSMENT,
                                               CaseStage.REFERRAL, CaseStage.DECISION_OVERDUE}


def test_a_summary_an_older_program_kept_is_made_again(vault, shipped, service):
    case = service.start_case(MET, "Dover", known_as="Amira")
    listed(vault, shipped)
    with vault.raw() as raw:
        raw.execute("UPDATE case_summaries SET version = 0, summary_json = '{}'")
    assert listed(vault, shipped)[case.id].name == "Amira"


def test_a_deleted_case_leaves_no_summary(vault, shipped, service):
    gone = service.start_case(MET, "Dover", known_as="Saba")
    kept = service.start_case(MET, "Dover", known_as="Tuan")
    listed(vault, shipped)
    Session(vault, shipped).delete_case(gone.id, "Entered twice by mistake", gone.reference)
    with vault.raw() as raw:
        left = [r[0] for r in raw.execute("SELECT case_id FROM case_summaries")]
    assert left == [kept.id]
    assert list(listed(vault, shipped)) == [kept.id]
