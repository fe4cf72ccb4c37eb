"""The template editor's list of blocks: one line per block (its short exercise name and
dosage, the full text in its tip and for screen readers, ⚠ on a block with a problem), the
buttons that add, remove and move blocks, and the keys that do the same on the list
(Alt+Up / Alt+Down, Del). It only shows and asks: the editor owns the draft and answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import Exercise
from phtcoach.services.errors import ValidationError
from phtcoach.services.template_draft import BlockDraft, Problem
from phtcoach.ui.design import Space
from phtcoach.ui.text.words import unbroken_units


class BlockLine(NamedTuple):
    short: str  # what the list shows: the exercise's short name
    full: str  # its tip and what a screen reader says
    bad: bool  # the block has a problem to fix


def block_lines(
    blocks: Sequence[BlockDraft], exercises: Mapping[str, Exercise], problems: Sequence[Problem]
) -> list[BlockLine]:
    """Each block as the list words it: "2. SL bridge, tempo — 3 x 8, 5 s up / 5 s down"."""
    lines = []
    for i, block in enumerate(blocks):
        ex = exercises.get(block.exercise)
        try:
            summary = block.dosage().describe()
        except ValidationError:
            summary = QCoreApplication.translate("BlockList", "to fix")
        lines.append(
            BlockLine(
                short=f"{i + 1}. {ex.short if ex else block.exercise} — {unbroken_units(summary)}",
                full=f"{i + 1}. {ex.name if ex else block.exercise} — {summary}",
                bad=any(p.block == i for p in problems),
            )
        )
    return lines


class BlockList(QWidget):
    """The blocks, listed, with their buttons; `error` shows a problem of the list itself."""

    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    row_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("&Blocks"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Blocks"))
        # A block's summary wraps onto a second line instead of being cut.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        label.setBuddy(self.list)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setVisible(False)
        self.add_button = self._button(self.tr("&Add block"), self.tr("Add a block"))
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Remove the selected block (Del)")
        )
        self.up_button = self._button(self.tr("Up"), self.tr("Move the block up (Alt+Up)"))
        self.down_button = self._button(self.tr("Down"), self.tr("Move the block down (Alt+Down)"))
        grid = QGridLayout()  # two by two: the column stays narrow, the words whole
        grid.setSpacing(Space.XS)
        grid.addWidget(self.add_button, 0, 0)
        grid.addWidget(self.remove_button, 0, 1)
        grid.addWidget(self.up_button, 1, 0)
        grid.addWidget(self.down_button, 1, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(Space.XS)
        column.addWidget(label)
        column.addWidget(self.list, 1)
        column.addWidget(self.error)
        column.addLayout(grid)

        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.list.currentRowChanged.connect(self.row_changed)
        # On the list only: elsewhere Alt+Down opens a combo box and Del edits text.
        for keys, signal, arg in (
            (QKeySequence("Alt+Up"), self.move_requested, -1),
            (QKeySequence("Alt+Down"), self.move_requested, 1),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_requested, None),
        ):
            shortcut = QShortcut(keys, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            if arg is None:
                shortcut.activated.connect(signal)
            else:
                shortcut.activated.connect(lambda s=signal, a=arg: s.emit(a))

    def row(self) -> int:
        return self.list.currentRow()

    def refill(self, count: int, select: int) -> None:
        """`count` empty lines (`show_lines` words them), `select` current; `row_changed`
        follows (with -1 when there are none)."""
        self.list.blockSignals(True)
        self.list.clear()
        for _ in range(count):
            self.list.addItem("")
        self.list.blockSignals(False)
        if count:
            self.list.setCurrentRow(max(0, select))
        else:
            self.row_changed.emit(-1)

    def show_lines(self, lines: Sequence[BlockLine]) -> None:
        """Each block's words, and which buttons can act on the current one."""
        for i, line in enumerate(lines):
            item = self.list.item(i)
            item.setText(("⚠ " if line.bad else "") + line.short)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line.full)
            item.setToolTip(line.full)
        row, count = self.row(), len(lines)
        self.remove_button.setEnabled(count > 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _button(self, text: str, accessible: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(accessible)
        b.setToolTip(accessible)
        b.setAutoDefault(False)
        return b
