"""Row A, files: tens of thousands of damaged import files (a JSON export, a CSV folder, a
template file), each made from a valid file the app wrote. Every import either succeeds in
full or is refused with a message a person can act on (one problem a line, no traceback, no
Python repr), and a refused import leaves every table of the database as it was.

Case N is the file made from `random.Random(N)` (tests/reliability/mutations.py), so a
failure names the case to replay. One store per importer is reused: a refusal must leave it
untouched (its digest is checked after every file), an accepted import is rolled back by
copying the saved database back.
The malformed-file corpus with its expected messages stays in
tests/services/test_exchange_malformed.py.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.services import Services
from phtcoach.services.exchange import ImportProblemsError
from phtcoach.storage.repository import Store, open_store
from tests.fakes import FakeClock
from tests.reliability import fuzz_files as ff
from tests.reliability import mutations as mu
from tests.reliability.figures import Row

TARGET = "0 tracebacks, 0 partial writes, each refusal a clear message"


@dataclass
class Tally:
    """What one importer did with the files it was given."""

    files: int = 0
    accepted: int = 0
    refused: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def refusal(self, message: str) -> None:
        problem = ff.unclear(message)
        assert problem is None, f"{problem}: {message!r}"
        lines = [line for line in message.splitlines() if line.strip()]
        assert all(len(line) < 2000 for line in lines), message[:500]
        self.refused += 1
        self.kinds[ff.kind_of(message)] += 1

    def figures(self, r: Row, what: str, tried: int) -> None:
        secs = time.perf_counter() - self.started
        assert self.files >= tried, (self.files, tried)
        r.add(
            f"{self.files:,} {what} imported: {self.accepted:,} accepted in full, "
            f"{self.refused:,} refused with a message, 0 tracebacks, 0 partial writes "
            f"(every table's digest unchanged after each refusal); {secs:.0f} s"
        )
        kinds = ", ".join(f"{k} {n:,}" for k, n in self.kinds.most_common())
        r.add(f"{what}, refusals by first problem: {kinds}")


@dataclass
class Target:
    """The store the files are imported into, and its saved copy for rolling back."""

    store: Store
    services: Services

    def __post_init__(self) -> None:
        self.saved = ff.snapshot(self.store.conn)
        self.digest = ff.digest(self.store.conn)

    def unchanged(self) -> None:
        assert ff.digest(self.store.conn) == self.digest, "a refused import wrote something"

    def roll_back(self) -> None:
        ff.restore(self.saved, self.store.conn)
        self.services.programme.reload()
        self.unchanged()


def target(root: Path, seed: dict[str, Any] | None) -> Target:
    clock = FakeClock()
    store = open_store(root, clock, auto_backup=False)
    services = Services(store, clock, UTC)
    if seed is not None:  # some of the file's rows already present: the merge's paths too
        path = root.parent / f"{root.name}-seed.json"
        path.write_text(json.dumps(seed), encoding="utf-8")
        services.imports.run(path)
    return Target(store, services)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    with ff.scratch_dir(tmp_path) as place:
        yield place


@pytest.fixture
def source(tmp_path: Path) -> dict[str, Any]:
    """A small valid export written by the app, and its CSV folder and template file."""
    clock = FakeClock()
    with open_store(tmp_path / "source", clock, auto_backup=False) as store:
        services = Services(store, clock, UTC)
        ff.filled(store, services)
        doc = ff.small_export(services)
        templates = ff.template_file(services)
    with open_store(tmp_path / "small", clock, auto_backup=False) as store:
        services = Services(store, clock, UTC)
        path = tmp_path / "small.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        services.imports.run(path)
        services.export.export(tmp_path / "small-csv", "csv")
    subset = {**doc, "tables": {k: doc["tables"][k] for k in ("settings", "clinician_checks")}}
    subset["tables"]["pain_entries"] = doc["tables"]["pain_entries"][:1]
    return {"doc": doc, "csv": ff.read_csv_folder(tmp_path / "small-csv"), "subset": subset,
            "templates": templates}  # fmt: skip


def accepted_in_full(t: Target, before: dict[str, int], added: int) -> None:
    after = ff.row_counts(t.store.conn)
    derived = ("template_exercises", "sqlite_sequence")  # links and id counters, not rows
    grown = sum(after[n] - before.get(n, 0) for n in after if n not in derived)
    assert grown == added, (grown, added)


def refused(t: Target, tally: Tally, message: str, problems: list[str]) -> None:
    """A refusal: one problem a line, a clear message, and nothing written."""
    assert problems and all("\n" not in p.strip() for p in problems), problems
    tally.refusal(message)
    t.unchanged()


def import_one(t: Target, tally: Tally, path: Path) -> None:
    before = ff.row_counts(t.store.conn)
    tally.files += 1
    try:
        done = t.services.imports.run(path)
    except ImportProblemsError as e:
        refused(t, tally, str(e), e.report.problems)
        return
    try:
        accepted_in_full(t, before, sum(c.added for c in done.value.counts.values()))
    finally:
        t.roll_back()
    tally.accepted += 1


def each_case(examples: int, one: Callable[[random.Random, list[str]], None]) -> None:
    """Case 0 .. examples-1, each on its own seeded Random; a failure names its case."""
    for case in range(examples):
        done: list[str] = []
        try:
            one(random.Random(case), done)
        except BaseException as e:
            e.add_note(f"fuzz case {case}: {done}")
            raise


def test_fuzzed_json_exports(
    source: dict[str, Any], scratch: Path, count: Callable[[int, int], int], row: Any
) -> None:
    t = target(scratch / "target", source["subset"])
    tally = Tally()
    path = scratch / "fuzz.json"
    fuzzer = mu.TreeFuzzer(source["doc"])
    examples = count(300, 10_000)

    def one(rnd: random.Random, done: list[str]) -> None:
        content, what = mu.json_file(rnd, fuzzer)
        done.extend(what)
        path.write_bytes(content)
        import_one(t, tally, path)

    each_case(examples, one)
    t.store.close()
    assert tally.accepted and tally.refused, tally  # the fuzzer got past the format check
    r = row("fuzz-json", "A. Fuzzed imports: JSON export files", TARGET)
    tally.figures(r, "JSON files", examples)


def test_fuzzed_csv_folders(
    source: dict[str, Any], scratch: Path, count: Callable[[int, int], int], row: Any
) -> None:
    t = target(scratch / "target", source["subset"])
    tally = Tally()
    folder = scratch / "fuzz-csv"
    folder.mkdir()
    base = {name: mu.csv_text(rows) for name, rows in source["csv"].items()}
    for name, data in base.items():
        (folder / f"{name}.csv").write_bytes(data)
    examples = count(300, 10_000)

    def one(rnd: random.Random, done: list[str]) -> None:
        changed, what = mu.csv_files(rnd, source["csv"])
        done.extend(what)
        for name, content in changed.items():
            p = folder / f"{name}.csv"
            if content is None:
                p.unlink(missing_ok=True)
            else:
                p.write_bytes(content)
        try:
            import_one(t, tally, folder)
        finally:
            for name in changed:
                p = folder / f"{name}.csv"
                if name in base:
                    p.write_bytes(base[name])
                else:
                    p.unlink(missing_ok=True)

    each_case(examples, one)
    t.store.close()
    assert tally.accepted and tally.refused, tally
    r = row("fuzz-csv", "A. Fuzzed imports: CSV folders", TARGET)
    tally.figures(r, "CSV folders", examples)


def test_fuzzed_template_files(
    source: dict[str, Any], scratch: Path, count: Callable[[int, int], int], row: Any
) -> None:
    t = target(scratch / "target", None)
    tally = Tally()
    path = scratch / "plan.json"
    fuzzer = mu.TreeFuzzer(source["templates"])
    examples = count(300, 10_000)

    def one(rnd: random.Random, done: list[str]) -> None:
        content, what = mu.json_file(rnd, fuzzer)
        done.extend(what)
        path.write_bytes(content)
        tally.files += 1
        try:
            imported = t.services.programme.import_file(path).value
        except (DataFormatError, ValidationError) as e:
            refused(t, tally, str(e), [str(e)])
            return
        try:
            t.services.programme.reload()
            current = t.services.programme.current()
            assert all(tpl.id in current.templates for tpl in imported), "stored, not usable"
        finally:
            t.roll_back()
        tally.accepted += 1

    each_case(examples, one)
    t.store.close()
    assert tally.accepted and tally.refused, tally
    r = row("fuzz-templates", "A. Fuzzed imports: template files", TARGET)
    tally.figures(r, "template files", examples)
