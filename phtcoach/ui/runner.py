"""The guided session runner: the screen people live in while they exercise.

A laptop on the floor two metres away and a person in a bridge who cannot look at it or
touch it mid-hold: sound carries the session, the floor view is readable across the room,
and everything is driven from the keyboard (or a presenter clicker / foot pedal, which send
PageUp / PageDown):

    Space      start, pause, resume          Right / PageDown   next (skip)
    Left / PageUp   back                     + / =   add 10 s    -   take 10 s off
    R          restart the set               Esc     end early (asks; Enter keeps going)
    Enter      save the set rating           F11     full screen
    0-9, T     rate pain / effort (T = 10) while the rating panel is open

The shortcuts are window-wide, so they work whichever child has the focus, but a text field
of the rating panel keeps its own keys (digits, +/-, arrows typed into a number stay there).

The widget is built from explicit parts (store, programme, settings, clock, player) so it
runs alone in tests with a fake clock and a silent player. Durability lives in
`SessionRun`: each set is committed with the resume state before the screen reacts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.clock import Clock
from phtcoach.core.engine import (
    CueEvent,
    EngineEvent,
    EngineState,
    PhaseEvent,
    SessionDone,
    SetDone,
)
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import SessionRecord, SessionStatus, SetRecord, Settings, Template
from phtcoach.core.programme import Programme
from phtcoach.core.timeline import Timeline
from phtcoach.session_service import (
    ResumeOffer,
    SessionRun,
    count_sets,
    discard,
    resume_offer,
)
from phtcoach.storage.db import StorageError
from phtcoach.storage.repository import Store
from phtcoach.ui.floor_view import (
    BACKGROUND,
    NOTICE,
    TEXT,
    TEXT_DIM,
    FloorView,
    format_duration,
    format_length,
    phase_word,
    position_text,
    side_text,
)
from phtcoach.ui.inhibit import ScreenInhibitor, SleepInhibitor
from phtcoach.ui.rating_panel import Choice, Rating, RatingPanel, ScaleRow, controls_style
from phtcoach.ui.scheduler import CueScheduler

log = logging.getLogger("phtcoach.runner")


def dark_palette(widget: QWidget) -> None:
    """The runner is dark whatever the theme (a bright screen in a dim room dazzles)."""
    pal = widget.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, "#2A303A"),
        (QPalette.ColorRole.AlternateBase, "#1A1F27"),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, "#2A303A"),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, NOTICE),
        (QPalette.ColorRole.HighlightedText, BACKGROUND),
        (QPalette.ColorRole.ToolTipBase, "#1A1F27"),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, TEXT_DIM),
    ):
        pal.setColor(role, QColor(colour))
    widget.setPalette(pal)
    widget.setAutoFillBackground(True)


def first_phases_text(timeline: Timeline) -> str:
    """'2 sets · first: get ready 5 s, then hold 5 s' for the screen before Space."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Runner", text)

    parts = [
        f"{phase_word(p.kind).lower()} {format_length(p.duration_s)}" for p in timeline.phases[:2]
    ]
    n = count_sets(timeline)
    sets = tr("{0} sets").format(n) if n != 1 else tr("1 set")
    return f"{sets} · " + tr("first: {0}").format(tr(", then ").join(parts))


# --------------------------------------------------------------------------- summary


