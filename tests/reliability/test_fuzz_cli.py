"""Row A, command line: every argument class of every subcommand (dates, numbers, paths,
enums, templates, languages; empty, '-', very long, not UTF-8, out of range), first one
option at a time with the others valid (the table), then random mixes of them (the fuzz).

Each case runs through the in-process entry point (`phtcoach.cli.main(argv)`, stdout and
stderr captured) and must keep PRODUCT.md's contract: exit status 0, 1 or 2 (141 only for
a closed pipe), a refusal is one line on stderr without a traceback, and a refused command
leaves the data folder as it was (a digest of its files; the database by its rows, as
SQLite may rewrite pages without changing any).
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from phtcoach import i18n, paths
from phtcoach.cli import main
from tests.reliability import fuzz_files as ff

NOT_UTF8 = os.fsdecode(b"caf\xe9-\xff")  # what a Latin-1 file name looks like to Python
LONG = "a" * 300

DATES = ["2026-03-02", "0001-01-01", "9999-12-31", "1999-12-31", "2101-01-01", "2026-02-30",
         "2026-13-01", "", "-", "today", "2026-3-2", "20260302", "2026-03-02T07:00",
         " 2026-03-02", LONG, NOT_UTF8, "\u0662\u0660\u0662\u0666-03-02", "--json"]  # fmt: skip
NUMBERS = ["0", "1", "2", "520", "521", "-1", "1e3", "1.5", "", "-", "99999999999999999999",
           "0x10", " 7", "\u0663", "9" * 5000, NOT_UTF8, "nan", "inf", "2147483648"]  # fmt: skip
PATHS = ["", "-", "/dev/null", "/proc/phtcoach", "/sys/phtcoach", "{file}", "{file}/sub",
         "{dir}", "{dbdir}", "{tmp}/" + LONG, "{tmp}/" + NOT_UTF8, "{tmp}/deep" + "/d" * 60,
         "~", ".", "{tmp}/gone/x/y", "{export}", "{backup}", "{demo}"]  # fmt: skip
# --weeks 520, the upper bound itself, would write ten years of demo data (26 s): 521 is here.
WEEKS = [n for n in NUMBERS if n != "520"]
# An output is renamed over its target: a regression would replace /dev/null itself (as
# root), so a named pipe stands for the device among the outputs.
OUTS = [p if p != "/dev/null" else "{fifo}" for p in PATHS]
TEMPLATES = ["iso-5x5", "", "-", "nope", "../../etc/passwd", LONG, NOT_UTF8, "fesl-bridge-hold",
             "ISO-5X5", "iso-5x5 "]  # fmt: skip
LANGS = ["en", "de", "", "xx", "DE", "de_DE", "en-GB", NOT_UTF8, LONG]


def enum(*allowed: str) -> list[str]:
    return [*allowed, "", "-", allowed[0].upper(), allowed[0] + " ", "pdf", NOT_UTF8, LONG]


@dataclass(frozen=True)
class Option:
    name: str  # "--date", or "" for a positional argument
    values: list[str]
    valid: str | None  # None: left out when not under test


def command_options(out: str) -> dict[str, list[Option]]:
    """Each subcommand's options: the values to try and the valid one used otherwise."""
    data = Option("--data-dir", PATHS, "{demo}")
    lang = Option("--lang", LANGS, None)
    return {
        "timeline": [
            Option("", TEMPLATES, "iso-5x5"),
            Option("--side", enum("left", "right"), None),
            Option("--json", [], None),
            data,
            lang,
        ],
        "templates": [data, lang],
        "exercises": [Option("--json", [], None), data, lang],
        "advice": [Option("--date", DATES, "2026-03-02"), Option("--json", [], None), data, lang],
        "demo-data": [
            Option("--out", PATHS, out + "/demo"),
            Option("--weeks", WEEKS, "1"),
            Option("--seed", NUMBERS, None),
            lang,
        ],
        "backup": [data, lang],
        "restore": [Option("", PATHS, "{backup}"), data, lang],
        "export": [
            Option("--out", OUTS, out + "/export"),
            Option("--format", enum("json", "csv", "xlsx"), "json"),
            Option("--from", DATES, None),
            Option("--to", DATES, None),
            data,
            lang,
        ],
        "import": [Option("", PATHS, "{export}"), Option("--dry-run", [], None), data, lang],
        "report": [
            Option("--out", OUTS, out + "/report.pdf"),
            Option("--from", DATES, None),
            Option("--to", DATES, None),
            Option("--paper", enum("a4", "letter"), None),
            data,
            lang,
        ],
    }


def argv_of(command: str, chosen: dict[str, str | None], places: dict[str, str]) -> list[str]:
    out = [command]
    for name, v in chosen.items():
        if v is None:
            continue
        value = v
        for key, place in places.items():
            value = value.replace("{" + key + "}", place)
        if name.startswith("#"):  # a positional argument
            out.append(value)
        elif name in ("--json", "--dry-run"):
            out.append(name)
        else:
            out += [name, value]
    return out


# --------------------------------------------------------------------------- the data folder


