"""Import: every row checked first, then all of it written in one transaction, or nothing.

Rows keep the ids they were exported with, so importing into a data dir that already
holds data merges by id: a row with the same id and the same content is already present
(skipped), the same id with other content is in conflict. Any problem (a bad value, a set
whose session is nowhere, a conflict) is listed with where it is and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import Exercise
from phtcoach.core.words import plural
from phtcoach.services.changes import Changes, Done
from phtcoach.services.exchange import rows
from phtcoach.services.exchange.sources import Source, read_source
from phtcoach.storage.exchange_repo import TABLES
from phtcoach.storage.repository import Store

Key = tuple[object, ...]
Progress = Callable[[int, int], None]  # (tables done, tables in all)
MAX_LISTED = 200


class ImportCancelledError(Exception):
    """The user cancelled; the transaction was rolled back."""


@dataclass
class TableCount:
    added: int = 0
    present: int = 0
    conflict: int = 0


@dataclass
class ImportReport:
    """What an import would do (or did), and every problem that stops it."""

    source: str
    counts: dict[str, TableCount] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = []
        for table, c in self.counts.items():
            if c.added or c.present or c.conflict:
                out.append(
                    f"{table}: {c.added} to add, {c.present} already present, "
                    f"{c.conflict} in conflict"
                )
        if not out:
            out.append("nothing to import")
        return out

    def problem_text(self) -> str:
        shown = self.problems[:MAX_LISTED]
        more = len(self.problems) - len(shown)
        tail = [f"... and {more} more"] if more > 0 else []
        head = f"{self.source}: " + plural(
            "%n problem(s), nothing was imported", len(self.problems)
        )
        return "\n".join([head, *(f"  {p}" for p in shown), *tail])


class ImportProblemsError(DataFormatError):
    """An import refused; `report` lists every problem found."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(report.source, report.problem_text())

    def __str__(self) -> str:
        return self.report.problem_text()


@dataclass
class _Plan:
    report: ImportReport
    new_rows: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)


