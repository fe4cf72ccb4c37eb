"""File > Report...: the clinician's PDF report of a period, as `phtcoach report` writes it.

The user picks the period and the paper, then the file; a modal progress dialog follows
the slow part (each day's advice) and the pages, and Cancel stops it. The PDF is written
to a temporary file and renamed at the end, so a cancelled or failed report leaves nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_NAME
from phtcoach.report.pdf import Paper, check_target, write_report
from phtcoach.services.errors import DataFormatError, StorageError, ValidationError
from phtcoach.services.report import ReportCancelledError
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import date_format


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def default_paper() -> Paper:
    """Letter where the locale measures in US units, else A4."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if us else Paper.A4


class ReportDialog(QDialog):
    """Period and paper; "Save report..." asks where, then writes with a progress dialog.
    `written` is the PDF's path once one was written."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Report for a clinician"))
        self.setAccessibleName(self.tr("Report for a clinician"))
        root = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PDF of your pain, sessions, loads, activity, red flags and the advice "
                "given, to show a physio or doctor. It is education and structure, not "
                "diagnosis."
            ),
            self,
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        first, last = state.services.report.default_period()
        form = QFormLayout()
        self.first = QDateEdit(_qdate(first), self)
        self.last = QDateEdit(_qdate(last), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())  # as dates are written everywhere
            edit.setMaximumDate(_qdate(last))
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        self.paper = QComboBox(self)
        self.paper.addItem("A4", Paper.A4)
        self.paper.addItem("Letter", Paper.LETTER)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        form.addRow(self.tr("&Paper"), self.paper)
        root.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(
            self.tr("&Save report..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return _date(self.first.date()), _date(self.last.date())

    def _save(self) -> None:
        first, last = self.period()
        if first > last:
            QMessageBox.warning(self, APP_NAME, self.tr("The period starts after it ends."))
            return
        name = f"phtcoach-report-{first.isoformat()}-to-{last.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if self.write(first, last, Paper(self.paper.currentData()), out):
            self.accept()

    def write(self, first: date, last: date, paper: Paper, out: Path) -> bool:
        """Gather and write with a modal progress dialog; False when cancelled or failed."""
        days = (last - first).days + 1
        progress = QProgressDialog(
            self.tr("Reading the diary and the advice of each day..."),
            self.tr("Cancel"),
            0,
            days + 1,
            self,
        )
        progress.setWindowTitle(self.tr("Making the report"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def gathering(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        def painting(page: int) -> bool:
            progress.setLabelText(self.tr("Drawing page %1...").replace("%1", str(page + 1)))
            return not progress.wasCanceled()

        try:
            check_target(out)
            data = self.state.services.report.gather(first, last, gathering)
            progress.setLabelText(self.tr("Drawing the pages..."))
            write_report(data, out, paper=paper, keep_going=painting)
        except ReportCancelledError:
            return False
        except (OSError, StorageError, ValidationError, DataFormatError, ValueError) as exc:
            QMessageBox.warning(
                self, APP_NAME, self.tr("The report was not written: %1").replace("%1", str(exc))
            )
            return False
        finally:
            progress.setValue(days + 1)
            progress.close()
        self.written = out
        return True
