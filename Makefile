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

GENERATE = $(BIN)/openapi-python-client generate --path $(SPEC) --config $(GEN_CONF) \
	--meta none --overwrite --fail-on-warning

.PHONY: venv gen check-gen lint format typecheck pytest pytest-all test test-all check demo bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e '.[cli,emulator]'
	@touch $@

gen: $(STAMP)
	rm -rf $(GEN_DIR)
	$(GENERATE) --output-path $(GEN_DIR)

check-gen: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/$(GEN_PKG)" >/dev/null && \
	if diff -r -x __pycache__ $(GEN_DIR) "$$tmp/$(GEN_PKG)"; then \
		echo "check-gen: generated/ matches $(SPEC)"; \
	else \
		echo "check-gen: generated/ differs from what $(SPEC) generates; run 'make gen' and commit" >&2; \
		exit 1; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy facade/alipay_innerversion
	$(BIN)/mypy $(GEN_DIR)

pytest: $(STAMP)
	$(PY) -m pytest -q

pytest-all: $(STAMP)
	$(PY) -m pytest -q --run-slow

# What CI runs (.ci/run): generated code up to date, lint, types, and the test suite.
test: check-gen lint typecheck pytest

# Everything, the slow soak and stress tests included.
test-all: check-gen lint typecheck pytest-all

check: test

demo: $(STAMP)
	$(BIN)/alipay-mini demo

BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	@touch $@

# Benchmarks against baselines measured in the same run; figures in bench/results.json.
bench: $(BENCH_STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
