"""Loads everything in `resources/` into `Definitions`, or reports every problem found at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from toolkit_desktop import paths
from toolkit_desktop.domain.definitions import Definitions, Form, Matrix
from toolkit_desktop.domain.form_ids import MATRIX_FORM
from toolkit_desktop.domain.online_order import OnlineForm
from toolkit_desktop.forms.contract import check_program_fields
from toolkit_desktop.forms.form_parser import ParsedForm, parse_form
from toolkit_desktop.forms.matrix_parser import parse_matrix
from toolkit_desktop.forms.online_form_parser import (
    ParsedOnlineForm,
    check_online_form,
    parse_online_form,
)
from toolkit_desktop.forms.problems import DefinitionProblem, DefinitionsError, ProblemCode
from toolkit_desktop.forms.prompt_parser import parse_prompts
from toolkit_desktop.forms.references import check_references
from toolkit_desktop.forms.timescale_parser import parse_timescales
from toolkit_desktop.forms.walk import Report
from toolkit_desktop.forms.words import ENGLISH, Catalogue, read_catalogue
from toolkit_desktop.forms.yaml_reader import read_yaml

RESOURCES_ENV_VAR = paths.RESOURCES_ENV
# Optional: a council's resources folder from before this file existed still loads (the app then
# has no list of answers in the online form's order); when present it is checked like the rest.
ONLINE_FORM_FILE = "nrm_online_form.yaml"


def default_resources_dir() -> Path:
    """The shipped `resources/` folder, or the folder named by $TOOLKIT_DESKTOP_RESOURCES."""
    return paths.resources_dir()


def check_pack_places(parsed: dict[str, ParsedForm]) -> None:
    """Two forms given the same place in the pack: the pack could not say which comes first."""
    taken: dict[int, str] = {}
    for form_id in sorted(parsed):
        place = parsed[form_id].form.pack
        if place is None:
            continue
        if place.order in taken:
            parsed[form_id].report.add(
                "pack.order", ProblemCode.PACK_PLACE,
                f"the pack cannot place this form: order {place.order} is already the place "
                f"of the form '{taken[place.order]}'",
            )
        else:
            taken[place.order] = form_id


def load_definitions(resources_dir: Path, language: str = ENGLISH) -> Definitions:
    """Read matrix.yaml, forms/*.yaml, timescales.yaml, prompts.yaml and (when there)
    nrm_online_form.yaml from `resources_dir`, their shown words in `language` where
    `translations/LANG.yaml` translates them (forms.words).

    Raises DefinitionsError listing every problem in every file when anything is wrong. A
    language whose catalogue is missing or cannot be read gives the English definitions.
    Translated definitions carry the English ones in `in_english`, for the referral pack.
    """
    english = _load(resources_dir, str)
    catalogue, _ = read_catalogue(resources_dir, language)
    if catalogue is None or catalogue.language == ENGLISH:
        return english
    return replace(_load(resources_dir, catalogue), in_english=english)


def load_with_catalogue(resources_dir: Path, language: str) -> tuple[Definitions, Catalogue | None,
                                                                      list[DefinitionProblem]]:
    """For `forms check --language`: the definitions in `language`, the catalogue that was used
    (None when it could not be read) and the catalogue's own problems."""
    catalogue, problems = read_catalogue(resources_dir, language)
    return _load(resources_dir, catalogue or str), catalogue, problems


def _load(resources_dir: Path, words: Callable[[str], str]) -> Definitions:
    files = _Files(resources_dir, words)
    matrix: Matrix | None = None
    parsed: dict[str, ParsedForm] = {}
    # A file that cannot be read, or holds no form at all, stands in as an incomplete form so
    # that references into it are not reported a second time as missing.
    report, data = files.read("matrix.yaml")
    built = parse_matrix(report, data) if report is not None else None
    if built is None:
        parsed[MATRIX_FORM] = _incomplete(MATRIX_FORM)
    else:
        matrix, parsed[MATRIX_FORM] = built
    for file_id in files.form_ids():
        report, data = files.read(f"forms/{file_id}.yaml")
        form = parse_form(report, data, file_id) if report is not None else None
        if file_id != MATRIX_FORM:  # forms/matrix.yaml is reported; the matrix stays
            parsed[file_id] = form or _incomplete(file_id)
    check_references(parsed)
    check_pack_places(parsed)
    check_program_fields(parsed, lambda form_id: files.report(f"forms/{form_id}.yaml"))
    report, data = files.read("timescales.yaml")
    timescales = parse_timescales(report, data) if report is not None else None
    report, data = files.read("prompts.yaml")
    prompts = parse_prompts(report, data) if report is not None else ()
    online = ParsedOnlineForm(OnlineForm())
    if (resources_dir / ONLINE_FORM_FILE).exists():
        report, data = files.read(ONLINE_FORM_FILE)
        if report is not None:
            online = parse_online_form(report, data)
            check_online_form(report, online, parsed)
    problems = [p for r in files.reports for p in r.problems]
    if problems or matrix is None or timescales is None:
        raise DefinitionsError(problems)
    return Definitions(
        matrix=matrix,
        forms={form_id: p.form for form_id, p in parsed.items()},
        timescales=timescales,
        prompts=prompts,
        online_form=online.form,
    )


def _incomplete(form_id: str) -> ParsedForm:
    """A stand-in for a form whose file is missing or unusable, already reported."""
    return ParsedForm(form=Form(form_id, 1, ""), report=Report(""), complete=False)


class _Files:
    """The files of one resources folder, each with its own report."""

    def __init__(self, resources_dir: Path, words: Callable[[str], str]) -> None:
        self.dir = resources_dir
        self.words = words
        self.reports: list[Report] = []

    def report(self, relative: str) -> Report:
        """A new report for a file, named as the reader will see it: "resources/forms/x.yaml"."""
        report = Report(f"{self.dir.name}/{relative}", self.words)
        self.reports.append(report)
        return report

    def read(self, relative: str) -> tuple[Report | None, Any]:
        """(report, data) of a file, or (None, None) when it is missing or not YAML (reported)."""
        report = self.report(relative)
        path = self.dir / relative
        if not path.is_file():
            report.add("", ProblemCode.MISSING_FILE, "the file is missing")
            return None, None
        data, problems = read_yaml(path, report.file)
        report.problems.extend(problems)
        if any(p.code is not ProblemCode.DUPLICATE_KEY for p in problems):
            return None, None
        return report, data

    def form_ids(self) -> list[str]:
        """The ids of forms/*.yaml, by file name; other files there are reported."""
        forms_dir = self.dir / "forms"
        if not forms_dir.is_dir():
            self.report("forms").add("", ProblemCode.MISSING_FILE, "the forms folder is missing")
            return []
        ids = []
        for path in sorted(forms_dir.iterdir()):
            if path.name.startswith("."):
                continue
            if path.suffix == ".yaml" and path.is_file():
                ids.append(path.stem)
            else:
                self.report(f"forms/{path.name}").add(
                    "", ProblemCode.NOT_YAML_FILE, "form files must be named <form id>.yaml"
                )
        return ids
