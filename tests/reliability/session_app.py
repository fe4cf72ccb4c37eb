"""The real app for the reliability rows: one whole session, then every page, then Quit.

Like tests/e2e/app_main.py (the composition root, a ScaledClock, the Space key pressed once
the sounds are loaded), plus what a test in another process cannot see or do by itself:

- every change of the runner's floor notice is written to stderr as `floor notice: TEXT`
  (what the user reads on screen when the sound goes, for instance);
- once the session has finished, each page is shown in turn (`--pages`) and the app quits
  through File > Quit's own path (`MainWindow.quit_app`), so its exit status is the app's;
- `--audit FILE`: a Python audit hook, installed before anything else is imported, writes
  every socket address the process connects, binds or looks up (one JSON line each).

    python -m tests.reliability.session_app --data-dir DIR --start TEMPLATE --scale N
        [--pages] [--audit FILE]
"""

from __future__ import annotations

import sys


def _audit_to(path: str) -> None:
    """Record the sockets Python itself opens, connects, binds and the names it looks up
    (a second guard beside strace, which also sees Qt's and the libraries' own)."""
    import json
    import socket

    out = open(path, "a", encoding="utf-8")  # noqa: SIM115  (open for the process's life)

    def family(value: object) -> str:
        try:
            return socket.AddressFamily(int(value)).name  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return str(value)

    def hook(event: str, args: tuple[object, ...]) -> None:
        if event == "socket.__new__":
            record = {"event": event, "family": family(args[1]), "address": ""}
        elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            fam = getattr(args[0], "family", None)
            record = {"event": event, "family": family(fam), "address": repr(args[1])}
        elif event.startswith(("socket.getaddrinfo", "socket.gethostby", "socket.getnameinfo")):
            record = {"event": event, "family": "", "address": repr(args[:2])}
        else:
            return
        out.write(json.dumps(record) + "\n")
        out.flush()

    sys.addaudithook(hook)
    socket.socket(socket.AF_UNIX).close()  # a probe: the first line shows the hook works


if "--audit" in sys.argv:
    _audit_to(sys.argv[sys.argv.index("--audit") + 1])

import argparse  # noqa: E402
import logging  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402

from phtcoach import app  # noqa: E402
from phtcoach.qt_app import configure_logging  # noqa: E402
from phtcoach.ui.main_window import MainWindow  # noqa: E402
from phtcoach.ui.window_menus import PAGES  # noqa: E402
from tests.e2e.app_main import start_when_ready  # noqa: E402
from tests.fakes import ScaledClock  # noqa: E402

log = logging.getLogger("tests.session_app")

POLL_MS = 20
PAGE_MS = 150


def follow(window: MainWindow, *, pages: bool) -> None:
    """Press Space, report the floor's notices, and after the session show the pages and quit."""
    start_when_ready(window.runner)
    shown = [""]
    timer = QTimer(window)

    def tick() -> None:
        text = window.runner.floor.notice.text()
        if text != shown[0]:
            shown[0] = text
            one_line = " | ".join(text.splitlines())
            print(f"floor notice: {one_line}", file=sys.stderr, flush=True)
        run = window.runner.run
        if run is not None and run.finished:
            timer.stop()
            QTimer.singleShot(PAGE_MS, lambda: tour(list(PAGES) if pages else []))

    def tour(left: list[str]) -> None:
        if not left:
            print("quitting", file=sys.stderr, flush=True)
            window.quit_app()
            return
        window.show_page(left[0])
        print(f"page shown: {window.current_page()}", file=sys.stderr, flush=True)
        QTimer.singleShot(PAGE_MS, lambda: tour(left[1:]))

    timer.timeout.connect(tick)
    timer.start(POLL_MS)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="session_app")
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--start", required=True, metavar="TEMPLATE")
    p.add_argument("--scale", type=float, required=True)
    p.add_argument("--pages", action="store_true", help="show every page after the session")
    p.add_argument("--audit", metavar="FILE", help="log socket use seen by Python to FILE")
    args = p.parse_args(argv)
    configure_logging()
    status = app.run_gui(
        args.data_dir,
        start=args.start,
        argv=sys.argv[:1],
        clock=ScaledClock(args.scale),
        on_window=lambda window: follow(window, pages=args.pages),
    )
    print(f"exit status {status}", file=sys.stderr, flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
