"""Programme: the four stages, the seed ladder with where the user stands, every template
with its timeline preview; import and export of template files a physio can hand over."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.audio.cues import CuePlayer, NullCuePlayer
from phtcoach.core.model import Settings, Template
from phtcoach.core.programme import Programme
from phtcoach.core.timeline import compile_for
from phtcoach.core.words import plural
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError, ValidationError
from phtcoach.ui.design import Space, TextStyle, page_layout, set_text_style
from phtcoach.ui.exercise_editor import ExerciseEditor
from phtcoach.ui.prescription_dialogs import ask_import
from phtcoach.ui.prescription_panel import PrescriptionPanel
from phtcoach.ui.programme_edit import TemplateActions
from phtcoach.ui.programme_howto import ProgrammeHowTo
from phtcoach.ui.programme_ladder import ladder_html
from phtcoach.ui.state import AppState
from phtcoach.ui.text.words import unbroken_units
from phtcoach.ui.timeline_table import TimelineTable
from phtcoach.ui.today_screen import session_minutes

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


@lru_cache(maxsize=512)
def template_length_s(template: Template, settings: Settings) -> float:
    """A template's length as compiled with `settings` (lead-in, extra rest...). Kept: the
    list shows every template's minutes and is filled again on every change of the data,
    while a template and the settings are frozen values that change only by replacement."""
    return compile_for(template, settings).total_s


def dosage_summary(template: Template) -> str:
    return " + ".join(b.dosage.describe() for b in template.blocks)


class ProgrammePage(QWidget):
    """Signal: `start_requested(template_id)`. Making a template current, importing and
    deleting go through the app state, which tells every screen."""

    start_requested = Signal(str)

    def __init__(
        self, state: AppState, *, player: CuePlayer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        state.changed.connect(self._on_changed)
        self.setObjectName("programmePage")
        self.setAccessibleName(self.tr("Programme"))

        root = QVBoxLayout(self)
        page_layout(root)
        title = QLabel(self.tr("Programme"))
        set_text_style(title, TextStyle.TITLE)
        root.addWidget(title)
        self.ladder_label = QLabel()
        self.ladder_label.setWordWrap(True)
        self.ladder_label.setTextFormat(Qt.TextFormat.RichText)
        self.ladder_label.setAccessibleName(self.tr("Where you are on the ladder"))
        root.addWidget(self.ladder_label)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Templates"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        heading.setBuddy(self.list)
        lv.addWidget(heading)
        lv.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import templates from a file"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the selected template to a file"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected template of yours"))
        self.exercises_button = QPushButton(self.tr("Exe&rcises…"))
        self.exercises_button.setAccessibleName(self.tr("Add, change or delete your exercises"))
        for b in (self.import_button, self.export_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(self.exercises_button)
        edit_row = QHBoxLayout()  # New…, Duplicate…, Edit…: the template editor
        self.edit = TemplateActions(self, state, player or NullCuePlayer(), edit_row)
        lv.addLayout(edit_row)
        lv.addLayout(buttons)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(Space.S, 0, 0, 0)
        self.detail_title = QLabel()
        set_text_style(self.detail_title, TextStyle.HEADING)
        self.detail_title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName(self.tr("Template details"))
        self.preview = TimelineTable()
        self.how_to = ProgrammeHowTo()  # each exercise's drawing and how-to, beside the preview
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Timeline preview or how to do the exercises"))
        self.tabs.addTab(self.preview, self.tr("Time&line"))
        self.tabs.addTab(self.how_to, self.tr("Ho&w to"))
        actions = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start this session"))
        self.start_button.setAccessibleName(self.tr("Start the selected session"))
        self.current_button = QPushButton(self.tr("Make it my &current step"))
        self.current_button.setAccessibleName(
            self.tr("Make the selected template your current step")
        )
        actions.addWidget(self.start_button)
        actions.addWidget(self.current_button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Programme message"))
        rv.addWidget(self.detail_title)
        rv.addWidget(self.detail)
        self.prescription = PrescriptionPanel(state)  # "Prescribed by ...", Unlock / Mark
        rv.addWidget(self.prescription)
        rv.addWidget(self.tabs, 1)
        rv.addLayout(actions)
        rv.addWidget(self.message)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 560])
        root.addWidget(split, 1)

        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.itemActivated.connect(lambda *_: self._start_selected())
        self.start_button.clicked.connect(self._start_selected)
        self.current_button.clicked.connect(self._make_current)
        self.import_button.clicked.connect(self.import_dialog)
        self.exercises_button.clicked.connect(self.open_exercises)
        self.export_button.clicked.connect(self.export_dialog)
        self.delete_button.clicked.connect(self._delete_selected)
        self._fill()

    # ------------------------------------------------------------------ data

    @property
    def _programme(self) -> Programme:
        return self._state.programme

    @property
    def _settings(self) -> Settings:
        return self._state.settings

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(Changes.SETTINGS | Changes.PROGRAMME):
            self._fill()

    def selected_template(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        tid = item.data(TEMPLATE_ROLE)
        return self._programme.templates.get(tid) if tid else None

    def select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(TEMPLATE_ROLE) == template_id:
                self.list.setCurrentRow(i)
                return

    def _fill(self) -> None:
        current = self._settings.current_template
        keep = self.selected_template()
        self.list.clear()
        order = {tid: i for i, tid in enumerate(self._programme.templates)}  # the data's order
        templates = sorted(
            self._programme.templates.values(),
            key=lambda t: (
                t.ladder_step is None,
                t.ladder_step or 0,
                t.stage or 9,
                not t.builtin,
                order[t.id],
            ),
        )
        group = None
        for t in templates:
            g = (
                self.tr("Seed ladder")
                if t.ladder_step
                else (
                    self.tr("Stage %1").replace("%1", str(t.stage)) if t.stage else self.tr("Yours")
                )
            )
            if g != group:
                header = QListWidgetItem(g)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                f = header.font()
                f.setBold(True)
                header.setFont(f)
                self.list.addItem(header)
                group = g
            minutes = self.tr("%1 min").replace(
                "%1", str(session_minutes(template_length_s(t, self._settings)))
            )
            mark = "▶ " if t.id == current else "   "
            text = f"{mark}{t.name}  ·  {minutes}"
            item = QListWidgetItem(text)
            item.setData(TEMPLATE_ROLE, t.id)
            item.setToolTip(dosage_summary(t))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{t.name}, {minutes}"
                + (self.tr(", your current step") if t.id == current else ""),
            )
            self.list.addItem(item)
        self.ladder_label.setText(ladder_html(self._programme, current))
        self.select(keep.id if keep else current)
        if self.list.currentItem() is None and self.list.count() > 1:
            self.list.setCurrentRow(1)

    def _show_selected(self) -> None:
        t = self.selected_template()
        has = t is not None
        for b in (self.start_button, self.current_button, self.export_button):
            b.setEnabled(has)
        self.delete_button.setEnabled(has and t is not None and not t.builtin)
        self.edit.sync(t)
        self.how_to.show_template(t)
        self.prescription.show_template(t)
        if t is None:
            self.detail_title.clear()
            self.detail.clear()
            self.preview.setRowCount(0)
            return
        tl = compile_for(t, self._settings)
        length = self.tr("%1 min").replace("%1", str(session_minutes(tl.total_s)))
        self.detail_title.setText(f"{t.name}  ·  {length}")
        stage = self._programme.stage(t.stage) if t.stage else None
        blocks = "".join(
            f"<li>{escape(b.exercise.name)}: {unbroken_units(escape(b.dosage.describe()))}</li>"
            for b in t.blocks
        )
        stage_text = (
            "<p><b>"
            + self.tr("Stage %1: %2")
            .replace("%1", str(stage.number))
            .replace("%2", escape(stage.name))
            + f"</b> — {escape(stage.goal)}</p>"
            if stage
            else ""
        )
        self.detail.setText(f"{stage_text}<p>{escape(t.description)}</p><ul>{blocks}</ul>")
        self.preview.show_timeline(tl, self._programme.exercises)

    # ------------------------------------------------------------------ actions

    def _start_selected(self) -> None:
        t = self.selected_template()
        if t is not None:
            self.start_requested.emit(t.id)

    def _make_current(self) -> None:
        t = self.selected_template()
        if t is None:
            return
        try:
            self._state.update_settings(current_template=t.id)
        except (StorageError, ValidationError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("%1 is now your current step.").replace("%1", t.name))

    def export_to(self, path: Path, template: Template) -> None:
        self._state.services.programme.export_file(path, template)

    def import_from(
        self, path: Path, *, prescribed: bool | None = None, author: str | None = None
    ) -> list[Template]:
        """All-or-nothing: every template in the file is valid and stored, or none is."""
        templates: list[Template] = self._state.perform(
            self._state.services.programme.import_file, path, prescribed=prescribed, author=author
        )
        return templates

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import templates"), "", self.tr("PHT Coach templates (*.json)")
        )
        if not name:
            return
        try:  # first: prescribed by a clinician? (on when the file names an author)
            choice = ask_import(self, self._state.services.programme.read_file(Path(name)))
            if choice is None:
                return
            added = self.import_from(Path(name), prescribed=choice[0], author=choice[1])
        except (DataFormatError, ValidationError, StorageError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Import templates"),
                self.tr("Nothing was imported.\n\n%1").replace("%1", str(exc)),
            )
            return
        self.message.setText(
            plural(self.tr("Imported %n template(s).", "", len(added)), len(added))
        )
        if added:
            self.select(added[0].id)

    def open_exercises(self) -> None:
        """Your own exercises (`ui/exercise_editor.py`), over this page until closed."""
        ExerciseEditor(self._state, self).exec()

    def export_dialog(self) -> None:
        t = self.selected_template()
        if t is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export template"),
            f"{t.id}.json",
            self.tr("PHT Coach templates (*.json)"),
        )
        if not name:
            return
        try:
            self.export_to(Path(name), t)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export template"), str(exc))
            return
        self.message.setText(self.tr("Saved %1.").replace("%1", name))

    def _delete_selected(self) -> None:
        t = self.selected_template()
        if t is None or t.builtin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete your template %1?").replace("%1", t.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._state.perform(self._state.services.programme.delete_template, t.id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Delete template"), str(exc))
