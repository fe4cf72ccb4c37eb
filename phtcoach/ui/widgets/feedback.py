"""How forms tell the user what to fix: one message naming the field and its allowed range.

The model raises `ValidationError(field, value, allowed)` with dotted field names
("activity.minutes"); users should read "Minutes" instead, so each form maps its fields
to the labels it shows.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from phtcoach.core.errors import ValidationError
from phtcoach.ui.design import colours


def field_message(err: ValidationError, labels: Mapping[str, str]) -> str:
    """'Minutes: 0 is not allowed (a number from 1 to 1440).' for activity.minutes."""
    label = labels.get(err.field, err.field)
    value = err.value if not isinstance(err.value, str) else f"“{err.value}”"
    text = QCoreApplication.translate("Forms", "{label}: {value} is not allowed ({allowed}).")
    return text.format(label=label, value=value, allowed=err.allowed)


def range_message(label: str, typed: str, lo: str, hi: str) -> str:
    """'Minutes: 2000 is not allowed (a number from 1 to 1440).' for a box that refused
    what was typed; the same words as the model's own refusals (`field_message`)."""
    allowed = QCoreApplication.translate("checks", "a number from {lo} to {hi}").format(
        lo=lo, hi=hi
    )
    text = QCoreApplication.translate("Forms", "{label}: {value} is not allowed ({allowed}).")
    return text.format(label=label, value=typed, allowed=allowed)


def error_colour(widget: QWidget) -> str:
    """A red that stays readable (>= 4.5:1) on the light and on the dark theme."""
    return colours(widget).red.text


class MessageLabel(QLabel):
    """A line under a form for errors (red, with a cross) and confirmations (a tick).

    Text and symbol carry the meaning, the colour only repeats it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("formMessage")
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("✗ " + text, error_colour(self), error=True)

    def show_info(self, text: str) -> None:
        self._show("✓ " + text, "", error=False)

    def clear_message(self) -> None:
        self.setText("")
        self.setProperty("error", False)
        self.hide()

    def is_error(self) -> bool:
        return bool(self.property("error"))

    def _show(self, text: str, colour: str, *, error: bool) -> None:
        self.setText(text)
        self.setProperty("error", error)
        self.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.setAccessibleName(text)
        self.show()
