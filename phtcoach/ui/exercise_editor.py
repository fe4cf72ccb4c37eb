"""Your own exercises: add, change and delete them, with their how-to.

The form mirrors an `ExerciseDraft` (services/exercise_draft.py): every edit rebuilds the
draft, the draft's problems appear under the field they concern, naming the range the model
allows, and Save stays disabled while there are any. Saving and deleting go through the
exercise service (a deleted exercise still used by a template is refused, naming them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import SHORT_NAME_MAX, Exercise, ExerciseKind
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.services.exercise_draft import LOWER_FIRST_KINDS, ExerciseDraft, Problem
from phtcoach.services.exercises import ExerciseInUseError
from phtcoach.ui.exercise_fields import HOWTO_PARTS, field_labels
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel, error_colour, field_message

SLUG_ROLE = Qt.ItemDataRole.UserRole


class ExerciseEditor(QDialog):
    """A list of your exercises beside the form of the selected (or new) one."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._draft = ExerciseDraft()
        self._shown = self._draft  # as last loaded or saved: differs once the user edits
        self._loading = False
        self.setWindowTitle(self.tr("Your exercises"))
        self.setAccessibleName(self.tr("Your exercises"))
        self.resize(900, 640)
        root = QHBoxLayout(self)

        left = QVBoxLayout()
        heading = QLabel(self.tr("E&xercises"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your exercises"))
        heading.setBuddy(self.list)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setAccessibleName(self.tr("New exercise"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected exercise"))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        # Built-in exercises are not edited here (a template uses them as they are): with
        # none of the user's own, the list says so instead of standing empty.
        self.empty_note = QLabel(
            self.tr(
                "Exercises you add appear here. The built-in exercises cannot be changed; "
                "press New to add your own."
            )
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(heading)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty_note, 1)
        left.addLayout(row)
        root.addLayout(left, 1)

        self.labels = field_labels()
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.problems: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setMaxLength(SHORT_NAME_MAX)
        self.short_name.setPlaceholderText(self.tr("Optional, e.g. “SL bridge”"))
        self.short_name.setToolTip(
            self.tr("Shown in tables and charts where the full name does not fit (optional)")
        )
        self.slug = QLineEdit()
        self.slug.setToolTip(
            self.tr("The name of the exercise in template files; made from the name if empty")
        )
        self.kind = QComboBox()
        for text, kind in (
            (self.tr("Hold (isometric)"), ExerciseKind.ISOMETRIC),
            (self.tr("Tempo (up and down)"), ExerciseKind.TEMPO),
            (self.tr("Eccentric (lower slowly)"), ExerciseKind.ECCENTRIC),
            (self.tr("Timed (work / rest)"), ExerciseKind.TIMED),
            (self.tr("Walk-run"), ExerciseKind.INTERVAL),
        ):
            self.kind.addItem(text, kind)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("No stage"), None)
        for n in range(1, 5):
            self.stage.addItem(self.tr("Stage %1").replace("%1", str(n)), n)
        self.sides = QComboBox()
        self.sides.addItem(self.tr("Two-legged"), False)
        self.sides.addItem(self.tr("Single-leg (each side in turn)"), True)
        self.lower_first = QCheckBox(self.tr("Reps start at the top (&lower first)"))
        self._row("exercise.name", self.tr("N&ame:"), self.name)
        self._row("exercise.short_name", self.tr("S&hort name:"), self.short_name)
        self._row("exercise.slug", self.tr("&Id (for files):"), self.slug)
        self._row("exercise.kind", self.tr("&Kind:"), self.kind)
        self._row("exercise.stage", self.tr("S&tage:"), self.stage)
        self._row("exercise.single_leg", self.tr("Le&gs:"), self.sides)
        self.form.addRow("", self.lower_first)
        self.lower_first.setAccessibleName(self.tr("Reps start at the top (lower first)"))
        self.parts: dict[str, QPlainTextEdit] = {}
        for part, is_list in HOWTO_PARTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().height() * (4 if is_list else 3))
            if is_list:
                edit.setPlaceholderText(self.tr("One step per line"))
            self.parts[part] = edit
            self._row(f"how_to.{part}", self.labels[f"how_to.{part}"] + ":", edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setAccessibleName(self.tr("Exercise details"))

        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        self.message = MessageLabel()
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the exercise"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the exercise editor"))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right.addLayout(buttons)
        root.addLayout(right, 2)

        self._touched: set[str] = set()  # fields edited since shown: their problems show
        self._save_tried = False  # Save pressed: every problem shows
        for field, line in (
            ("exercise.name", self.name),
            ("exercise.short_name", self.short_name),
            ("exercise.slug", self.slug),
        ):
            line.textEdited.connect(lambda _t, f=field: self._edited(f))
        for field, combo in (
            ("exercise.kind", self.kind),
            ("exercise.stage", self.stage),
            ("exercise.single_leg", self.sides),
        ):
            combo.currentIndexChanged.connect(lambda _i, f=field: self._edited(f))
        self.lower_first.toggled.connect(lambda _on: self._edited("exercise.lower_first"))
        for part, edit in self.parts.items():
            edit.textChanged.connect(lambda f=f"how_to.{part}": self._edited(f))
        self.list.currentItemChanged.connect(self._switch)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._fill()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new()

    # ------------------------------------------------------------------ layout

    def _row(self, field: str, label: str, widget: QWidget) -> None:
        """A labelled field with its (hidden) problem line under it."""
        host = QWidget()
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setStyleSheet(f"color: {error_colour(self)};")
        problem.hide()
        box.addWidget(problem)
        self.problems[field] = problem
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(self.labels.get(field, label.replace("&", "").rstrip(":")))
        self.form.addRow(caption, host)

    # ------------------------------------------------------------------ data

    def _exercises(self) -> list[Exercise]:
        return self._state.services.exercises.user_exercises()

    def _fill(self, select: str | None = None) -> None:
        self._loading = True
        self.list.clear()
        for ex in self._exercises():
            item = QListWidgetItem(ex.name)
            item.setData(SLUG_ROLE, ex.slug)
            self.list.addItem(item)
        self._loading = False
        self.list.setVisible(self.list.count() > 0)
        self.empty_note.setVisible(self.list.count() == 0)
        if select is not None:
            for i in range(self.list.count()):
                if self.list.item(i).data(SLUG_ROLE) == select:
                    self.list.setCurrentRow(i)

    @property
    def dirty(self) -> bool:
        """Edited since it was loaded or saved."""
        return self._draft != self._shown

    def _discard_ok(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to lose it."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to %1?").replace(
                "%1", self._draft.name.strip() or self.tr("the new exercise")
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _switch(self, now: QListWidgetItem | None, before: QListWidgetItem | None) -> None:
        if self._loading or now is None:
            return
        if not self._discard_ok():
            self._loading = True  # back to the one being edited, without reloading it
            if before is not None:
                self.list.setCurrentItem(before)
            else:
                self.list.setCurrentRow(-1)
            self._loading = False
            return
        self._load_selected()

    def reject(self) -> None:  # Close and Escape
        if self._discard_ok():
            super().reject()

    def _load_selected(self) -> None:
        if self._loading:
            return
        item = self.list.currentItem()
        if item is None:
            return
        found = {e.slug: e for e in self._exercises()}.get(item.data(SLUG_ROLE))
        if found is not None:
            self._show(ExerciseDraft.from_exercise(found))

    def _show(self, draft: ExerciseDraft) -> None:
        """Put `draft` in the form (no edit events while doing so); a message about the
        exercise shown before goes (Save and Delete say theirs after this)."""
        self.message.clear_message()
        self._loading = True
        self.name.setText(draft.name)
        self.short_name.setText(draft.short_name)
        self.slug.setText(draft.slug)
        self.slug.setReadOnly(draft.original is not None)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.stage.setCurrentIndex(self.stage.findData(draft.stage))
        self.sides.setCurrentIndex(1 if draft.single_leg else 0)
        self.lower_first.setChecked(draft.lower_first)
        for part, edit in self.parts.items():
            edit.setPlainText(getattr(draft, part))
        self._loading = False
        self.delete_button.setEnabled(draft.original is not None)
        self._draft = self._shown = draft
        self._touched = set()
        self._save_tried = False
        self._check()

    @property
    def draft(self) -> ExerciseDraft:
        return self._draft

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        self._draft = self._draft.with_(
            name=self.name.text(),
            short_name=self.short_name.text(),
            slug=self.slug.text() if self._draft.original is None else self._draft.slug,
            kind=ExerciseKind(self.kind.currentData()),
            stage=self.stage.currentData(),
            single_leg=bool(self.sides.currentData()),
            lower_first=self.lower_first.isChecked(),
            **{part: edit.toPlainText() for part, edit in self.parts.items()},
        )
        self.message.clear_message()
        self._check()

    def problem_list(self) -> list[Problem]:
        ex = self._state.services.exercises
        mine = {e.slug for e in self._exercises()}
        return self._draft.problems(ex.builtin_slugs(), mine)

    def _check(self) -> None:
        """Show each problem under its field once the field was edited (or Save pressed):
        a fresh form shows none. Save is off while a shown problem stands."""
        found = {
            p.field: p for p in self.problem_list() if self._save_tried or p.field in self._touched
        }
        for field, label in self.problems.items():
            p = found.get(field)
            label.setVisible(p is not None)
            label.setText("" if p is None else field_message(p.error(), self.labels))
            label.setAccessibleName(label.text())
        self.save_button.setEnabled(not found)
        self.lower_first.setEnabled(self._draft.kind in LOWER_FIRST_KINDS)
        if self._draft.original is None:
            self.slug.setPlaceholderText(self._draft.effective_slug)

    # ------------------------------------------------------------------ actions

    def new(self) -> None:
        if not self._discard_ok():
            return
        self.list.setCurrentRow(-1)
        self._show(ExerciseDraft())
        self.name.setFocus()

    def save(self) -> None:
        problems = self.problem_list()
        if problems:
            self._save_tried = True  # now every problem shows, the first one focused
            self._check()
            self._focus(problems[0].field)
            return
        new = self._draft.original is None
        try:
            ex = self._draft.build()
            self._state.perform(self._state.services.exercises.save, ex, new=new)
        except (ValidationError, StorageError) as exc:
            if isinstance(exc, ValidationError):
                self.message.show_error(field_message(exc, self.labels))
            else:
                self.message.show_error(str(exc))
            return
        self._shown = self._draft  # saved: nothing to lose when the list is refilled
        self._fill(select=ex.slug)
        self._show(ExerciseDraft.from_exercise(ex))
        self.message.show_info(self.tr("Saved %1.").replace("%1", ex.name))

    def _focus(self, field: str) -> None:
        label = self.problems.get(field)
        host = label.parentWidget() if label is not None else None
        widget = self.form.labelForField(host) if host is not None else None
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            widget.buddy().setFocus()

    def delete(self) -> None:
        slug = self._draft.original
        if slug is None:
            return
        name = self._draft.name
        answer = QMessageBox.question(
            self,
            self.tr("Delete exercise"),
            self.tr("Delete your exercise %1?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._state.perform(self._state.services.exercises.delete, slug)
        except ExerciseInUseError as exc:
            self.message.show_error(
                self.tr("%1 is used by %2: take it out of them first, then delete it.")
                .replace("%1", name)
                .replace("%2", ", ".join(exc.templates))
            )
            return
        except (ValidationError, StorageError) as exc:
            self.message.show_error(str(exc))
            return
        self._fill()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new()
        self.message.show_info(self.tr("Deleted %1.").replace("%1", name))
