"""What the diary forms (check-in, activity, measures) do alike, in one place.

A user learns one form and knows the other two: the heading says new or edit and the day,
Notes and the footer sit at the bottom (Notes as the last row of a form's label column when
it has one, so its box lines up with the others), Enter (or Ctrl+Enter) saves from anywhere, Esc
drops an edit, a refused value gets one message naming the field and its range, and a
save ends with a confirmation and a blank form.

A message is true only while what it describes holds: it goes as soon as the form is
edited again, the day changes, the form is hidden behind another, or the saved entry it
confirms is deleted, undone or changed elsewhere. A number typed out of range (a
`RangeSpinBox`, the pain scale) is named at once beside Save, and nothing is saved while
it stands: each form's `save()` is wrapped to refuse then, however it is called. Keeping
those here means the forms cannot drift apart; each form only lays out and reads its own
fields.

Each form writes through the diary repository itself and reports `saved(old, new)` as
tuples of records: `old` is empty for a new record and holds the record as it was before
an edit otherwise, so a screen can offer undo.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Activity, Measure, PainEntry
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import field_message
from phtcoach.ui.widgets.fmt import day_text
from phtcoach.ui.widgets.form_footer import FormFooter
from phtcoach.ui.widgets.pain_scale import PainScale
from phtcoach.ui.widgets.range_spin import RangeDoubleSpinBox, RangeSpinBox
from phtcoach.ui.widgets.state_widget import StateWidget

Checked = PainScale | RangeSpinBox | RangeDoubleSpinBox  # boxes that name a refused number


def is_enter(event: QKeyEvent) -> bool:
    """Return or keypad Enter, alone or with Ctrl (the form's save keys)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.ControlModifier,
    )


class DiaryRecord(Protocol):
    """What edit() reads from any diary record (PainEntry, Activity, Measure)."""

    @property
    def local_date(self) -> date: ...

    @property
    def notes(self) -> str: ...


R = TypeVar("R", bound=DiaryRecord)


class FormTexts(NamedTuple):
    object_name: str  # for style sheets and tests, not shown
    accessible_name: str
    new_heading: str
    edit_heading: str
    save: str  # the Save button while the form holds a new record


