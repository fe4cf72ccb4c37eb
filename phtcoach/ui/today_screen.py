"""The Today screen: today's advice, the morning check-in, and one button to start training.

It is the home screen, so it answers three questions in order: how am I doing (the traffic
light and its reasons), have I done my morning test (the check-in card until it is
logged), and what do I do now ("Start today's session", the one primary button, Enter).
On first run it also asks which side hurts (keys L / R), once: the timers lead with the
affected side and the stage criteria read its bridge reps, so a silent "left" is wrong for
half the users.
Everything is recomputed by `refresh()` whenever the data changes, here or elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.analysis import baseline, first_morning_entries, morning_series, week_start
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import PainEntry, SessionStatus, Settings, Side
from phtcoach.core.programme import Programme
from phtcoach.core.progression import Advice, History, Step
from phtcoach.core.timeline import compile_timeline
from phtcoach.storage.db import StorageError
from phtcoach.storage.history import advice_for_day, load_history, load_programme
from phtcoach.ui.advice_card import AdviceCard
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.sparkline import Sparkline
from phtcoach.ui.widgets.feedback import MessageLabel
from phtcoach.ui.widgets.fmt import day_text, time_text, weekday_text
from phtcoach.ui.widgets.store_widget import StoreScreen

SPARK_DAYS = 14
NOT_NOW_KEY = "today.not_now"  # "YYYY-MM-DD|kind|template": a step declined for that day
SIDE_ASKED_KEY = "today.side_asked"  # set once the user answered "Which side hurts?"


def session_minutes(total_s: float) -> int:
    """A session length as people say it: whole minutes, at least 1."""
    return max(1, round(total_s / 60))


class StartButton(QPushButton):
    """The one primary button: a bold action line and the template with its length,
    wrapped rather than clipped however long the template's name is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startButton")
        self.setAutoDefault(True)
        self.setDefault(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(2)
        self.title_label = QLabel(self)
        tf = QFont(self.font())
        tf.setPointSizeF(self.font().pointSizeF() * 1.35)
        tf.setBold(True)
        self.title_label.setFont(tf)
        self.detail_label = QLabel(self)
        df = QFont(self.font())
        df.setPointSizeF(self.font().pointSizeF() * 1.1)
        self.detail_label.setFont(df)
        self.detail_label.setWordWrap(True)
        for lab in (self.title_label, self.detail_label):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(lab)
        self.setStyleSheet(
            "QPushButton#startButton { background: palette(highlight); border-radius: 8px;"
            " border: 3px solid palette(highlight); }"
            " QPushButton#startButton:focus { border: 3px solid palette(text); }"
            " QPushButton#startButton:disabled { background: palette(mid);"
            " border-color: palette(mid); }"
            " QPushButton#startButton QLabel { color: palette(highlighted-text);"
            " background: transparent; }"
        )

    def set_texts(self, title: str, detail: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.setAccessibleName(f"{title}: {detail}".replace("\u00a0", " "))

    def full_text(self) -> str:
        return f"{self.title_label.text()}\n{self.detail_label.text()}"

    def sizeHint(self) -> QSize:
        lay = self.layout()
        return lay.sizeHint() if lay is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        lay = self.layout()
        if lay is None:
            return super().minimumSizeHint()
        return QSize(160, lay.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lay = self.layout()
        return lay.totalHeightForWidth(width) if lay is not None else super().heightForWidth(width)


class TodayScreen(StoreScreen):
    """The home screen. Signals: `start_requested(template_id)` when the user starts the
    session; `data_changed()` after a check-in is saved here; `plan_changed(template_id)`
    after a proposed step was accepted."""

    start_requested = Signal(str)
    data_changed = Signal()
    plan_changed = Signal(str)

    def _build(self) -> None:
        self._template_id = ""
        self._advice: Advice | None = None
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
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)

        self.title = QLabel(body)
        tf = QFont(self.font())
        tf.setPointSizeF(self.font().pointSizeF() * 1.6)
        tf.setBold(True)
        self.title.setFont(tf)
        root.addWidget(self.title)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        root.addLayout(columns, 1)

        left = QVBoxLayout()
        self.side_card = QFrame(body)
        self.side_card.setObjectName("sideCard")
        self.side_card.setFrameShape(QFrame.Shape.StyledPanel)
        sr = QHBoxLayout(self.side_card)
        self.side_question = QLabel(self.tr("Which side hurts?"), self.side_card)
        sqf = QFont(self.font())
        sqf.setBold(True)
        self.side_question.setFont(sqf)
        sr.addWidget(self.side_question)
        self.side_buttons: dict[Side, QPushButton] = {}
        for side, text in ((Side.LEFT, self.tr("&Left (L)")), (Side.RIGHT, self.tr("&Right (R)"))):
            b = QPushButton(text, self.side_card)
            b.setAutoDefault(False)
            b.setAccessibleName(self.tr("Affected side: {side}").format(side=text.replace("&", "")))
            b.clicked.connect(lambda _c=False, sd=side: self.choose_side(sd))
            sr.addWidget(b)
            self.side_buttons[side] = b
        sr.addStretch(1)
        self.side_card.hide()
        left.addWidget(self.side_card)
        self.advice_card = AdviceCard(body)
        self.advice_card.accept_requested.connect(self._accept_step)
        self.advice_card.not_now_requested.connect(self._not_now)
        left.addWidget(self.advice_card)
        self.message = MessageLabel(body)
        left.addWidget(self.message)
        left.addStretch(1)
        columns.addLayout(left, 4)

        right = QVBoxLayout()
        right.setSpacing(12)
        self.morning_card = QFrame(body)
        self.morning_card.setObjectName("morningCard")
        self.morning_card.setFrameShape(QFrame.Shape.StyledPanel)
        mc = QVBoxLayout(self.morning_card)
        self.checkin = CheckInForm(
            self._store, self._clock, tz=self._tz, compact=True, parent=self.morning_card
        )
        self.checkin.saved.connect(self._checkin_saved)
        mc.addWidget(self.checkin)
        self.morning_hint = QLabel(
            self.tr("Red flags, notes or an evening check-in: use the Diary."), self.morning_card
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

        self.spark_card = QFrame(body)
        self.spark_card.setFrameShape(QFrame.Shape.StyledPanel)
        sc = QVBoxLayout(self.spark_card)
        self.spark_title = QLabel(self.tr("Morning pain, last 14 days"), self.spark_card)
        stf = QFont(self.font())
        stf.setBold(True)
        self.spark_title.setFont(stf)
        sc.addWidget(self.spark_title)
        self.sparkline = Sparkline(self.spark_card)
        sc.addWidget(self.sparkline)
        self.spark_caption = QLabel(self.spark_card)
        self.spark_caption.setWordWrap(True)
        sc.addWidget(self.spark_caption)
        right.addWidget(self.spark_card)

        self.week_label = QLabel(body)
        self.week_label.setObjectName("weekLine")
        self.week_label.setWordWrap(True)
        right.addWidget(self.week_label)
        right.addStretch(1)
        columns.addLayout(right, 3)

        self.refresh()

    # ------------------------------------------------------------------ API

    def today(self) -> date:
        return self._today()

    def template_id(self) -> str:
        """The template the Start button starts."""
        return self._template_id

    def advice(self) -> Advice | None:
        return self._advice

    def choose_side(self, side: Side) -> None:
        """Save the affected side from the first-run question; the card then goes away."""
        try:
            settings = self._store.settings.load()
            self._store.settings.save(replace(settings, affected_side=side))
            self._store.settings.set_value(SIDE_ASKED_KEY, side.value)
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.refresh()
        self.message.show_info(
            self.tr("Affected side saved: {side}. Change it any time in Settings.").format(
                side=self.tr("left") if side is Side.LEFT else self.tr("right")
            )
        )
        self._focus_default()

    def set_programme(self, programme: Programme) -> None:
        """New templates (Programme screen edits): names and lengths may have changed."""
        self._programme = programme
        self.refresh()

    def refresh(self) -> None:
        """Recompute everything from the store: call after any change to the data."""
        today = self.today()
        self.title.setText(self.tr("Today · {day}").format(day=day_text(today, long=True)))
        try:
            settings = self._store.settings.load()
            programme = self._programme_now()
            history = load_history(self._store, today, tz=self._tz)
        except (StorageError, ValidationError, DataFormatError) as e:
            self.message.show_error(str(e))
            return
        self.message.clear_message()
        self._show_advice(today, settings, programme, history)
        self._show_morning(today, history)
        self._show_start(settings, programme)
        self._show_sparkline(today, history)
        self._show_week(today, history)

    # ------------------------------------------------------------------ events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the session; digits go to the morning scale while it is shown."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            if self.start_button.isEnabled():
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

    def _show_advice(
        self, today: date, settings: Settings, programme: Programme, history: History
    ) -> None:
        first_run = not history.pain_entries and not history.sessions
        self.side_card.setVisible(
            first_run and self._store.settings.get_value(SIDE_ASKED_KEY) is None
        )
        if first_run:
            self._advice = None
            self.advice_card.set_welcome(
                self.tr("Getting started"),
                [
                    self.tr("Log your first morning check-in: 3 mornings give a baseline."),
                    self.tr(
                        "Every morning, before training, do your morning test ({test}) and rate "
                        "it 0-10 in the card on the right."
                    ).format(test=settings.morning_test.label.lower()),
                    self.tr(
                        "Then start today's session and rate pain during each set. The next "
                        "morning tells whether the load was OK: that is the 24-hour rule."
                    ),
                    self.tr(
                        "Log runs, rides and long sitting in the Diary: they load the tendon too."
                    ),
                    self.tr(
                        "After a few mornings this card turns green, amber or red and tells "
                        "you to step up, hold or ease off, with the numbers behind it."
                    ),
                ],
            )
            return
        advice = advice_for_day(
            self._store,
            today,
            programme=programme,
            settings=settings,
            tz=self._tz,
            now=self._clock.now(),
            history=history,
        )
        self._advice = advice
        names = {t.id: t.name for t in programme.templates.values()}
        step = advice.next_step
        declined = step is not None and self._store.settings.get_value(NOT_NOW_KEY) == _step_key(
            today, step
        )
        self.advice_card.set_advice(
            advice, names=names, current=settings.current_template, offer_step=not declined
        )

    def _show_morning(self, today: date, history: History) -> None:
        firsts = first_morning_entries(e for e in history.pain_entries if e.local_date == today)
        entry = firsts.get(today)
        self.checkin.set_day(today)
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

    def _show_start(self, settings: Settings, programme: Programme) -> None:
        tid = settings.current_template
        self._template_id = tid
        template = programme.templates.get(tid)
        if template is None:
            self.start_button.setEnabled(False)
            self.start_button.set_texts(
                self.tr("Start today's session"),
                self.tr("Template “{id}” not found: choose one in Programme").format(id=tid),
            )
            return
        try:
            total = compile_timeline(
                template,
                affected_side=settings.affected_side,
                affected_first=settings.affected_first,
                lead_in_s=settings.lead_in_s,
            ).total_s
        except ValidationError:
            total = 0.0
        self.start_button.setEnabled(True)
        self.start_button.set_texts(
            self.tr("▶ Start today's session"),
            self.tr("{name} – {minutes}\u00a0min").format(
                name=template.name, minutes=session_minutes(total)
            ),
        )
        self.start_button.setToolTip(self.tr("Enter"))

    def _show_sparkline(self, today: date, history: History) -> None:
        series = morning_series(history.pain_entries)
        days = [today - timedelta(days=i) for i in range(SPARK_DAYS - 1, -1, -1)]
        points = [(d, None if d not in series else float(series[d])) for d in days]
        self.sparkline.set_points(points)
        logged = sum(1 for _, v in points if v is not None)
        if logged == 0:
            self.spark_caption.setText(
                self.tr("No mornings logged yet: your morning test will show here.")
            )
            return
        base = baseline({d: float(v) for d, v in series.items()}, today + timedelta(days=1))
        last_day, last_v = next((d, v) for d, v in reversed(points) if v is not None)
        parts = [
            self.tr("Latest {v}/10 ({day})").format(v=f"{last_v:g}", day=weekday_text(last_day)),
            self.tr("{n} of {total} mornings logged").format(n=logged, total=SPARK_DAYS),
        ]
        if base is not None:
            parts.append(self.tr("baseline {b}/10").format(b=f"{base:g}"))
        self.spark_caption.setText(" · ".join(parts))

    def _show_week(self, today: date, history: History) -> None:
        monday = week_start(today)
        done = [
            s
            for s in history.sessions
            if s.status is not SessionStatus.IN_PROGRESS
            and monday <= s.started_at.astimezone(self._tz).date() <= today
        ]
        if not done:
            self.week_label.setText(self.tr("This week: no sessions yet."))
            return
        days = sorted({s.started_at.astimezone(self._tz).date() for s in done})
        n = len(done)
        self.week_label.setText(
            (
                self.tr("This week: 1 session ({days})")
                if n == 1
                else self.tr("This week: {n} sessions ({days})")
            ).format(n=n, days=", ".join(weekday_text(d) for d in days))
        )

    # ------------------------------------------------------------------ actions

    def _start(self) -> None:
        if self._template_id and self.start_button.isEnabled():
            self.start_requested.emit(self._template_id)

    def _checkin_saved(self, _old: object, _new: object) -> None:
        self.refresh()
        self.data_changed.emit()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept_step(self, step: Step) -> None:
        """The user agreed: only now does the plan change."""
        if step.template_id is None:
            return
        try:
            settings = self._store.settings.load()
            self._store.settings.save(replace(settings, current_template=step.template_id))
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.refresh()
        self.message.show_info(
            self.tr("Plan changed: today's session is now {name}.").format(
                name=self._template_name(step.template_id)
            )
        )
        self.plan_changed.emit(step.template_id)
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_now(self, step: Step) -> None:
        try:
            self._store.settings.set_value(NOT_NOW_KEY, _step_key(self.today(), step))
        except (StorageError, ValidationError) as e:
            self.message.show_error(str(e))
            return
        self.refresh()
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ helpers

    def _programme_now(self) -> Programme:
        if self._programme is None:
            self._programme = load_programme(self._store)
        return self._programme

    def _template_name(self, template_id: str) -> str:
        t = self._programme_now().templates.get(template_id)
        return t.name if t is not None else template_id

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
        else:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)


def _step_key(day: date, step: Step) -> str:
    return f"{day.isoformat()}|{step.kind.value}|{step.template_id}"
