# Every target works on a fresh machine with python3 and pip: the first one that needs
# the tools creates .venv and installs the project with its dev extras.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-all generate docs check api-diff changelog bench coverage reliability emulator record clean

# mypy sees the installed package names through links in build/typecheck/ (pyproject.toml).
TYPECHECK := build/typecheck/asm_sdk_runtime

$(TYPECHECK):
	mkdir -p build/typecheck
	ln -sfn ../../runtime $(TYPECHECK)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/guide_walkthrough.py

# examples/ is left out: the walkthrough star-imports `generated`, as the guide does.
LINTED := codegen runtime emulator generated tests bench

test: $(STAMP) $(TYPECHECK)
	$(BIN)/python -m asm_sdk_codegen.check
	$(BIN)/python -m asm_sdk_codegen.apidiff $(API_DIFF_BASE)
	$(BIN)/python -m mypy
	$(BIN)/python -m pyflakes $(LINTED)
	$(BIN)/python -m pytest -q

# The suite on every supported Python, each in its own venv (.venv-3.11, ...). A Python that
# is not installed is skipped with a message; `make test-all PYTHONS=3.13` picks some.
PYTHONS ?= 3.11 3.12 3.13
test-all:
	@for v in $(PYTHONS); do \
	  if py=$$(.ci/find-python $$v); then \
	    echo "== Python $$v: $$py"; \
	    $(MAKE) --no-print-directory test PYTHON=$$py VENV=.venv-$$v || exit 1; \
	  else \
	    echo "== Python $$v: SKIPPED (not installed; see .ci/find-python)"; \
	  fi; \
	done

generate: $(STAMP)
	$(BIN)/python -m asm_sdk_codegen.generate

# docs/api/: the API reference, from the same spec (codegen/docs.py); `make check` compares.
docs: $(STAMP)
	$(BIN)/python -m asm_sdk_codegen.docs

check: $(STAMP) $(TYPECHECK)
	$(BIN)/python -m asm_sdk_codegen.check
	$(BIN)/python -m asm_sdk_codegen.apidiff $(API_DIFF_BASE)
	$(BIN)/python -m mypy
	$(BIN)/python -m pyflakes $(LINTED)

# What changed for users since BASE (default: the nearest v* tag, else HEAD), on the wire
# and in Python; exit 1 on a breaking change not in spec/api-diff-allowlist.toml
# (docs/api-diff.md). `make check` and `make test` run it too. FORMAT=markdown|json.
API_DIFF_BASE = $(if $(BASE),--base $(BASE))
api-diff: $(STAMP)
	$(BIN)/python -m asm_sdk_codegen.apidiff $(API_DIFF_BASE) $(if $(FORMAT),--format $(FORMAT))

# The next CHANGELOG.md section (version from pyproject.toml): the API diff since BASE per
# client, plus the fragments of changelog.d/ (consumed).
changelog: $(STAMP)
	$(BIN)/python -m asm_sdk_codegen.changelog $(API_DIFF_BASE)

bench: $(STAMP)
	$(BIN)/python bench/run.py

coverage: $(STAMP)
	$(BIN)/python -m asm_sdk_codegen.coverage

reliability: $(STAMP)
	$(BIN)/python tests/render_reliability.py

emulator: $(STAMP)
	$(BIN)/python -m asm_sdk_emulator

# Re-record cassettes/*.yaml: against the local endpoint, or a real subscription when
# ASM_RECORD_HOST, ASM_RECORD_SUBSCRIPTION and ASM_RECORD_CERT are set (docs/recording.md).
record: $(STAMP)
	ASM_RECORD=1 $(BIN)/python -m pytest -q tests/scenarios $(RECORD_ARGS)

clean:
	rm -rf $(VENV) .venv-3.* build *.egg-info