class DiaryForm(StateWidget, Generic[R]):
    """A new or edited record on the day being viewed: heading, the form's fields, Notes,
    then the footer (message line, Cancel edit, Save)."""

    saved = Signal(object, object)  # (old records, new records): ((), new) or ((old,), new)

    # What each form supplies; the constructor calls the first two, reset() and edit()
    # the next two, the keys and the footer call save().
    _texts: Callable[[], FormTexts]
    _build_fields: Callable[[QVBoxLayout], None]  # between the heading and Notes
    # A form whose fields sit in a label column sets this in `_build_fields`: Notes is then
    # that layout's last row, its box lined up with the other fields'.
    _fields_form: QFormLayout | None = None
    _clear_fields: Callable[[], None]
    _load_fields: Callable[[R], None]
    _labels: Callable[[], dict[str, str]]  # model field name -> the label the user reads
    save: Callable[[], object]
    focus_first: Callable[[], None]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every form's own `save()` refuses while a typed number is out of range: a direct
        call (a test, another screen) is held to the same rule as the button and Enter, and
        a pain scale that refused "11" cannot save the rating it showed before."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("save")
        if own is None or getattr(own, "_guarded", False):
            return

        @functools.wraps(own)
        def save(self: DiaryForm[Any]) -> object:
            if self._refuse_bad_input():
                return None
            return own(self)

        save._guarded = True  # type: ignore[attr-defined]
        setattr(cls, "save", save)  # noqa: B010 (mypy: a method replaced on the class)

    def __init__(
        self,
        state: AppState,
        *,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, parent=parent)
        self._day = day if day is not None else self._today()
        self._editing: R | None = None
        self._loading = 0  # > 0 while the form fills its own fields (not the user's edits)
        self._confirmed: tuple[object, ...] = ()  # the records a "Saved" message describes
        # Model field name -> the box that gets the cursor when that field is refused.
        self._error_focus: dict[str, QLineEdit | QAbstractSpinBox] = {}
        texts = self._texts()
        self.setObjectName(texts.object_name)
        self.setAccessibleName(texts.accessible_name)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        self._heading = QLabel(self)
        hf = self._heading.font()
        hf.setBold(True)
        self._heading.setFont(hf)
        root.addWidget(self._heading)
        self._build_fields(root)
        self._build_notes(root)

        self.footer = FormFooter(texts.save, self)
        self.message = self.footer.message
        self.save_button = self.footer.save_button
        self.cancel_button = self.footer.cancel_button
        self.save_button.clicked.connect(self._save_requested)
        self.cancel_button.clicked.connect(self.reset)
        root.addWidget(self.footer)
        self._checked = [w for w in self.findChildren(QWidget) if isinstance(w, Checked)]
        self._watch_edits()
        state.changed.connect(self._on_state_changed)
        self.reset()

    # ------------------------------------------------------------------ API

    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        """The day new records are filed under (the Diary's viewed day); a message about
        another day's form goes."""
        if day != self._day:
            self._forget_message()
        self._day = day
        self._update_heading()

    def editing(self) -> R | None:
        return self._editing

    def reset(self) -> None:
        """A blank new record."""
        self._editing = None
        self._loading += 1
        try:
            self._clear_fields()
            self.notes.clear()
        finally:
            self._loading -= 1
        self._forget_message()
        self.footer.set_editing(False)
        self._update_heading()

    def edit(self, record: R) -> None:
        """Load a stored record; Save then updates it in place (same id, same time)."""
        self.reset()
        self._editing = record
        self._day = record.local_date
        self._loading += 1
        try:
            self._load_fields(record)
            self.notes.setText(record.notes)
        finally:
            self._loading -= 1
        self.footer.set_editing(True)
        self._update_heading()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_enter(event):
            self._save_requested()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.reset()
            event.accept()
            return
        super().keyPressEvent(event)

    def input_problem(self) -> str | None:
        """The first number typed out of its box's range, in words; None when all fit."""
        for box in self._checked:
            problem = box.input_problem()
            if problem is not None:
                return problem
        return None

    def hideEvent(self, event: QHideEvent) -> None:
        """Another form or page shown over this one: its confirmation no longer applies."""
        super().hideEvent(event)
        if not event.spontaneous() and not self.message.is_error():
            self._forget_message()

    # ------------------------------------------------------------------ for the forms

    def _refuse_bad_input(self) -> bool:
        """True (and the message shown, the cursor on the box) while a number is refused."""
        for box in self._checked:
            problem = box.input_problem()
            if problem is not None:
                self.message.show_error(problem)
                box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _explain(self, err: ValidationError | StorageError) -> None:
        """A refused value: one message naming the field and its range, and the cursor on
        that field where the form has one; a storage problem: the storage's own words."""
        if isinstance(err, StorageError):
            self.message.show_error(str(err))
            return
        self.message.show_error(field_message(err, self._labels()))
        box = self._error_focus.get(err.field)
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.selectAll()

    def _done(self, old: R | None, new: tuple[R, ...], what: str) -> None:
        """After a write: a blank form that still says what was saved, then tell the screen."""
        self.reset()
        self.message.show_info(self.tr("Saved: {what}.").format(what=what))
        self._confirmed = new
        self.saved.emit(() if old is None else (old,), new)

    # ------------------------------------------------------------------ internals

    def _save_requested(self) -> None:
        """Save (the button, Enter); `save()` itself refuses while a number is out of range."""
        self.save()

    def _watch_edits(self) -> None:
        """Every field the user can change tells `_edited` (the pain scales as a whole)."""
        for w in self.findChildren(QWidget):
            if isinstance(w, PainScale):
                w.value_changed.connect(self._edited)
                w.checked.connect(self._edited)
            elif isinstance(w, RangeSpinBox | RangeDoubleSpinBox):
                w.checked.connect(self._edited)
            elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QAbstractSpinBox):
                w.textChanged.connect(self._edited)
            elif isinstance(w, QAbstractSpinBox):
                w.lineEdit().textChanged.connect(self._edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._edited)
            elif (
                isinstance(w, QAbstractButton)
                and w.isCheckable()
                and not isinstance(w.parent(), PainScale)
            ):
                w.toggled.connect(self._edited)

    def _edited(self, *_: object) -> None:
        """The user changed a field: the last message is out of date; a number out of
        range is named at once."""
        if self._loading:
            return
        problem = self.input_problem()
        if problem is not None:
            self._confirmed = ()
            self.message.show_error(problem)
        else:
            self._forget_message()

    def _forget_message(self) -> None:
        self._confirmed = ()
        self.message.clear_message()

    def _on_state_changed(self, changes: object) -> None:
        """A saved entry deleted, undone or changed elsewhere: its "Saved" goes."""
        if not self._confirmed or not isinstance(changes, Changes):
            return
        if changes.touches(Changes.DIARY) and not all(map(self._stored, self._confirmed)):
            self._forget_message()

    def _stored(self, record: object) -> bool:
        """Whether `record` is in the diary exactly as saved."""
        diary = self._services.diary
        if isinstance(record, PainEntry):
            return record in diary.pain_entries(record.local_date, record.local_date)
        if isinstance(record, Activity):
            return record in diary.activities(record.local_date, record.local_date)
        if isinstance(record, Measure):
            return record in diary.measures(record.local_date, record.local_date)
        return True

    def set_notes_visible(self, visible: bool) -> None:
        """Show or hide the Notes row (the Today card has none)."""
        if self._notes_box is not None:
            self._notes_box.setVisible(visible)
        elif self._fields_form is not None:
            self._fields_form.setRowVisible(self.notes, visible)

    def _build_notes(self, root: QVBoxLayout) -> None:
        """Notes: a row of the form's label column when it has one, else a row of its own."""
        form = self._fields_form
        self._notes_box: QWidget | None = None if form is not None else QWidget(self)
        owner = self._notes_box if self._notes_box is not None else self
        label = QLabel(self.tr("N&otes"), owner)
        self.notes = QLineEdit(owner)
        self.notes.setMaxLength(4000)
        self.notes.setAccessibleName(self.tr("Notes"))
        label.setBuddy(self.notes)
        self.notes_label = label
        if form is not None:
            form.addRow(label, self.notes)
            return
        assert self._notes_box is not None
        row = QHBoxLayout(self._notes_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.notes, 1)
        root.addWidget(self._notes_box)

    def _update_heading(self) -> None:
        texts = self._texts()
        what = texts.edit_heading if self._editing is not None else texts.new_heading
        self._heading.setText(self.tr("{what} · {day}").format(what=what, day=day_text(self._day)))