def folder_digest(root: Path) -> str:
    """Every file's bytes, the database by its rows; 'absent' when there is no folder.
    (The lock file is left out: any command may take the lock and write its name there.)"""
    try:
        if not root.is_dir():
            return "absent" if not root.exists() else f"not a folder: {root.stat().st_mode}"
    except OSError as e:  # a name too long, a loop: no folder there either
        return f"unreachable: {e.errno}"
    h = hashlib.sha256()
    db = paths.db_path(root)
    for p in sorted(root.rglob("*")):
        if p.name.startswith(db.name + "-") or p.name == paths.LOCK_NAME:
            continue  # -wal, -shm: SQLite's, come and go as it opens (the rows say it all);
            # the lock names who holds it, whether or not that one writes
        rel = str(p.relative_to(root))
        h.update(rel.encode("utf-8", "surrogateescape") + b"\0")
        if p == db and p.is_file():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                h.update(ff.digest(conn).encode())
            finally:
                conn.close()
        elif p.is_file():
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def data_dir_of(argv: list[str], places: dict[str, str]) -> Path | None:
    """The data folder a command would write (for demo-data, its --out)."""
    flag = "--out" if argv[0] == "demo-data" else "--data-dir"
    if flag not in argv:
        return Path(places["demo"]) if flag == "--data-dir" else None
    value = argv[argv.index(flag) + 1]
    if not value.strip():
        return None
    try:
        return Path(value).expanduser().absolute()
    except (OSError, ValueError):
        return None


@dataclass
class Outcome:
    status: int
    out: str
    err: str


class _ClosedPipe(io.BytesIO):
    """stdout whose reader has gone (`phtcoach templates | head -0`)."""

    def write(self, data: Any) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def call(argv: list[str], *, closed: bool = False) -> Outcome:
    """`main(argv)` with stdout and stderr as a process has them: byte streams with an
    encoding (the command may reconfigure them), read back as the bytes were written."""
    out, err = _stream("strict", closed), _stream("backslashreplace")
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        status = main(argv)
    except SystemExit as e:  # argparse's own refusals and --help
        status = int(e.code or 0) if not isinstance(e.code, str) else 2
    finally:
        sys.stdout, sys.stderr = real
        i18n.remove_translators()  # a German case must not leak into the next one
    return Outcome(status, _text(out), _text(err))


