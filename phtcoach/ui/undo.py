"""Undo for diary changes: a QUndoStack of changes already written, and an "Undo" bar.

Diary writes happen the moment the user saves or deletes (one transaction each), so a
command is pushed *after* the change is on disk and its first redo does nothing. Undoing a
delete puts the entry back under its old id (`restore_*`: ids are never reused), so an
edit made afterwards, the charts and an undo of the undo all still point at the same row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from phtcoach.core.errors import ValidationError
from phtcoach.services.errors import StorageError

BAR_TIMEOUT_MS = 12_000  # long enough to read the message and reach for Ctrl+Z


class _Done(QUndoCommand):
    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except (StorageError, ValidationError) as e:
            self.setObsolete(True)
            self._on_error(str(e))


class DiaryUndo(QObject):
    """The stack plus Ctrl+Z / Ctrl+Shift+Z actions for one screen.

    `applied(message)` fires after an undo or redo changed the data (the screen reloads
    and shows the message); `failed` carries the message when the database refused
    (shown, never raised).
    """

    applied = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.undo_action: QAction = self.stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action: QAction = self.stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(self.undo_action)
        parent.addAction(self.redo_action)
        self.stack.indexChanged.connect(self._changed)
        self._recording = False
        self._index = 0

    def record(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Push a change that has already been written."""
        self._recording = True
        try:
            self.stack.push(_Done(text, undo, redo, self.failed.emit))
        finally:
            self._recording = False

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def _changed(self, index: int) -> None:
        before, self._index = self._index, index
        if self._recording:
            return
        if index < before:
            message = self.tr("Undone: {what}.").format(what=self.stack.text(index))
        else:
            message = self.tr("Redone: {what}.").format(what=self.stack.text(index - 1))
        self.applied.emit(message)


class UndoBar(QFrame):
    """A snackbar under the list: what just happened, and an Undo button (Ctrl+Z)."""

    def __init__(self, undo: DiaryUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Undo notice"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setAutoDefault(True)
        self.undo_button.clicked.connect(self._undo_clicked)
        row.addWidget(self.undo_button)
        self.close_button = QPushButton("✕", self)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setAutoDefault(True)
        self.close_button.setFixedWidth(36)
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BAR_TIMEOUT_MS)
        self._timer.timeout.connect(self.hide)
        undo.failed.connect(self._failed)
        undo.applied.connect(self._applied)
        self.hide()

    def announce(self, text: str, *, can_undo: bool = True) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.undo_button.setVisible(can_undo)
        self.show()
        self._timer.start()

    def _undo_clicked(self) -> None:
        self._undo.undo()

    def _applied(self, message: str) -> None:
        self.announce(message, can_undo=False)

    def _failed(self, message: str) -> None:
        self.announce(self.tr("Could not undo: {message}").format(message=message), can_undo=False)
