"""Prints how long each shipped form takes to draw, load answers and clear, and can save a picture.

Run with `python benchmarks/form_view_benchmark.py [--png FOLDER]` (no display needed). Nothing is
asserted; the numbers are for people to read. `--png` saves each form at a 1366x768 laptop's
usable size, to look at before calling a change to the forms' layout done.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from toolkit_desktop.forms import default_resources_dir, load_definitions  # noqa: E402
from toolkit_desktop.ui.form.form_view import FormView  # noqa: E402

CHILD = {"given_names": "Minh", "family_name": "Nguyen", "date_of_birth": "2010-03-04"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, help="folder to save one picture per form in")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    definitions = load_definitions(default_resources_dir())
    for form in definitions.forms.values():
        started = time.perf_counter()
        view = FormView(form, definitions.forms)
        built = time.perf_counter()
        view.set_answers({"child": CHILD})
        loaded = time.perf_counter()
        view.clear()
        cleared = time.perf_counter()
        count = len(form.all_fields())
        print(
            f"{form.id:<24} {count:>4} questions  draw {1000 * (built - started):6.1f} ms"
            f"  load {1000 * (loaded - built):5.1f} ms  clear {1000 * (cleared - loaded):5.1f} ms"
        )
        if args.png:
            args.png.mkdir(parents=True, exist_ok=True)
            view.set_answers({"child": CHILD})
            view.resize(820, 700)  # the form's share of 1366x768 beside the step list
            view.show()
            app.processEvents()
            view.grab().save(str(args.png / f"{form.id}.png"))
            view.close()


if __name__ == "__main__":
    main()
