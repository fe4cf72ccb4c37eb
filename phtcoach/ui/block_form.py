"""The template editor's form for one block: exercise, kind, numbers, sides, load.

It edits a `BlockDraft` in place and says `edited()`; the editor validates the whole draft
and hands back the problems of this block, shown under the field they name. The number
boxes accept far more than the model allows (a spin box that refuses or clamps a keystroke
fails silently), so an out-of-range value stays visible with its range beside it; a number
beyond even what a box takes stays typed and is named too (`input_problems`).
Only the numbers the block's kind uses are shown. A number's unit is written once, in its box
("5 s", "2.5 kg"): whole numbers without decimals, never more than one.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import (
    KG_PER_LB,
    PHASE_FIELDS,
    SHORT_NAME_MAX,
    Exercise,
    ExerciseKind,
    SidesMode,
    Units,
)
from phtcoach.services.template_draft import REST_FIELDS, BlockDraft, Problem
from phtcoach.ui.design import Space
from phtcoach.ui.template_fields import field_label, kind_label, problem_text, sides_label
from phtcoach.ui.widgets.range_spin import RangeDoubleSpinBox, RangeSpinBox

WIDE = 99_999  # what a box accepts; the model's range is checked by the draft and shown


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class NumberBox(RangeDoubleSpinBox):
    """Seconds or a load to a tenth, written as people read them: "5 s", "2.5 s", "150 s"
    (a whole number has no decimals; QDoubleSpinBox would write "5.0 s")."""

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").removesuffix(point)
        return text


class BlockForm(QWidget):
    """Signal: `edited()` after any change to the block being edited."""

    edited = Signal()

    def __init__(
        self, exercises: Mapping[str, Exercise], units: Units, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._exercises = dict(exercises)
        self._units = units
        self._block: BlockDraft | None = None
        self._loading = False
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(Space.M)
        self.form.setVerticalSpacing(Space.XS)  # a dozen rows: they fit a 720 px screen
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

        self.exercise = QComboBox()
        # The short name in the box and the list (a long name is cut in a narrow box); the
        # full name in each item's tooltip and the box's own.
        for ex in sorted(self._exercises.values(), key=lambda e: e.short.casefold()):
            self.exercise.addItem(ex.short, ex.slug)
            self.exercise.setItemData(
                self.exercise.count() - 1, ex.name, Qt.ItemDataRole.ToolTipRole
            )
        self._row("exercise", self.tr("E&xercise"), self.exercise)
        self.kind = QComboBox()
        for k in ExerciseKind:
            self.kind.addItem(kind_label(k), k.value)
        self._row("kind", self.tr("&Kind"), self.kind)
        self.sets = self._int_box(self.tr("Sets"))
        self._row("sets", self.tr("Sets"), self.sets)
        self.reps = self._int_box(self.tr("Reps"))
        self._row("reps", self.tr("Reps"), self.reps)
        self.numbers: dict[str, NumberBox] = {}
        for name in (*PHASE_FIELDS, *REST_FIELDS, "rest_after_s"):
            box = self._float_box(_capital(field_label(name)), " s")
            self.numbers[name] = box
            self._row(name, self._label(name), box)
        self.sides = QComboBox()
        for m in SidesMode:
            self.sides.addItem(sides_label(m), m.value)
        self._row("sides", self.tr("Sides"), self.sides)
        self.load = self._float_box(
            _capital(field_label("load_kg", units)), " lb" if units is Units.LB else " kg"
        )
        self._row("load_kg", self._label("load_kg"), self.load)

        self.exercise.currentIndexChanged.connect(self._exercise_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.sides.currentIndexChanged.connect(
            lambda: self._set("sides", SidesMode(self.sides.currentData()))
        )
        self.sets.valueChanged.connect(lambda v: self._set("sets", v))
        self.reps.valueChanged.connect(lambda v: self._set("reps", v))
        for name, box in self.numbers.items():
            box.valueChanged.connect(lambda v, name=name: self._set(name, v))
        self.load.valueChanged.connect(self._load_changed)
        for number in self.boxes().values():
            number.checked.connect(self._typed)
        self.load_block(None)

    # ------------------------------------------------------------------ building

    def _label(self, name: str) -> str:
        """A number's row label; its unit is in the box ("5 s", "5 kg"), not repeated here.
        (The messages keep the unit: "block 1 · up (s): a number from 0 to 3600".)"""
        return {
            "hold_s": self.tr("Hold"),
            "up_s": self.tr("Up"),
            "top_pause_s": self.tr("Top pause"),
            "down_s": self.tr("Down"),
            "bottom_pause_s": self.tr("Bottom pause"),
            "work_s": self.tr("Work"),
            "walk_s": self.tr("Walk"),
            "run_s": self.tr("Run"),
            "rest_between_reps_s": self.tr("Rest between reps"),
            "rest_between_sets_s": self.tr("Rest between sets"),
            "rest_after_s": self.tr("Rest after block"),
            "load_kg": self.tr("Load"),
        }[name]

    def _row(self, name: str, label: str, field: QWidget) -> None:
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(field)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet("color: #c0392b;")
        error.setVisible(False)
        error.setAccessibleName(self.tr("Problem with %1").replace("%1", field_label(name)))
        v.addWidget(error)
        lab = QLabel(label)
        lab.setBuddy(field)
        field.setAccessibleName(_capital(field_label(name, self._units)))
        if isinstance(field, QComboBox):  # as wide as its longest item: names whole
            longest = max((len(field.itemText(i)) for i in range(field.count())), default=0)
            if longest > SHORT_NAME_MAX:  # an exercise with no short name: cut, not widened
                field.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                field.setMinimumContentsLength(SHORT_NAME_MAX)
            else:
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.form.addRow(lab, holder)
        self.errors[name] = error
        self.fields[name] = holder

    def _int_box(self, label: str) -> RangeSpinBox:
        box = RangeSpinBox(label)
        box.setRange(-WIDE, WIDE)
        box.setMinimumWidth(90)
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        return box

    def _float_box(self, label: str, suffix: str) -> NumberBox:
        """Seconds and a load to a tenth (as a person reads them). A load in lb is shown
        rounded ("11 lb" for 5 kg) but kept exact unless the user changes it."""
        box = NumberBox(label)
        box.setRange(-WIDE, WIDE)
        box.setDecimals(1)
        box.setMinimumWidth(90)
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        box.setSuffix(suffix)
        return box

    def boxes(self) -> dict[str, RangeSpinBox | NumberBox]:
        """The number boxes by field name."""
        return {"sets": self.sets, "reps": self.reps, **self.numbers, "load_kg": self.load}

    def input_problems(self) -> dict[str, str]:
        """Numbers typed outside what a box takes (kept on screen, never clamped), by field;
        the block is not saved while there is one."""
        out: dict[str, str] = {}
        for name, box in self.boxes().items():
            problem = box.input_problem()
            if problem is not None and box.isVisibleTo(self):
                out[name] = problem
        return out

    def _typed(self) -> None:
        if not self._loading and self._block is not None:
            self.edited.emit()

    # ------------------------------------------------------------------ data

    @property
    def block(self) -> BlockDraft | None:
        return self._block

    def load_block(self, block: BlockDraft | None) -> None:
        """Show `block` (None: an empty, disabled form)."""
        self._block = block
        self.setEnabled(block is not None)
        if block is None:
            return
        self._loading = True
        try:
            i = self.exercise.findData(block.exercise)
            self.exercise.setCurrentIndex(i)
            self.kind.setCurrentIndex(self.kind.findData(block.kind.value))
            self.sets.setValue(block.sets)
            self.reps.setValue(block.reps)
            for name, box in self.numbers.items():
                box.setValue(getattr(block, name))
            self.sides.setCurrentIndex(self.sides.findData(block.sides.value))
            kg = block.load_kg
            self.load.setValue(kg / KG_PER_LB if self._units is Units.LB else kg)
        finally:
            self._loading = False
        self._show_kind_fields()

    def _show_kind_fields(self) -> None:
        used = set(self._block.number_fields) if self._block else set()
        for name in PHASE_FIELDS:
            self.form.setRowVisible(self.fields[name], name in used)

    def _exercise_changed(self) -> None:
        full = self.exercise.currentData(Qt.ItemDataRole.ToolTipRole)
        self.exercise.setToolTip(full if isinstance(full, str) else "")
        b = self._block
        if self._loading or b is None:
            return
        slug = self.exercise.currentData()
        b.exercise = str(slug)
        ex = self._exercises.get(b.exercise)
        if ex is not None and ex.kind is not b.kind:
            b.set_kind(ex.kind)  # the dosage follows the exercise's kind
            self.load_block(b)
        self.edited.emit()

    def _kind_changed(self) -> None:
        b = self._block
        if self._loading or b is None:
            return
        kind = ExerciseKind(self.kind.currentData())
        b.set_kind(kind)
        ex = self._exercises.get(b.exercise)
        if ex is None or ex.kind is not kind:  # the first exercise of that kind
            first = next((i for i in range(self.exercise.count()) if self._kind_at(i) is kind), -1)
            if first >= 0:
                b.exercise = str(self.exercise.itemData(first))
        self.load_block(b)
        self.edited.emit()

    def _kind_at(self, i: int) -> ExerciseKind | None:
        ex = self._exercises.get(str(self.exercise.itemData(i)))
        return ex.kind if ex else None

    def _set(self, name: str, value: object) -> None:
        """Only the field the user changed: the others keep their exact values."""
        if self._loading or self._block is None:
            return
        setattr(self._block, name, value)
        self.edited.emit()

    def _load_changed(self, value: float) -> None:
        """The load in the user's units; kept in kg."""
        self._set("load_kg", round(value * KG_PER_LB, 3) if self._units is Units.LB else value)

    def show_problems(self, problems: list[Problem]) -> None:
        """This block's problems under their fields; the others' messages cleared."""
        by_field: dict[str, list[str]] = {n: [t] for n, t in self.input_problems().items()}
        typed = set(by_field)
        for p in problems:
            if p.field not in typed:  # what was typed is named, not the box's older value
                by_field.setdefault(p.field, []).append(problem_text(p, self._units))
        for name, label in self.errors.items():
            text = "\n".join(by_field.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        self.setToolTip("")

    @property
    def messages(self) -> dict[str, str]:
        """The visible messages by field (for tests and screen readers)."""
        return {n: lab.text() for n, lab in self.errors.items() if lab.text()}

    def focus_field(self, name: str) -> None:
        holder = self.fields.get(name)
        if holder is not None:
            w = holder.findChild(QWidget)
            if w is not None:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
