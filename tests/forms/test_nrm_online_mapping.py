"""The online NRM form's 85 questions (resources/nrm_online_form.yaml) each map to something real,
the required ones to something the app makes sure of, and docs/nrm-online-form-mapping.md says
the same; a broken order is refused by name, like every other definition."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from toolkit_desktop.domain.definitions import REFERRAL, Definitions
from toolkit_desktop.domain.online_order import DERIVED_NAMES, Required
from toolkit_desktop.forms import ProblemCode, default_resources_dir, load_definitions

ORDER_FILE = default_resources_dir() / "nrm_online_form.yaml"
MAPPING_DOC = Path(__file__).resolve().parents[2] / "docs" / "nrm-online-form-mapping.md"
REQ_MARK = {Required.YES: "Y", Required.NO: "N", Required.WHEN_SHOWN: "Y*"}
# Required online but not yet needed for a referral here: none. Keep it so.
NOT_YET_REQUIRED_HERE: set[int] = set()


@pytest.fixture(scope="module")
def shipped() -> Definitions:
    return load_definitions(default_resources_dir())


def test_every_question_from_1_to_85_is_listed_once_in_page_order() -> None:
    raw = yaml.safe_load(ORDER_FILE.read_text(encoding="utf-8"))
    numbers = [q["number"] for page in raw["pages"] for q in page["questions"]]
    assert sorted(numbers) == list(range(1, 86))
    assert numbers == list(range(1, 86))  # the file follows the online form's page order


def test_the_shipped_order_loads_whole(shipped: Definitions) -> None:
    questions = shipped.online_form.questions
    assert [q.number for q in questions] == list(range(1, 86))
    assert all(q.key and q.asks and q.page and q.page_title for q in questions)
    assert "54dfce7" in shipped.online_form.source


def test_every_answer_names_a_question_that_exists(shipped: Definitions) -> None:
    for question in shipped.online_form.questions:
        assert question.sources or question.not_asked, question.number
        for source in question.sources:
            if source.derived:
                assert source.derived in DERIVED_NAMES, question.number
                continue
            form = shipped.form(source.form_id)
            assert form is not None, (question.number, source.reference)
            field = form.field(source.field_id)
            assert field is not None, (question.number, source.reference)
            if source.sub_field:
                assert source.sub_field in {f.id for f in field.fields}, question.number
        if question.shown_if is not None:
            form = shipped.form(question.shown_if.form_id)
            assert form is not None and form.field(question.shown_if.field_id) is not None


def test_what_the_online_form_requires_the_app_makes_sure_of(shipped: Definitions) -> None:
    gaps = set()
    for question in shipped.online_form.questions:
        if question.required is Required.NO or question.not_asked:
            continue
        first = question.fields[0] if question.fields else None
        shown_only_when_answered = (
            question.shown_if is not None and question.shown_if.answered and first is not None
            and (question.shown_if.form_id, question.shown_if.field_id)
            == (first.form_id, first.field_id)
        )
        covered = shown_only_when_answered or any(
            source.derived
            or REFERRAL in shipped.forms[source.form_id].field(source.field_id).required_for
            for source in question.sources
        )
        if not covered:
            gaps.add(question.number)
    assert gaps <= NOT_YET_REQUIRED_HERE, sorted(gaps - NOT_YET_REQUIRED_HERE)


def test_the_referral_step_no_longer_asks_who_receives_the_decision(shipped: Definitions) -> None:
    referral = shipped.forms["nrm_referral"]
    for gone in ("decision_recipient", "decision_recipient_email", "guardian_service"):
        assert referral.field(gone) is None
    for kept in ("under_18", "referral_date", "referrer_organisation", "referrer_name",
                 "referrer_role", "referrer_phone", "referrer_email", "other_professionals",
                 "interview_where_how", "professional_view", "indicators_seen",
                 "reported_to_police", "police_reference", "police_force", "current_town",
                 "current_region", "still_exploited", "last_contact", "last_contact_details",
                 "exploitation_types", "re_exploitation_risk"):
        assert referral.field(kept) is not None, kept
    for required in ("la_phone", "la_email", "backup_email"):
        assert REFERRAL in referral.field(required).required_for, required
    for optional in ("la_contact_first_name", "la_contact_last_name"):
        assert not referral.field(optional).required_for, optional


def test_the_online_choices_are_offered_with_the_same_choices(shipped: Definitions) -> None:
    referral = shipped.forms["nrm_referral"]
    where = referral.field("exploitation_where")
    assert [c.id for c in where.choices] == ["uk", "overseas", "uk_and_overseas"]
    for yes_no in ("more_than_one_situation", "moved_by_exploiters", "reported_before",
                   "any_indicators", "account_concerns", "other_professionals_involved",
                   "willing_to_work_with_authorities"):
        assert referral.field(yes_no).type.value == "yes_no_unknown", yes_no
    journey = referral.field("journey")
    assert journey.visible_if is not None and journey.visible_if.field == "moved_by_exploiters"
    assert referral.field("last_contact").same_as == (
        "trafficking_assessment.last_contact_with_exploiters"
    )


def _doc_rows() -> dict[int, str]:
    rows = {}
    for line in MAPPING_DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split(" | ")]
        if line.startswith("| ") and cells[0].removeprefix("| ").isdigit():
            rows[int(cells[0].removeprefix("| "))] = line
    return rows


def test_the_mapping_document_lists_every_question_as_the_order_has_it(
    shipped: Definitions,
) -> None:
    rows = _doc_rows()
    assert sorted(rows) == list(range(1, 86))
    for question in shipped.online_form.questions:
        row = rows[question.number]
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert f"`{question.key}`" in cells[2], question.number
        assert cells[4] == REQ_MARK[question.required], question.number
        for source in question.sources:
            shown = f"`{source.derived}`" if source.derived else f"`{source.reference}`"
            assert shown in cells[6], (question.number, shown)
        if question.not_asked:
            assert cells[6].startswith("not asked, because"), question.number


# -- a broken order is refused, by file and key ---------------------------------------------------

SMALL_ORDER = """\
source: a test
pages:
  - page: reference
    title: Your reference
    questions:
      - {number: 1, key: reference, asks: Your reference, required: yes,
         answered_by: nrm_referral.referral_date}
      - number: 2
        key: fr-location
        asks: Where you refer from
        required: when_shown
        shown_if: {field: nrm_referral.uk_nation, equals: [wales]}
        answered_by: [nrm_referral.uk_nation, "derived:referrer_from_profile"]
        options: {wales: Wales}
      - {number: 3, key: upload-file, asks: Files, required: no, not_asked: Uploaded online.}
