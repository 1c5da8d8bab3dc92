"""The predecessor SDK, for context only: installed into a scratch venv outside the repo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGE = "azure-servicemanagement-legacy==0.20.8"
VENV = Path(os.environ.get("ASM_BENCH_LEGACY_VENV", "/tmp/asm-bench-legacy"))


def python(install: bool) -> tuple[str | None, str]:
    """(interpreter of a venv holding the predecessor, note).  Creates the venv on first use
    when `install` is true; any failure (offline, no registry) is a note, not an error."""
    py = VENV / "bin" / "python"
    probe = [str(py), "-c", "import azure.servicemanagement"]
    if py.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return str(py), f"{PACKAGE} in {VENV}"
    if not install:
        return None, f"predecessor skipped: no {VENV} (run without --no-install to create it)"
    print(f"  installing {PACKAGE} into {VENV} (once) ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True,
                       capture_output=True, timeout=120)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "--retries", "1", "--timeout", "15", PACKAGE],
                       check=True, capture_output=True, timeout=300)
    except (subprocess.SubprocessError, OSError) as exc:
        return None, f"predecessor skipped: could not install {PACKAGE} ({type(exc).__name__})"
    if subprocess.run(probe, capture_output=True).returncode != 0:
        return None, f"predecessor skipped: {PACKAGE} does not import"
    return str(py), f"{PACKAGE} in {VENV}"
