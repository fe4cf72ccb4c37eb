"""A logged session opened from the Diary: every set with its ratings, load and notes, the
pain after and the session's notes, all correctable, and Delete (undoable from the Diary).

A rating typed in a hurry on the floor is often wrong; the log is only worth showing a
physio if it can be put right afterwards. The runner still owns a session while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import KG_PER_LB, SessionRecord, SessionStatus, SetRecord, Units
from phtcoach.core.words import figure, readable_id
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.services.sessions import SetEdit
from phtcoach.ui.design import style_table
from phtcoach.ui.state import AppState
from phtcoach.ui.text.words import translate
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import day_text, time_text
from phtcoach.ui.widgets.range_spin import RangeDoubleSpinBox, RangeSpinBox

NOT_RATED = -1  # the spin boxes' "–" (special value) for a rating left blank
Row = tuple[SetRecord, RangeDoubleSpinBox, RangeSpinBox, RangeSpinBox, QLineEdit]
COLUMNS = ("exercise", "set", "reps", "load", "pain", "effort", "notes")


def rating_box(value: int | None, name: str) -> RangeSpinBox:
    """0-10 or "–"; "11" typed stays on screen and is named, never turned into 1."""
    box = RangeSpinBox(name)
    box.setRange(NOT_RATED, 10)
    box.setSpecialValueText("–")
    box.setValue(NOT_RATED if value is None else value)
    box.setAccessibleName(name)
    return box


def load_height(table: QTableWidget) -> int:
    """Rows as tall as the spin boxes in them (style_table's are for text)."""
    return max(table.verticalHeader().defaultSectionSize(), QSpinBox().sizeHint().height())


def rating(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_RATED else box.value()


class SessionDialog(QDialog):
    """Signal `delete_requested()`: the Diary deletes (with its undo bar) and reloads."""

    delete_requested = Signal()

    def __init__(self, state: AppState, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._id = session_id
        record, sets = state.services.sessions.get(session_id)
        self._record = record
        self._sets = sets
        self._lb = state.settings.units is Units.LB
        programme = state.programme
        name = (
            programme.templates[record.template_id].name
            if (record.template_id in programme.templates)
            else readable_id(record.template_id)
        )
        self.setWindowTitle(self.tr("Session: {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 460)
        root = QVBoxLayout(self)
        status = {
            SessionStatus.COMPLETED: self.tr("completed"),
            SessionStatus.ENDED_EARLY: self.tr("ended early"),
            SessionStatus.IN_PROGRESS: self.tr("in progress"),
        }[record.status]
        head = QLabel(
            self.tr("{name} · {day} {at} · {status}").format(
                name=name,
                day=day_text(record.started_at.astimezone(state.tz).date()),
                at=time_text(record.started_at, state.tz),
                status=status,
            ),
            self,
        )
        f = head.font()
        f.setBold(True)
        head.setFont(f)
        root.addWidget(head)

        self.table = QTableWidget(len(sets), len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Sets of the session"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Exercise"),
                self.tr("Set"),
                self.tr("Reps"),
                self.tr("Load (lb)") if self._lb else self.tr("Load (kg)"),
                self.tr("Pain during"),
                self.tr("Effort (RPE)"),
                self.tr("Notes"),
            ]
        )
        style_table(self.table)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # boxes to edit
        self.table.verticalHeader().setDefaultSectionSize(load_height(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Long exercise names elide (full name in the tooltip) so every rating column fits.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows: list[Row] = []
        for row, st in enumerate(sets):
            ex = programme.exercises.get(st.exercise_slug)
            full = ex.name if ex is not None else readable_id(st.exercise_slug)
            item = QTableWidgetItem(ex.short if ex is not None else full)
            item.setToolTip(full)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            side_word = translate("timeline", st.side.value)
            side = "" if st.side.value == "both" else " · " + side_word
            for col, text in ((1, f"{st.set_no}{side}"), (2, self._reps_text(st))):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            load = RangeDoubleSpinBox(self.tr("Load, set {n}").format(n=row + 1))
            load.setRange(0, 500)
            load.setDecimals(1)
            load.setSingleStep(0.5)
            load.setValue(round(st.load_kg / KG_PER_LB, 1) if self._lb else st.load_kg)
            load.setAccessibleName(self.tr("Load, set {n}").format(n=row + 1))
            pain = rating_box(st.pain_during, self.tr("Pain during, set {n}").format(n=row + 1))
            rpe = rating_box(st.rpe, self.tr("Effort, set {n}").format(n=row + 1))
            notes = QLineEdit(st.notes)
            notes.setMaxLength(2000)
            notes.setAccessibleName(self.tr("Notes, set {n}").format(n=row + 1))
            for col, w in ((3, load), (4, pain), (5, rpe), (6, notes)):
                self.table.setCellWidget(row, col, w)
            self._rows.append((st, load, pain, rpe, notes))
        root.addWidget(self.table, 1)

        form = QFormLayout()
        self.pain_after = rating_box(record.pain_after, self.tr("Pain after the session"))
        self.pain_after.setMaximumWidth(140)
        form.addRow(self.tr("Pain &after:"), self.pain_after)
        self.notes = QLineEdit(record.notes)
        self.notes.setMaxLength(2000)
        self.notes.setAccessibleName(self.tr("Session notes"))
        form.addRow(self.tr("&Notes:"), self.notes)
        root.addLayout(form)
        self.message = MessageLabel(self)
        root.addWidget(self.message)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.delete_button = QPushButton(self.tr("&Delete session"), self)
        self.delete_button.setAccessibleName(self.tr("Delete session"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        for box in self.number_boxes():
            box.checked.connect(self._show_typed)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        root.addWidget(buttons)
        running = record.status is SessionStatus.IN_PROGRESS
        if running:
            self.message.show_info(
                self.tr("This session is still open in the runner: finish it there first.")
            )
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not running)
        self.delete_button.setEnabled(not running)

    def _reps_text(self, st: SetRecord) -> str:
        text = f"{st.performed_reps}/{st.planned_reps}"
        if st.hold_s:
            text += " · " + self.tr("%1 s").replace("%1", figure(sum(st.hold_s)))
        return text

    def number_boxes(self) -> list[RangeSpinBox | RangeDoubleSpinBox]:
        boxes: list[RangeSpinBox | RangeDoubleSpinBox] = []
        for _st, load, pain, rpe, _notes in self._rows:
            boxes += [load, pain, rpe]
        return [*boxes, self.pain_after]

    def input_problems(self) -> list[str]:
        """Numbers typed outside their range, left on screen: nothing is saved meanwhile."""
        return [p for box in self.number_boxes() if (p := box.input_problem())]

    def _show_typed(self) -> None:
        problems = self.input_problems()
        if problems:
            self.message.show_error(problems[0])
        elif self.message.is_error():
            self.message.clear_message()

    def edits(self) -> dict[int, SetEdit]:
        out: dict[int, SetEdit] = {}
        for st, load, pain, rpe, notes in self._rows:
            if st.id is None:
                continue
            kg = round(load.value() * KG_PER_LB, 3) if self._lb else load.value()
            if self._lb and round(st.load_kg / KG_PER_LB, 1) == load.value():
                kg = st.load_kg  # unchanged box: keep the stored kilograms exactly
            out[st.id] = SetEdit(
                pain_during=rating(pain), rpe=rating(rpe), load_kg=kg, notes=notes.text()
            )
        return out

    def save(self) -> None:
        if self.input_problems():
            self._show_typed()
            return
        try:
            self._state.perform(
                self._state.services.sessions.edit,
                self._id,
                pain_after=rating(self.pain_after),
                notes=self.notes.text(),
                sets=self.edits(),
            )
        except (ValidationError, StorageError) as e:
            self.message.show_error(str(e))
            return
        self.accept()

    def _delete(self) -> None:
        self.accept()
        self.delete_requested.emit()

    @property
    def record(self) -> SessionRecord:
        return self._record
