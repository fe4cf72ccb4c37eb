"""File > Export... and File > Import...: your data out to files and back in.

The job runs in chunks (one table at a time) on the GUI thread, which keeps the database
connection on its own thread; between chunks the progress bar moves and Cancel is heard.
An export writes to a temporary path renamed at the end, so a cancelled or failed one
leaves no file; an import is one transaction, so a cancelled or refused one writes nothing.
After an import the app state announces that everything changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.words import QT_TRANSLATE_NOOP
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.services.exchange import (
    ExportCancelledError,
    ImportCancelledError,
    ImportProblemsError,
    ImportReport,
)
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import date_format
from phtcoach.workbook import write_xlsx

_FORMATS = (
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "JSON (complete, can be imported)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV folder")),
    ("xlsx", "XLSX"),
)


class _JobDialog(QDialog):
    """The shared parts: a path row, a progress bar, a message line, Run and Cancel."""

    def __init__(self, state: AppState, title: str, run_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.state = state
        self._cancel_asked = False
        self._running = False
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(560, 200)
        self.root = QVBoxLayout(self)
        self.form = QFormLayout()
        self.root.addLayout(self.form)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Path"))
        self.choose = QPushButton(self.tr("Choose..."), self)
        self.path_row = row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        path_label = QLabel(self.tr("&Path:"), self)
        path_label.setBuddy(self.path)  # a row of widgets has no buddy of its own
        self.form.addRow(path_label, row)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # a "0%" bar before anything runs reads as a stuck job
        self.message = MessageLabel(self)
        self.root.addWidget(self.progress)
        self.root.addWidget(self.message)
        self.buttons = buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.run_button = QPushButton(run_text, self)
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.root.addLayout(buttons)
        self.cancel_button.clicked.connect(self._on_cancel)

    def _on_cancel(self) -> None:
        if self._running:
            self._cancel_asked = True
        else:
            self.reject()

    def _cancelled(self) -> bool:
        QApplication.processEvents()  # let Cancel and the progress bar through between chunks
        return self._cancel_asked

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        QApplication.processEvents()

    def _begin(self) -> None:
        self._running = True
        self._cancel_asked = False
        self.run_button.setEnabled(False)
        self.message.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.show()

    def _end(self) -> None:
        self._running = False
        self.run_button.setEnabled(True)
        if self.progress.value() < self.progress.maximum():  # cancelled or failed part-way
            self.progress.hide()


class ExportDialog(_JobDialog):
    """Choose a format, a path and optionally a period; `written` is the path on success."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, self.tr("Export"), self.tr("&Export"), parent)
        self.written: Path | None = None
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in _FORMATS:
            self.format.addItem(self.tr(label), key)
        self.form.insertRow(0, self.tr("&Format:"), self.format)
        self.limit = QCheckBox(self.tr("&Only the days from"), self)
        today = state.today()
        self.start = QDateEdit(QDate(today.year, today.month, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())  # as dates are written everywhere
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            self.limit.toggled.connect(edit.setEnabled)
        days = QHBoxLayout()
        days.addWidget(self.limit)
        days.addWidget(self.start)
        days.addWidget(QLabel(self.tr("to"), self))
        days.addWidget(self.end)
        days.addStretch(1)
        self.form.addRow(self.tr("Period:"), days)
        self.choose.clicked.connect(self._choose)
        self.run_button.clicked.connect(self.run_export)

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _choose(self) -> None:
        fmt = self.chosen_format()
        if fmt == "csv":
            picked = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
        else:
            picked, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), f"phtcoach-export.{fmt}", f"*.{fmt}"
            )
        if picked:
            self.path.setText(picked)

    def _period(self) -> tuple[date | None, date | None]:
        if not self.limit.isChecked():
            return None, None
        a, b = self.start.date(), self.end.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def run_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.show_error(self.tr("Choose where to write the export."))
            return
        start, end = self._period()
        self._begin()
        try:
            done = self.state.services.export.export(
                Path(text),
                self.chosen_format(),
                start,
                end,
                progress=self._step,
                cancelled=self._cancelled,
                workbook=write_xlsx,
            )
        except ExportCancelledError:
            self.message.show_error(self.tr("Export cancelled; no file was written."))
            return
        except (ValidationError, StorageError, OSError) as exc:
            self.message.show_error(str(exc))
            return
        finally:
            self._end()
        self.written = done.value
        self.accept()


class ImportDialog(_JobDialog):
    """Choose a JSON export or a CSV folder; Check shows the report, Import writes it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, self.tr("Import"), self.tr("&Import"), parent)
        self.imported: ImportReport | None = None
        self.resize(640, 420)
        self.choose.setText(self.tr("Choose &file..."))
        self.choose_folder = QPushButton(self.tr("Choose f&older..."), self)
        self.path_row.addWidget(self.choose_folder)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.buttons.insertWidget(1, self.check_button)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the import would do"))
        self.report.setPlaceholderText(
            self.tr(
                "Choose an export file or a folder of CSV files, then Check: what the import "
                "would add, and what it would skip, shows here before anything is written."
            )
        )
        self.root.insertWidget(1, self.report, 1)
        self.choose.clicked.connect(self._choose_file)
        self.choose_folder.clicked.connect(self._choose_dir)
        self.check_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.run_import)

    def _choose_file(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", "*.json")
        if picked:
            self.path.setText(picked)

    def _choose_dir(self) -> None:
        picked = QFileDialog.getExistingDirectory(self, self.tr("Folder of CSV files"))
        if picked:
            self.path.setText(picked)

    def _source(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self.message.show_error(self.tr("Choose a JSON export or a folder of CSV files."))
            return None
        return Path(text)

    def check(self) -> None:
        """The dry run: what would be added, already present or in conflict."""
        path = self._source()
        if path is None:
            return
        try:
            report = self.state.services.imports.check(path)
        except ImportProblemsError as exc:
            self.report.setPlainText(str(exc))
            return
        except StorageError as exc:
            self.message.show_error(str(exc))
            return
        text = "\n".join(report.lines())
        if not report.ok:
            text += "\n\n" + report.problem_text()
        self.report.setPlainText(text)

    def run_import(self) -> None:
        path = self._source()
        if path is None:
            return
        self._begin()
        try:
            report = self.state.perform(
                self.state.services.imports.run,
                path,
                progress=self._step,
                cancelled=self._cancelled,
            )
        except ImportCancelledError:
            self.message.show_error(self.tr("Import cancelled; nothing was written."))
            return
        except ImportProblemsError as exc:
            self.report.setPlainText(str(exc))
            self.message.show_error(self.tr("Nothing was imported: see the problems above."))
            return
        except StorageError as exc:
            self.message.show_error(str(exc))
            return
        finally:
            self._end()
        self.imported = report
        self.accept()
