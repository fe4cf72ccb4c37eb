"""Damaged database files: truncated at many offsets, zeroed, random garbage, another
application's SQLite file, a newer version's, a read-only one. Each is opened twice, through
the composition root's start-up path (`startup.open_at_start` with `app.open_context`, the
path `app.run_gui` takes) and through a command (`phtcoach advice`):

- both refuse it with a message that names the file and says what is wrong;
- the file is byte for byte what it was (sha256), and no -wal/-shm appeared beside it;
- where a restore is the way out (damaged, newer), the start offers the data dir's backups,
  and the window's dialog lists every one of them with what it holds; another app's file and
  a read-only one are never offered a restore (nothing of ours to write over them).

Fast (`make test`): one file of each kind. Full (`make reliability`): 50 truncation offsets
and 50 garbage seeds besides, figures into docs/reliability.md.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from phtcoach import app, paths
from phtcoach.cli import main
from phtcoach.services.backups import BackupInfo
from phtcoach.startup import open_at_start
from phtcoach.storage import db as db_module
from phtcoach.storage.db import APPLICATION_ID
from phtcoach.storage.errors import StorageError
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.ui.startup_dialogs import RestoreAtStartDialog
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE
from tests.records import D0
from tests.reliability.figures import Row
from tests.storage.samples import pain

pytestmark = QT_NOISE
BACKUPS = 2  # each damaged data dir holds this many backups to offer


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Case:
    kind: str
    label: str
    make: Callable[[Path], None]  # turns a good database at this path into the case
    restorable: bool  # a restore is the way out (damaged, newer)
    words: tuple[str, ...]  # what the message must say (any one of them)
    read_only: bool = False


@dataclass
class Asked:
    """A Qt-free `StartupQuestions` that answers Quit and keeps what it was asked."""

    offered: list[BackupInfo] | None = None
    error: StorageError | None = None
    calls: list[str] = field(default_factory=list)

    def start_without_backup(self, error: StorageError) -> bool:
        self.calls.append("space")
        return False

    def choose_backup(
        self, error: StorageError, backups: list[BackupInfo], folder: Path, failed: str
    ) -> Path | None:
        self.calls.append("restore")
        self.offered, self.error = backups, error
        return None

    def refused(self, error: StorageError, folder: Path) -> None:
        self.calls.append("refused")
        self.error = error


# ------------------------------------------------------------------ the kinds


def truncate_at(fraction: float) -> Callable[[Path], None]:
    def make(db: Path) -> None:
        data = db.read_bytes()
        db.write_bytes(data[: max(1, int(len(data) * fraction))])

    return make


def zeroed(db: Path) -> None:
    db.write_bytes(bytes(db.stat().st_size))


def header_zeroed(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def garbage(seed: int) -> Callable[[Path], None]:
    def make(db: Path) -> None:
        rng = random.Random(seed)
        db.write_bytes(rng.randbytes(db.stat().st_size))

    return make


def foreign(user_version: int) -> Callable[[Path], None]:
    def make(db: Path) -> None:
        db.unlink()
        raw = sqlite3.connect(db)
        raw.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Ann', '555')")
        raw.execute(f"PRAGMA user_version = {user_version}")
        raw.commit()
        raw.close()

    return make


def newer(db: Path) -> None:
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    raw.commit()
    raw.close()


def unchanged(db: Path) -> None:
    """A healthy database; the case makes its disk read-only."""


DAMAGED = ("Restore a backup", "damaged", "not a readable")


def cases(truncations: int, seeds: int) -> list[Case]:
    found: list[Case] = []
    for i in range(truncations):
        fraction = (i + 0.5) / truncations  # spread over the whole file, never 0 bytes
        found.append(
            Case("truncated", f"truncated at {fraction:.0%}", truncate_at(fraction), True, DAMAGED)
        )
    found.append(Case("zeroed", "zeroed", zeroed, True, DAMAGED))
    found.append(Case("zeroed", "header zeroed", header_zeroed, True, DAMAGED))
    for seed in range(seeds):
        found.append(Case("garbage", f"garbage seed {seed}", garbage(seed), True, DAMAGED))
    for version in (0, 1, 2):
        found.append(
            Case(
                "foreign",
                f"another app's, user_version {version}",
                foreign(version),
                False,
                ("another application",),
            )
        )
    found.append(Case("newer", "newer schema", newer, True, ("newer version",)))
    found.append(Case("read-only", "read-only", unchanged, False, ("read-only",), True))
    return found


# ------------------------------------------------------------------ one data dir, many copies


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with a few weeks of entries and BACKUPS backups, copied for each case."""
    root = tmp_path_factory.mktemp("template") / "data"
    clock = FakeClock()
    ctx = app.open_context(root, clock)
    try:
        store = ctx.store
        with store.batch():
            for day in range(40):
                store.diary.add_pain(pain(D0 - timedelta(days=day)))
        for _ in range(BACKUPS):
            clock.advance(3600)
            ctx.services.backups.back_up_now()
    finally:
        ctx.close()
    assert len(list((root / "backups").iterdir())) == BACKUPS
    return root


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    identical: int = 0
    restorable: int = 0
    offered: int = 0
    listed: int = 0
    never_offered: int = 0
    not_restorable: int = 0
    kinds: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)


