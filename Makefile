# Everything runs from a local virtual environment that `make venv` creates; a fresh clone
# needs only Python 3.11+ and pip.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed

SPEC     := openapi.yaml
GEN_CONF := openapi-python-client.yaml
GEN_PKG  := alipay_innerversion_api
GEN_DIR  := generated/$(GEN_PKG)
# openapi-python-client runs ruff from PATH as a post-hook: use the pinned one.
export PATH := $(abspath $(BIN)):$(PATH)

comma := ,

# A construct the SDK cannot serve (path/header/cookie parameters, non-JSON bodies) stops
# the generation, naming the operation and the construct. gen generates beside the current
# package and replaces it only on success, so that a refusal leaves the committed client.
CONSTRUCTS = $(PY) tools/spec.py --constructs $(SPEC)
GENERATE = $(CONSTRUCTS) && $(BIN)/openapi-python-client generate --path $(SPEC) --config $(GEN_CONF) \
	--custom-template-path templates \
	--meta none --overwrite --fail-on-warning

.PHONY: venv spec gen check-gen lint format typecheck pytest pytest-all test test-all check demo bench bench-spread mutation clean docs test-interop

venv: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e '.[cli,emulator]'
	@touch $@

# openapi.yaml = spec/alipay-digest.yaml (the structure of Alipay's description, no prose)
# + spec/overlay.yaml (our words and facts, OpenAPI Overlay 1.0). UPSTREAM=<Alipay's
# openapi.yaml> (its full v3 file or an extract) refreshes the digest first and prints what
# changed; make spec lists the fields that have no words of ours and fails on an overlay
# entry whose target is gone upstream.
spec: $(STAMP)
	$(PY) tools/spec.py $(if $(UPSTREAM),--upstream "$(UPSTREAM)")

gen: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/$(GEN_PKG)" && \
	rm -rf $(GEN_DIR) && mv "$$tmp/$(GEN_PKG)" $(GEN_DIR) && echo "gen: wrote $(GEN_DIR)"
	@$(PY) tools/unasync_client.py

check-gen: $(STAMP)
	@$(PY) tools/spec.py --check
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/$(GEN_PKG)" >/dev/null && \
	if diff -r -x __pycache__ $(GEN_DIR) "$$tmp/$(GEN_PKG)"; then \
		echo "check-gen: generated/ matches $(SPEC)"; \
	else \
		echo "check-gen: generated/ differs from what $(SPEC) generates; run 'make gen' and commit" >&2; \
		exit 1; \
	fi
	@$(PY) tools/unasync_client.py --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy facade/alipay_innerversion
	$(BIN)/mypy $(GEN_DIR)
	$(BIN)/mypy tools

pytest: $(STAMP)
	$(PY) -m pytest -q

pytest-all: $(STAMP)
	$(PY) -m pytest -q --run-slow

# What CI runs (.ci/run): generated code up to date, lint, types, the docs site, and the
# test suite (the site first: tests/test_docs.py reads that build instead of making its own).
test: check-gen lint typecheck docs pytest

# Everything, the slow soak and stress tests included.
test-all: check-gen lint typecheck pytest-all

check: test

# Opt-in: Alipay's official Node SDK (alipay-sdk, pinned in interop/node) drives the emulator
# through the release lifecycle in each signing mode. Needs Node.js 18+; runs `npm ci` the
# first time (the npm registry). INTEROP_SCENARIOS=legacy,release runs only those scenarios.
test-interop: $(STAMP)
	ALIPAY_INTEROP_SCENARIOS="$(INTEROP_SCENARIOS)" $(PY) -m pytest -q -rA tests/interop --run-interop

demo: $(STAMP)
	$(BIN)/alipay-mini demo

# The adversarial suite's figures, quoted by README.md (tests/test_readme.py checks them):
# tests/adversarial and the other files that count into its report (grep REPORT.add).
figures: $(STAMP)
	$(PY) -m pytest -q tests/adversarial tests/emulator/test_service.py \
		tests/cli/test_package_refusals.py tests/cli/test_journal_refusals.py \
		--adversarial-report=tests/adversarial/figures.json

DOCS_STAMP := $(VENV)/.docs-installed

$(DOCS_STAMP): $(STAMP) requirements-docs.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-docs.txt
	@touch $@

# The documentation site (MkDocs Material + mkdocstrings) into site/; warnings are errors.
docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir site

BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	@touch $@

# Benchmarks against baselines measured in the same run; figures in bench/results.json.
bench: $(BENCH_STAMP)
	$(PY) bench/run.py

# Three consecutive `make bench` runs; bench/results.json gets the last one's figures and
# each ratio's spread over the three.
bench-spread: $(BENCH_STAMP)
	$(PY) bench/spread.py

MUTATION_STAMP := $(VENV)/.mutation-installed

$(MUTATION_STAMP): $(STAMP) requirements-mutation.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-mutation.txt
	@touch $@

# Mutation testing of the security core (signing, responses, crypto, nonces, certs, wire),
# one module at a time against its own tests; not part of `make test` or CI (about 10 min on
# 2 cores). Figures in mutation/results.json; MODULES=crypto,wire runs only those.
mutation: $(MUTATION_STAMP)
	nice -n 10 $(PY) mutation/run.py $(subst $(comma), ,$(MODULES))

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
