# The two commands of the README. Each creates .venv when needed and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-quick lint screenshots benchmarks clean bundle package-linux constraints translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's own description changes.
$(STAMP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/toolkit-desktop $(ARGS)

# One pytest worker per core (pytest-xdist); each test file's cases are shared out as workers
# free up ("worksteal"), so the long crash test does not hold the others back.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist worksteal

# Everything but the tests marked slow (the 200 SIGKILLs of the crash test), while working.
test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist worksteal -m "not slow"

# ruff everywhere; the import contracts; strict types in every package but the ui (Qt's
# signatures would need stubs of their own).
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy

# The main screens, drawn under a virtual X server when there is one, else offscreen.
screenshots: $(STAMP)
	if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py; \
	fi

# What the practitioner waits for, each step beside the floor of the same stack measured in the
# same run (README, "How fast it is"); then the referral pack's own table, the forms, a crash test.
benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup_benchmark.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/steps_benchmark.py
	$(BIN)/python benchmarks/pack_benchmark.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/form_view_benchmark.py
	$(BIN)/python benchmarks/crash_benchmark.py --kills 1000

# Builds for council laptops (packaging/README.md). They install into a venv of their own,
# build/venv, with every version pinned by constraints.txt, so two builds a month apart bundle
# the same libraries and the development .venv is left as it is.
BUILD_VENV := build/venv
BUILD_STAMP := $(BUILD_VENV)/.installed

$(BUILD_STAMP): pyproject.toml setup.py constraints.txt
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_VENV)/bin/python -m pip install --quiet -c constraints.txt . pyinstaller
	touch $(BUILD_STAMP)

# The one-folder PyInstaller bundle: dist/toolkit-desktop/ (no Python needed where it runs).
bundle: $(BUILD_STAMP)
	$(BUILD_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/toolkit-desktop.spec

# The Debian package of that bundle, with its menu entry and icon: dist/toolkit-desktop_*.deb.
package-linux: bundle
	$(BUILD_VENV)/bin/python packaging/linux/build_deb.py --bundle dist/toolkit-desktop --out dist

# Pin again what the tests passed with (after changing pyproject.toml and running make test).
constraints: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/python scripts/make_constraints.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info

# The app's words in other languages (ui/common/language.py): collect every translatable string
# of the ui, and the words marked in plain-Python modules (translatable.py), into each catalogue
# (.ts, edited in Qt Linguist: `.venv/bin/pyside6-linguist FILE`), then compile the .qm files the app loads. Both are committed, so a build needs neither step.
TRANSLATIONS := src/toolkit_desktop/ui/translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none \
		$$($(BIN)/python -c 'from toolkit_desktop.ui.common.language import catalogue_sources as s; print(*s())') \
		-ts $(TRANSLATIONS)/toolkit_cy.ts
	$(BIN)/pyside6-lrelease $(TRANSLATIONS)/toolkit_cy.ts -qm $(TRANSLATIONS)/toolkit_cy.qm
