# quotex — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EVAL := ../shared/eval

.PHONY: help install run test lint typecheck eval golden calibrate bench stacks probe fuzz clean

help:
	@echo "make run        install (first time) and extract the seed article, pretty-printed"
	@echo "make test       install (first time) and run the test suite"
	@echo "make eval       score quote extraction on PolNeAR dev ($(EVAL))"
	@echo "make bench      throughput and memory benchmark"
	@echo "make stacks     a virtualenv per supported Python found: same analyses? words/s of each"
	@echo "make probe      how often a pronoun speaker finds its person, on PolNeAR train ($(EVAL))"
	@echo "make fuzz       thousands of generated hostile inputs: crashes, hangs, invalid lines, offsets"
	@echo "make golden     regenerate tests/golden/seed.jsonl (review the diff!)"
	@echo "make calibrate  refit quote confidence on PolNeAR train (quotex/data/confidence.json)"
	@echo "make lint       ruff + mypy"

## Install -------------------------------------------------------------------------------
# Which Python builds the virtualenv (its version and the interpreter's real path): a .venv
# built by another one (or left half-installed, with no stamp) is built again from scratch.
PYTHON_ID := $(shell $(PYTHON) -c 'import os, sys; print(sys.version.split()[0], os.path.realpath(sys.executable))' 2>/dev/null)
CHECK_PYTHON = test -n "$(PYTHON_ID)" || { echo "$(PYTHON) is not a Python this machine has: give one, e.g. make run PYTHON=python3.12" >&2; exit 2; }
ifneq ($(PYTHON_ID),)
ifneq ($(PYTHON_ID),$(shell cat $(VENV)/.python-id 2>/dev/null))
$(shell rm -f $(STAMP))
endif
endif

$(STAMP): setup.cfg pyproject.toml
	@$(CHECK_PYTHON)
	@if [ -d $(VENV) ] && [ "$$(cat $(VENV)/.python-id 2>/dev/null)" != "$(PYTHON_ID)" -o ! -f $(STAMP) ]; then \
		echo "rebuilding $(VENV) with $(PYTHON) ($(PYTHON_ID))"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	echo "$(PYTHON_ID)" > $(VENV)/.python-id
	touch $(STAMP)

install: $(STAMP)
	@$(CHECK_PYTHON)

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

calibrate: install
	$(PY) tests/fit_confidence.py ../shared/eval/polnear-train.jsonl
	git diff --stat quotex/data/confidence.json

golden: install
	$(VENV)/bin/quotex extract seeds/ --format jsonl --quiet > tests/golden/seed.jsonl
	git diff --stat tests/golden/seed.jsonl

bench: install
	$(PY) -m pip install --quiet psutil
	$(PY) tests/bench.py
	$(PY) tests/bench_hostile.py
	$(PY) tests/bench_corpus.py
	$(PY) tests/bench_startup.py
	$(PY) tests/bench_cluster.py
	@# words/s of each Python's stack: the default one, and those make stacks built
	$(PY) tests/bench_stacks.py $(VENV) $$(ls -d .venv-3.* 2>/dev/null | sort -V)

fuzz: install
	$(PY) tests/fuzz.py $${FUZZ_CASES:-2000} $${FUZZ_SEED:-1}

probe: install
	$(PY) tests/probe_pronouns.py $(EVAL)/polnear-train.jsonl

## Every supported Python -----------------------------------------------------------------
# the supported Pythons this machine has: on PATH, or installed by pyenv
STACK_PYTHONS = $(shell for version in 3.10 3.11 3.12 3.13 3.14; do \
	for python in python$$version $$(pyenv root 2>/dev/null)/versions/$$version*/bin/python$$version; do \
	if $$python -c '' 2>/dev/null; then echo $$python; break; fi; done; done)

stacks: install
	$(PY) -m pip install --quiet psutil
	@for python in $(STACK_PYTHONS); do \
		version=$$($$python -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
		$(MAKE) --no-print-directory install PYTHON=$$python VENV=.venv-$$version || exit 1; done
	$(PY) tests/bench_stacks.py $$(ls -d .venv-3.* | sort -V)

## Clean (a .venv that will not rebuild, or disk space back) ---------------------------------
clean:
	rm -rf $(VENV) .venv-3.* build *.egg-info .pytest_cache
