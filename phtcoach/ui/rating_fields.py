"""The rating panel's number boxes: reps done, seconds per rep and load.

Each box keeps a number typed outside its range on screen and names it with its range
(`widgets.range_spin`): a plain spin box turns "150" reps into "15" without a word. The
panel shows `problem()` in its message line and saves nothing while there is one.

Numbers read as people write them: "15 s" and "5 kg" for whole numbers, "15.5 s" and
"2.5 kg" only when there is a fraction (`core.words.figure`, the language's decimal mark).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from phtcoach.core.words import figure
from phtcoach.ui.rating_style import PANEL_DIM
from phtcoach.ui.widgets.range_spin import RangeDoubleSpinBox, RangeSpinBox

MAX_REPS = 100
MAX_HOLD_S = 3600.0


class FigureSpinBox(RangeDoubleSpinBox):
    """A decimal box that writes its number like `figure`: "5", "15.5", never "5.0"."""

    def textFromValue(self, value: float) -> str:
        return figure(value, self.decimals())


RangeBox: TypeAlias = RangeSpinBox | RangeDoubleSpinBox


def number_boxes(parent: QWidget) -> tuple[RangeSpinBox, FigureSpinBox, FigureSpinBox]:
    """Reps, seconds per rep and load, centred. Their names (for the range message) and the
    load's range and unit are the panel's to set (`set_label`, `setRange`, `setSuffix`)."""
    reps = RangeSpinBox("", parent)
    reps.setRange(0, MAX_REPS)
    hold = FigureSpinBox("", parent)
    hold.setDecimals(1)
    hold.setRange(0.0, MAX_HOLD_S)
    hold.setSingleStep(1.0)
    hold.setSuffix(" s")
    load = FigureSpinBox("", parent)
    load.setDecimals(1)  # also rounds the range: "0 to 1102.3" lb, never 12 decimals
    load.setSingleStep(0.5)
    for box in (reps, hold, load):
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return reps, hold, load


def problem(boxes: tuple[RangeBox, ...]) -> tuple[RangeBox, str] | None:
    """The first box holding a number outside its range, and the sentence naming it."""
    for box in boxes:
        text = box.input_problem()
        if text is not None:
            return box, text
    return None


def field_grid(
    parent: QWidget, names: tuple[str, ...], boxes: tuple[RangeBox, ...]
) -> tuple[QGridLayout, tuple[QLabel, ...]]:
    """The boxes under their names, two columns (the box takes the width), and the names'
    labels (each the buddy of its box)."""
    grid = QGridLayout()
    labels = []
    for i, (name, box) in enumerate(zip(names, boxes, strict=True)):
        label = QLabel(name, parent)
        label.setBuddy(box)
        label.setStyleSheet(f"color: {PANEL_DIM};")
        grid.addWidget(label, i, 0)
        grid.addWidget(box, i, 1)
        labels.append(label)
    grid.setColumnStretch(1, 1)
    return grid, tuple(labels)


def watch(boxes: tuple[RangeBox, ...], names: tuple[str, ...], changed: Callable[[], None]) -> None:
    """Name each box for its range message, and call `changed` whenever its text changes."""
    for box, name in zip(boxes, names, strict=True):
        box.set_label(name)
        box.checked.connect(changed)
