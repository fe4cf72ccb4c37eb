"""The template editor: name, stage, blocks of exercises and their dosage, a live preview.

It edits a `TemplateDraft` (`services/template_draft.py`), which says what is wrong field by
field in the model's own words; each message is shown under the field it names, and Save
stays disabled while any is left (its count beside the button). The preview compiles the
draft as the user's settings would run it, and "Play 20 s" plays its first cues through the
app's cue player. Saving is one service call through the app state, so the Programme page
and Today refresh themselves. Everything is reachable by keyboard: mnemonics, Alt+Up /
Alt+Down on the block list to move a block, Del there to remove one, Ctrl+S to save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.model import Exercise
from phtcoach.core.timeline import compile_for
from phtcoach.core.words import plural
from phtcoach.services.errors import StorageError, UnknownTemplateError, ValidationError
from phtcoach.services.template_draft import (
    NEW_BLOCK_EXERCISE,
    BlockDraft,
    Problem,
    TemplateDraft,
    taken_ids,
)
from phtcoach.ui.block_form import BlockForm
from phtcoach.ui.state import AppState
from phtcoach.ui.template_fields import problem_text
from phtcoach.ui.template_preview import TemplatePreview

PREVIEW_DEBOUNCE_MS = 150
TEMPLATE_FIELDS = ("name", "description", "stage", "blocks")
SHOWN_UNDER = {"id": "name"}  # the id is derived from the name: its problems show there
SCREEN_SHARE = (0.92, 0.9)  # the dialog's first size: of the screen's width and height
LARGEST = (1600, 960)  # px: no wider or taller than this on a big screen


class TemplateEditor(QDialog):
    """Signal: `saved(template_id)` once the template is stored."""

    saved = Signal(str)

    def __init__(
        self,
        state: AppState,
        draft: TemplateDraft,
        *,
        new: bool,
        player: CuePlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if draft.builtin and not new:
            raise ValueError("a built-in template is duplicated, never edited in place")
        self._state = state
        self.draft = draft
        self._new = new
        programme = state.programme
        self._exercises: dict[str, Exercise] = dict(programme.exercises)
        self._taken = taken_ids(programme.templates, None if new else draft.id)
        self.problems: list[Problem] = []
        units = state.settings.units
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("New template") if new else self.tr("Edit template"))
        self.setAccessibleName(self.windowTitle())

        # ---------------------------------------------------------- the template
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        self.name = QLineEdit(draft.name)
        self.description = QPlainTextEdit(draft.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 4)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("none"), None)
        for n in range(1, 5):
            self.stage.addItem(self.tr("Stage %1").replace("%1", str(n)), n)
        self.stage.setCurrentIndex(max(0, self.stage.findData(draft.stage)))
        self.errors: dict[str, QLabel] = {}
        # The id (the file name) follows the name and stays internal: a problem with it
        # ("taken") shows under the name, in words about the name.
        for key, label, field in (
            ("name", self.tr("&Name"), self.name),
            ("description", self.tr("&Description"), self.description),
            ("stage", self.tr("S&tage"), self.stage),
        ):
            field.setAccessibleName(label.replace("&", ""))
            top.addRow(self._labelled(key, label, field))
        lv.addLayout(top)
        blocks_label = QLabel(self.tr("&Blocks"))
        self.blocks = QListWidget()
        self.blocks.setAccessibleName(self.tr("Blocks"))
        self.blocks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocks.setTextElideMode(Qt.TextElideMode.ElideRight)
        blocks_label.setBuddy(self.blocks)
        lv.addWidget(blocks_label)
        lv.addWidget(self.blocks, 1)
        lv.addWidget(self._error_label("blocks"))
        row = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add block"), self.tr("Add a block"), row)
        self.remove_button = self._button(
            self.tr("&Remove"), self.tr("Remove the selected block (Del)"), row
        )
        self.up_button = self._button(self.tr("Up"), self.tr("Move the block up (Alt+Up)"), row)
        self.down_button = self._button(
            self.tr("Down"), self.tr("Move the block down (Alt+Down)"), row
        )
        lv.addLayout(row)

        # ---------------------------------------------------------- the block
        self.block_form = BlockForm(self._exercises, units)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.block_form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        block_box = QGroupBox(self.tr("Selected block"))
        QVBoxLayout(block_box).addWidget(scroll)

        # ---------------------------------------------------------- the preview
        self.preview = TemplatePreview(player, state.clock)
        preview_box = QGroupBox(self.tr("Preview"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        columns = QHBoxLayout()
        columns.addWidget(left, 3)
        columns.addWidget(block_box, 3)
        columns.addWidget(preview_box, 5)  # six columns of phases: the widest part
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Problems to fix"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the template (Ctrl+S)"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Close without saving (Esc)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        root = QVBoxLayout(self)
        root.addLayout(columns, 1)
        root.addLayout(bottom)
        self._default_size()

        self._lists_timer = QTimer(self)
        self._lists_timer.setSingleShot(True)
        self._lists_timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._lists_timer.timeout.connect(self.preview.fill_lists)

        self.name.textEdited.connect(self._name_edited)
        self.description.textChanged.connect(self._description_edited)
        self.stage.currentIndexChanged.connect(self._stage_edited)
        self.blocks.currentRowChanged.connect(self._select_block)
        self.block_form.edited.connect(self._block_edited)
        self.add_button.clicked.connect(self.add_block)
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(lambda: self.move_block(-1))
        self.down_button.clicked.connect(lambda: self.move_block(1))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # On the block list only: elsewhere Alt+Down opens a combo box and Del edits text.
        for keys, act in (
            (QKeySequence("Alt+Up"), lambda: self.move_block(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_block(1)),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_block),
        ):
            QShortcut(keys, self.blocks, act).setContext(Qt.ShortcutContext.WidgetShortcut)

        self._fill_blocks(0)
        self.name.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._name_from_start)  # after Qt's own focus handling

    def _name_from_start(self) -> None:
        """A long name shows its beginning, not its middle (still all selected if it was)."""
        n = len(self.name.text())
        self.name.setSelection(n, -n) if self.name.hasSelectedText() else self.name.home(False)

    def _default_size(self) -> None:
        """Most of the screen (the phases table has six columns), within `LARGEST`, and
        never less than the content needs."""
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        need = self.minimumSizeHint()
        width = min(round(area.width() * SCREEN_SHARE[0]), LARGEST[0])
        height = min(round(area.height() * SCREEN_SHARE[1]), LARGEST[1])
        self.resize(max(width, need.width()), max(height, need.height()))

    # ------------------------------------------------------------------ building

    def _error_label(self, key: str) -> QLabel:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet("color: #c0392b;")
        error.setVisible(False)
        self.errors[key] = error
        return error

    def _labelled(self, key: str, label: str, field: QWidget) -> QWidget:
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        lab = QLabel(label)
        lab.setBuddy(field)
        v.addWidget(lab)
        v.addWidget(field)
        v.addWidget(self._error_label(key))
        return holder

    def _button(self, text: str, accessible: str, row: QHBoxLayout) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible)
        b.setToolTip(accessible)
        b.setAutoDefault(False)
        row.addWidget(b)
        return b

    # ------------------------------------------------------------------ edits

    def _name_edited(self, text: str) -> None:
        self.draft.name = text
        self._validate()

    def _description_edited(self) -> None:
        self.draft.description = self.description.toPlainText()
        self._validate()

    def _stage_edited(self) -> None:
        data = self.stage.currentData()
        self.draft.stage = int(data) if data is not None else None
        self._validate()

    def _block_edited(self) -> None:
        self._validate()

    def _select_block(self, row: int) -> None:
        blocks = self.draft.blocks
        self.block_form.load_block(blocks[row] if 0 <= row < len(blocks) else None)
        self._validate()

    def add_block(self) -> None:
        """A new block after the selected one, on the default exercise."""
        ex = self._exercises.get(NEW_BLOCK_EXERCISE) or next(iter(self._exercises.values()))
        at = self.blocks.currentRow() + 1 if self.draft.blocks else 0
        self.draft.blocks.insert(at, BlockDraft.new(ex))
        self._fill_blocks(at)

    def remove_block(self) -> None:
        row = self.blocks.currentRow()
        if 0 <= row < len(self.draft.blocks):
            del self.draft.blocks[row]
            self._fill_blocks(min(row, len(self.draft.blocks) - 1))

    def move_block(self, step: int) -> None:
        row = self.blocks.currentRow()
        to = row + step
        blocks = self.draft.blocks
        if 0 <= row < len(blocks) and 0 <= to < len(blocks):
            blocks[row], blocks[to] = blocks[to], blocks[row]
            self._fill_blocks(to)
            self.blocks.setFocus()

    def _fill_blocks(self, select: int) -> None:
        self.blocks.blockSignals(True)
        self.blocks.clear()
        for _ in self.draft.blocks:
            self.blocks.addItem("")
        self.blocks.blockSignals(False)
        if self.draft.blocks:
            self.blocks.setCurrentRow(max(0, select))  # loads the form and validates
        else:
            self._select_block(-1)

    # ------------------------------------------------------------------ checks

    def _validate(self) -> None:
        units = self._state.settings.units
        self.problems = self.draft.problems(self._exercises, self._taken)
        row = self.blocks.currentRow()
        mine = [p for p in self.problems if p.block is None]
        for key in TEMPLATE_FIELDS:
            text = "\n".join(
                problem_text(p, units) for p in mine if SHOWN_UNDER.get(p.field, p.field) == key
            )
            self.errors[key].setText(text)
            self.errors[key].setVisible(bool(text))
        self.block_form.show_problems([p for p in self.problems if p.block == row])
        typed = self.block_form.input_problems()
        for i, b in enumerate(self.draft.blocks):
            bad = any(p.block == i for p in self.problems)
            ex = self._exercises.get(b.exercise)
            try:
                summary = b.dosage().describe()
            except ValidationError:
                summary = self.tr("to fix")
            short = f"{i + 1}. {ex.short if ex else b.exercise} — {summary}"
            text = f"{i + 1}. {ex.name if ex else b.exercise} — {summary}"
            item = self.blocks.item(i)
            item.setText(("⚠ " if bad else "") + short)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setToolTip(text)
        # A number the box could not take stands for its field: the draft's stale value of
        # that field is not counted twice.
        n = len(typed) + sum(1 for p in self.problems if not (p.block == row and p.field in typed))
        self.save_button.setEnabled(n == 0)
        self.remove_button.setEnabled(len(self.draft.blocks) > 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.draft.blocks) - 1)
        if n:
            first = next(iter(typed.values()), None) or problem_text(self.problems[0], units)
            self.summary.setText(
                plural(self.tr("%n problem(s) to fix before saving. First: %1", "", n), n).replace(
                    "%1", first
                )
            )
        else:
            self.summary.setText(self.tr("Ready to save."))
        self.save_button.setToolTip(self.summary.text())
        self._update_preview()

    def _update_preview(self) -> None:
        tl = None
        if not self.problems:
            try:
                template = self.draft.to_template(self._exercises, self._taken)
                tl = compile_for(template, self._state.settings)
            except ValidationError:
                tl = None
        self.preview.show_timeline(tl, self._exercises)
        self._lists_timer.start()

    def flush_preview(self) -> None:
        """Fill the phase and cue lists now instead of after the debounce (tests, Play)."""
        self._lists_timer.stop()
        self.preview.fill_lists()

    # ------------------------------------------------------------------ save

    def save(self) -> None:
        """Store the template (one service call); the dialog closes on success."""
        typed = self.block_form.input_problems()
        if typed:
            self.block_form.focus_field(next(iter(typed)))
            return
        if self.problems:
            first = self.problems[0]
            if first.block is None:
                self.name.setFocus()
            else:
                self.blocks.setCurrentRow(first.block)
                self.block_form.focus_field(first.field)
            return
        try:
            template = self.draft.to_template(self._exercises, self._taken)
            self._state.perform(
                self._state.services.programme.save_template, template, new=self._new
            )
        except (ValidationError, StorageError, UnknownTemplateError) as exc:
            self.summary.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.saved.emit(template.id)
        self.accept()

    def done(self, result: int) -> None:
        self.preview.sound.stop()
        self._lists_timer.stop()
        super().done(result)
