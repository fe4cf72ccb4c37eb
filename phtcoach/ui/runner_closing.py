"""The runner's closing: the finished run's record closed, the summary page filled from it,
the pain after saved, and a session with no work done discarded (deleted, so it is never
counted nor waits for a 24-hour check).

Apart from the session flow, which only decides when the summary shows and where the way
back leads; a refusal from the services is shown on the page itself.
"""

from __future__ import annotations

from phtcoach.core.model import SessionStatus
from phtcoach.services.changes import Changes
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.services.run_options import count_sets
from phtcoach.services.session_run import SessionRun
from phtcoach.ui.runner_saving import SaveWatch
from phtcoach.ui.runner_summary import SummaryPage
from phtcoach.ui.state import AppState


def close_run(state: AppState, saving: SaveWatch, run: SessionRun, status: SessionStatus) -> None:
    """The run's record closed with `status` (once); if that cannot be written, the session
    stays in progress and is tried again (`saving`)."""
    if run.finished:
        return
    try:
        run.finish(status)
    except StorageError as e:
        saving.finish_failed(e, run)
    else:
        state.announce(Changes.SESSIONS)


def fill_summary(state: AppState, summary: SummaryPage, run: SessionRun) -> bool:
    """Show what `run` did on `summary`; False when it has no stored record to show."""
    if run.record is None or run.record.id is None:
        return False
    sets = state.services.runs.sets(run)
    summary.pain.set_ceiling(state.settings.acceptable_ceiling)  # coloured as during the sets
    summary.show_for(
        run.record,
        sets,
        count_sets(run.timeline),
        run.engine.elapsed_s,
        pending=len(run.pending),
    )
    return True


def save_pain_after(state: AppState, summary: SummaryPage, run: SessionRun, pain: int) -> None:
    """The pain after the finished session, written and confirmed on the page."""
    if not run.finished:
        return
    try:
        run.set_pain_after(pain)
    except (ValidationError, StorageError) as e:
        summary.show_error(str(e))
        return
    state.announce(Changes.SESSIONS)
    summary.show_saved(pain)


def discard_empty(state: AppState, summary: SummaryPage, run: SessionRun) -> bool:
    """The summary's "Discard" for a finished session with no work done. True once deleted."""
    if run.record is None or run.has_work or not run.finished:
        return False
    try:
        state.perform(state.services.sessions.discard, run.record)
    except (ValidationError, StorageError) as e:
        summary.show_error(str(e))
        return False
    return True
