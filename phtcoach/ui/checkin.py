"""The pain check-in form: morning / evening / other, the morning test, red flags, notes.

The morning test score is what the 24-hour rule reads, so it sits right under the pain
scale with the test the user chose in settings spelled out. Enter saves from anywhere in
the form (Ctrl+Enter too), so a check-in is "type a digit, press Enter".

The form writes through the diary repository itself and reports `saved(old, new)` as
tuples of entries: `old` is empty for a new entry and holds the entry as it was before an
edit otherwise, so a screen can offer undo.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.clock import Clock
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import MorningTest, PainEntry, PainSlot, RedFlag
from phtcoach.storage.db import StorageError
from phtcoach.storage.repository import Store
from phtcoach.ui.widgets.feedback import error_colour, field_message
from phtcoach.ui.widgets.fmt import day_text
from phtcoach.ui.widgets.form_footer import FormFooter
from phtcoach.ui.widgets.pain_scale import PainScale

MORNING_UNTIL_HOUR = 12  # before noon a check-in defaults to "morning"
EVENING_FROM_HOUR = 17  # from 5 pm to "evening"; in between to "other"


def default_slot(local_now: datetime) -> PainSlot:
    if local_now.hour < MORNING_UNTIL_HOUR:
        return PainSlot.MORNING
    if local_now.hour >= EVENING_FROM_HOUR:
        return PainSlot.EVENING
    return PainSlot.OTHER


def is_enter(event: QKeyEvent) -> bool:
    """Return or keypad Enter, alone or with Ctrl (the form's save keys)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.ControlModifier,
    )


