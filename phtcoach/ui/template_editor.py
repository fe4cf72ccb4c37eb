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

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
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
from phtcoach.ui.block_list import BlockList, block_lines
from phtcoach.ui.design import READING_WIDTH, Space
from phtcoach.ui.state import AppState
from phtcoach.ui.template_fields import problem_text
from phtcoach.ui.template_preview import TemplatePreview
from phtcoach.ui.widgets.vertical_scroll import VerticalScroll

PREVIEW_DEBOUNCE_MS = 150
TEMPLATE_FIELDS = ("name", "description", "stage", "blocks")
SHOWN_UNDER = {"id": "name"}  # the id is derived from the name: its problems show there
SCREEN_SHARE = (0.92, 0.9)  # the dialog's first size: of the screen's width and height
LARGEST = (1600, 960)  # px: no wider or taller than this on a big screen
EDIT_SHARE = 0.5  # the editing side's first share of the width (the preview has the rest)


def first_size(area: QRect, need: QSize) -> QSize:
    """The dialog's first size on a screen whose available area is `area`: most of it (the
    phases table has six columns), within `LARGEST`, and never less than `need`."""
    width = min(round(area.width() * SCREEN_SHARE[0]), LARGEST[0])
    height = min(round(area.height() * SCREEN_SHARE[1]), LARGEST[1])
    return QSize(max(width, need.width()), max(height, need.height()))


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
        self.name = QLineEdit(draft.name)
        self.description = QPlainTextEdit(draft.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self._lines_high(self.description, 3))
        self.stage = QComboBox()
        self.stage.addItem(self.tr("None"), None)
        for n in range(1, 5):
            self.stage.addItem(self.tr("Stage %1").replace("%1", str(n)), n)
        self.stage.setCurrentIndex(max(0, self.stage.findData(draft.stage)))
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.errors: dict[str, QLabel] = {}
        # The id (the file name) follows the name and stays internal: a problem with it
        # ("taken") shows under the name, in words about the name.
        holders: dict[str, QWidget] = {}
        for key, label, field in (
            ("name", self.tr("&Name"), self.name),
            ("description", self.tr("&Description"), self.description),
            ("stage", self.tr("S&tage"), self.stage),
        ):
            field.setAccessibleName(label.replace("&", ""))
            holders[key] = self._labelled(key, label, field)
        head = QHBoxLayout()  # the name as wide as the editing side, the stage beside it
        head.setSpacing(Space.M)
        head.addWidget(holders["name"], 1)
        head.addWidget(holders["stage"], 0, Qt.AlignmentFlag.AlignTop)

        # ---------------------------------------------------------- the blocks
        self.block_list = BlockList()
        self.blocks = self.block_list.list
        self.errors["blocks"] = self.block_list.error
        self.add_button = self.block_list.add_button
        self.remove_button = self.block_list.remove_button
        self.up_button = self.block_list.up_button
        self.down_button = self.block_list.down_button

        # ---------------------------------------------------------- the block
        self.block_form = BlockForm(self._exercises, units)
        block_box = QGroupBox(self.tr("Selected block"))
        box_layout = QVBoxLayout(block_box)
        box_layout.setContentsMargins(Space.S, Space.S, Space.S, Space.S)
        box_layout.addWidget(self.block_form)
        body = QHBoxLayout()
        body.setSpacing(Space.M)
        body.addWidget(self.block_list, 1)
        body.addWidget(block_box, 1)

        # The editing side scrolls up and down when the screen is low (the block's form is
        # a dozen rows); it is never narrower than its content, so nothing is cut.
        editing = QWidget()
        ev = QVBoxLayout(editing)
        ev.setContentsMargins(0, 0, Space.S, 0)  # a gap before the scroll bar
        ev.setSpacing(Space.S)
        ev.addLayout(head)
        ev.addWidget(holders["description"])
        ev.addLayout(body, 1)
        self.edit_scroll = VerticalScroll(editing)

        # ---------------------------------------------------------- the preview
        self.preview = TemplatePreview(player, state.clock)
        preview_box = QGroupBox(self.tr("Preview"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        # The editing side and the preview share the width; the line between them can be
        # dragged, and a wider window widens the preview (six columns of phases).
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.edit_scroll)
        self.splitter.addWidget(preview_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
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
        self._root = QVBoxLayout(self)
        self._root.setSpacing(Space.M)
        self._root.addWidget(self.splitter, 1)
        self._root.addLayout(bottom)
        self._split_done = False
        self._default_size()

        self._lists_timer = QTimer(self)
        self._lists_timer.setSingleShot(True)
        self._lists_timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._lists_timer.timeout.connect(self.preview.fill_lists)

        self.name.textEdited.connect(self._name_edited)
        self.description.textChanged.connect(self._description_edited)
        self.stage.currentIndexChanged.connect(self._stage_edited)
        self.block_list.row_changed.connect(self._select_block)
        self.block_form.edited.connect(self._block_edited)
        self.block_list.add_requested.connect(self.add_block)
        self.block_list.remove_requested.connect(self.remove_block)
        self.block_list.move_requested.connect(self.move_block)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._fill_blocks(0)
        self.name.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._split_done:
            self._split_done = True
            self.share_width()
        super().showEvent(event)
        QTimer.singleShot(0, self._name_from_start)  # after Qt's own focus handling

    def share_width(self) -> None:
        """The editing side: half the width, at least what its content needs (never cut)
        and no wider than a form reads well; the preview has the rest."""
        self._root.activate()
        total = self.splitter.width() - self.splitter.handleWidth()
        need = self.edit_scroll.minimumSizeHint().width()
        edit = max(need, min(round(total * EDIT_SHARE), READING_WIDTH))
        self.splitter.setSizes([edit, max(0, total - edit)])

    def _name_from_start(self) -> None:
        """A long name shows its beginning, not its middle (still all selected if it was)."""
        n = len(self.name.text())
        self.name.setSelection(n, -n) if self.name.hasSelectedText() else self.name.home(False)

    def _default_size(self) -> None:
        """Most of the screen (the phases table has six columns), within `LARGEST`, and
        never less than the content needs."""
        screen = self.screen() or QApplication.primaryScreen()
        self.resize(first_size(screen.availableGeometry(), self.minimumSizeHint()))

    # ------------------------------------------------------------------ building

    @staticmethod
    def _lines_high(edit: QPlainTextEdit, lines: int) -> int:
        """The height of a text box that shows `lines` whole lines."""
        margin = edit.document().documentMargin()
        return round(lines * edit.fontMetrics().lineSpacing() + 2 * margin) + 2 * edit.frameWidth()

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
        self.block_list.refill(len(self.draft.blocks), select)  # loads the form, validates

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
        self.block_list.show_lines(block_lines(self.draft.blocks, self._exercises, self.problems))
        # A number the box could not take stands for its field: the draft's stale value of
        # that field is not counted twice.
        n = len(typed) + sum(1 for p in self.problems if not (p.block == row and p.field in typed))
        self.save_button.setEnabled(n == 0)
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
            self._scroll_to_focus()
            return
        if self.problems:
            first = self.problems[0]
            if first.block is None:
                self.name.setFocus()
            else:
                self.blocks.setCurrentRow(first.block)
                self.block_form.focus_field(first.field)
            self._scroll_to_focus()
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

    def _scroll_to_focus(self) -> None:
        """The field just given the keyboard is in view (the editing side scrolls)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.edit_scroll.isAncestorOf(focus):
            self.edit_scroll.ensureWidgetVisible(focus)

    def done(self, result: int) -> None:
        self.preview.sound.stop()
        self._lists_timer.stop()
        super().done(result)
