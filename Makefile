# Set-up and everyday commands. `make demo` runs the main job on the fixtures, `make test` the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# stanza's English tokenize + mwt models ship in the package (quotes/models/stanza): nothing beside the
# project is needed. MODELS=DIR (or STANZA_RESOURCES_DIR=DIR) runs every command on another stanza resources folder.
MODELS ?=
ifneq ($(strip $(MODELS)),)
export STANZA_RESOURCES_DIR := $(abspath $(MODELS))
endif
export HF_HUB_OFFLINE := 1

.PHONY: install demo test test-all lint evaluate bench clean models evaluate-polnear evaluate-beats

# the learned attribution models, rebuilt from PolNeAR train (../shared/polnear); about 25 min on 2 cores
POLNEAR ?= ../shared/polnear/data
models: install
	$(BIN)/python -m quotes.learn.train $(POLNEAR)/train -o quotes/learn/models

# the real-news figures: extract PolNeAR dev and score it (the reference scorer's rules, per-stage figures)
evaluate-polnear: install
	mkdir -p out/polnear-dev
	$(BIN)/quotes extract $(POLNEAR)/dev/text/*.txt -o out/polnear-dev/quotes.csv --no-link --quiet
	$(BIN)/quotes evaluate --gold $(POLNEAR)/dev out/polnear-dev/quotes.csv

# the multi-beat figures: lay out the texts of fixtures/beats from ../shared/news, extract them, score per beat
# (SPLIT=test only at the end of a piece of work: that half is scored once)
NEWS ?= ../shared/news
SPLIT ?= dev
evaluate-beats: install
	rm -rf out/beats/$(SPLIT) && $(BIN)/python fixtures/beats/prepare.py $(NEWS) out/beats/$(SPLIT)/text --split $(SPLIT)
	$(BIN)/quotes extract out/beats/$(SPLIT)/text/*.txt -o out/beats/$(SPLIT)/quotes.csv --no-link --quiet
	$(BIN)/quotes evaluate --gold fixtures/beats/$(SPLIT) --texts out/beats/$(SPLIT)/text out/beats/$(SPLIT)/quotes.csv

install: $(VENV)/.installed

# torch first, pinned: a CPU wheel of 2.13.0 is provided here; any other version pulls CUDA packages
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: install
	mkdir -p out
	$(BIN)/quotes extract fixtures/*.txt -o out/quotes.csv
	$(BIN)/quotes evaluate --gold fixtures/gold --texts fixtures out/quotes.csv
	$(BIN)/quotes claims table out/quotes.csv --codebook fixtures/claims/no-limits.toml \
		-o out/table.xlsx -o out/table.csv --long out/claims_long.csv --texts fixtures
	@echo "check and correct the attributions in the browser:  $(BIN)/quotes review out/ fixtures/*.txt"

test: install
	$(BIN)/python -m pytest -q -m "not slow"

test-all: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check quotes tests

clean:
	rm -rf $(VENV) out .pytest_cache
