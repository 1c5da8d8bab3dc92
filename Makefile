# Every target works on a fresh machine with python3 and pip: the first one that needs
# the tools creates .venv and installs the project with its dev extras.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test generate check bench coverage reliability emulator record clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/guide_walkthrough.py

# examples/ is left out: the walkthrough star-imports `generated`, as the guide does.
LINTED := codegen runtime emulator generated tests bench

test: $(STAMP)
	$(BIN)/python -m codegen.check
	$(BIN)/python -m mypy
	$(BIN)/python -m pyflakes $(LINTED)
	$(BIN)/python -m pytest -q

generate: $(STAMP)
	$(BIN)/python -m codegen.generate

check: $(STAMP)
	$(BIN)/python -m codegen.check
	$(BIN)/python -m mypy
	$(BIN)/python -m pyflakes $(LINTED)

bench: $(STAMP)
	$(BIN)/python bench/run.py

coverage: $(STAMP)
	$(BIN)/python -m codegen.coverage

reliability: $(STAMP)
	$(BIN)/python tests/render_reliability.py

emulator: $(STAMP)
	$(BIN)/python -m emulator

# Re-record cassettes/*.yaml: against the local endpoint, or a real subscription when
# ASM_RECORD_HOST, ASM_RECORD_SUBSCRIPTION and ASM_RECORD_CERT are set (docs/recording.md).
record: $(STAMP)
	ASM_RECORD=1 $(BIN)/python -m pytest -q tests/scenarios $(RECORD_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
