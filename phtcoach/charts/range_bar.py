"""The Progress charts' controls: the range buttons (4 weeks, 3 months, All) and the read-out.

Apart from the charts widget so that the widget keeps to layout, the pointer and the
keyboard. The words are the charts' own (context "ProgressCharts").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from phtcoach.charts.data import RANGE_DAYS


@dataclass(frozen=True)
class Controls:
    row: QHBoxLayout  # "Show:" and the range buttons
    group: QButtonGroup
    buttons: dict[str, QPushButton]
    readout: QLabel  # the values on the day under the pointer


def build_controls(owner: QWidget, on_click: Callable[[str, bool], None]) -> Controls:
    """The range row and the read-out label, parented to `owner`; a button calls
    `on_click(key, checked)`."""
    translate = QCoreApplication.translate
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(translate("ProgressCharts", "Show:"))
    row.addWidget(label)
    group = QButtonGroup(owner)
    group.setExclusive(True)
    titles = {
        "4w": (
            translate("ProgressCharts", "4 weeks"),
            translate("ProgressCharts", "Show the last 4 weeks"),
        ),
        "3m": (
            translate("ProgressCharts", "3 months"),
            translate("ProgressCharts", "Show the last 3 months"),
        ),
        "all": (
            translate("ProgressCharts", "All"),
            translate("ProgressCharts", "Show everything logged"),
        ),
    }
    buttons: dict[str, QPushButton] = {}
    for key in RANGE_DAYS:
        text, name = titles[key]
        b = QPushButton(text)
        b.setCheckable(True)
        b.setAccessibleName(name)
        b.setObjectName(f"range_{key}")
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.clicked.connect(partial(on_click, key))
        group.addButton(b)
        buttons[key] = b
        row.addWidget(b)
    label.setBuddy(buttons["4w"])
    row.addStretch(1)
    readout = QLabel(owner)  # parented first: its font (>= 11 pt) sizes it
    readout.setObjectName("progressReadout")
    readout.setWordWrap(True)
    readout.setAccessibleName(translate("ProgressCharts", "Values on the day under the pointer"))
    readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Room for three lines, so the charts do not jump as the pointer moves across days.
    readout.setMinimumHeight(readout.fontMetrics().lineSpacing() * 3 + 4)
    readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return Controls(row, group, buttons, readout)
