"""Spin boxes that say so when a typed number is out of range, instead of changing it.

A plain QSpinBox refuses the keystroke that would leave its range: "2000" typed into a
1-1440 box becomes "200" without a word, and a box left with a half-typed number snaps back
to its old value. These boxes let the number be typed, keep it on screen (also after
Enter or leaving the box), and report it through `input_problem()`: one sentence naming
the field and its range. `checked` is emitted whenever the typed text changes, so a form
can show or clear that sentence at once and refuse to save while there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from phtcoach.ui.widgets.feedback import range_message

if TYPE_CHECKING:
    _Base = QAbstractSpinBox
else:
    _Base = object

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _number_in(box: QAbstractSpinBox, text: str, prefix: str, suffix: str) -> float | None:
    """The number written in `text` (prefix and suffix off, either decimal mark)."""
    core = text.removeprefix(prefix).removesuffix(suffix).strip()
    if not core:
        return None
    value, ok = box.locale().toDouble(core)
    if ok:
        return float(value)
    try:
        return float(core.replace(",", "."))
    except ValueError:
        return None


def _short(locale: QLocale, value: float) -> str:
    return locale.toString(float(value), "g", 12)


class _RangeCheck(_Base):
    """What both boxes share; the concrete class says which typed numbers may stand."""

    checked: Signal
    # Whether the minimum, shown as the special text ("–"), stands for "none" rather than
    # for a number one may type: then the range named starts one step above it.
    _special_is_none = False

    def _watch(self, label: str) -> None:
        self._label = label
        self.lineEdit().textChanged.connect(lambda _text: self.checked.emit())

    def set_label(self, label: str) -> None:
        self._label = label

    def typed_out_of_range(self) -> float | None:
        return self._outside(self.lineEdit().text())

    def input_problem(self) -> str | None:
        if self.typed_out_of_range() is None:
            return None
        typed = self._typed_text(self.lineEdit().text())
        lo, hi = float(self._minimum()), float(self._maximum())
        if self._special_is_none and self.specialValueText():
            lo += float(self._step())
        return range_message(
            self._label, typed, _short(self.locale(), lo), _short(self.locale(), hi)
        )

    def _may_type(self, value: float) -> bool:
        """Whether an out-of-range `value` may stay typed (to be named, not changed)."""
        return True

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        outside = self._outside(text)
        if outside is not None and self._may_type(outside):
            return QValidator.State.Intermediate, text, pos  # let it be typed, then say so
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            self._keeping_text(lambda: super(_RangeCheck, self).keyPressEvent(event))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keeping_text(lambda: super(_RangeCheck, self).focusOutEvent(event))

    def _keeping_text(self, call: Callable[[], None]) -> None:
        text = self.lineEdit().text()
        call()
        if self._outside(text) is not None and self.lineEdit().text() != text:
            self.lineEdit().setText(text)  # what was typed stays in view, with the message

    def _typed_text(self, text: str) -> str:
        return text.removeprefix(self._prefix()).removesuffix(self._suffix()).strip()

    def _outside(self, text: str) -> float | None:
        if text and text == self.specialValueText():
            return None
        value = _number_in(self, text, self._prefix(), self._suffix())
        if value is None or self._minimum() <= value <= self._maximum():
            return None
        return value

    # QSpinBox and QDoubleSpinBox have these under the same names but no common base.
    def _minimum(self) -> float:
        return float(self.minimum())  # type: ignore[attr-defined]

    def _maximum(self) -> float:
        return float(self.maximum())  # type: ignore[attr-defined]

    def _step(self) -> float:
        return float(self.singleStep())  # type: ignore[attr-defined]

    def _prefix(self) -> str:
        return str(self.prefix())  # type: ignore[attr-defined]

    def _suffix(self) -> str:
        return str(self.suffix())  # type: ignore[attr-defined]


class RangeSpinBox(_RangeCheck, QSpinBox):
    """An integer box; `input_problem()` names a typed number outside [minimum, maximum]."""

    checked = Signal()
    _special_is_none = True

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch(label)

    def _may_type(self, value: float) -> bool:
        return value.is_integer()  # "2.5" in a whole-number box is refused as it is typed


class RangeDoubleSpinBox(_RangeCheck, QDoubleSpinBox):
    """A decimal box; `input_problem()` names a typed number outside [minimum, maximum]."""

    checked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watch(label)
