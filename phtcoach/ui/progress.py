"""The Progress page: every logged day as charts, and the tolerance table beside them.

The page reads the whole history through the progress service (services/progress.py: one
bulk read per table, kept until the data changes) and turns it into a ProgressModel
(charts/data.py, core.analysis only) that it hands to the view. The model, and with it
the tolerance table and the 24-hour responses, is kept with the key it was computed for
(the service's data version, today, the settings and the names shown): the app state's
change signal only marks the page stale, and a refresh with the same key neither
recomputes nor rebuilds a chart item. A range button only moves the view
(charts/progress_charts.py). With nothing logged yet the view teaches what to log first
instead of showing blank axes. Hidden pages are not recomputed.

The charts (pyqtgraph and numpy: about a quarter of a second of imports and plot set-up)
are only imported and built the first time the page is shown, so they cost nothing at
start-up for the many days the user only opens Today (docs/benchmarks.md, start-up).
"""

from __future__ import annotations

from datetime import date, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from phtcoach.core.analysis import local_date_of
from phtcoach.core.model import short_names
from phtcoach.services.changes import Changes
from phtcoach.services.errors import DataFormatError, StorageError, ValidationError
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel

if TYPE_CHECKING:
    from phtcoach.charts.data import ProgressModel
    from phtcoach.charts.view import ProgressView


class ProgressPage(QWidget):
    """Charts of pain, load and activity over time, with hover read-outs and ranges."""

    checkin_requested = Signal()  # the empty state's "Log this morning's check-in"

    def __init__(
        self,
        state: AppState,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._clock = state.clock
        self._tz: tzinfo | None = state.tz
        self._stale = True
        state.changed.connect(self._on_changed)
        self.model: ProgressModel | None = None
        self._model_key: tuple[object, ...] | None = None
        self.computes = 0  # models computed (tests check one per data change)
        self.view: ProgressView | None = None  # built on first show
        self.setObjectName("progressPage")
        self.setAccessibleName(self.tr("Progress"))
        self.message = MessageLabel(self)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.message)

    def prepare_view(self) -> None:
        """Import and build the charts now (six empty plots, no data read), for an idle
        moment: the first show then only reads, computes, lays out and draws. It takes
        less off the first frame than it costs (docs/benchmarks.md, "charts")."""
        self._ensure_view()

    def _ensure_view(self) -> ProgressView:
        if self.view is None:
            from phtcoach.charts.view import ProgressView  # lazily: see the module docstring

            self.view = ProgressView(self)
            self.view.checkin_requested.connect(self.checkin_requested)
            self._box.addWidget(self.view, 1)
            if self.isVisible():
                # Built on the first show: laid out now, so that the charts are drawn for
                # their real width (legends wrap once, the stack is painted once).
                self.view.show()
                self._box.activate()
        return self.view

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(
            Changes.DIARY | Changes.SESSIONS | Changes.SETTINGS | Changes.PROGRAMME
        ):
            self.invalidate()

    def invalidate(self) -> None:
        """Data changed: recompute when next shown (charts are not built for hidden pages)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def today(self) -> date:
        return local_date_of(self._clock.now(), self._tz)

    def refresh(self) -> None:
        """Show the current data: recomputed and redrawn only if it changed."""
        from phtcoach.charts.data import ProgressModel  # lazily: see the module docstring

        view = self._ensure_view()
        now = self._clock.now()
        today = local_date_of(now, self._tz)
        try:
            records = self._state.services.progress.records(today)
            tolerance = self._state.services.tolerance.for_day(today).model
            settings = self._state.settings
            programme = self._state.programme
        except (StorageError, ValidationError, DataFormatError) as e:
            self.message.show_error(str(e))
            return
        self.message.clear_message()
        exercise_names = short_names(programme.exercises)  # legends and tables are tight
        template_names = {k: t.name for k, t in programme.templates.items()}
        key = (records.version, today, settings, exercise_names, template_names)
        if key != self._model_key or self.model is None:
            self.model = ProgressModel.compute(
                pain_entries=records.pain_entries,
                activities=records.activities,
                measures=records.measures,
                sessions=records.sessions,
                sets=records.sets,
                settings=settings,
                tz=self._tz,
                now=now,
            )
            self.computes += 1
            view.set_model(
                self.model,
                today,
                exercise_names=exercise_names,
                template_names=template_names,
                tolerance=tolerance,
            )
            self._model_key = key
        self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