def try_case(
    case: Case,
    template: Path,
    where: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tally: Tally,
) -> None:
    root = where / "data"
    shutil.copytree(template, root)
    (root / paths.LOCK_NAME).unlink(missing_ok=True)
    db = paths.db_path(root)
    case.make(db)
    before = sha(db)
    tally.tried += 1
    tally.kinds.add(case.kind)
    problems: list[str] = []

    with monkeypatch.context() as m:
        if case.read_only:  # root writes through permissions: the open's own probe says no
            m.setattr(db_module, "_can_write", lambda path: Path(path) != db)
        asked = Asked()
        ctx = open_at_start(root, FakeClock(), UTC, asked, app.open_context)
        if ctx is not None:
            ctx.close()
            problems.append("the start opened it")
        capsys.readouterr()
        status = main(["advice", "--data-dir", str(root)])
        err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]

    start_text = str(asked.error) if asked.error else ""
    if asked.error is None or not any(w in start_text for w in case.words):
        problems.append(f"start said {start_text!r}")
    if str(db) not in start_text:
        problems.append("the start's message does not name the file")
    if status not in (1, 2) or len(err) != 1 or not any(w in err[0] for w in case.words):
        problems.append(f"advice: status {status}, said {err!r}")
    if not problems:
        tally.refused += 1

    sidecars = [p.name for p in root.iterdir() if p.name.endswith(("-wal", "-shm"))]
    if sha(db) == before and not sidecars:
        tally.identical += 1
    else:
        problems.append(f"the file changed (sidecars {sidecars})")

    if case.restorable:
        tally.restorable += 1
        offered = asked.offered
        if asked.calls == ["restore"] and offered is not None and len(offered) == BACKUPS:
            tally.offered += 1
            assert asked.error is not None
            dialog = RestoreAtStartDialog(asked.error, offered, root, tz=UTC)
            qtbot.addWidget(dialog)
            rows = dialog.table.rowCount()
            holds = [dialog.table.item(r, 3).text() for r in range(rows)]
            if (
                rows == BACKUPS
                and dialog.restore_button.isEnabled()
                and all("40 check-ins" in h for h in holds)
            ):
                tally.listed += 1
            else:
                problems.append(f"the dialog listed {rows} rows: {holds}")
        else:
            problems.append(f"no restore offered (asked {asked.calls})")
    else:
        tally.not_restorable += 1
        if asked.calls == ["refused"]:
            tally.never_offered += 1
        else:
            problems.append(f"asked {asked.calls} where only a message belongs")
    if problems:
        tally.failures.append(f"{case.label}: " + "; ".join(problems))


@pytest.fixture
def workdir(tmp_path: Path) -> Callable[[int], Path]:
    def make(i: int) -> Path:
        d = tmp_path / f"case-{i}"
        d.mkdir()
        return d

    return make


def test_damaged_database_files_are_refused_untouched_and_offer_a_restore(
    template: Path,
    workdir: Callable[[int], Path],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    count: Callable[[int, int], int],
    row: Callable[..., Row],
) -> None:
    tally = Tally()
    all_cases = cases(count(1, 50), count(1, 50))
    for i, case in enumerate(all_cases):
        try_case(case, template, workdir(i), qtbot, monkeypatch, capsys, tally)

    assert tally.failures == [], "\n".join(tally.failures)
    assert tally.refused == tally.identical == tally.tried == len(all_cases)
    assert tally.offered == tally.listed == tally.restorable
    assert tally.never_offered == tally.not_restorable

    r = row(
        "damaged-files",
        "Damaged database files",
        "refused with a clear message, the file byte for byte as it was, a restore offered "
        "where one helps",
    )
    r.add(
        f"{tally.tried} damaged files tried ({len(tally.kinds)} kinds: "
        f"{', '.join(sorted(tally.kinds))}), each opened by the app's start and by "
        f"`phtcoach advice`"
    )
    r.add(
        f"refused with a message naming the file and the problem: {tally.refused}; "
        f"byte-identical afterwards, no -wal/-shm beside it: {tally.identical}"
    )
    r.add(
        f"restore offered for {tally.offered} of {tally.restorable} damaged or newer ones, the "
        f"dialog listing all {BACKUPS} backups with what each holds: {tally.listed}"
    )
    r.add(
        f"another app's or read-only: a message saying what to do, never a restore: "
        f"{tally.never_offered} of {tally.not_restorable}"
    )
