# quotex — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EVAL := ../shared/eval

.PHONY: help install run test lint typecheck eval golden bench probe fuzz clean

help:
	@echo "make run        install (first time) and extract the seed article, pretty-printed"
	@echo "make test       install (first time) and run the test suite"
	@echo "make eval       score quote extraction on PolNeAR dev ($(EVAL))"
	@echo "make bench      throughput and memory benchmark"
	@echo "make probe      how often a pronoun speaker finds its person, on PolNeAR train ($(EVAL))"
	@echo "make fuzz       thousands of generated hostile inputs: crashes, hangs, invalid lines, offsets"
	@echo "make golden     regenerate tests/golden/seed.jsonl (review the diff!)"
	@echo "make lint       ruff + mypy"

## Install -------------------------------------------------------------------------------
$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

## Use -----------------------------------------------------------------------------------
run: install
	$(VENV)/bin/quotex extract seeds/ --format pretty

eval: install
	$(VENV)/bin/quotex eval $(EVAL)/polnear-dev.jsonl --split dev --jobs 2 --predictions /tmp/quotex-dev.jsonl
	$(PY) $(EVAL)/score_quotes.py $(EVAL)/polnear-dev.jsonl /tmp/quotex-dev.jsonl --split dev

## Check ---------------------------------------------------------------------------------
test: install lint
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check quotex tests
	$(VENV)/bin/ruff format --check quotex tests
	$(VENV)/bin/mypy quotex

golden: install
	$(VENV)/bin/quotex extract seeds/ --format jsonl --quiet > tests/golden/seed.jsonl
	git diff --stat tests/golden/seed.jsonl

bench: install
	$(PY) -m pip install --quiet psutil
	$(PY) tests/bench.py
	$(PY) tests/bench_hostile.py
	$(PY) tests/bench_corpus.py

fuzz: install
	$(PY) tests/fuzz.py $${FUZZ_CASES:-2000} $${FUZZ_SEED:-1}

probe: install
	$(PY) tests/probe_pronouns.py $(EVAL)/polnear-train.jsonl

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