def _stream(errors: str, closed: bool = False) -> io.TextIOWrapper:
    raw = _ClosedPipe() if closed else io.BytesIO()
    return io.TextIOWrapper(raw, encoding="utf-8", errors=errors, write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    buffer = stream.buffer
    if isinstance(buffer, _ClosedPipe):
        return ""
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8", "surrogateescape")


@dataclass
class Judge:
    """Checks one case against the contract and counts what it saw."""

    places: dict[str, str]
    statuses: Counter[int]

    def case(self, argv: list[str]) -> Outcome:
        root = data_dir_of(argv, self.places)
        safe = root is None or _inside(root, Path(self.places["tmp"]))
        before = folder_digest(root) if root is not None and safe else None
        out = _out_of(argv)
        out_was = out is not None and _lexists(out)
        got = self.call(argv)
        self.statuses[got.status] += 1
        assert got.status in (0, 1, 2), (argv, got)
        assert "Traceback" not in got.err + got.out, (argv, got.err)
        if got.status != 0:
            lines = [line for line in got.err.splitlines() if line.strip()]
            if argv[0] == "import" and (
                "problem, nothing was imported" in lines[0]
                or "problems, nothing was imported" in lines[0]
            ):
                # the import's report: a head line, then one line per problem
                assert all(line.startswith("  ") for line in lines[1:]), (argv, got.err)
            else:
                assert len(lines) == 1, (argv, got.err)
            for line in lines:
                problem = ff.unclear(line)
                assert problem is None, (argv, problem, line)
                assert len(line) < 1000, (argv, line[:300])
            if root is not None and before is not None:
                assert folder_digest(root) == before, (argv, "a refused command wrote", got.err)
            if out is not None and not out_was:
                assert not _lexists(out), (argv, "a refused command left its output", got.err)
        return got

    def call(self, argv: list[str]) -> Outcome:
        return call(argv)


def _out_of(argv: list[str]) -> str | None:
    """The file or folder an export or a report writes."""
    if argv[0] in ("export", "report") and "--out" in argv[:-1]:
        return argv[argv.index("--out") + 1]
    return None


def _lexists(path: str) -> bool:
    try:
        return os.path.lexists(os.path.abspath(os.path.expanduser(path)))
    except (OSError, ValueError):
        return False


def _inside(path: Path, place: Path) -> bool:
    try:
        path.resolve().relative_to(place.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A demo data folder, an export and a backup of it, and hostile places beside them.
    (On disk: the command line refuses /dev, so /dev/shm, as a data folder.)"""
    tmp = tmp_path / "cli"
    tmp.mkdir()
    monkeypatch.chdir(tmp)  # '.' and relative names land here
    demo = tmp / "demo"
    assert main(["demo-data", "--out", str(demo), "--weeks", "1"]) == 0
    export = ["export", "--data-dir", str(demo), "--out", str(tmp / "x.json"), "--format", "json"]
    assert main(export) == 0
    backup = Path(_last_line(lambda: main(["backup", "--data-dir", str(demo)])))
    afile = tmp / "afile"
    afile.write_text("not a folder")
    dbdir = tmp / "dbdir"
    (dbdir / paths.DB_NAME).mkdir(parents=True)
    (tmp / "dir").mkdir()
    (tmp / "out").mkdir()
    os.mkfifo(tmp / "fifo")
    names = {"tmp": tmp, "out": tmp / "out", "demo": demo, "export": tmp / "x.json"}
    names |= {"backup": backup, "file": afile, "dir": tmp / "dir", "dbdir": dbdir}
    names["fifo"] = tmp / "fifo"
    return {k: str(v) for k, v in names.items()}


def _last_line(run: Callable[[], int]) -> str:
    real = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        assert run() == 0
    finally:
        sys.stdout = real
    return buf.getvalue().strip().splitlines()[-1]


Case = tuple[str, dict[str, str | None]]
PIPED = [
    ["timeline", "iso-5x5", "--data-dir", "{demo}"],
    ["timeline", "iso-5x5", "--json"],
    ["templates", "--data-dir", "{demo}"],
    ["exercises"],
    ["exercises", "--json"],
    ["advice", "--date", "2026-03-02", "--data-dir", "{demo}"],
    ["advice", "--json", "--data-dir", "{demo}"],
    ["--help"],
    ["export", "--help"],
]


def table_cases(out: str) -> Iterator[Case]:
    """Each option of each command with each of its values, the other options valid."""
    for command, options in command_options(out).items():
        for i, opt in enumerate(options):
            for value in opt.values or [opt.name]:
                chosen = {o.name or f"#{j}": o.valid for j, o in enumerate(options)}
                chosen[opt.name or f"#{i}"] = value
                yield command, chosen


def random_case(rnd: random.Random, out: str) -> Case:
    """A command with a random mix of its options, each valid, hostile or left out."""
    options_of = command_options(out)
    command = rnd.choice(sorted(options_of))
    options = options_of[command]
    chosen: dict[str, str | None] = {}
    for j, o in enumerate(options):
        roll = rnd.randrange(3)
        if roll == 0 and o.values:
            chosen[o.name or f"#{j}"] = rnd.choice(o.values)
        elif roll == 1 or o.name in ("", "--out"):
            chosen[o.name or f"#{j}"] = o.valid if o.valid else rnd.choice(o.values or [o.name])
        if command == "report" and o.name == "--out":  # a PDF takes a second: hostile only
            chosen["--out"] = rnd.choice(o.values)
    return command, chosen


def fresh(case: Case, n: int) -> Case:
    """An output that must not exist yet gets a name of its own in each case."""
    command, chosen = case
    v = chosen.get("--out")
    if v is not None and v.startswith("{out}"):
        chosen = {**chosen, "--out": f"{{out}}/{n}-{v.rpartition('/')[2]}"}
    return command, chosen


TARGET = (
    "0 tracebacks; every refusal one line with exit status 2 (1: the machine failed), "
    "nothing written"
)


def test_every_argument_class_of_every_command(
    places: dict[str, str],
    qapp: Any,
    count: Callable[[int, int], int],
    row: Any,
) -> None:
    started = time.perf_counter()
    judge = Judge(places, Counter())
    cases = list(table_cases("{out}"))
    rnd = random.Random(12)
    if count(0, 1) == 0:  # the fast run: a sample of the table
        cases = rnd.sample(cases, 40)
    n_table = len(cases)
    cases += [random_case(random.Random(n), "{out}") for n in range(count(30, 1000))]
    for n, case in enumerate(cases):
        command, chosen = fresh(case, n)
        argv = argv_of(command, chosen, places)
        try:
            judge.case(argv)
        except BaseException as e:
            e.add_note(f"case {n}: {argv!r}")
            raise
    for argv in PIPED:  # a reader that stops early: quiet, status 141
        got = call(
            argv_of(argv[0], {f"#{i}": a for i, a in enumerate(argv[1:])}, places), closed=True
        )
        quiet = (0, 141) if "--help" in argv else (141,)  # help may end before the pipe shuts
        assert got.status in quiet and got.err == "", (argv, got)
        judge.statuses[got.status] += 1
    secs = time.perf_counter() - started
    by = ", ".join(f"{s}: {k:,}" for s, k in sorted(judge.statuses.items()))
    r = row("fuzz-cli", "A. Fuzzed command-line arguments", TARGET)
    r.add(
        f"{len(cases):,} argument cases through `phtcoach.cli.main` ({n_table:,} from the "
        f"table of every option's value classes of the 10 subcommands and --lang, "
        f"{len(cases) - n_table:,} random mixes) and {len(PIPED)} into a closed pipe; "
        f"by exit status {by}; 0 tracebacks, "
        f"every refusal one line, nothing written by a refused command; {secs:.0f} s"
    )
