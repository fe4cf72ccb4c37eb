"""Run the real app as a user would (a subprocess on its own data dir) and read its log.

The subprocess is tests/e2e/app_main.py: the product's composition root with the test's
clock and a stand-in for the Space key. The app logs at info level to stderr when
PHTCOACH_LOG=info; the runner writes "session started id=N" when Space is pressed and
"set saved id=N" after each set's commit.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SET_SAVED = re.compile(r"set saved id=(\d+)")
SESSION_STARTED = re.compile(r"session started id=(\d+)")


@dataclass
class AppProcess:
    proc: subprocess.Popen[str]
    lines: list[tuple[float, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._lock:
                self.lines.append((time.monotonic(), line.rstrip("\n")))

    def wait_for(self, pattern: re.Pattern[str], timeout: float) -> tuple[float, re.Match[str]]:
        """The monotonic time the first line matching `pattern` was read, and the match."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for at, line in self.lines:
                    m = pattern.search(line)
                    if m:
                        return at, m
            if self.proc.poll() is not None:
                break
            time.sleep(0.01)
        raise AssertionError(
            f"no line matching {pattern.pattern!r} within {timeout} s; the app said:\n"
            + self.text()
        )

    def text(self) -> str:
        with self._lock:
            return "\n".join(line for _, line in self.lines)

    def saved_set_ids(self) -> list[int]:
        return [int(m.group(1)) for m in SET_SAVED.finditer(self.text())]


@contextmanager
def run_app(
    data_dir: Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    module: str = "tests.e2e.app_main",
    prefix: Sequence[str] = (),
) -> Iterator[AppProcess]:
    """The app on `data_dir` (offscreen unless env says otherwise); killed at the end.

    `args` are app_main's: `--start TEMPLATE` (required), `--scale N`. `module` runs another
    harness with the same arguments (tests/reliability/session_app.py); `prefix` goes before
    the interpreter (`strace -f -o FILE`).
    """
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PHTCOACH_LOG": "info",
        "PYTHONPATH": str(REPO),
        **(env or {}),
    }
    full_env.pop("PHTCOACH_DATA_DIR", None)
    proc = subprocess.Popen(
        [*prefix, sys.executable, "-m", module, "--data-dir", str(data_dir), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=full_env,
        cwd=REPO,
    )
    app = AppProcess(proc)
    reader = threading.Thread(target=app._read, daemon=True)
    reader.start()
    try:
        yield app
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        reader.join(timeout=5)
        if proc.stderr is not None:
            proc.stderr.close()
