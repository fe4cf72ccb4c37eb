"""What the import fuzz (test_fuzz_inputs.py) starts from and checks: the valid files, built
by the app itself so a mutation (tests/reliability/mutations.py) gets past the format
check; a digest of every table, so a refused import is seen to have written nothing; and
how a refusal's message is judged and counted."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.core.serialize import templates_file_to_dict
from phtcoach.services import Services
from phtcoach.storage.repository import Store
from tests.services.exchange_helpers import fill

# --------------------------------------------------------------------------- the valid files

ROWS_PER_TABLE = 3  # a small export parses in a millisecond or two: 10,000 of them fit


def user_library(services: Services) -> tuple[list[Any], list[Template]]:
    """One exercise of the user's own and two templates (one of them uses it)."""
    builtin = services.programme.builtin_exercises()
    hold = builtin["fesl-bridge-hold"]
    own = replace(hold, slug="my-wall-hold", name="My wall hold", builtin=False)
    tempo = next(e for e in builtin.values() if e.kind is ExerciseKind.TEMPO)
    templates = [
        Template(
            "physio-plan",
            "Physio plan",
            (
                Block(own, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),
                Block(
                    tempo,
                    Dosage(ExerciseKind.TEMPO, sets=3, reps=8, up_s=3, down_s=3, load_kg=5.0),
                ),
            ),
            author="A. Physio",
            note="Twice a day.",
        ),
        Template(
            "short-holds",
            "Short holds",
            (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=1, reps=3, hold_s=10)),),
        ),
    ]
    return [own], templates


def filled(store: Store, services: Services) -> None:
    """A demo week, the fill's hostile notes, and the user's own exercise and templates."""
    fill(store, weeks=1)
    exercises, templates = user_library(services)
    for e in exercises:
        store.library.save_exercise(e)
    for t in templates:
        store.library.save_template(t)
    services.programme.reload()


def small_export(services: Services) -> dict[str, Any]:
    """The app's JSON export, cut to the first rows of each table (sets of kept sessions)."""
    doc = services.export.document()
    tables = doc["tables"]
    for name in tables:
        if name != "settings" and name != "sets":
            tables[name] = tables[name][:ROWS_PER_TABLE]
    kept = {r["id"] for r in tables["sessions"]}
    tables["sets"] = [r for r in tables["sets"] if r["session_id"] in kept][: ROWS_PER_TABLE * 2]
    return doc


def template_file(services: Services) -> dict[str, Any]:
    exercises, templates = user_library(services)
    return templates_file_to_dict(templates, exercises)


# --------------------------------------------------------------------------- the database


@contextmanager
def scratch_dir(tmp_path: Path) -> Iterator[Path]:
    """Where tens of thousands of small writes go: a folder in memory when the machine has
    a tmpfs (each small write costs ~4 ms on this disk, a SQLite commit more), else
    `tmp_path`. Removed afterwards."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    place = Path(tempfile.mkdtemp(prefix="phtcoach-reliability-", dir=shm))
    try:
        yield place
    finally:
        shutil.rmtree(place, ignore_errors=True)


def digest(conn: sqlite3.Connection) -> str:
    """Every row of every table (the schema too), in a stable order."""
    h = hashlib.sha256()
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ):
        h.update(f"{name}\0{sql}\0".encode())
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        for r in sorted(repr(tuple(r)) for r in rows):
            h.update(r.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}


def snapshot(conn: sqlite3.Connection) -> sqlite3.Connection:
    copy_ = sqlite3.connect(":memory:")
    conn.backup(copy_)
    return copy_


def restore(saved: sqlite3.Connection, conn: sqlite3.Connection) -> None:
    """Put the saved copy back (after an import that was accepted and wrote)."""
    saved.backup(conn)


# --------------------------------------------------------------------------- messages

_REPRS = re.compile(r"<class |<function |<module | object at 0x|Traceback|\bNone\b\)|Error\(")


def unclear(message: object) -> str | None:
    """Why a refusal's message is not one a person can act on, or None when it is."""
    if not isinstance(message, str) or not message.strip():
        return "no message"
    if _REPRS.search(message):
        return "a Python repr or traceback in the message"
    return None


# Kinds of first problem, by the words the importers use (first match wins).
KINDS: tuple[tuple[str, str], ...] = (
    ("not UTF-8", "not UTF-8 text"),
    ("nested too deeply", "nested too deeply"),
    ("not valid JSON", "not JSON"),
    ("not JSON", "not JSON"),
    ("number too long", "number too long"),
    ("not valid CSV", "not valid CSV"),
    ("no export tables", "no tables"),
    ("missing column", "missing column"),
    ("not a phtcoach", "wrong format"),
    ("is not supported", "wrong version"),
    ("unknown table", "unknown table"),
    ('"tables"', "tables not an object"),
    ("list of rows", "rows not a list"),
    ("expected an object", "not an object where one belongs"),
    ("unknown field", "unknown field"),
    ("missing field", "missing field"),
    ("unknown key", "unknown key"),
    ("missing key", "missing key"),
    ("lone surrogate", "lone surrogate"),
    ("appears twice", "duplicate id"),
    ("duplicate", "duplicate id"),
    ("in conflict", "conflict"),
    ("is neither in the file", "orphan set"),
    ("built-in", "built-in id"),
    ("not a template file", "not a template file"),
    ("template file", "wrong format"),
    ("one of ", "not one of the names allowed"),
)


def kind_of(message: str) -> str:
    """The first problem's kind: the words above, else "value out of range or wrong type"."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    first = (
        lines[1]
        if len(lines) > 1 and ("problem," in lines[0] or "problems," in lines[0])
        else lines[0]
    )
    for words, kind in KINDS:
        if words in first:
            return kind
    return "value out of range or wrong type"


def read_csv_folder(folder: Any) -> dict[str, list[list[str]]]:
    """An exported CSV folder as table name -> rows of cells."""
    out = {}
    for path in sorted(folder.iterdir()):
        with path.open(encoding="utf-8", newline="") as fh:
            out[path.stem] = [list(r) for r in csv.reader(fh)]
    return out