class CheckInForm(QWidget):
    """New or edited pain check-in for the day being viewed.

    `compact` is the Today card: morning only, no red flags or notes (those are one
    screen away in the Diary), so the card stays small.
    """

    saved = Signal(object, object)  # (old entries, new entries): ((), (new,)) or ((old,), (new,))

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        day: date | None = None,
        tz: tzinfo | None = None,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._tz = tz
        self._compact = compact
        self._day = day if day is not None else self._local_now().date()
        self._editing: PainEntry | None = None
        self._test_kind: MorningTest = MorningTest.SL_BRIDGE_3
        self.setObjectName("checkInForm")
        self.setAccessibleName(self.tr("Pain check-in"))

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)

        self._heading = QLabel(self)
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(self.font().pointSizeF() * 1.15)
        self._heading.setFont(f)
        root.addWidget(self._heading)
        self.keys_hint = QLabel(
            self.tr("Keys: type 0-10 (T = 10), ←/→ adjust, Del clears, Tab next, Enter saves."),
            self,
        )
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
        slot_row.addStretch(1)
        self._slot_box = QWidget(self)
        self._slot_box.setLayout(slot_row)
        slot_row.setContentsMargins(0, 0, 0, 0)
        self._slot_box.setVisible(not compact)
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
        self.flag_warning.hide()
        flags.addWidget(self.flag_warning)
        self._flags_box.setVisible(not compact)
        root.addWidget(self._flags_box)

        self._notes_box = QWidget(self)
        notes = QHBoxLayout(self._notes_box)
        notes.setContentsMargins(0, 0, 0, 0)
        notes_label = QLabel(self.tr("N&otes"), self._notes_box)
        self.notes = QLineEdit(self._notes_box)
        self.notes.setMaxLength(4000)
        self.notes.setPlaceholderText(self.tr("Optional: sleep, sitting, what you did yesterday"))
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_label.setBuddy(self.notes)
        notes.addWidget(notes_label)
        notes.addWidget(self.notes, 1)
        self._notes_box.setVisible(not compact)
        root.addWidget(self._notes_box)

        self.footer = FormFooter(self.tr("&Save check-in"), self)
        self.message = self.footer.message
        self.save_button = self.footer.save_button
        self.cancel_button = self.footer.cancel_button
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reset)
        root.addWidget(self.footer)

        self.reset()

    # ------------------------------------------------------------------ API

    def day(self) -> date:
        return self._day

    def set_day(self, day: date) -> None:
        """The day new entries are filed under (the Diary's viewed day)."""
        self._day = day
        self._update_heading()

    def editing(self) -> PainEntry | None:
        return self._editing

    def reset(self) -> None:
        """A blank new entry: slot by time of day, the test chosen in settings."""
        self._editing = None
        self._test_kind = self._settings_test()
        slot = PainSlot.MORNING if self._compact else default_slot(self._local_now())
        self.slot_buttons[slot].setChecked(True)
        self.pain_scale.clear()
        self.test_scale.clear()
        for cb in self.flag_boxes.values():
            cb.setChecked(False)
        self.notes.clear()
        self.message.clear_message()
        self.footer.set_editing(False)
        self._update_test_row()
        self._update_heading()

    def edit(self, entry: PainEntry) -> None:
        """Load a stored entry; Save then updates it in place (same id, same time)."""
        self.reset()
        self._editing = entry
        self._day = entry.local_date
        if entry.test_kind is not None:
            self._test_kind = entry.test_kind
        self.slot_buttons[entry.slot].setChecked(True)
        self.pain_scale.set_value(entry.pain)
        self.test_scale.set_value(entry.test_score)
        for flag, cb in self.flag_boxes.items():
            cb.setChecked(flag in entry.red_flags)
        self.notes.setText(entry.notes)
        self.footer.set_editing(True)
        self._update_test_row()
        self._update_heading()

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
        flags = frozenset(f for f, cb in self.flag_boxes.items() if cb.isChecked())
        old = self._editing
        try:
            if old is None:
                entry = PainEntry(
                    local_date=self._day,
                    slot=self.slot(),
                    recorded_at=self._clock.now(),
                    pain=pain,
                    test_kind=self._test_kind if score is not None else None,
                    test_score=score,
                    red_flags=flags,
                    notes=self.notes.text(),
                )
                new = self._store.diary.add_pain(entry)
            else:
                entry = replace(
                    old,
                    slot=self.slot(),
                    pain=pain,
                    test_kind=self._test_kind if score is not None else None,
                    test_score=score,
                    red_flags=flags,
                    notes=self.notes.text(),
                )
                new = self._store.diary.update_pain(entry)
        except ValidationError as e:
            self.message.show_error(field_message(e, self._labels()))
            return None
        except StorageError as e:
            self.message.show_error(str(e))
            return None
        self.reset()
        self.message.show_info(
            self.tr("Saved: {slot} {pain}/10.").format(slot=slot_name(new.slot), pain=new.pain)
        )
        self.saved.emit(() if old is None else (old,), (new,))
        return new

    # ------------------------------------------------------------------ events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_enter(event):
            self.save()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self.reset()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ internals

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

    def _settings_test(self) -> MorningTest:
        try:
            return self._store.settings.load().morning_test
        except StorageError:
            return MorningTest.SL_BRIDGE_3

    def _test_row_wanted(self) -> bool:
        return self.slot() is PainSlot.MORNING or (
            self._editing is not None and self._editing.test_score is not None
        )

    def _slot_toggled(self, checked: bool) -> None:
        if checked:
            self._update_test_row()
            self._update_heading()

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

    def _update_heading(self) -> None:
        what = self.tr("Edit check-in") if self._editing is not None else self.tr("New check-in")
        if self._compact:
            what = self.tr("Morning check-in")
        self._heading.setText(self.tr("{what} · {day}").format(what=what, day=day_text(self._day)))

    def _flags_changed(self) -> None:
        any_flag = any(cb.isChecked() for cb in self.flag_boxes.values())
        self.flag_warning.setStyleSheet(
            f"color: {error_colour(self)}; font-weight: bold; border: 2px solid "
            f"{error_colour(self)}; border-radius: 4px; padding: 6px;"
        )
        self.flag_warning.setVisible(any_flag)


def slot_name(slot: PainSlot) -> str:
    tr = QCoreApplication.translate
    if slot is PainSlot.MORNING:
        return tr("CheckInForm", "morning")
    if slot is PainSlot.EVENING:
        return tr("CheckInForm", "evening")
    return tr("CheckInForm", "other time")
