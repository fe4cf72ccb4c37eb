"""The real app for end-to-end tests, built through the composition root like `phtcoach`.

A test supplies what a person would: the time the session runs on (`--scale N`: a clock
N times faster than real time, so a session of minutes fits in seconds) and the Space key
that starts it (a test cannot press keys in another process). Everything else, from the
database to the sound, is the product's own code path (`phtcoach.app.run_gui`).

    python -m tests.e2e.app_main --data-dir DIR --start TEMPLATE [--scale N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from phtcoach import app
from phtcoach.core.clock import Clock, SystemClock
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.runner import RunnerWidget
from tests.fakes import ScaledClock


def start_when_ready(runner: RunnerWidget, *, timeout_ms: int = 5000, settle_ms: int = 400) -> None:
    """Press Space once the sound clips are loaded and the device has settled: a person is
    never that quick, and a test that started earlier would hear a clipped first cue."""
    waited = 0

    def check() -> None:
        nonlocal waited
        run = runner.run
        if run is None or run.started:
            return
        # Only the Qt player loads clips; a visual-only player has nothing to wait for.
        if getattr(runner.player, "loaded", True) or waited >= timeout_ms:
            QTimer.singleShot(settle_ms, runner.start)
            return
        waited += 20
        QTimer.singleShot(20, check)

    check()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="app_main")
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--start", required=True, metavar="TEMPLATE")
    p.add_argument("--scale", type=float, help="run the clock this many times faster")
    args = p.parse_args(argv)
    clock: Clock = ScaledClock(args.scale) if args.scale else SystemClock()

    def press_space(window: MainWindow) -> None:
        start_when_ready(window.runner)

    app.configure_logging()
    return app.run_gui(
        args.data_dir, start=args.start, argv=sys.argv, clock=clock, on_window=press_space
    )


if __name__ == "__main__":
    raise SystemExit(main())
