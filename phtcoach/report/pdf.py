"""The clinician's report as a PDF file, A4 or Letter, written whole or not at all.

The pages are painted in memory, written to a temporary file beside the target and renamed
over it only once the painter has finished: a cancelled or failed report leaves no partial
file. Python writes the file, not Qt: a file name that is not UTF-8 is written as given
(Qt would change its bytes), and a place that cannot be written is an OSError naming why.
Needs a QGuiApplication (fonts); the command line makes an offscreen one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from phtcoach import APP_NAME
from phtcoach.report.content import build, day, progress_model
from phtcoach.report.pages import Flow
from phtcoach.report.words import _tr
from phtcoach.services.report import ReportCancelledError, ReportData

DPI = 300


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        ids = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
        return QPageSize(ids[self])


class ReportWriteError(OSError):
    """The PDF could not be written where asked."""


def check_target(out: Path) -> None:
    """Refuse, before any work, a target that cannot be written (ReportWriteError)."""
    if out.is_dir():
        raise ReportWriteError(f"{out} is a folder")
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK | os.X_OK):
        raise ReportWriteError(f"{out.parent} is not a writable folder")


def write_report(
    data: ReportData,
    out: Path,
    *,
    paper: Paper = Paper.A4,
    keep_going: Callable[[int], bool] | None = None,
) -> int:
    """Write `data` as a PDF to `out`; returns the page count.

    `keep_going(page_index)` is asked after each page is painted; False cancels
    (ReportCancelledError) and nothing is left behind.
    """
    check_target(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    pages, pdf = _paint(data, paper, keep_going)
    try:
        tmp.write_bytes(pdf)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


def _paint(
    data: ReportData, paper: Paper, keep_going: Callable[[int], bool] | None
) -> tuple[int, bytes]:
    """(pages, the PDF's bytes)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(paper.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    period = {"app": APP_NAME, "first": day(data.first), "last": day(data.last)}
    writer.setTitle(_tr("{app} report {first} to {last}").format(**period))
    writer.setCreator(APP_NAME)
    title = _tr("{app} report, {first} to {last}").format(**period)
    flow = Flow(writer, title)
    build(flow, data, progress_model(data))
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportWriteError("cannot paint the report")

    def on_page(i: int) -> None:
        if keep_going is not None and not keep_going(i):
            raise ReportCancelledError

    try:
        pages = flow.render(painter, on_page)
    finally:
        painter.end()
    return pages, bytes(buffer.data().data())