class SummaryPage(QWidget):
    """After the session: what was done, the pain after (0-10), and the way back."""

    back = Signal()
    pain_after_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerSummary")
        dark_palette(self)
        self.title = QLabel(self)
        self.title.setObjectName("summaryTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats = QLabel(self)
        self.stats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stats.setWordWrap(True)
        self.stats.setAccessibleName(self.tr("Session summary"))
        self.sets = QLabel(self)
        self.sets.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sets.setWordWrap(True)
        self.sets.setAccessibleName(self.tr("Sets done"))
        self.prompt = QLabel(self.tr("Pain after the session (0-10)"), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pain = ScaleRow(self.tr("Pain after"), self.tr("Pain after"), self, marker=False)
        self.pain.value_changed.connect(self._pain_changed)
        self.saved = QLabel(self)
        self.saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved.setAccessibleName(self.tr("Saved"))
        self.back_button = QPushButton(self.tr("Back to Today (Enter)"), self)
        self.back_button.setObjectName("backToToday")
        self.back_button.setAccessibleName(self.tr("Back to Today"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #FF9A8F;")
        self.error.setWordWrap(True)
        self.error.hide()

        box = QVBoxLayout(self)
        box.addStretch(1)
        for w in (self.title, self.stats, self.sets):
            box.addWidget(w)
        box.addSpacing(24)
        box.addWidget(self.prompt)
        box.addWidget(self.pain)
        box.addWidget(self.saved)
        box.addWidget(self.error)
        box.addSpacing(16)
        box.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.scale_to(720)

    def show_for(
        self,
        record: SessionRecord,
        sets: list[SetRecord],
        sets_planned: int,
        elapsed_s: float,
    ) -> None:
        done = record.status is SessionStatus.COMPLETED
        self.title.setText(self.tr("Session complete") if done else self.tr("Session ended early"))
        self.title.setAccessibleName(self.title.text())
        reps = sum(s.performed_reps for s in sets)
        tut = sum(s.time_under_tension_s for s in sets)
        self.stats.setText(
            self.tr("{0} of {1} sets · {2} reps · {3} s under tension · {4}").format(
                len(sets), sets_planned, reps, round(tut), format_duration(elapsed_s)
            )
        )
        lines = []
        for s in sets:
            side = side_text(s.side)
            rated = []
            if s.pain_during is not None:
                rated.append(self.tr("pain {0}/10").format(s.pain_during))
            if s.rpe is not None:
                rated.append(self.tr("effort {0}/10").format(s.rpe))
            holds = ", ".join(f"{h:g}" for h in s.hold_s)
            line = self.tr("Set {0}{1}: {2} reps ({3} s)").format(
                s.set_no, f" {side.lower()}" if side else "", s.performed_reps, holds
            )
            lines.append(line + (" · " + ", ".join(rated) if rated else ""))
        self.sets.setText("\n".join(lines))
        self.pain.set_value(record.pain_after)
        if record.pain_after is not None:
            self.saved.setText(self.tr("Saved: pain after {0}/10").format(record.pain_after))
        else:
            self.saved.setText(self.tr("Type 0-9 (T = 10): saved at once"))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits 0-9 and T (10) rate the pain after; True when used."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            value = key - Qt.Key.Key_0
        elif key == Qt.Key.Key_T:
            value = 10
        else:
            return False
        self.pain.set_value(int(value), user=True)
        return True

    def show_saved(self, pain: int) -> None:
        self.error.hide()
        self.saved.setText(self.tr("Saved: pain after {0}/10").format(pain))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def scale_to(self, height: int) -> None:
        h = max(400, height)
        big = max(24, round(h * 0.07))
        text = max(15, round(h * 0.03))
        self.pain.setMinimumHeight(round(h * 0.09))
        self.setStyleSheet(
            controls_style(h) + f"QLabel {{ color: {TEXT}; font-size: {text}px; }}"
            f"#summaryTitle {{ font-size: {big}px; font-weight: bold; }}"
            f"#backToToday {{ font-size: {text}px; padding: 8px 24px; color: {TEXT};"
            f" background: #2A303A; border: 2px solid #4A5260; border-radius: 8px; }}"
            f"#backToToday:focus {{ border-color: {NOTICE}; }}"
        )

    def _pain_changed(self, value: object) -> None:
        if isinstance(value, int):
            self.pain_after_chosen.emit(value)


# --------------------------------------------------------------------------- resume


class ResumeDialog(QDialog):
    """At start: an unfinished session was found. Resume it, or discard it (ended early)."""

    RESUME = "resume"
    DISCARD = "discard"

    def __init__(self, offer: ResumeOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Unfinished session"))
        when = offer.record.started_at.astimezone().strftime("%a %d %b %H:%M")
        text = QLabel(self)
        text.setWordWrap(True)
        if offer.can_resume:
            text.setText(
                self.tr("“{0}” started {1} was not finished: {2} of {3} sets are saved.").format(
                    offer.template_name, when, offer.sets_done, offer.sets_total
                )
            )
        else:
            text.setText(
                self.tr("A session started {0} was not finished and cannot be resumed: {1}").format(
                    when, offer.problem
                )
            )
        buttons = QDialogButtonBox(self)
        self.resume_button: QPushButton | None = None
        if offer.can_resume:
            label = (
                self.tr("Resume {0} from set {1}").format(offer.template_name, offer.next_set)
                if offer.next_set is not None
                else self.tr("Finish {0}").format(offer.template_name)
            )
            self.resume_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            self.resume_button.setAccessibleName(label)
            self.resume_button.clicked.connect(lambda: self._choose(self.RESUME))
            self.resume_button.setDefault(True)
        self.discard_button = buttons.addButton(
            self.tr("Discard (keep its saved sets)"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished session"))
        self.discard_button.clicked.connect(lambda: self._choose(self.DISCARD))
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_resume(
    parent: QWidget | None,
    store: Store,
    programme: Programme,
    clock: Clock,
    *,
    exec_dialog: Callable[[ResumeDialog], object] = ResumeDialog.exec,
) -> SessionRecord | None:
    """At app start: offer to resume an unfinished session. Returns the record to resume
    (open the runner with `RunnerWidget.resume`), or None. Discarding closes it as ended
    early; closing the dialog leaves it for the next start."""
    offer = resume_offer(store, programme, clock)
    if offer is None:
        return None
    dialog = ResumeDialog(offer, parent)
    exec_dialog(dialog)
    if dialog.choice == ResumeDialog.RESUME and offer.can_resume:
        return offer.record
    if dialog.choice == ResumeDialog.DISCARD:
        discard(store, offer.record, clock)
    return None


# --------------------------------------------------------------------------- runner


class RunnerWidget(QWidget):
    """Floor view + rating panel + summary; one session at a time (see module doc)."""

    back_to_today = Signal()
    session_finished = Signal(object)  # the finished SessionRecord
    active_changed = Signal(bool)  # a session started / ended (the window may lock navigation)

    def __init__(
        self,
        store: Store,
        programme: Programme,
        settings: Settings,
        clock: Clock,
        player: CuePlayer,
        *,
        inhibitor: ScreenInhibitor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runner")
        self.setAccessibleName(self.tr("Session runner"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        dark_palette(self)
        self._store = store
        self._programme = programme
        self._settings = settings
        self._clock = clock
        self._player = player
        self._inhibitor: ScreenInhibitor = inhibitor if inhibitor is not None else SleepInhibitor()
        self._run: SessionRun | None = None
        self.scheduler: CueScheduler | None = None
        self._shown_key: tuple[object, ...] | None = None
        self._notices: dict[str, str] = {}
        self._end_dialog: QMessageBox | None = None
        self._resume_after_dialog = False

        self.stack = QStackedWidget(self)
        self.session_page = QWidget(self.stack)
        self.floor = FloorView(self.session_page)
        self.panel = RatingPanel(settings, self.session_page)
        self.panel.submitted.connect(self._on_rating)
        # The panel opens beside the countdown, not under it: the digits keep their third of
        # the height while the user rates the set.
        page_box = QHBoxLayout(self.session_page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.setSpacing(0)
        page_box.addWidget(self.floor, 1)
        page_box.addWidget(self.panel)
        self.summary = SummaryPage(self.stack)
        self.summary.back.connect(self._go_today)
        self.summary.pain_after_chosen.connect(self._on_pain_after)
        self.stack.addWidget(self.session_page)
        self.stack.addWidget(self.summary)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)

        self._shortcuts: dict[str, list[QShortcut]] = {}
        self._install_shortcuts()
        self._awake = False
        self._audio_status(self._player.available, self._player.status_message)
        self._player.set_status_listener(self._audio_status)

    # ------------------------------------------------------------------ public API

    @property
    def run(self) -> SessionRun | None:
        return self._run

    @property
    def player(self) -> CuePlayer:
        return self._player

    def is_active(self) -> bool:
        """A session has been started and not finished (leaving would interrupt it)."""
        return self._run is not None and self._run.started and not self._run.finished

    def on_summary(self) -> bool:
        return self.stack.currentWidget() is self.summary

    def load(self, template: Template | str) -> None:
        """Show `template` ready to run, waiting for Space. Refused while a session runs."""
        if self.is_active():
            raise RuntimeError("a session is running: end it before loading another")
        if isinstance(template, str):
            template = self._programme.template(template)
        self._set_run(SessionRun.new(self._store, self._clock, template, self._settings))

    def resume(self, record: SessionRecord) -> None:
        """Open the unfinished session `record` paused after its last saved set.

        Raises UnknownTemplateError / DataFormatError when it cannot be resumed.
        """
        if self.is_active():
            raise RuntimeError("a session is running: end it before resuming another")
        run = SessionRun.resume(self._store, self._clock, self._programme, record)
        self._set_run(run)
        if run.engine.state is EngineState.FINISHED:
            # Every set was saved before the crash: only the closing was missing.
            self._finish(run.engine.status or SessionStatus.COMPLETED)
        else:
            self.active_changed.emit(True)

    def start_when_ready(self, timeout_ms: int = 5000, settle_ms: int = 400) -> None:
        """Start as soon as the sound clips are loaded and the device is awake (the
        `--autostart` test hook: a person pressing Space is never that quick)."""
        waited = 0

        def check() -> None:
            nonlocal waited
            if self._run is None or self._run.started:
                return
            if getattr(self._player, "loaded", True) or waited >= timeout_ms:
                QTimer.singleShot(settle_ms, self.start)
                return
            waited += 20
            QTimer.singleShot(20, check)

        check()

    def update_settings(self, settings: Settings) -> None:
        """New settings: sound, flash, the pain ceiling and units at once; lead-in and side
        order from the next session (a running timeline is not recompiled)."""
        self._settings = settings
        self.panel.set_settings(settings)
        self._configure_player()

    def set_programme(self, programme: Programme) -> None:
        """The user's templates changed (edited, imported)."""
        self._programme = programme

    def start(self) -> None:
        """Space before the start."""
        run = self._run
        if run is None or run.started:
            return
        self._activate()
        self._op(run.begin)
        self.active_changed.emit(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_pause(self) -> None:
        run = self._run
        if run is None or run.finished:
            return
        if not run.started:
            self.start()
            return
        if run.engine.state is EngineState.PAUSED:
            self._activate()
        self._op(run.engine.toggle_pause)

    def skip(self) -> None:
        if self._running_run() is not None:
            self._op(self._engine_op("skip"))

    def back(self) -> None:
        if self._running_run() is not None:
            self._op(self._engine_op("back"))

    def adjust(self, delta_s: float) -> None:
        run = self._running_run()
        if run is not None:
            self._op(lambda: run.engine.adjust(delta_s))

    def restart_set(self) -> None:
        if self._running_run() is not None:
            self._op(self._engine_op("restart_set"))

    def request_end(self) -> None:
        """Esc: before the start, back to Today; during the session, ask first."""
        run = self._run
        if run is None or not run.started:
            self._go_today()
            return
        if run.finished:
            if self.panel.is_open:
                self.panel.close_panel()  # the set stays saved, unrated
                self._show_summary()
            else:
                self._go_today()
            return
        if self._end_dialog is not None:
            return
        self._resume_after_dialog = run.engine.state is EngineState.RUNNING
        if self._resume_after_dialog:
            self._op(run.engine.pause)
        dlg = QMessageBox(self)
        dlg.setIcon(QMessageBox.Icon.Question)
        dlg.setWindowTitle(self.tr("End the session?"))
        dlg.setText(self.tr("End the session now?"))
        dlg.setInformativeText(
            self.tr(
                "The set in progress is saved with the seconds you did, and the session "
                "as ended early. Enter keeps going."
            )
        )
        keep = dlg.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        end = dlg.addButton(self.tr("End session"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setAccessibleName(self.tr("Keep going"))
        end.setAccessibleName(self.tr("End the session now"))
        dlg.setDefaultButton(keep)
        dlg.setEscapeButton(keep)
        dlg.finished.connect(lambda _r: self._end_dialog_done(dlg.clickedButton() is end))
        self._end_dialog = dlg
        dlg.open()

    @property
    def end_dialog(self) -> QMessageBox | None:
        return self._end_dialog

    def end_now(self) -> None:
        """End early without asking (the dialog's "End session")."""
        run = self._run
        if run is not None and run.started and not run.finished:
            self._op(run.engine.end_early)

    def confirm_rating(self) -> None:
        """Enter: saves the open rating; with none open it does nothing."""
        if self.panel.is_open:
            self.panel.activate_default()
        elif self.on_summary():
            self._go_today()

    def toggle_full_screen(self) -> None:
        w = self.window()
        if w.isFullScreen():
            w.showNormal()
        else:
            w.showFullScreen()

    def shutdown(self) -> None:
        """The window is closing: stop timers, let the screen saver back. An unfinished
        session stays in progress, so the next start offers to resume it."""
        if self.scheduler is not None:
            self.scheduler.stop()
        self._inhibitor.release()
        self._keep_awake(False)

    # ------------------------------------------------------------------ keys

    def _install_shortcuts(self) -> None:
        def add(name: str, keys: tuple[str, ...], slot: Callable[[], None]) -> None:
            items = []
            for k in keys:
                sc = QShortcut(QKeySequence(k), self)
                sc.setContext(Qt.ShortcutContext.WindowShortcut)
                sc.setAutoRepeat(False)
                sc.activated.connect(slot)
                items.append(sc)
            self._shortcuts[name] = items

        add("pause", ("Space",), self.toggle_pause)
        add("next", ("Right", "PgDown"), self.skip)
        add("back", ("Left", "PgUp"), self.back)
        add("plus", ("+", "="), lambda: self.adjust(10.0))
        add("minus", ("-",), lambda: self.adjust(-10.0))
        add("restart", ("R",), self.restart_set)
        add("end", ("Esc",), self.request_end)
        add("enter", ("Return", "Enter"), self.confirm_rating)
        add("full_screen", ("F11",), self.toggle_full_screen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no shortcut took: digits for the rating panel or the summary's pain scale;
        Shift+'+' (the '+' shortcut sees it without Shift only on some keyboards); and the
        session keys themselves when the window is not the active one (no window manager,
        a kiosk session), where window shortcuts stay silent but key events still arrive."""
        if self.panel.handle_key(event):
            return
        if self.on_summary() and self.summary.handle_key(event):
            return
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        action = self._key_actions().get(Qt.Key(event.key()))
        if action is not None and mods == Qt.KeyboardModifier.NoModifier:
            action()
            return
        super().keyPressEvent(event)

    def _key_actions(self) -> dict[Qt.Key, Callable[[], None]]:
        k = Qt.Key
        return {
            k.Key_Space: self.toggle_pause,
            k.Key_Right: self.skip,
            k.Key_PageDown: self.skip,
            k.Key_Left: self.back,
            k.Key_PageUp: self.back,
            k.Key_Plus: lambda: self.adjust(10.0),
            k.Key_Equal: lambda: self.adjust(10.0),
            k.Key_Minus: lambda: self.adjust(-10.0),
            k.Key_R: self.restart_set,
            k.Key_Escape: self.request_end,
            k.Key_Return: self.confirm_rating,
            k.Key_Enter: self.confirm_rating,
            k.Key_F11: self.toggle_full_screen,
        }

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Show:
            self._yield_window_keys()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return super().event(e)

    def _yield_window_keys(self) -> None:
        """Two window shortcuts on one key cancel each other out (Qt calls it ambiguous):
        where the window already has an action on a key (the main window's View > Full
        screen on F11), the runner's own shortcut for it stands down."""
        window = self.window()
        if window is self:
            return
        taken = {
            seq.toString()
            for action in window.findChildren(QAction)
            if action.isEnabled()
            for seq in action.shortcuts()
        }
        for items in self._shortcuts.values():
            for sc in items:
                sc.setEnabled(sc.key().toString() not in taken)

    # ------------------------------------------------------------------ internals

    def _set_run(self, run: SessionRun) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
            self.scheduler.deleteLater()
        self._run = run
        self._shown_key = None
        self.scheduler = CueScheduler(run.engine, self._clock, self._dispatch, parent=self)
        self.scheduler.refresh.connect(self._refresh_time)
        self.panel.close_panel(animate=False)
        self.stack.setCurrentWidget(self.session_page)
        self._notices.pop("step", None)
        self._configure_player()
        self._keep_awake(True)  # wake the device now so the first cue is not clipped
        self._refresh_all()

    def _configure_player(self) -> None:
        s = self._settings
        self._player.set_volume(s.volume)
        self._player.set_voice(s.voice)
        self._player.set_ticks(s.ticks)

    def _activate(self) -> None:
        """Screen saver off while the session runs (where the platform lets us)."""
        reason = self._inhibitor.inhibit()
        if reason:
            self._notices["inhibit"] = self.tr("Screen saver could not be paused: {0}").format(
                reason
            )
        else:
            self._notices.pop("inhibit", None)
        self._keep_awake(True)
        self._show_notices()

    def _keep_awake(self, on: bool) -> None:
        if on != self._awake:
            self._awake = on
            self._player.keep_awake(on)

    def _audio_status(self, available: bool, message: str) -> None:
        """The player lost or found its device: say so on the floor (visual cues go on)."""
        if message and not available:
            self._notices["audio"] = message
        else:
            self._notices.pop("audio", None)
        self._show_notices()

    def _running_run(self) -> SessionRun | None:
        run = self._run
        if run is None or not run.started or run.finished:
            return None
        return run

    def _engine_op(self, name: str) -> Callable[[], list[EngineEvent]]:
        run = self._run
        assert run is not None
        return lambda: getattr(run.engine, name)()

    def _op(self, op: Callable[[], list[EngineEvent]]) -> None:
        if self.scheduler is None:
            return
        try:
            self.scheduler.run(op)
        except StorageError as e:
            self._storage_failed(e)

    def _dispatch(self, events: list[EngineEvent]) -> None:
        """Events in time order: durable things first, then sound, then the screen."""
        run = self._run
        if run is None:
            return
        for ev in events:
            if isinstance(ev, SetDone):
                try:
                    rec = run.save_set(ev.performed)
                except StorageError as e:
                    self._storage_failed(e)
                    continue
                self._open_rating(rec)
            elif isinstance(ev, SessionDone):
                self._finish(ev.status)
            elif isinstance(ev, CueEvent):
                if ev.stale:
                    continue
                self._player.play(ev.cue.sound.value, ev.cue.say, late_s=ev.late_s)
                if self._settings.flash:
                    self.floor.flash(self._clock.monotonic() * 1000)
            elif (
                isinstance(ev, PhaseEvent)
                and ev.phase.kind.is_work
                and self.panel.is_open
                and not run.finished
            ):
                # The next set has begun unrated: the set stays saved, the floor is clear.
                self.panel.close_panel()
        self._refresh_all()

    def _storage_failed(self, error: StorageError) -> None:
        """A write failed (disk full, file gone): say so loudly and keep coaching, so the
        person mid-hold is not stranded; the next set boundary writes again."""
        log.error("saving failed: %s", error)
        self._notices["storage"] = self.tr("Could not save: {0}").format(error)
        self._show_notices()

    def _open_rating(self, rec: SetRecord) -> None:
        run = self._run
        if run is None or rec.id is None:
            return
        pain, rpe = run.last_rating(rec.exercise_slug)
        block = run.next_work_block()
        preview = run.step_preview(block) if block is not None else ""
        side = side_text(rec.side)
        sets_total = run.template.blocks[rec.block_index].dosage.sets
        name = run.template.blocks[rec.block_index].exercise.name
        title = self.tr("Set {0}/{1} saved · {2}{3} · {4} reps").format(
            rec.set_no, sets_total, name, f" · {side}" if side else "", rec.performed_reps
        )
        self.panel.open_for(
            rec,
            title=title,
            pain=pain,
            rpe=rpe,
            can_step_down=block is not None,
            step_preview=preview,
            session_over=run.finished,
        )

    def _on_rating(self, rating: Rating) -> None:
        run = self._run
        if run is None:
            return
        try:
            run.rate(
                rating.set_id,
                pain_during=rating.pain_during,
                rpe=rating.rpe,
                performed_reps=rating.performed_reps,
                hold_s=rating.hold_s,
                load_kg=rating.load_kg,
            )
        except (ValidationError, StorageError) as e:
            self.panel.message.setText(str(e))
            return
        self.panel.close_panel()
        if run.finished:
            self._show_summary()
        elif rating.choice is Choice.STEP_DOWN:
            self._step_down()
        elif rating.choice is Choice.END:
            self.end_now()  # shows the summary once the engine reports the end
        self._refresh_all()

    def _step_down(self) -> None:
        run = self._run
        block = None if run is None else run.next_work_block()
        if run is None or block is None or self.scheduler is None:
            return
        step, events = run.step_down(block)
        self.scheduler.engine = run.engine
        self._shown_key = None
        self._notices["step"] = self.tr("Stepped down: {0} -> {1}").format(step.before, step.after)
        self._show_notices()
        if events:
            self._op(lambda: events)

    def _finish(self, status: SessionStatus) -> None:
        run = self._run
        if run is None:
            return
        if not run.finished:
            try:
                run.finish(status)
            except StorageError as e:
                self._storage_failed(e)  # stays in progress: the next start offers it
        if self.scheduler is not None:
            self.scheduler.stop()
        self._inhibitor.release()
        self._keep_awake(False)
        self.active_changed.emit(False)
        if run.record is not None:
            self.session_finished.emit(run.record)
        if self.panel.is_open:
            self.panel.set_session_over(True)
        else:
            self._show_summary()

    def _show_summary(self) -> None:
        run = self._run
        if run is None or run.record is None or run.record.id is None:
            return
        sets = self._store.sessions.sets(run.record.id)
        self.summary.show_for(run.record, sets, count_sets(run.timeline), run.engine.elapsed_s)
        self.stack.setCurrentWidget(self.summary)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pain_after(self, pain: int) -> None:
        run = self._run
        if run is None or not run.finished:
            return
        try:
            run.set_pain_after(pain)
        except (ValidationError, StorageError) as e:
            self.summary.show_error(str(e))
            return
        self.summary.show_saved(pain)

    def _go_today(self) -> None:
        if self.is_active():
            return
        self.shutdown()
        self.back_to_today.emit()

    def _end_dialog_done(self, end: bool) -> None:
        self._end_dialog = None
        run = self._run
        if run is None or run.finished:
            return
        if end:
            self.end_now()
        elif self._resume_after_dialog and run.engine.state is EngineState.PAUSED:
            self._op(run.engine.resume)
        self.window().activateWindow()  # the keys must reach the runner again at once
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ display

    def _refresh_all(self) -> None:
        run = self._run
        if run is None:
            return
        eng = run.engine
        if run.finished:
            if self.panel.is_open and run.record is not None:
                key: tuple[object, ...] = ("done", run.record.status)
                if key != self._shown_key:
                    self._shown_key = key
                    self.floor.show_done(
                        run.record.status,
                        eng.elapsed_s,
                        self.tr("Rate your last set, then press Enter"),
                    )
            self._update_hints()
            return
        if not run.started:
            key = ("idle", run.template.id)
            if key != self._shown_key:
                self._shown_key = key
                self.floor.show_idle(
                    run.template.name, run.timeline.total_s, first_phases_text(run.timeline)
                )
            self._update_hints()
            return
        phase = eng.current_phase
        if phase is None:
            return
        key = (eng.phase_index, eng.state, eng.phase_duration)
        if key != self._shown_key:
            self._shown_key = key
            header = phase.exercise_name
            blocks = len(run.template.blocks)
            if blocks > 1:
                header += self.tr(" · exercise {0} of {1}").format(phase.block_index + 1, blocks)
            self.floor.show_phase(
                phase,
                eng.phase_duration,
                eng.upcoming,
                paused=eng.state is EngineState.PAUSED,
                header=header,
            )
            log.debug("phase %s %s", eng.phase_index, position_text(phase))
        self._update_hints()
        self._refresh_time()

    def _refresh_time(self) -> None:
        run = self._run
        if run is None or not run.started or run.finished:
            return
        eng = run.engine
        self.floor.set_remaining(eng.phase_remaining, eng.phase_duration)
        self.floor.set_times(eng.elapsed_s, eng.remaining_s, eng.progress)

    def _update_hints(self) -> None:
        run = self._run
        if run is None or not run.started:
            text = self.tr("Space start · Esc back · F11 full screen")
        elif run.finished:
            text = self.tr("0-9 rate (T = 10) · Enter save")
        else:
            pause = (
                self.tr("Space resume")
                if run.engine.state is EngineState.PAUSED
                else self.tr("Space pause")
            )
            text = self.tr(
                "{0} · ← back · → next · +/− 10 s · R restart set · Esc end · F11 full screen"
            ).format(pause)
        self.floor.set_hints(text)

    def _show_notices(self) -> None:
        self.floor.set_notice("\n".join(self._notices.values()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panel.scale_to(self.height(), self.width())
        self.summary.scale_to(self.height())
