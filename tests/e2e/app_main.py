"""The real app for end-to-end tests, built through the composition root like `phtcoach`.

A test supplies what a person would: the time the session runs on (`--scale N`: a clock
N times faster than real time, so a session of minutes fits in seconds) and the Space key
that starts it (a test cannot press keys in another process). Everything else, from the
database to the sound, is the product's own code path (`phtcoach.app.run_gui`).

    python -m tests.e2e.app_main --data-dir DIR --start TEMPLATE [--scale N] [--settle-ms MS]
    python -m tests.e2e.app_main --data-dir DIR --resume [--scale N] [--settle-ms MS]

`--resume` answers the start's resume offer with Resume, as a person would click it, and
presses Space; it writes "resume offer: ..." and "session resumed id=N" to stderr. Both
modes write "harness: opening data dir" just before the composition root opens the data
dir, so a test can aim at the database's open, migration and start-up backup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from phtcoach import app
from phtcoach.core.clock import Clock, SystemClock
from phtcoach.core.engine import EngineState
from phtcoach.qt_app import configure_logging, make_qapplication
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.runner import RunnerWidget
from phtcoach.ui.runner_resume import ResumeDialog
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
        # Only the Qt player loads clips; a visual-only player (or one that found no output
        # and went visual-only) has nothing to wait for.
        player = runner.player
        if getattr(player, "loaded", True) or not player.available or waited >= timeout_ms:
            QTimer.singleShot(settle_ms, runner.start)
            return
        waited += 20
        QTimer.singleShot(20, check)

    check()


def click_resume_when_asked(qapp: QApplication) -> None:
    """Answer the start's "Unfinished session" dialog with Resume once it shows."""

    def click() -> None:
        dialog = qapp.activeModalWidget()
        if isinstance(dialog, ResumeDialog):
            label = dialog.findChild(QLabel)
            print(f"resume offer: {label.text() if label else ''}", file=sys.stderr, flush=True)
            if dialog.resume_button is not None:
                dialog.resume_button.click()
            else:
                dialog.reject()
            return
        QTimer.singleShot(10, click)

    QTimer.singleShot(10, click)


def continue_when_ready(runner: RunnerWidget, *, settle_ms: int = 400) -> None:
    """Space on a resumed session (it opens paused), once the window has settled."""
    run = runner.run
    if run is None or run.session_id is None:
        print("nothing resumed", file=sys.stderr, flush=True)
        return

    def press() -> None:
        if run.engine.state is EngineState.PAUSED:
            runner.toggle_pause()
        print(f"session resumed id={run.session_id}", file=sys.stderr, flush=True)

    QTimer.singleShot(settle_ms, press)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="app_main")
    p.add_argument("--data-dir", required=True, type=Path)
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--start", metavar="TEMPLATE")
    mode.add_argument("--resume", action="store_true", help="resume the unfinished session")
    p.add_argument("--scale", type=float, help="run the clock this many times faster")
    p.add_argument("--settle-ms", type=int, default=400, help="wait before pressing Space")
    args = p.parse_args(argv)
    clock: Clock = ScaledClock(args.scale) if args.scale else SystemClock()

    def press_space(window: MainWindow) -> None:
        if args.resume:
            continue_when_ready(window.runner, settle_ms=args.settle_ms)
        else:
            start_when_ready(window.runner, settle_ms=args.settle_ms)

    configure_logging()
    qapp = make_qapplication(sys.argv)  # run_gui takes this one: the open follows at once
    if args.resume:
        click_resume_when_asked(qapp)
    print("harness: opening data dir", file=sys.stderr, flush=True)
    return app.run_gui(
        args.data_dir, start=args.start, argv=sys.argv, clock=clock, on_window=press_space
    )


if __name__ == "__main__":
    raise SystemExit(main())