"""


def test_a_small_order_loads(resources) -> None:
    resources.write("nrm_online_form.yaml", SMALL_ORDER)
    questions = resources.load().online_form.questions
    assert [q.number for q in questions] == [1, 2, 3]
    assert questions[1].shown_if is not None and questions[1].shown_if.equals == ("wales",)
    assert [s.reference for s in questions[1].sources] == [
        "nrm_referral.uk_nation", "derived:referrer_from_profile"]
    assert questions[2].not_asked == "Uploaded online."


def test_a_folder_without_the_order_still_loads(resources) -> None:
    assert resources.load().online_form.questions == ()


BREAKS = [
    ("answered_by: nrm_referral.referral_date", "answered_by: nrm_referral.decision_recipient",
     ProblemCode.UNKNOWN_VALUE, "questions[0].answered_by"),
    ('"derived:referrer_from_profile"', '"derived:guess_the_answer"',
     ProblemCode.UNKNOWN_VALUE, "questions[1].answered_by[1]"),
    ("equals: [wales]", "equals: [cymru]", ProblemCode.CONDITION_BAD_VALUE,
     "questions[1].shown_if.equals"),
    ("{wales: Wales}", "{cymru: Wales}", ProblemCode.UNKNOWN_VALUE,
     "questions[1].options.cymru"),
    ("        shown_if: {field: nrm_referral.uk_nation, equals: [wales]}\n", "",
     ProblemCode.MISSING_KEY, "questions[1].shown_if"),
    ("{number: 3,", "{number: 2,", ProblemCode.DUPLICATE_ID, "questions[2].number"),
    ("required: no,", "required: maybe,", ProblemCode.UNKNOWN_VALUE, "questions[2].required"),
    ("not_asked: Uploaded online.", "not_asked: Uploaded., answered_by: nrm_referral.uk_nation",
     ProblemCode.MISSING_KEY, "questions[2]"),
]


@pytest.mark.parametrize(("old", "new", "code", "key_path"), BREAKS)
def test_a_broken_order_is_refused_by_file_and_key(resources, old, new, code, key_path) -> None:
    assert old in SMALL_ORDER
    resources.write("nrm_online_form.yaml", SMALL_ORDER.replace(old, new))
    problems = [p for p in resources.problems() if p.file == "resources/nrm_online_form.yaml"]
    assert [(p.key_path, p.code) for p in problems] == [(f"pages[0].{key_path}", code)], [
        str(p) for p in problems]
