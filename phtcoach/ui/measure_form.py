"""Other outcome measures: sitting tolerance, bridge reps left/right, hops, VISA-H, LEFS.

They are usually taken together once a week, so the form has one field per measure and
saves every filled one in a single transaction (all or nothing). VISA-H and LEFS are
questionnaires whose items we may not reproduce (PROTOCOL.md): only the total score the
user got from their clinician is entered.

Fields are plain text boxes, not spin boxes: a spin box silently clamps 101 to 100, and a
user who mistyped should be told, not corrected behind their back.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.clock import Clock
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Measure, MeasureKind
from phtcoach.storage.db import StorageError
from phtcoach.storage.repository import Store
from phtcoach.ui.checkin import is_enter
from phtcoach.ui.widgets.feedback import field_message
from phtcoach.ui.widgets.fmt import day_text
from phtcoach.ui.widgets.form_footer import FormFooter


def measure_name(kind: MeasureKind) -> str:
    tr = QCoreApplication.translate
    names = {
        MeasureKind.SITTING_TOLERANCE_MIN: tr("MeasureForm", "Sitting tolerance (minutes)"),
        MeasureKind.BRIDGE_REPS_LEFT: tr("MeasureForm", "Single-leg bridge reps, left"),
        MeasureKind.BRIDGE_REPS_RIGHT: tr("MeasureForm", "Single-leg bridge reps, right"),
        MeasureKind.HOP_COUNT: tr("MeasureForm", "Pain-free hops"),
        MeasureKind.VISA_H: tr("MeasureForm", "VISA-H total"),
        MeasureKind.LEFS: tr("MeasureForm", "LEFS total"),
    }
    return names[kind]


def _hint(kind: MeasureKind) -> str:
    tr = QCoreApplication.translate
    lo, hi = kind.allowed
    hints = {
        MeasureKind.SITTING_TOLERANCE_MIN: tr("MeasureForm", "minutes before pain starts"),
        MeasureKind.BRIDGE_REPS_LEFT: tr("MeasureForm", "reps to fatigue"),
        MeasureKind.BRIDGE_REPS_RIGHT: tr("MeasureForm", "reps to fatigue"),
        MeasureKind.HOP_COUNT: tr("MeasureForm", "single-leg hops without pain"),
        MeasureKind.VISA_H: tr("MeasureForm", "from your clinician, 100 = no symptoms"),
        MeasureKind.LEFS: tr("MeasureForm", "from your clinician"),
    }
    return f"{lo:g}-{hi:g}, {hints[kind]}"


_MNEMONIC = {
    MeasureKind.SITTING_TOLERANCE_MIN: "Sitting &tolerance (minutes)",
    MeasureKind.BRIDGE_REPS_LEFT: "Bridge reps &left",
    MeasureKind.BRIDGE_REPS_RIGHT: "Bridge reps &right",
    MeasureKind.HOP_COUNT: "&Hops",
    MeasureKind.VISA_H: "&VISA-H total",
    MeasureKind.LEFS: "LE&FS total",
}


class MeasureForm(QWidget):
    """One text box per measure; empty boxes are skipped, bad ones stop the whole save."""

    saved = Signal(object, object)  # (old measures, new measures)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        day: date | None = None,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._day = day if day is not None else clock.now().astimezone(tz).date()
        self._editing: Measure | None = None
        self.setObjectName("measureForm")
        self.setAccessibleName(self.tr("Other measures"))

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self._heading = QLabel(self)
        hf = self._heading.font()
        hf.setBold(True)
        self._heading.setFont(hf)
        root.addWidget(self._heading)
        intro = QLabel(
            self.tr(
                "Fill in what you measured today; leave the rest empty. VISA-H and LEFS: "
                "enter the total score from your clinician's questionnaire."
            ),
            self,
        )
        intro.setWordWrap(True)
        root.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[MeasureKind, QLineEdit] = {}
        for kind in MeasureKind:
            edit = QLineEdit(self)
            edit.setPlaceholderText(_hint(kind))
            edit.setAccessibleName(measure_name(kind))
            edit.setAccessibleDescription(_hint(kind))
            edit.setMaxLength(12)
            label = QLabel(self.tr(_MNEMONIC[kind]), self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[kind] = edit
        root.addLayout(form)

        notes_row = QHBoxLayout()
        notes_label = QLabel(self.tr("N&otes"), self)
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(4000)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_label.setBuddy(self.notes)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes, 1)
        root.addLayout(notes_row)

        self.footer = FormFooter(self.tr("&Save measures"), self)
        self.message = self.footer.message
        self.footer.save_button.clicked.connect(self.save)
        self.footer.cancel_button.clicked.connect(self.reset)
        root.addWidget(self.footer)
        root.addStretch(1)
        self.reset()

    # ------------------------------------------------------------------ API

    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        self._day = day
        self._update_heading()

    def editing(self) -> Measure | None:
        return self._editing

    def focus_first(self) -> None:
        for edit in self.fields.values():
            if edit.isEnabled():
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def reset(self) -> None:
        self._editing = None
        for edit in self.fields.values():
            edit.clear()
            edit.setEnabled(True)
        self.notes.clear()
        self.message.clear_message()
        self.footer.set_editing(False)
        self._update_heading()

    def edit(self, measure: Measure) -> None:
        """Edit one stored measure: only its own box is open."""
        self.reset()
        self._editing = measure
        self._day = measure.local_date
        for kind, edit in self.fields.items():
            edit.setEnabled(kind is measure.kind)
        self.fields[measure.kind].setText(QLocale().toString(measure.value, "g", 6))
        self.notes.setText(measure.notes)
        self.footer.set_editing(True)
        self._update_heading()

    def save(self) -> tuple[Measure, ...] | None:
        """Validate every filled box first, then write them together; else write nothing."""
        old = self._editing
        candidates: list[Measure] = []
        try:
            for kind, edit in self.fields.items():
                text = edit.text().strip()
                if not text or not edit.isEnabled():
                    continue
                candidates.append(
                    Measure(
                        local_date=self._day if old is None else old.local_date,
                        kind=kind,
                        value=self._number(kind, text),
                        recorded_at=self._clock.now() if old is None else old.recorded_at,
                        notes=self.notes.text(),
                        id=None if old is None else old.id,
                    )
                )
        except ValidationError as e:
            self.message.show_error(field_message(e, self._labels()))
            self._focus_field(e.field)
            return None
        if not candidates:
            self.message.show_error(
                self.tr("Nothing to save: enter a number in at least one box.")
                if old is None
                else self.tr("{name}: enter a number ({range}).").format(
                    name=measure_name(old.kind), range=_hint(old.kind)
                )
            )
            self.focus_first()
            return None
        try:
            if old is None:
                with self._store.batch():
                    new = tuple(self._store.diary.add_measure(m) for m in candidates)
            else:
                new = (self._store.diary.update_measure(candidates[0]),)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return None
        self.reset()
        self.message.show_info(
            self.tr("Saved: {what}.").format(
                what=", ".join(f"{measure_name(m.kind)} {m.value:g}" for m in new)
            )
        )
        self.saved.emit(() if old is None else (old,), new)
        return new

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_enter(event):
            self.save()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.reset()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ internals

    def _number(self, kind: MeasureKind, text: str) -> float:
        """The box as a number (either decimal mark), or a ValidationError naming it."""
        value, ok = QLocale().toDouble(text)
        if not ok:
            try:
                value = float(text.replace(",", "."))
            except ValueError:
                lo, hi = kind.allowed
                raise ValidationError(
                    f"measure.{kind.value}", text, f"a number from {lo:g} to {hi:g}"
                ) from None
        return value

    def _labels(self) -> dict[str, str]:
        labels = {f"measure.{k.value}": measure_name(k) for k in MeasureKind}
        labels["measure.notes"] = self.tr("Notes")
        return labels

    def _focus_field(self, field: str) -> None:
        for kind, edit in self.fields.items():
            if field == f"measure.{kind.value}":
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                edit.selectAll()

    def _update_heading(self) -> None:
        what = self.tr("Edit measure") if self._editing is not None else self.tr("New measures")
        self._heading.setText(self.tr("{what} · {day}").format(what=what, day=day_text(self._day)))