class ImportService:
    def __init__(
        self,
        store: Store,
        builtin_exercises: Callable[[], dict[str, Exercise]],
        builtin_templates: Callable[[], set[str]] = set,
        after_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._store = store
        self._builtin = builtin_exercises
        self._builtin_templates = builtin_templates
        self._after_write = after_write

    def check(self, path: Path) -> ImportReport:
        """The dry run: what would be added, present or in conflict; writes nothing."""
        return self._plan(path).report

    def run(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Done[ImportReport]:
        """Import all or nothing; raises ImportProblemsError listing every problem."""
        plan = self._plan(path)
        if not plan.report.ok:
            raise ImportProblemsError(plan.report)
        todo = [t.name for t in TABLES if plan.new_rows.get(t.name)]
        repo = self._store.exchange
        with self._store.batch():
            for i, name in enumerate(todo):
                if cancelled is not None and cancelled():
                    raise ImportCancelledError("import cancelled; nothing was written")
                repo.put(name, plan.new_rows[name])
                if progress is not None:
                    progress(i + 1, len(todo))
        plan.report.written = True
        self._after_write()  # cached programme and settings are stale now
        return Done(plan.report, Changes.ALL)

    def _plan(self, path: Path) -> _Plan:
        try:
            source = read_source(path)
        except DataFormatError as e:
            report = ImportReport(str(path), problems=[str(e)])
            raise ImportProblemsError(report) from None
        except OSError as e:
            report = ImportReport(str(path), problems=[f"cannot read: {e.strerror or e}"])
            raise ImportProblemsError(report) from None
        return self._plan_source(source, str(path))

    def _plan_source(self, source: Source, name: str) -> _Plan:
        plan = _Plan(ImportReport(name))
        builtin = set(self._builtin()) | self._builtin_templates()
        checked = _check_rows(source, plan.report.problems, self._known_exercises(), builtin)
        repo = self._store.exchange
        for spec in TABLES:
            if spec.name not in checked:
                continue
            stored = repo.keys(spec.name)
            count = plan.report.counts.setdefault(spec.name, TableCount())
            fresh: list[tuple[object, ...]] = []
            for key, (values, where) in checked[spec.name].items():
                have = stored.get(key)
                if have is None:
                    count.added += 1
                    fresh.append((*key, *values))
                elif tuple(have) == values:
                    count.present += 1
                else:
                    count.conflict += 1
                    plan.report.problems.append(
                        f"{where}: {spec.key[0]} {_key_text(key)} is already in the diary "
                        "with other content (in conflict)"
                    )
            plan.new_rows[spec.name] = fresh
        _check_parents(checked, repo.keys("sessions"), plan.report.problems)
        return plan

    def _known_exercises(self) -> dict[str, Exercise]:
        known = {e.slug: e for e in self._store.library.exercises()}
        return {**known, **self._builtin()}


Checked = dict[str, dict[Key, tuple[tuple[object, ...], str]]]


def _key_text(key: Key) -> str:
    return "/".join(str(k) for k in key)


def _check_rows(
    source: Source, problems: list[str], known: dict[str, Exercise], builtin: set[str]
) -> Checked:
    """Every row through the model; problems named by file, row and the model's message."""
    out: Checked = {}
    for spec in TABLES:
        if spec.name not in source.tables:
            continue
        label = source.label[spec.name]
        table_rows: list[Any] = source.tables[spec.name]
        found: dict[Key, tuple[tuple[object, ...], str]] = {}
        out[spec.name] = found
        if spec.name == "settings":
            try:
                for key, values in rows.settings_rows(table_rows).items():
                    found[key] = (values, f"{label} {key[0]}")
            except (*rows.READ_ERRORS, DataFormatError) as e:
                problems.append(f"{label}: {e}")
            continue
        for i, obj in enumerate(table_rows):
            where = f"{label} row {i + 1}"
            try:
                if spec.name == "user_exercises":
                    key, values, ex = rows.exercise_row(obj, where)
                    known.setdefault(ex.slug, ex)
                elif spec.name == "user_templates":
                    key, values = rows.template_row(obj, known, where)
                elif spec.name == "note_answers":
                    key, values = rows.note_answer_row(obj)
                else:
                    key, values = rows.record_row(spec.name, obj)
                _check_unicode(spec.all_cols, (*key, *values))
            except DataFormatError as e:
                problems.append(f"{where}: {e.problem if e.where == 'row' else e}")
                continue
            except rows.READ_ERRORS as e:
                problems.append(f"{where}: {_plain_error(e)}")
                continue
            if spec.name in ("user_exercises", "user_templates") and key[0] in builtin:
                problems.append(f"{where}: {key[0]!r} is a built-in id; rename it in the file")
                continue
            if key in found:
                problems.append(f"{where}: {spec.key[0]} {_key_text(key)} appears twice")
                continue
            found[key] = (values, where)
    return out


def _check_unicode(cols: tuple[str, ...], values: tuple[object, ...]) -> None:
    for col, v in zip(cols, values, strict=True):
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError as e:
                bad = v[e.start : e.end].encode("unicode_escape").decode("ascii")
                raise DataFormatError(
                    "row", f"{col}: text holds {bad}, which is not a character (a lone surrogate)"
                ) from None


def _plain_error(e: BaseException) -> str:
    if isinstance(e, RecursionError):
        return "nested too deeply"
    text = str(e)
    return text if len(text) <= 300 else text[:300] + "..."


def _check_parents(
    checked: Checked, stored_sessions: dict[Key, tuple[object, ...]], problems: list[str]
) -> None:
    sessions = set(checked.get("sessions", {})) | set(stored_sessions)
    for values, where in checked.get("sets", {}).values():
        session_id = values[0]
        if (session_id,) not in sessions:
            problems.append(
                f"{where}: session_id {session_id} is neither in the file nor in the diary"
            )
