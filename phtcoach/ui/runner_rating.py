"""The runner's side of the set rating: the panel opened for a set just saved (with last
time's numbers and what a step down would change), the rating the user confirmed written
onto that set, and the step down it asked for.

Apart from the session flow, which only decides what comes after (keep the plan, step
down, end, or the summary once the last set is rated). The title is translated in the
runner's context.
"""

from __future__ import annotations

from phtcoach.core.engine import EngineEvent
from phtcoach.core.model import SetRecord, Settings
from phtcoach.core.progression import set_pain_action
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.floor_text import side_text
from phtcoach.ui.rating_panel import RatingPanel
from phtcoach.ui.rating_rules import Rating
from phtcoach.ui.state import AppState
from phtcoach.ui.text.steps import step_down_text
from phtcoach.ui.text.words import translate


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """A plural text ('%n rep(s)'): lupdate reads its forms through this tr alias."""
    del disambiguation
    return translate("RunnerWidget", text, n)


def open_rating(panel: RatingPanel, run: SessionRun, rec: SetRecord) -> None:
    """Slide the panel in for the stored set `rec`, prefilled from the last rating of the
    same exercise."""
    if rec.id is None:
        return
    pain, rpe = run.last_rating(rec.exercise_slug)
    block = run.next_work_block()
    preview = run.step_preview(block) if block is not None else None
    side = side_text(rec.side)
    sets_total = max(rec.set_no, run.sets_total(rec.block_index, rec.side))
    exercise = run.template.blocks[rec.block_index].exercise
    reps = rec.performed_reps
    # The short name: the panel is a narrow column, and the full name is the floor's
    # heading beside it (and the title's tooltip).
    title = _tr("Set {0}/{1} saved · {2}{3} · %n rep(s)", "", reps).format(
        rec.set_no, sets_total, exercise.short, f" · {side}" if side else ""
    )
    panel.open_for(
        rec,
        title=title,
        title_tip=exercise.name,
        pain=pain,
        rpe=rpe,
        can_step_down=preview is not None,
        step_preview=preview,
        session_over=run.finished,
    )


def save_rating(state: AppState, panel: RatingPanel, run: SessionRun, rating: Rating) -> bool:
    """Write `rating` onto its set and close the panel; a refusal stays on the panel, which
    stays open. True when it was saved."""
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
        panel.message.setText(str(e))
        return False
    state.announce(Changes.SESSIONS)
    panel.close_panel()
    return True


def step_down(
    run: SessionRun, settings: Settings, rating: Rating
) -> tuple[str, list[EngineEvent]] | None:
    """Take the step down `rating` asked for on the next set to come: the notice saying
    which step and why, and the engine's events; None when nothing is left to take."""
    block = run.next_work_block()
    if block is None or run.step_preview(block) is None:
        return None
    step, events = run.step_down(block)
    pain = rating.pain_during
    action = None if pain is None else set_pain_action(pain, settings)
    return step_down_text(step.taken, settings.units, action), events
