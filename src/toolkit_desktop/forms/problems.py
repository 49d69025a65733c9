"""Problems found in the definitions, each with the file, the key path and a stable code.

Codes never change meaning once published (like pyxform's error codes), so documentation, tests
and a council's own notes can refer to them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class ProblemCode(enum.StrEnum):
    """What kind of problem a definition has."""

    YAML_SYNTAX = "yaml_syntax"  # the file is not valid YAML
    UNREADABLE_FILE = "unreadable_file"  # cannot be read, or is not UTF-8
    MISSING_FILE = "missing_file"  # matrix.yaml, timescales.yaml, prompts.yaml or forms/
    NOT_YAML_FILE = "not_yaml_file"  # a file in forms/ that does not end in .yaml
    DUPLICATE_KEY = "duplicate_key"  # the same key twice in one mapping: the first is lost
    WRONG_TYPE = "wrong_type"  # a mapping, list, text or a number was expected
    MISSING_KEY = "missing_key"  # a required key is absent
    EMPTY_TEXT = "empty_text"  # a required text is blank
    UNKNOWN_KEY = "unknown_key"  # a key the format does not have, usually a typo
    BAD_ID = "bad_id"  # an id that is not lower-case letters, digits and underscores
    DUPLICATE_ID = "duplicate_id"  # an id used twice in its scope
    ID_NOT_FILENAME = "id_not_filename"  # forms/<id>.yaml must hold the form <id>
    RESERVED_ID = "reserved_id"  # an id the program keeps for itself, such as the matrix form
    UNKNOWN_TYPE = "unknown_type"  # a field type that does not exist
    CHOICES_MISSING = "choices_missing"  # choice and multi_choice need choices
    CHOICES_NOT_ALLOWED = "choices_not_allowed"  # choices on any other type
    FIELDS_MISSING = "fields_missing"  # a group needs sub-fields
    FIELDS_NOT_ALLOWED = "fields_not_allowed"  # sub-fields on anything but a group
    BAD_GROUP_FIELD = "bad_group_field"  # a group inside a group, an indicator, or a rule
    NO_SECTIONS = "no_sections"  # a form with no sections
    NO_FIELDS = "no_fields"  # a section with no fields
    UNKNOWN_PURPOSE = "unknown_purpose"  # a required_for value other than "referral"
    CONDITION_UNKNOWN_FIELD = "condition_unknown_field"  # visible_if names no field
    CONDITION_NOT_CHOICE = "condition_not_choice"  # visible_if on a field without fixed values
    CONDITION_BAD_VALUE = "condition_bad_value"  # visible_if.equals lists a value the field lacks
    CONDITION_CYCLE = "condition_cycle"  # visible_if leads back to the field itself
    SAME_AS_UNKNOWN_FIELD = "same_as_unknown_field"  # same_as names no field
    SAME_AS_SAME_FORM = "same_as_same_form"  # same_as must point at another form
    SAME_AS_TYPE_MISMATCH = "same_as_type_mismatch"  # same_as points at a field of another type
    SAME_AS_CHAIN = "same_as_chain"  # same_as points at a field that is itself same_as
    MISSING_BLOCK = "missing_block"  # the matrix lacks one of its required blocks
    EMPTY_BLOCK = "empty_block"  # a matrix block with no indicators
    MISSING_FORM = "missing_form"  # a form the program needs is absent
    PROGRAM_FIELD = "program_field"  # a field the program reads is absent or of the wrong kind
    BAD_DATE = "bad_date"  # not a date written YYYY-MM-DD
    BAD_NUMBER = "bad_number"  # not a whole number of at least 1
    PACK_PLACE = "pack_place"  # a `pack:` entry the pack cannot place: no order, or one taken
    TIMESCALE_LENGTH = "timescale_length"  # neither or both of working_days and days
    TIMESCALE_OVERLAP = "timescale_overlap"  # two rules for the same event in force on one day
    PROGRAM_RULE = "program_rule"  # a timescale the program uses is absent or counts wrongly
    UNKNOWN_VALUE = "unknown_value"  # not in its fixed list: a nation, an event, a condition
    UNKNOWN_CHECK = "unknown_check"  # a `check` value other than not_future or birth_date
    CHECK_NOT_DATE = "check_not_date"  # check or not_before on a field that holds no date
    NOT_BEFORE_UNKNOWN_FIELD = "not_before_unknown_field"  # not_before names no field
    NOT_BEFORE_NOT_DATE = "not_before_not_date"  # not_before names a field that holds no date


@dataclass(frozen=True)
class DefinitionProblem:
    """One problem: which file, where in it, what is wrong, and its code."""

    file: str  # as shown to the reader, e.g. "resources/forms/child.yaml"
    key_path: str  # e.g. "sections[2].fields[5].visible_if.field"; "" for the whole file
    message: str
    code: ProblemCode

    def __str__(self) -> str:
        where = f"{self.file}: {self.key_path}" if self.key_path else self.file
        return f"{where}: {self.message}"


class DefinitionsError(Exception):
    """The definitions cannot be used; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: Iterable[DefinitionProblem]) -> None:
        self.problems: tuple[DefinitionProblem, ...] = tuple(problems)
        super().__init__(format_problems(self.problems))


def format_problems(problems: Iterable[DefinitionProblem]) -> str:
    """One line per problem: `file: key.path: message`."""
    return "\n".join(str(p) for p in problems)
