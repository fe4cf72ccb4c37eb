"""`phtcoach report`: the clinician's PDF report of a period, without opening the window.

The same services and layout as File > Report... in the app. Qt paints the PDF, so this
command makes an offscreen QGuiApplication when there is no display. Bad input (a date
that is not one, a period backwards, an --out that cannot be written): one line, exit 2,
no file.
"""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path

from phtcoach.cli import guard
from phtcoach.cli.common import EXIT_OK, UsageError, _open_existing, _services
from phtcoach.cli.helptext import add_command
from phtcoach.core.words import translate  # i18n installs Qt's translate here

DEFAULT_WEEKS = 12
PAPERS = ("a4", "letter")


def add_parser(sub: argparse._SubParsersAction, data: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    r = add_command(
        sub,
        "report",
        parents=[data],
        summary=translate("cli", "write a PDF report for a clinician"),
        example_line="phtcoach report --out report.pdf --from 2026-01-05 --to 2026-03-29",
    )
    r.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("cli", "the PDF file to write")
    )
    r.add_argument(
        "--from",
        dest="first",
        type=guard.day_type("--from"),  # refused like every date option: the flag named once
        metavar="YYYY-MM-DD",
        help=translate("cli", "first day (default: 12 weeks before --to)"),
    )
    r.add_argument(
        "--to",
        dest="last",
        type=guard.day_type("--to"),
        metavar="YYYY-MM-DD",
        help=translate("cli", "last day (default: today)"),
    )
    r.add_argument(
        "--paper", choices=PAPERS, default="a4", help=translate("cli", "page size (default: a4)")
    )


def _target(text: str) -> Path:
    out = guard.named("--out", text)
    guard.check_out(out, "--out")
    if out.is_dir():
        raise UsageError(
            translate("cli", "--out: {out} is a folder; name the PDF file to write").format(out=out)
        )
    parent = out.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"--out: cannot write {out}: {parent} is not a writable folder")
    return out


def period(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    """--from/--to with their defaults: the 12 weeks up to --to (today by default)."""
    last = last or today
    first = first or last - timedelta(days=7 * DEFAULT_WEEKS - 1)
    if first > last:
        raise UsageError(
            translate("cli", "--from: {first} is after --to {last}").format(first=first, last=last)
        )
    return first, last


def _report(args: argparse.Namespace, root: Path) -> int:
    first, last = args.first, args.last
    out = _target(args.out)
    store = _open_existing(root)
    try:
        services = _services(store)
        first, last = period(first, last, services.advice.today())
        data = services.report.gather(first, last)
    finally:
        store.close()
    _qt_app()
    from phtcoach.report.pdf import Paper, write_report

    with guard.writing("--out", out):
        pages = write_report(data, out, paper=Paper(args.paper))
    print(
        translate("cli", "wrote {out}: {pages} pages, {first} to {last}").format(
            out=out, pages=pages, first=first.isoformat(), last=last.isoformat()
        )
    )
    return EXIT_OK


def _qt_app() -> None:
    """Qt's fonts need an application object; without a display, an offscreen one."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _qt_app.app = QGuiApplication(["phtcoach"])  # type: ignore[attr-defined]
