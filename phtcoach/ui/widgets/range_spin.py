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

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from phtcoach.ui.widgets.feedback import range_message

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


class RangeSpinBox(QSpinBox):
    """An integer box; `input_problem()` names a typed number outside [minimum, maximum]."""

    checked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        lo, hi = self.minimum(), self.maximum()
        if self.specialValueText():  # the minimum stands for "none" ("–"): not a number
            lo += self.singleStep()
        return range_message(
            self._label, typed, _short(self.locale(), lo), _short(self.locale(), hi)
        )

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        outside = self._outside(text)
        if outside is not None and outside.is_integer():
            return QValidator.State.Intermediate, text, pos  # let it be typed, then say so
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            self._keeping_text(lambda: QSpinBox.keyPressEvent(self, event))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keeping_text(lambda: QSpinBox.focusOutEvent(self, event))

    def _keeping_text(self, call: Callable[[], None]) -> None:
        text = self.lineEdit().text()
        call()
        if self._outside(text) is not None and self.lineEdit().text() != text:
            self.lineEdit().setText(text)  # what was typed stays in view, with the message

    def _typed_text(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def _outside(self, text: str) -> float | None:
        value = _number_in(self, text, self.prefix(), self.suffix())
        if value is None or self.minimum() <= value <= self.maximum():
            return None
        return value


class RangeDoubleSpinBox(QDoubleSpinBox):
    """A decimal box; `input_problem()` names a typed number outside [minimum, maximum]."""

    checked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.lineEdit().textChanged.connect(lambda _text: self.checked.emit())

    def set_label(self, label: str) -> None:
        self._label = label

    def typed_out_of_range(self) -> float | None:
        return self._outside(self.lineEdit().text())

    def input_problem(self) -> str | None:
        if self.typed_out_of_range() is None:
            return None
        typed = self.lineEdit().text().removeprefix(self.prefix()).removesuffix(self.suffix())
        lo, hi = self.minimum(), self.maximum()
        return range_message(
            self._label, typed.strip(), _short(self.locale(), lo), _short(self.locale(), hi)
        )

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._outside(text) is not None:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS:
            self._keeping_text(lambda: QDoubleSpinBox.keyPressEvent(self, event))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._keeping_text(lambda: QDoubleSpinBox.focusOutEvent(self, event))

    def _keeping_text(self, call: Callable[[], None]) -> None:
        text = self.lineEdit().text()
        call()
        if self._outside(text) is not None and self.lineEdit().text() != text:
            self.lineEdit().setText(text)

    def _outside(self, text: str) -> float | None:
        if text == self.specialValueText() and text:
            return None
        value = _number_in(self, text, self.prefix(), self.suffix())
        if value is None or self.minimum() <= value <= self.maximum():
            return None
        return value
