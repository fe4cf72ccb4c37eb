"""Settings: your leg, the rules' thresholds (PROTOCOL.md), sessions, sound, appearance,
language, reminders and data, in sections (`settings_sections`, `settings_sound`,
`settings_reminders`, `settings_data`) under one bar that stays in view: Save, Revert and
what happened.

The sections share one label column (`SharedColumns`), so every field starts at the same x.
A column of sections is never wider than `design.READING_WIDTH` unless its text needs it;
where the page is wide enough for two such columns (1920 px) the sections stand in two,
your leg, the rules and sessions on the left and the app's own settings on the right, so
the whole page fits a 1920 x 1080 screen. The bar is outside the scroll area: scrolled to
the bottom, the last section ends above it.

Save (Ctrl+S) writes only the fields the user changed here, so a choice made elsewhere
since the page was filled (the side on Today, the current step on Programme) is never
overwritten by this page's older copy. Leaving the page (another page, closing the window)
with unsaved changes asks first (`confirm_leave`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from phtcoach import APP_NAME
from phtcoach.audio.cues import CuePlayer, NullCuePlayer
from phtcoach.audio.devices import OutputList
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Settings
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError
from phtcoach.ui.design import (
    PAGE_MARGINS,
    READING_WIDTH,
    Space,
    TextStyle,
    page_layout,
    set_text_style,
)
from phtcoach.ui.settings_data import DataSection, Opener
from phtcoach.ui.settings_reminders import RemindersSection
from phtcoach.ui.settings_sections import (
    AppearanceSection,
    LanguageSection,
    LegSection,
    RulesSection,
    Section,
    SessionsSection,
    SharedColumns,
    plain,
)
from phtcoach.ui.settings_sound import SoundSection
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel

Button = QMessageBox.StandardButton
Ask = Callable[[QWidget], QMessageBox.StandardButton]
"""Asks whether to save unsaved changes: Save, Discard or Cancel (tests answer themselves)."""
LEFT_SECTIONS = 3
"""In two columns, the first sections (your leg, the rules, sessions) stand on the left."""


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        QCoreApplication.translate(
            "SettingsPage", "Your settings have unsaved changes. Save them?"
        ),
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.setDefaultButton(Button.Save)
    return Button(box.exec())


class SettingsPage(QWidget):
    """Edits `Settings` in sections; see the module docstring for Save and leaving."""

    def __init__(
        self,
        state: AppState,
        player: CuePlayer | None = None,
        parent: QWidget | None = None,
        *,
        outputs: OutputList | None = None,
        opener: Opener | None = None,
        ask: Ask | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._player: CuePlayer = player if player is not None else NullCuePlayer()
        self.ask: Ask = ask or ask_unsaved
        self._loaded: dict[str, Any] = {}
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))
        if outputs is None:
            outputs = self._default_outputs()
        folder = state.services.database_path.parent

        self.leg = LegSection()
        self.rules = RulesSection()
        self.sessions = SessionsSection()
        self.sound = SoundSection(self._player, outputs, lambda: self._state.settings)
        self.appearance = AppearanceSection()
        self.language = LanguageSection()
        self.reminders = RemindersSection()
        self.data = DataSection(folder, opener)
        self.sections: tuple[Section, ...] = (
            self.leg,
            self.rules,
            self.sessions,
            self.sound,
            self.appearance,
            self.language,
            self.reminders,
            self.data,
        )
        # The boxes other code and the tests reach for by name.
        self.side = self.leg.side
        self.ceiling = self.rules.ceiling
        self.volume = self.sound.volume

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area, 1)
        body = QWidget()
        self.scroll_area.setWidget(body)
        root = QVBoxLayout(body)
        page_layout(root)
        title = QLabel(self.tr("Settings"))
        set_text_style(title, TextStyle.TITLE)
        root.addWidget(title)
        # Two columns side by side in the body (not widgets of their own: the sections stay
        # children of the body, so Tab goes through them in the same order either way).
        columns = QHBoxLayout()
        columns.setSpacing(Space.XL)
        self._columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._columns:
            column.setSpacing(Space.M)
            columns.addLayout(column)
        columns.addStretch(1)
        root.addLayout(columns, 1)
        for section in self.sections:
            section.setParent(body)
            section.rejected.connect(self._rejected)
        self.two_columns = False
        self._column_width = 0
        self._place(two=False)
        outer.addWidget(self._bottom_bar())
        self.shared = SharedColumns(self.sections, self, changed=self._reflow)
        self.scroll_area.installEventFilter(self)

        self._shown: dict[str, Any] = {}  # the values when the message was last true
        self._typed_error = False  # the message names a number typed out of its range
        self._watch_controls()
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        state.changed.connect(self._on_changed)
        self.load(state.settings)

    # ------------------------------------------------------------------ layout

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._reflow()
        return False

    def _place(self, *, two: bool) -> None:
        """The sections in one column, or the first `LEFT_SECTIONS` left and the rest right;
        a stretch under each column keeps its sections at their own height."""
        for column in self._columns:
            while column.count():
                column.takeAt(0)  # the widgets stay children of the body
        split = LEFT_SECTIONS if two else len(self.sections)
        for i, section in enumerate(self.sections):
            self._columns[0 if i < split else 1].addWidget(section)
        for column in self._columns:
            column.addStretch(1)
        self.two_columns = two

    def _reflow(self) -> None:
        """One column or two, each `READING_WIDTH` wide (wider only if a section's text
        needs it; narrower only down to the narrowest the sections can be)."""
        left, _top, right, _bottom = PAGE_MARGINS
        # As if the scroll bar were there: whether it is must not change the columns.
        avail = self.scroll_area.width() - self.scroll_area.verticalScrollBar().sizeHint().width()
        avail -= left + right
        natural = max(s.sizeHint().width() for s in self.sections)
        narrowest = max(s.minimumSizeHint().width() for s in self.sections)
        want = max(READING_WIDTH, natural)
        two = avail >= 2 * want + Space.XL
        width = want if two else max(narrowest, min(want, avail))
        if two != self.two_columns:
            self._place(two=two)
        if width != self._column_width:
            self._column_width = width
            for section in self.sections:
                section.setFixedWidth(width)

    def _default_outputs(self) -> OutputList:
        """The system's outputs where sound works; none to list where it does not (asking
        the system then only logs that there is no sound server)."""
        if self._player.available:
            from phtcoach.audio.devices import system_outputs

            return system_outputs(self)
        return OutputList(parent=self)

    def _bottom_bar(self) -> QWidget:
        """Save, Revert and the message, outside the scroll area: always in view."""
        bar = QFrame()
        bar.setObjectName("settingsBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setToolTip("Ctrl+S")
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        self.message = MessageLabel()
        self.message.setAccessibleName(self.tr("Settings message"))
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addWidget(self.message, 1)
        row.addStretch(0)  # the buttons keep their size while the message is hidden
        return bar

    # ------------------------------------------------------------------ values

    def controls(self) -> dict[str, QWidget]:
        """Every `Settings` field this page edits, with its control."""
        out: dict[str, QWidget] = {}
        for section in self.sections:
            out.update(section.controls)
        return out

    def load(self, s: Settings) -> None:
        """Fill the form from `s`; what Save compares against to find the user's edits."""
        for section in self.sections:
            section.load(s)
        self.message.clear_message()
        self._loaded = self.values()
        self._shown = self._loaded

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for section in self.sections:
            out.update(section.values())
        return {k: plain(v) for k, v in out.items()}

    def edited(self) -> dict[str, Any]:
        """The fields whose box differs from what the form was filled with."""
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def _on_changed(self, changes: object) -> None:
        """Settings changed elsewhere: show them, unless the user is editing here."""
        edited = self.edited()
        if isinstance(changes, Changes) and changes.touches(Changes.SETTINGS) and not edited:
            self.load(self._state.settings)

    def message_error(self, text: str) -> None:
        self.message.show_error(text)

    def input_problems(self) -> list[str]:
        """Numbers typed outside their range, still on screen: nothing is saved meanwhile."""
        return [p for section in self.sections for p in section.input_problems()]

    def _rejected(self, text: str) -> None:
        """A section's refusal; "" when a typed number fits again: the message goes, unless
        another box still holds one that does not."""
        standing = self.input_problems()
        if text or standing:
            self._typed_error = True
            self.message_error(text or standing[0])
        elif self._typed_error:
            self._typed_error = False
            self.message.clear_message()

    def _watch_controls(self) -> None:
        """Every control (and the parts of composite ones) reports an edit."""
        for control in self.controls().values():
            for box in (control, *control.findChildren(QWidget)):
                if isinstance(box, QListWidget):
                    box.model().rowsInserted.connect(self._control_changed)
                    box.model().rowsRemoved.connect(self._control_changed)
                for name in ("currentIndexChanged", "valueChanged", "toggled", "timeChanged"):
                    signal = getattr(box, name, None)
                    if signal is not None:
                        signal.connect(self._control_changed)

    def _control_changed(self, *_: object) -> None:
        """A value edited since the message was shown: "Saved." (or a refusal) no longer
        describes the page, so it goes."""
        values = self.values()
        if values != self._shown:
            self._shown = values
            self.message.clear_message()

    # ------------------------------------------------------------------ actions

    def save(self, values: dict[str, Any] | None = None) -> Settings | None:
        """Validate and store; on a bad value show the model's message and write nothing."""
        standing = self.input_problems()
        if standing:
            self.message_error(standing[0])
            return None
        changes = values if values is not None else self.edited()
        if not changes:
            self.message.show_info(self.tr("Nothing to save: no changes."))
            return self._state.settings
        try:
            replace(self._state.settings, **changes)  # validate before anything is written
            new = self._state.update_settings(**changes)
        except (ValidationError, StorageError) as exc:
            self.message.show_error(str(exc))
            return None
        self.load(new)
        self.message.show_info(self.tr("Saved."))
        return new

    def revert(self) -> None:
        self.load(self._state.settings)
        self.sound.restore_player()

    def confirm_leave(self) -> bool:
        """True when the page may be left: nothing unsaved, saved now, or discarded."""
        if not self.edited():
            return True
        answer = self.ask(self)
        if answer == Button.Save:
            return self.save() is not None
        if answer == Button.Discard:
            self.revert()
            return True
        return False

    @property
    def settings(self) -> Settings:
        return self._state.settings
