"""Use cases: what a user does, each as one call and one transaction, free of Qt and SQL.

The window's app state and the command line both go through here, so the app and
`phtcoach advice` cannot disagree, and every rule about what a user action writes is tested
without a screen. `Services` is built by the composition root around one open store.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from phtcoach.core.clock import Clock
from phtcoach.services.advice import AdviceService
from phtcoach.services.backups import BackupService
from phtcoach.services.diary import DiaryService
from phtcoach.services.exchange import ExportService, ImportService
from phtcoach.services.exercises import ExerciseService
from phtcoach.services.programme import ProgrammeService
from phtcoach.services.progress import ProgressService
from phtcoach.services.red_flags import RedFlagService
from phtcoach.services.reminders import ReminderService
from phtcoach.services.report import ReportService
from phtcoach.services.runs import Runs
from phtcoach.services.sessions import SessionRecords
from phtcoach.services.settings import SettingsService
from phtcoach.services.tolerance import ToleranceService
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import Store


class Services:
    """One of each service around the same store, clock and time zone."""

    def __init__(self, store: Store, clock: Clock, tz: tzinfo | None) -> None:
        self._store = store
        self.clock = clock
        self.tz = tz
        self.settings = SettingsService(store)
        self.programme = ProgrammeService(store)
        self.exercises = ExerciseService(store, self.programme)
        self.diary = DiaryService(store, tz)
        self.sessions = SessionRecords(store, clock)
        self.red_flags = RedFlagService(store, clock, tz)
        self.advice = AdviceService(store, clock, tz, self.settings, self.programme, self.red_flags)
        self.report = ReportService(
            self.settings, self.programme, self.advice, self.diary, self.red_flags, clock, tz
        )
        self.runs = Runs(store, clock, self.programme, self.sessions)
        self.reminders = ReminderService(store, clock, tz, self.settings, self.diary, self.advice)
        self.export = ExportService(store, clock, tz, self.programme.names)
        self.imports = ImportService(
            store,
            self.programme.builtin_exercises,
            self.programme.builtin_template_ids,
            after_write=self.programme.reload,
        )
        self.backups = BackupService(store, clock, tz)
        self.progress = ProgressService(store, tz)
        self.tolerance = ToleranceService(store, clock, tz, self.settings)

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    @property
    def is_open(self) -> bool:
        """False once the store is closed (a deferred screen update arriving after the app
        closed its data folder reads nothing)."""
        return not self._store.closed

    @property
    def database_path(self) -> Path:
        return self._store.path

    def backup(self) -> Path:
        """A manual backup now, rotated to the user's Settings.backups_keep."""
        return self._store.backup("manual")
