"""The pain check-in form: morning / evening / other, the morning test, red flags, notes.

The morning test score is what the 24-hour rule reads, so it sits right under the pain
scale with the test the user chose in settings spelled out. Enter saves from anywhere in
the form (Ctrl+Enter too), so a check-in is "type a digit, press Enter".

What every diary form does alike (keys, heading, notes, footer, `saved(old, new)`) is in
`widgets.form_base`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import MorningTest, PainEntry, PainSlot, RedFlag, Settings
from phtcoach.services.errors import StorageError
from phtcoach.ui.checkin_time import (
    CheckInTime,
    ask_replace,
    default_slot,
    replacement,
    same_slot,
    slot_name,
)
from phtcoach.ui.design import TextStyle, set_text_style
from phtcoach.ui.state import AppState
from phtcoach.ui.text.words import unbroken_phrase
from phtcoach.ui.widgets.feedback import error_colour
from phtcoach.ui.widgets.fmt import TIME_FORMAT
from phtcoach.ui.widgets.form_base import DiaryForm, FormTexts
from phtcoach.ui.widgets.pain_scale import PainScale


class CheckInForm(DiaryForm[PainEntry]):
    """New or edited pain check-in for the day being viewed.

    `compact` is the Today card: morning only and no notes (one screen away in the Diary),
    but the red-flag boxes stay: a flag must be loggable wherever pain is typed.
    """

    def __init__(
        self,
        state: AppState,
        *,
        compact: bool = False,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self._compact = compact  # read while the base class builds the form
        super().__init__(state, day=day, parent=parent)
        self.notes.setPlaceholderText(self.tr("Optional: sleep, sitting, what you did yesterday"))
        self.set_notes_visible(not compact)

    def _texts(self) -> FormTexts:
        if self._compact:
            new = edit = self.tr("Morning check-in")
        else:
            new, edit = self.tr("New check-in"), self.tr("Edit check-in")
        return FormTexts(
            "checkInForm", self.tr("Pain check-in"), new, edit, self.tr("&Save check-in")
        )

    def _build_fields(self, root: QVBoxLayout) -> None:
        self._test_kind: MorningTest = MorningTest.SL_BRIDGE_3
        set_text_style(self._heading, TextStyle.HEADING)
        self.keys_hint = QLabel(self._keys_text(), self)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setObjectName("keysHint")
        root.addWidget(self.keys_hint)

        slot_row = QHBoxLayout()
        self._slot_group = QButtonGroup(self)
        self.slot_buttons: dict[PainSlot, QRadioButton] = {}
        for slot, text in (
            (PainSlot.MORNING, self.tr("&Morning")),
            (PainSlot.EVENING, self.tr("E&vening")),
            (PainSlot.OTHER, self.tr("Ot&her time")),
        ):
            rb = QRadioButton(text, self)
            plain = text.replace("&", "")
            rb.setAccessibleName(self.tr("Check-in time: {slot}").format(slot=plain))
            self._slot_group.addButton(rb)
            slot_row.addWidget(rb)
            self.slot_buttons[slot] = rb
            rb.toggled.connect(self._slot_toggled)
        # When it happened: the clock for today, the slot's usual time for a past day,
        # or the time typed here (any slot; "Other time" is where it matters most).
        at_label = QLabel(self.tr("at"), self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat(TIME_FORMAT)  # as every time is written (fmt.time_text)
        self.time_edit.setAccessibleName(self.tr("Time of the check-in"))
        self.time_edit.setToolTip(
            self.tr("When this check-in was; for a past day it starts at your reminder time.")
        )
        at_label.setBuddy(self.time_edit)
        self._time = CheckInTime(self._state, self.time_edit, day=self.day, slot=self.slot)
        self.clock_timer = self._time.timer
        slot_row.addWidget(at_label)
        slot_row.addWidget(self.time_edit)
        slot_row.addStretch(1)
        self._slot_box = QWidget(self)
        self._slot_box.setLayout(slot_row)
        slot_row.setContentsMargins(0, 0, 0, 0)
        self._slot_box.setVisible(not self._compact)
        root.addWidget(self._slot_box)

        self._pain_label = QLabel(self.tr("&Pain right now (0-10)"), self)
        root.addWidget(self._pain_label)
        self.pain_scale = PainScale(self.tr("Pain"), self, show_hint=False)
        self._pain_label.setBuddy(self.pain_scale.button(0))
        root.addWidget(self.pain_scale)

        self._test_label = QLabel(self)
        self._test_label.setWordWrap(True)
        root.addWidget(self._test_label)
        self.test_scale = PainScale(self.tr("Morning test"), self, show_hint=False)
        root.addWidget(self.test_scale)

        self._flags_box = QWidget(self)
        flags = QVBoxLayout(self._flags_box)
        flags.setContentsMargins(0, 4, 0, 0)
        flags.addWidget(QLabel(self.tr("Red flags (tick any you have noticed):"), self._flags_box))
        self.flag_boxes: dict[RedFlag, QCheckBox] = {}
        for flag in RedFlag:
            cb = QCheckBox(self.tr(flag.label), self._flags_box)
            cb.toggled.connect(self._flags_changed)
            flags.addWidget(cb)
            self.flag_boxes[flag] = cb
        self.flag_warning = QLabel(
            self.tr(
                "⚠ Stop the programme and see a clinician before training again: "
                "these signs need a professional look."
            ),
            self._flags_box,
        )
        self.flag_warning.setWordWrap(True)
        self.flag_warning.setObjectName("redFlagWarning")
        # The warning takes the place of a quiet hint of the same height, so ticking a flag
        # moves nothing: Notes and Save stay under the pointer.
        self.flag_hint = QLabel(
            self.tr("Ticking one holds training until a clinician has had a look."),
            self._flags_box,
        )
        self.flag_hint.setWordWrap(True)
        self.flag_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.flag_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._flag_note = QStackedWidget(self._flags_box)
        self._flag_note.addWidget(self.flag_hint)
        self._flag_note.addWidget(self.flag_warning)
        self._style_warning()
        flags.addWidget(self._flag_note)
        root.addWidget(self._flags_box)

    # ------------------------------------------------------------------ API

    def focus_first(self) -> None:
        self.pain_scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def slot(self) -> PainSlot:
        for slot, rb in self.slot_buttons.items():
            if rb.isChecked():
                return slot
        return PainSlot.OTHER

    def save(self) -> PainEntry | None:
        """Validate and write; on a problem show one message naming the field, write nothing."""
        pain = self.pain_scale.value()
        if pain is None:
            self.message.show_error(
                self.tr("Pain: choose a number from 0 to 10 (type it or click a button).")
            )
            self.focus_first()
            return None
        score = self.test_scale.value() if self._test_row_wanted() else None
        old = self._editing
        try:
            entry = PainEntry(
                local_date=self._day if old is None else old.local_date,
                slot=self.slot(),
                recorded_at=self._time.recorded_at(old),
                pain=pain,
                test_kind=self._test_kind if score is not None else None,
                test_score=score,
                red_flags=frozenset(f for f, cb in self.flag_boxes.items() if cb.isChecked()),
                notes=self.notes.text(),
                id=None if old is None else old.id,
            )
            other = self._slot_taken(old)
            if other is not None and not ask_replace(self, other, entry, self._tz):
                self.message.show_info(
                    self.tr("Not saved: your {slot} check-in stays as it was.").format(
                        slot=slot_name(other.slot)
                    )
                )
                return None
            if other is not None:
                entry = replacement(entry, other)
            if old is None and other is not None:  # this one replaces it (same id)
                (new,) = self._state.perform(
                    self._services.diary.update, replace(entry, id=other.id)
                )
                old = other
            elif old is None:
                (new,) = self._state.perform(self._services.diary.add, entry)
            elif other is not None:
                (new,) = self._state.perform(self._services.diary.replace, entry, other)
            else:
                (new,) = self._state.perform(self._services.diary.update, entry)
        except (ValidationError, StorageError) as e:
            self._explain(e)
            return None
        what = self.tr("{slot} {pain}/10").format(slot=slot_name(new.slot), pain=new.pain)
        if other is not None and old is not other:
            # An edit moved into the other's slot: undo must bring both back.
            self.blockSignals(True)
            self._done(old, (new,), what)
            self.blockSignals(False)
            self.saved.emit((old, other), (new,))
        else:
            self._done(old, (new,), what)
        return new

    def set_day(self, day: date) -> None:
        super().set_day(day)
        self._time.follow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._time.start()  # the time shown catches up with the clock

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._time.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "flag_warning"):
            self._style_warning()

    # ------------------------------------------------------------------ internals

    def _keys_text(self) -> str:
        """The keys, each with what it does; a line breaks only between them ("Enter saves."
        is never split), so the hint wraps as a list, not mid-phrase."""
        keys = (
            self.tr("type 0-10 (T = 10)"),
            self.tr("←/→ adjust"),
            self.tr("Del clears"),
            self.tr("Tab next"),
            self.tr("Enter saves"),
        )
        return self.tr("Keys: {keys}.").format(keys=", ".join(map(unbroken_phrase, keys)))

    def _clear_fields(self) -> None:
        """Slot by time of day, the test chosen in settings."""
        settings = self._settings()
        self._test_kind = settings.morning_test if settings else MorningTest.SL_BRIDGE_3
        ceiling = settings.acceptable_ceiling if settings else Settings().acceptable_ceiling
        self.pain_scale.set_ceiling(ceiling)
        self.test_scale.set_ceiling(ceiling)
        slot = (
            PainSlot.MORNING
            if self._compact
            else default_slot(self._local_now(), morning_logged=self._morning_logged())
        )
        self.slot_buttons[slot].setChecked(True)
        self.pain_scale.clear()
        self.test_scale.clear()
        for cb in self.flag_boxes.values():
            cb.setChecked(False)
        self._update_test_row()
        self._time.reset()

    def _load_fields(self, entry: PainEntry) -> None:
        if entry.test_kind is not None:
            self._test_kind = entry.test_kind
        self.slot_buttons[entry.slot].setChecked(True)
        self.pain_scale.set_value(entry.pain)
        self.test_scale.set_value(entry.test_score)
        for flag, cb in self.flag_boxes.items():
            cb.setChecked(flag in entry.red_flags)
        self._update_test_row()
        self._time.load(entry)

    def _labels(self) -> dict[str, str]:
        return {
            "pain.pain": self.tr("Pain"),
            "pain.test_score": self.tr("Morning test score"),
            "pain.notes": self.tr("Notes"),
            "pain.local_date": self.tr("Day"),
            "pain.slot": self.tr("Check-in time"),
        }

    def _local_now(self) -> datetime:
        return self._clock.now().astimezone(self._tz)

    def _settings(self) -> Settings | None:
        return self._state.settings

    def _morning_logged(self) -> bool:
        try:
            entries = self._services.diary.pain_entries(self._day, self._day)
        except StorageError:
            return False
        return any(e.slot is PainSlot.MORNING for e in entries)

    def _test_row_wanted(self) -> bool:
        return self.slot() is PainSlot.MORNING or (
            self._editing is not None and self._editing.test_score is not None
        )

    def _slot_toggled(self, checked: bool) -> None:
        if checked:
            self._update_test_row()
            self._update_heading()
            self._time.follow()

    def _slot_taken(self, old: PainEntry | None) -> PainEntry | None:
        """The day's other morning (or evening) check-in this save would duplicate."""
        if old is not None and old.slot is self.slot():
            return None
        entries = self._services.diary.pain_entries(self._day, self._day)
        return same_slot(entries, self.slot(), old)

    def _update_test_row(self) -> None:
        wanted = self._test_row_wanted()
        self._test_label.setText(
            self.tr("Morning &test: {test} (0-10, optional; the 24-hour rule reads it)").format(
                test=self._test_kind.label
            )
        )
        self._test_label.setBuddy(self.test_scale.button(0))
        self._test_label.setVisible(wanted)
        self.test_scale.setVisible(wanted)

    def _flags_changed(self) -> None:
        any_flag = any(cb.isChecked() for cb in self.flag_boxes.values())
        self._flag_note.setCurrentWidget(self.flag_warning if any_flag else self.flag_hint)

    def _style_warning(self) -> None:
        """Styled once (and on a theme switch), not on each tick: its size never changes."""
        self.flag_warning.setStyleSheet(
            f"color: {error_colour(self)}; font-weight: bold; border: 2px solid "
            f"{error_colour(self)}; border-radius: 4px; padding: 6px;"
        )
        self.flag_warning.ensurePolished()
        self.flag_hint.setContentsMargins(0, 8, 0, 8)  # the warning's border and padding
