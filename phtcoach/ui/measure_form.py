"""Other outcome measures: sitting tolerance, bridge reps left/right, hops, VISA-H, LEFS.

They are usually taken together once a week, so the form has one field per measure and
saves every filled one in a single transaction (all or nothing). VISA-H and LEFS are
questionnaires whose items we may not reproduce (PROTOCOL.md): only the total score the
user got from their clinician is entered.

Fields are plain text boxes, not spin boxes: a spin box silently clamps 101 to 100, and a
user who mistyped should be told, not corrected behind their back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Measure, MeasureKind
from phtcoach.core.words import QT_TRANSLATE_NOOP, figure
from phtcoach.services.errors import StorageError
from phtcoach.ui.widgets.form_base import DiaryForm, FormTexts


def measure_name(kind: MeasureKind) -> str:
    translate = QCoreApplication.translate
    names = {
        MeasureKind.SITTING_TOLERANCE_MIN: translate("MeasureForm", "Sitting tolerance (minutes)"),
        MeasureKind.BRIDGE_REPS_LEFT: translate("MeasureForm", "Single-leg bridge reps, left"),
        MeasureKind.BRIDGE_REPS_RIGHT: translate("MeasureForm", "Single-leg bridge reps, right"),
        MeasureKind.HOP_COUNT: translate("MeasureForm", "Pain-free hops"),
        MeasureKind.VISA_H: translate("MeasureForm", "VISA-H total"),
        MeasureKind.LEFS: translate("MeasureForm", "LEFS total"),
    }
    return names[kind]


def _hint(kind: MeasureKind) -> str:
    """The box's range and what it measures, in full (its tooltip and screen-reader text)."""
    translate = QCoreApplication.translate
    hints = {
        MeasureKind.SITTING_TOLERANCE_MIN: translate("MeasureForm", "minutes before pain starts"),
        MeasureKind.BRIDGE_REPS_LEFT: translate("MeasureForm", "reps to fatigue"),
        MeasureKind.BRIDGE_REPS_RIGHT: translate("MeasureForm", "reps to fatigue"),
        MeasureKind.HOP_COUNT: translate("MeasureForm", "single-leg hops without pain"),
        MeasureKind.VISA_H: translate("MeasureForm", "from your clinician, 100 = no symptoms"),
        MeasureKind.LEFS: translate("MeasureForm", "from your clinician"),
    }
    return f"{_range(kind)}, {hints[kind]}"


def _range(kind: MeasureKind) -> str:
    lo, hi = kind.allowed
    return f"{figure(lo)}-{figure(hi)}"


def placeholders(kind: MeasureKind) -> tuple[str, ...]:
    """What the empty box may say, longest first: the range and a few words, else the range
    alone (the box shows the first that fits; the tooltip has the whole hint)."""
    translate = QCoreApplication.translate
    short = {
        MeasureKind.VISA_H: translate("MeasureForm", "100 = no symptoms"),
    }
    full = _hint(kind)
    first = f"{_range(kind)}, {short[kind]}" if kind in short else full
    return (first, _range(kind))


def text_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text (and placeholder) in: its contents less the text
    margins and the 2 px Qt keeps on either side; a longer placeholder is cut with "..."."""
    opt = QStyleOptionFrame()
    edit.initStyleOption(opt)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 2 * _LINE_EDIT_MARGIN


_LINE_EDIT_MARGIN = 2  # QLineEditPrivate::horizontalMargin


_MNEMONIC = {
    MeasureKind.SITTING_TOLERANCE_MIN: QT_TRANSLATE_NOOP(
        "MeasureForm", "Sitting &tolerance (minutes)"
    ),
    MeasureKind.BRIDGE_REPS_LEFT: QT_TRANSLATE_NOOP("MeasureForm", "Bridge reps &left"),
    MeasureKind.BRIDGE_REPS_RIGHT: QT_TRANSLATE_NOOP("MeasureForm", "Bridge reps &right"),
    MeasureKind.HOP_COUNT: QT_TRANSLATE_NOOP("MeasureForm", "&Hops"),
    MeasureKind.VISA_H: QT_TRANSLATE_NOOP("MeasureForm", "&VISA-H total"),
    MeasureKind.LEFS: QT_TRANSLATE_NOOP("MeasureForm", "LE&FS total"),
}


class MeasureForm(DiaryForm[Measure]):
    """One text box per measure; empty boxes are skipped, bad ones stop the whole save."""

    def _texts(self) -> FormTexts:
        return FormTexts(
            "measureForm",
            self.tr("Other measures"),
            self.tr("New measures"),
            self.tr("Edit measure"),
            self.tr("&Save measures"),
        )

    def _build_fields(self, root: QVBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "Fill in what you measured today; leave the rest empty. VISA-H and LEFS: "
                "enter the total score from your clinician's questionnaire. Bridge reps count "
                "for the stage exit criteria only when the day's logged pain stays at or under "
                "your ceiling and the next morning shows no flare: log a check-in with the "
                "pain the test gave you."
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
            edit.setPlaceholderText(placeholders(kind)[0])
            edit.setToolTip(_hint(kind))
            edit.setAccessibleName(measure_name(kind))
            edit.setAccessibleDescription(_hint(kind))
            edit.setMaxLength(12)
            edit.installEventFilter(self)  # a resize picks the placeholder that fits
            label = QLabel(self.tr(_MNEMONIC[kind]), self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[kind] = edit
            self._error_focus[f"measure.{kind.value}"] = edit
        root.addLayout(form)
        self._fields_form = form  # Notes joins the label column

    # ------------------------------------------------------------------ API

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLineEdit):
            kind = next((k for k, e in self.fields.items() if e is watched), None)
            if kind is not None:
                self._fit_placeholder(kind)
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        for edit in self.fields.values():
            if edit.isEnabled():
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return

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
            self._explain(e)
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
                new = self._state.perform(self._services.diary.add, *candidates)
            else:
                new = self._state.perform(self._services.diary.update, candidates[0])
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return None
        self._done(old, new, ", ".join(f"{measure_name(m.kind)} {figure(m.value)}" for m in new))
        return new

    # ------------------------------------------------------------------ internals

    def _clear_fields(self) -> None:
        for edit in self.fields.values():
            edit.clear()
            edit.setEnabled(True)

    def _load_fields(self, measure: Measure) -> None:
        """Editing is one stored measure at a time: only its own box is open."""
        for kind, edit in self.fields.items():
            edit.setEnabled(kind is measure.kind)
        self.fields[measure.kind].setText(QLocale().toString(measure.value, "g", 6))

    def _fit_placeholder(self, kind: MeasureKind) -> None:
        """The longest placeholder the box shows whole: never a hint cut off mid-word."""
        edit = self.fields[kind]
        room = text_room(edit)
        fm = edit.fontMetrics()
        options = placeholders(kind)
        text = next((t for t in options if fm.horizontalAdvance(t) <= room), options[-1])
        if text != edit.placeholderText():
            edit.setPlaceholderText(text)

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
