"""Timing helpers and the docs/benchmarks.md writer shared by the benchmarks.

Each benchmark owns one section of docs/benchmarks.md, delimited by HTML comments
(`<!-- bench:NAME -->` ... `<!-- /bench:NAME -->`), and rewrites only that section, so
several benchmarks (and hand-written prose) can share the file.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.docsections import delimit, replace_section

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "benchmarks.md"
HEADER = """# Benchmarks

Reproduce with `make bench` (runs `pytest tests/benchmarks`, not part of `make test`).
Each section below is rewritten by the benchmark that owns it; numbers are from the
machine named in the section and only comparable within it (ratios are against a
baseline measured in the same run).
"""


def median_ms(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of `fn` in milliseconds, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def machine() -> str:
    import pyqtgraph
    from PySide6 import __version__ as pyside_version  # only when reporting

    cpu = platform.processor() or platform.machine()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"pyqtgraph {pyqtgraph.__version__}, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}"
    )


def write_section(name: str, title: str, body: str) -> None:
    """Replace (or append) section `name` of docs/benchmarks.md."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = f"## {title}\n\nMeasured {stamp} on {machine()}.\n\n{body.strip()}"
    replace_section(DOC, HEADER, "bench", name, delimit("bench", name, text))


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


# --------------------------------------------------------------------------- goals

GOALS = Path(__file__).with_name("goals.json")
"""The latest figure of every goal row (issue 13's table), kept between runs so that a
`-k` subset updates its own rows and the summary still shows all of them."""


def record_goal(key: str, figure: str, measured: str, goal: str, met: bool) -> None:
    """Keep one row of the goals table (docs/benchmarks.md, section "goals"); the session
    prints the table and rewrites the section at the end of `make bench`."""
    import json

    rows = json.loads(GOALS.read_text(encoding="utf-8")) if GOALS.exists() else {}
    rows[key] = {
        "figure": figure,
        "measured": measured,
        "goal": goal,
        "met": bool(met),
        "when": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    GOALS.write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n", encoding="utf-8")


GOAL_ORDER = (
    "startup_empty",
    "startup_history",
    "progress_first_frame",
    "progress_range_click",
    "cue_lateness",
    "cue_drift_long",
    "cue_onsets",
    "memory",
)


def goals_table() -> str:
    import json

    if not GOALS.exists():
        return ""
    rows = json.loads(GOALS.read_text(encoding="utf-8"))
    keys = [k for k in GOAL_ORDER if k in rows] + sorted(k for k in rows if k not in GOAL_ORDER)
    return table(
        ["figure", "measured", "goal", "met", "run"],
        [
            [
                rows[k]["figure"],
                rows[k]["measured"],
                rows[k]["goal"],
                "yes" if rows[k]["met"] else "**no** (see its section)",
                rows[k]["when"],
            ]
            for k in keys
        ],
    )


def write_goals() -> str:
    """Print-ready goals table, also written to docs/benchmarks.md's "goals" section."""
    body = goals_table()
    if body:
        write_section(
            "goals",
            "Goals (issue 13) at a glance",
            "Each row is measured by the benchmark named in its section below, as a ratio "
            "to a floor measured in the same run where there is one.\n\n" + body,
        )
    return body
