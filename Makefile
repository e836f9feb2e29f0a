# mineaction_qgis — every command a developer, a trainer or CI needs.
# `make demo` and `make test` work on a fresh Debian 12 machine: both run set-up first.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
# Headless Qt for tests, the demo and benchmarks.
export QT_QPA_PLATFORM ?= offscreen
PROFILE ?= default
QGIS_PROFILES ?= $(HOME)/.local/share/QGIS/QGIS3/profiles

.PHONY: setup test fuzz demo package deploy translations translations-compile bench training screenshots atlas-references desktop-check clean

setup:
	@bash scripts/setup.sh

# ruff, rules and line length in pyproject.toml; `ruff check --fix . && ruff format .` fixes most findings.
.PHONY: lint
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

translations-compile: setup
	@$(PY) scripts/translations.py compile

translations: setup
	$(PY) scripts/translations.py update; $(PY) scripts/translations.py compile

test: setup translations-compile
	@$(MAKE) --no-print-directory lint
	$(PY) -m pytest

# The loader's seeded fuzzer at length (make test runs 300 cases); SEED=n CASES=n to vary.
fuzz: setup
	$(PY) -m tests.corpus.fuzz --cases $${CASES:-2000} --seed $${SEED:-1}

demo: setup translations-compile
	$(PY) scripts/demo.py demo-output

package: setup translations-compile
	$(PY) scripts/package.py dist/mineaction_qgis.zip

deploy: package
	mkdir -p "$(QGIS_PROFILES)/$(PROFILE)/python/plugins"
	rm -rf "$(QGIS_PROFILES)/$(PROFILE)/python/plugins/mineaction_qgis"
	cd "$(QGIS_PROFILES)/$(PROFILE)/python/plugins" && $(CURDIR)/$(PY) -m zipfile -e $(CURDIR)/dist/mineaction_qgis.zip .
	@echo "Installed into profile '$(PROFILE)'. Enable 'Mine Action (IMSMA)' in QGIS's Plugin Manager."

bench: setup translations-compile
	$(PY) benchmarks/run.py

training: setup translations-compile
	$(PY) scripts/training.py training-project

screenshots: setup translations-compile
	$(PY) scripts/screenshots.py docs/images

# Redraw tests/data/atlas/*.png and docs/images/atlas-*.png after an intended change of the atlas page.
atlas-references: setup translations-compile
	$(PY) scripts/atlas_references.py

# The real QGIS desktop under Xvfb (DISPLAY :77 unless MINEACTION_DISPLAY is set), a fresh profile, the plugin
# from the zip; a scripted walk import -> validate -> gaps -> atlas twice; screenshots in desktop-check/.
desktop-check: package
	$(PY) scripts/desktop_check.py desktop-check

clean:
	rm -rf dist desktop-check demo-output bench-output training-project .pytest_cache i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
