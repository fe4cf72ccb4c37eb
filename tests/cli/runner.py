"""The real command line in a fresh interpreter, as a shell runs it: the one helper every
command-line test uses when it needs a process of its own (exit status, stderr, what was
imported). The child sees this repository, Qt offscreen, and never the user's
PHTCOACH_DATA_DIR unless a test sets it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 180  # the report paints a PDF: the slowest command a test runs


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child process: this one's, the repository importable, Qt
    offscreen, no PHTCOACH_DATA_DIR; `extra` last (it may set PHTCOACH_DATA_DIR itself)."""
    env = {k: v for k, v in os.environ.items() if k != "PHTCOACH_DATA_DIR"}
    env.update({"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"})
    env.update(extra or {})
    return env


def phtcoach(
    *args: str, data_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m phtcoach ARGS [--data-dir DATA_DIR]`, its output as text."""
    extra = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return subprocess.run(
        [sys.executable, "-m", "phtcoach", *args, *extra],
        capture_output=True,
        text=True,
        env=child_env(env),
        timeout=TIMEOUT_S,
        check=False,
    )


def python(code: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -c CODE` (a test that looks inside the process: which modules it loaded)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env(env),
        timeout=TIMEOUT_S,
        check=False,
    )
