"""What the runner's floor view shows for the session as it stands: the phase (or the
screen before Space, or the end while the last set is rated), the countdown and session
times, the key hints, and the notices in the corner.

Apart from the runner so the session flow there says what happens, and this says how it
looks. It only reads the run: redrawing never changes the session. A phase is redrawn
when it changes (new phase, pause, resume, a length adjusted); the countdown and times on
every display tick. Its sentences are translated in the runner's context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from phtcoach.core.engine import EngineState
from phtcoach.core.model import Units
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.floor_text import position_text
from phtcoach.ui.floor_view import FloorView
from phtcoach.ui.rating_panel import RatingPanel
from phtcoach.ui.runner_summary import first_phases_text

log = logging.getLogger("phtcoach.runner")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunnerWidget", text)


class RunnerDisplay:
    """Draws the run that `run_of` returns on `floor`; `panel` tells whether a rating is open.

    Notices are keyed by what they are about ("audio", "inhibit", "storage", "pending",
    "step"), one a line, so each can be replaced or cleared on its own.
    """

    def __init__(
        self,
        floor: FloorView,
        panel: RatingPanel,
        run_of: Callable[[], SessionRun | None],
        units_of: Callable[[], Units] = lambda: Units.KG,
    ) -> None:
        self._floor = floor
        self._panel = panel
        self._run_of = run_of
        self._units_of = units_of  # the user's unit, for the load beside the set
        self._shown_key: tuple[object, ...] | None = None
        self._notices: dict[str, str] = {}

    # ------------------------------------------------------------------ notices

    def set_notice(self, key: str, text: str) -> None:
        self._notices[key] = text
        self.show_notices()

    def clear_notice(self, key: str) -> None:
        self._notices.pop(key, None)
        self.show_notices()

    def show_notices(self) -> None:
        self._floor.set_notice("\n".join(self._notices.values()))

    # ------------------------------------------------------------------ redraw

    def redraw(self) -> None:
        """The next refresh draws the phase afresh (the run's timeline changed)."""
        self._shown_key = None

    def new_run(self) -> None:
        """A new run: drawn afresh at the next refresh, and the last run's step-down
        and save notices gone from the corner at once."""
        self._shown_key = None
        self._notices.pop("step", None)
        self._notices.pop("pending", None)
        self.show_notices()

    def refresh(self) -> None:
        run = self._run_of()
        if run is None:
            return
        eng = run.engine
        floor = self._floor
        if run.finished:
            if self._panel.is_open and run.record is not None:
                key: tuple[object, ...] = ("done", run.record.status)
                if key != self._shown_key:
                    self._shown_key = key
                    floor.show_done(
                        run.record.status,
                        eng.elapsed_s,
                        _tr("Rate your last set, then press Enter"),
                    )
            self._update_hints(run)
            return
        if not run.started:
            key = ("idle", run.template.id)
            if key != self._shown_key:
                self._shown_key = key
                floor.show_idle(
                    run.template.name, run.timeline.total_s, first_phases_text(run.timeline)
                )
            self._update_hints(run)
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
                header += _tr(" · exercise {0} of {1}").format(phase.block_index + 1, blocks)
            floor.show_phase(
                phase,
                eng.phase_duration,
                eng.upcoming,
                paused=eng.state is EngineState.PAUSED,
                header=header,
                units=self._units_of(),
            )
            log.debug("phase %s %s", eng.phase_index, position_text(phase))
        self._update_hints(run)
        self.refresh_time()

    def refresh_time(self) -> None:
        """The countdown and session times (the display timer calls this)."""
        run = self._run_of()
        if run is None or not run.started or run.finished:
            return
        eng = run.engine
        self._floor.set_remaining(eng.phase_remaining, eng.phase_duration)
        self._floor.set_times(eng.elapsed_s, eng.remaining_s, eng.progress)

    def _update_hints(self, run: SessionRun) -> None:
        if not run.started:
            text = _tr("Space start · H how to · Esc back · F11 full screen")
        elif run.finished:
            text = _tr("0-9 rate (T = 10) · Enter save")
        else:
            paused = run.engine.state is EngineState.PAUSED
            pause = _tr("Space resume") if paused else _tr("Space pause")
            text = _tr(
                "{0} · ← back · → next · +/− 10 s · R restart set · H how to · Esc end"
                " · F11 full screen"
            ).format(pause)
        self._floor.set_hints(text)
