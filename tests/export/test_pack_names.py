"""The pack names the child as they give their name, and the NRM part has the name used while
exploited as a question of its own, apart from the other names."""

from __future__ import annotations

EXPLOITED = "Name or nickname used while the child was exploited"


def _duc(workspace) -> int:
    case_id = workspace.start(known_as="boy at the port")
    for field, value in (
        ("name_as_given", "Nguyễn Văn Đức"),  # family name first, as he says it
        ("given_names", "Văn Đức"),
        ("family_name", "Nguyễn"),
        ("name_transliteration", "Nguyen Van Duc"),
        ("aliases", [{"name": "Bin", "where_used": "at school in Hanoi"}]),
        ("exploited_name", "Tiger"),
    ):
        workspace.answer(case_id, "child", field, value)
    return case_id


def test_the_pack_names_the_child_in_their_own_order(workspace) -> None:
    pack = workspace.export(_duc(workspace))
    assert "Child Nguyễn Văn Đức" in pack.page(0)
    assert "Child Nguyễn Văn Đức (Nguyen Van Duc)" in pack.part("Summary for the decision-maker")
    assert "Văn Đức Nguyễn" not in pack.text


def test_the_nrm_part_gives_the_name_used_while_exploited_apart_from_other_names(
    workspace,
) -> None:
    pack = workspace.export(_duc(workspace))
    nrm = pack.part("NRM referral answers")
    assert "in their own order and writing Nguyễn Văn Đức From the child's details" in nrm
    assert "Given names Văn Đức" in nrm and "Family name Nguyễn" in nrm
    assert f"{EXPLOITED} Tiger From the child's details" in nrm
    other_names = nrm[nrm.index("Other names and nicknames"):nrm.index(EXPLOITED)]
    assert "Bin" in other_names and "Tiger" not in other_names
    # The police's sheet has it too: it may be the name the child answers to where they are.
    sheet = next(pack.page(i) for i in range(1, len(pack.pages))  # 0: the contents
                 if "Missing child: description for the police" in pack.page(i))
    assert f"{EXPLOITED} Tiger" in sheet and "Nguyễn Văn Đức" in sheet


def test_other_names_never_stand_in_for_the_name_used_while_exploited(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "given_names", "Amira")
    workspace.answer(case_id, "child", "aliases", [{"name": "Mimi", "where_used": "salon"}])
    nrm = workspace.export(case_id).part("NRM referral answers")
    not_known = nrm[nrm.index("Not known: no answer recorded in this case"):]
    assert EXPLOITED in not_known and "Mimi" not in not_known
    assert "in their own order and writing" not in nrm  # not an NRM question: only when answered


def test_a_name_in_another_script_is_given_in_latin_letters_from_the_nrm_names(workspace) -> None:
    case_id = workspace.start()
    workspace.answer(case_id, "child", "name_as_given", "ሳባ ተስፋይ")
    workspace.answer(case_id, "child", "given_names", "Saba")
    workspace.answer(case_id, "child", "family_name", "Tesfay")
    pack = workspace.export(case_id)
    assert "(Saba Tesfay) Age" in pack.part("Summary for the decision-maker")
    assert "Not recorded" not in pack.page(0)  # the cover asks for no transliteration
