"""The Today screen: today's advice, the morning check-in, and one button to train.

It is the home screen, so it answers three questions in order: how am I doing (the traffic
light and its reasons), have I done my morning test (the check-in card until it is
logged), and what do I do now: the one primary button, which starts today's session
(Enter), says "Done for today" once it is done, or is replaced by "See a clinician first"
while a red flag holds the programme. All of that comes from one `TodayPlan`, so the
headline, the plan box and the button cannot disagree. On first run it also asks which
side hurts (keys L / R), once.
The screen refreshes from the app state's change signal, whoever changed the data.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import PainEntry, Side
from phtcoach.core.progression import Advice, Step
from phtcoach.core.red_flag_notes import NoteMention
from phtcoach.core.words import readable_id
from phtcoach.services.advice import SIDE_ASKED_KEY, Ease, StartKind, TodayPlan
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError, ValidationError
from phtcoach.ui.advice_card import AdviceCard
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.clinician_hold import ClinicianHold
from phtcoach.ui.design import Space, TextStyle, page_layout, set_text_style
from phtcoach.ui.first_paint import after_first_paint
from phtcoach.ui.note_question import NoteQuestions
from phtcoach.ui.text import red_flag_text
from phtcoach.ui.today_flare import FlareCard
from phtcoach.ui.today_trend import TrendPanel
from phtcoach.ui.today_welcome import SideQuestion, getting_started
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import day_text, lower_first, time_text
from phtcoach.ui.widgets.start_button import StartButton
from phtcoach.ui.widgets.state_widget import StateScreen


def session_minutes(total_s: float) -> int:
    """A session length as people say it: whole minutes, at least 1."""
    return max(1, round(total_s / 60))


class TodayScreen(StateScreen):
    """The home screen. Signal: `start_requested(template_id)` when the user starts a
    session ("today": the plan's session, eased as the advice says)."""

    start_requested = Signal(str)

    def _build(self) -> None:
        self._plan: TodayPlan | None = None
        self.setObjectName("todayScreen")
        self.setAccessibleName(self.tr("Today"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        root = QVBoxLayout(body)
        page_layout(root)

        self.title = QLabel(body)
        set_text_style(self.title, TextStyle.TITLE)
        root.addWidget(self.title)

        columns = QHBoxLayout()
        columns.setSpacing(Space.L)
        root.addLayout(columns, 1)

        left = QVBoxLayout()
        self.side_card = SideQuestion(body)
        self.side_card.chosen.connect(self.choose_side)
        self.side_question = self.side_card.question
        self.side_buttons = self.side_card.buttons
        self.side_card.hide()
        left.addWidget(self.side_card)
        self.note_questions = NoteQuestions(body)
        self.note_questions.answered.connect(self._note_answered)
        left.addWidget(self.note_questions)
        self.advice_card = AdviceCard(body)
        self.advice_card.accept_requested.connect(self._accept_step)
        self.advice_card.not_now_requested.connect(self._not_now)
        left.addWidget(self.advice_card)
        self.flare = FlareCard(self._state, parent=body)
        left.addWidget(self.flare)
        self.message = MessageLabel(body)
        left.addWidget(self.message)
        left.addStretch(1)
        columns.addLayout(left, 4)

        right = QVBoxLayout()
        right.setSpacing(Space.M)
        self.morning_card = QFrame(body)
        self.morning_card.setObjectName("morningCard")
        self.morning_card.setFrameShape(QFrame.Shape.StyledPanel)
        mc = QVBoxLayout(self.morning_card)
        self.checkin = CheckInForm(self._state, compact=True, parent=self.morning_card)
        self.checkin.saved.connect(self._checkin_saved)
        mc.addWidget(self.checkin)
        self.morning_hint = QLabel(
            self.tr("Notes or an evening check-in: use the Diary."), self.morning_card
        )
        self.morning_hint.setWordWrap(True)
        mc.addWidget(self.morning_hint)
        right.addWidget(self.morning_card)

        self.logged_label = QLabel(body)
        self.logged_label.setObjectName("loggedLine")
        self.logged_label.setWordWrap(True)
        right.addWidget(self.logged_label)

        self.start_button = StartButton(body)
        self.start_button.clicked.connect(self._start)
        right.addWidget(self.start_button)
        self.hold_card = ClinicianHold(body)
        self.hold_card.checked.connect(self._clinician_checked)
        right.addWidget(self.hold_card)
        self.another_button = QPushButton(self.tr("Start &another session"), body)
        self.another_button.setAccessibleName(self.tr("Start another session today"))
        self.another_button.setAutoDefault(True)
        self.another_button.clicked.connect(lambda: self.start_requested.emit("today"))
        right.addWidget(self.another_button)

        self.trend = TrendPanel(self._state, parent=body)
        self.sparkline = self.trend.sparkline
        self.spark_caption = self.trend.spark_caption
        self.week_label = self.trend.week_label
        right.addWidget(self.trend)
        right.addStretch(1)
        columns.addLayout(right, 3)

        self.refresh()
        # The tolerance model reads a year of records: not before Today's first frame.
        after_first_paint(self, self.flare.refresh)

    # ------------------------------------------------------------------ API

    def today(self) -> date:
        return self._today()

    def plan(self) -> TodayPlan | None:
        return self._plan

    def template_id(self) -> str:
        """The template the Start button starts."""
        return "" if self._plan is None else self._plan.template_id

    def advice(self) -> Advice | None:
        return None if self._plan is None else self._plan.advice

    def choose_side(self, side: Side) -> None:
        """Save the affected side from the first-run question; the card then goes away."""
        try:
            self._state.perform(self._services.settings.choose_affected_side, side, SIDE_ASKED_KEY)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.message.show_info(
            self.tr("Affected side saved: {side}. Change it any time in Settings.").format(
                side=self.tr("left") if side is Side.LEFT else self.tr("right")
            )
        )
        self._focus_default()

    def refresh(self) -> None:
        """Recompute everything from the services (the app state calls this on change)."""
        today = self.today()
        self.title.setText(self.tr("Today · {day}").format(day=day_text(today, long=True)))
        try:
            plan = self._services.advice.plan()
        except (StorageError, ValidationError, DataFormatError) as e:
            self.message.show_error(str(e))
            return
        self._plan = plan
        self._show_advice(plan)
        self._show_morning(plan)
        self._show_start(plan)
        self.trend.show_history(today, plan.history)
        if self.flare.filled:
            self.flare.refresh_soon()

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(Changes.ALL):
            # A confirmation speaks of the action just done: it goes with the next change
            # (this screen's own actions show theirs after their change has come through).
            self.message.clear_message()
            self.refresh()

    # ------------------------------------------------------------------ events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the session; digits go to the morning scale while it is shown."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self._start()
            event.accept()
            return
        if self.side_card.isVisibleTo(self) and mods == Qt.KeyboardModifier.NoModifier:
            side = {Qt.Key.Key_L: Side.LEFT, Qt.Key.Key_R: Side.RIGHT}.get(Qt.Key(key))
            if side is not None:
                self.choose_side(side)
                event.accept()
                return
        if self.morning_card.isVisibleTo(self) and self.checkin.pain_scale.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._needs_new_day():
            self.refresh()
        self._focus_default()

    # ------------------------------------------------------------------ sections

    def _show_advice(self, plan: TodayPlan) -> None:
        self.side_card.setVisible(plan.needs_side)
        self.note_questions.set_mentions(plan.history.note_mentions)
        if plan.first_run or plan.advice is None:
            title, lines = getting_started(lower_first(plan.settings.morning_test.label))
            self.advice_card.set_welcome(title, lines)
            return
        names = {t.id: t.name for t in self._state.programme.templates.values()}
        self.advice_card.set_advice(
            plan.advice,
            names=names,
            current=plan.settings.current_template,
            offer_step=not plan.step_declined,
        )

    def _show_morning(self, plan: TodayPlan) -> None:
        self.checkin.set_day(plan.day)
        entry = plan.morning
        if entry is None:
            self.morning_card.show()
            self.logged_label.hide()
            # The window focusing this page lands on the scale: digits, then Enter.
            self.setFocusProxy(self.checkin.pain_scale)
            return
        self.morning_card.hide()
        self.setFocusProxy(self.start_button)
        self.logged_label.setText(self._logged_text(entry))
        self.logged_label.show()

    def _show_start(self, plan: TodayPlan) -> None:
        kind = plan.start
        self.hold_card.setVisible(kind is StartKind.CLINICIAN_FIRST)
        self.another_button.setVisible(kind is StartKind.DONE_FOR_TODAY)
        self.start_button.setVisible(kind is not StartKind.CLINICIAN_FIRST)
        template = plan.template
        if kind is StartKind.NO_TEMPLATE or template is None:
            self.start_button.set_done(False)
            self.start_button.setEnabled(False)
            self.start_button.set_texts(
                self.tr("Start today's session"),
                self.tr("Template “{id}” not found: choose one in Programme").format(
                    id=readable_id(plan.template_id)
                ),
            )
            return
        if kind is StartKind.CLINICIAN_FIRST:
            flags = () if plan.advice is None else [red_flag_text(f) for f in plan.advice.red_flags]
            self.hold_card.set_flags(flags)
            return
        length = self.tr("{name} – {minutes}\u00a0min").format(
            name=template.name, minutes=session_minutes(plan.length_s)
        )
        ease = {
            Ease.STEP_DOWN: self.tr("one step easier (rule 1)"),
            Ease.ONE_SET_FEWER: self.tr("one set fewer (rule 3)"),
        }.get(plan.ease)
        detail = length if ease is None else f"{length} · {ease}"
        if kind is StartKind.DONE_FOR_TODAY:
            last = plan.sessions_today[-1]
            self.start_button.set_done(True)
            self.start_button.set_texts(
                self.tr("✓ Done for today"),
                self.tr("{name} at {at}. Rest, then log tomorrow's morning test.").format(
                    name=self._services.programme.name(last.template_id),
                    at=time_text(last.started_at, self._tz),
                ),
            )
            self.another_button.setToolTip(detail)
            return
        self.start_button.set_done(False)
        self.start_button.setEnabled(True)
        self.start_button.set_texts(self.tr("▶ Start today's session"), detail)
        self.start_button.setToolTip(self.tr("Enter"))

    # ------------------------------------------------------------------ actions

    def _start(self) -> None:
        """Enter or the button: only while the plan offers a start (never past a red flag)."""
        plan = self._plan
        if plan is not None and plan.start is StartKind.START and self.start_button.isEnabled():
            self.start_requested.emit("today")

    def _checkin_saved(self, _old: object, _new: object) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_answered(self, mention: NoteMention, is_flag: bool) -> None:
        try:
            self._state.perform(self._services.red_flags.answer, mention, is_flag)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.message.show_info(
            self.tr("Logged as a red flag: training waits for a clinician check.")
            if is_flag
            else self.tr("Noted: not a red flag.")
        )
        self._focus_default()

    def _clinician_checked(self) -> None:
        try:
            self._state.perform(self._services.red_flags.record_check)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.message.show_info(
            self.tr(
                "Clinician check recorded. The red flags logged so far no longer hold the "
                "programme; log any new symptom in the Diary."
            )
        )
        self._focus_default()

    def _accept_step(self, step: Step) -> None:
        """The user agreed: only now does the plan change."""
        if step.template_id is None:
            return
        try:
            self._state.perform(self._services.advice.accept_step, step.template_id)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.message.show_info(
            self.tr("Plan changed: today's session is now {name}.").format(
                name=self._services.programme.name(step.template_id)
            )
        )
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_now(self, step: Step) -> None:
        try:
            self._state.perform(
                self._services.advice.decline_step, self.today(), step.kind, step.template_id
            )
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ helpers

    def _logged_text(self, entry: PainEntry) -> str:
        at = time_text(entry.recorded_at, self._tz)
        if entry.test_score is not None:
            return self.tr("✓ Logged: morning {pain}/10, test {score}/10 at {at}").format(
                pain=entry.pain, score=entry.test_score, at=at
            )
        return self.tr("✓ Logged: morning {pain}/10 at {at}").format(pain=entry.pain, at=at)

    def _needs_new_day(self) -> bool:
        return self.checkin.day() != self.today()

    def _focus_default(self) -> None:
        if self.morning_card.isVisibleTo(self):
            self.checkin.focus_first()
        elif self.hold_card.isVisibleTo(self):
            self.hold_card.focus_button()
        elif self.another_button.isVisibleTo(self):
            self.another_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
