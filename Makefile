# ITE for QGIS — the single entry point. Run `make help`.
# No `ruff format`: its magic trailing commas make pylupdate5 skip translate() calls.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SUITES ?= trixie forky
QGIS_ENV := tools/qgis-env
IN_ENV = $(QGIS_ENV) run
BUILD := build/ite_qgis
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := dist/ite_qgis-$(VERSION).zip
TOOLS_VENV ?= $(HOME)/.cache/ite_qgis/tools-venv
PYTEST_ARGS ?=
# Inside the roots: the assembled plugin is importable, shared data is mounted at /shared/data.
TEST_ENV := env PYTHONPATH=/src/build ITE_SHARED_DATA=/shared/data PYTHONDONTWRITEBYTECODE=1

.PHONY: help setup env build qm ts test test-unit test-qgis lint demo bench package deploy clean \
	screenshots compare

help:
	@echo "make demo      run the main job on the embedded Dunkirk sample (writes out/)"
	@echo "make test      build what is missing, run the whole suite in QGIS 3.40 and 3.44"
	@echo "make env       build the pinned QGIS roots (trixie: 3.40 LTR, forky: 3.44)"
	@echo "make build     assemble the installable plugin folder $(BUILD)/"
	@echo "make package   zip it into dist/; make deploy installs it into your QGIS profile"
	@echo "make ts / qm   update i18n/ite_qgis_fr.ts / compile the .qm files"
	@echo "make lint      ruff;  make bench  benchmarks;  make clean"
	@echo "make compare   every algorithm's outputs, BASE=<git ref> (default 3557c00) vs this tree"
	@echo "make screenshots  the README's screenshots (docs/img/) from the real QGIS desktop"

setup: env

env:
	$(QGIS_ENV) build $(SUITES)

qm: env
	$(IN_ENV) trixie sh -c 'for ts in i18n/*.ts; do lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done'

ts: env
	$(IN_ENV) trixie sh -c 'pylupdate5 -noobsolete $$(find ite_qgis -name "*.py" | sort) -ts i18n/ite_qgis_fr.ts'

build: qm
	rm -rf $(BUILD) && mkdir -p $(BUILD)
	cp -r ite_qgis/. $(BUILD)/
	cp -r metadata.txt LICENSE resources $(BUILD)/
	mkdir -p $(BUILD)/i18n && cp i18n/*.qm $(BUILD)/i18n/
	find $(BUILD) \( -name __pycache__ -o -name '*.pyc' -o -name .pytest_cache \) -prune -exec rm -rf {} +
	$(IN_ENV) trixie python3 -c 'import sys; sys.path.insert(0, "build"); \
	  from ite_qgis.core.samples.synthetic_heat import write_synthetic_heat_grid as w; \
	  w("$(BUILD)/resources/samples/dunkirk")'
	@echo "assembled $(BUILD)/ (version $(VERSION))"

package: build
	mkdir -p dist && rm -f $(ZIP)
	cd build && python3 -c 'import shutil; shutil.make_archive("../dist/ite_qgis-$(VERSION)", "zip", ".", "ite_qgis")'
	@ls -l $(ZIP)

deploy: package
	@dest="$${QGIS_PROFILE_DIR:-$(HOME)/.local/share/QGIS/QGIS3/profiles/default}/python/plugins"; \
	  mkdir -p "$$dest" && rm -rf "$$dest/ite_qgis" && python3 -c "import zipfile,sys; zipfile.ZipFile('$(ZIP)').extractall(sys.argv[1])" "$$dest" && \
	  echo "installed into $$dest/ite_qgis; enable it in QGIS: Plugins > Manage and Install Plugins"

test: package
	@set -e; for suite in $(SUITES); do \
	  echo "=== $$suite: $$($(IN_ENV) $$suite dpkg-query -W -f='QGIS $${Version}' qgis) ==="; \
	  $(IN_ENV) $$suite $(TEST_ENV) xvfb-run -a -s '-screen 0 1600x1000x24' \
	    python3 -P -m pytest -p no:cacheprovider -q tests $(PYTEST_ARGS); \
	done

test-unit: build
	@set -e; for suite in $(SUITES); do $(IN_ENV) $$suite $(TEST_ENV) python3 -P -m pytest -p no:cacheprovider -q tests/unit $(PYTEST_ARGS); done

test-qgis: package
	@set -e; for suite in $(SUITES); do $(IN_ENV) $$suite $(TEST_ENV) xvfb-run -a python3 -P -m pytest -p no:cacheprovider -q tests/qgis $(PYTEST_ARGS); done

bench: build
	@for script in bench/bench_*.py bench/eval_knowledge.py bench/eval_learning_curve.py; do echo "=== $$script"; \
	  $(IN_ENV) trixie env PYTHONPATH=/src/build ITE_SHARED_DATA=/shared/data python3 -P $$script || exit 1; done

# The README's screenshots, taken in the QGIS 3.40 desktop under Xvfb (docs/img/).
screenshots: package
	$(IN_ENV) trixie xvfb-run -a -s '-screen 0 1600x1000x24' python3 -P tools/screenshots.py

# Every algorithm's outputs on the Dunkirk sample, BASE against this tree (tools/compare_outputs.py).
BASE ?= 3557c00
compare:
	python3 tools/compare_outputs.py --base $(BASE)

demo: build
	$(IN_ENV) trixie bash tools/demo.sh

$(TOOLS_VENV)/bin/ruff:
	python3 -m venv $(TOOLS_VENV) && $(TOOLS_VENV)/bin/pip install -q 'ruff==0.17.6'

lint: $(TOOLS_VENV)/bin/ruff
	$(TOOLS_VENV)/bin/ruff check ite_qgis tests tools bench
	python3 tools/i18n_check.py

clean:
	rm -rf build dist out .pytest_cache
