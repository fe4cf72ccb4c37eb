"""The tolerance model's calibration on simulated histories, and docs/tolerance.md's figures.

    .venv/bin/python -m tests.tolerance.calibrate [--seeds 1000]

rewrites the "calibration" section of docs/tolerance.md; the tests call the same functions
with fewer seeds.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from phtcoach.core.settings import Settings
from phtcoach.core.tolerance_days import Factor, tolerance_days
from phtcoach.core.tolerance_model import Verdict, fit
from tests.docsections import delimit, replace_section
from tests.tolerance.simulate import HILLY_RUN, PLANTED, RIDE, RUN, simulate

TRUTH = {**PLANTED, RUN: 0.0, RIDE: 0.0}
DOC = Path(__file__).resolve().parents[2] / "docs" / "tolerance.md"


@dataclass(frozen=True)
class Row:
    inside: float  # share of histories whose interval held the planted value
    worse: float  # share called "likely worse"
    mean: float  # mean estimate
    histories: int


def calibration(seeds: Iterable[int], *, weeks: int) -> dict[Factor, Row]:
    inside: dict[Factor, list[bool]] = {f: [] for f in TRUTH}
    worse: dict[Factor, list[bool]] = {f: [] for f in TRUTH}
    means: dict[Factor, list[float]] = {f: [] for f in TRUTH}
    settings = Settings()
    for seed in seeds:
        h = simulate(seed, weeks)
        m = fit(tolerance_days(h.sessions, h.sets, h.entries, h.activities, settings))
        for f, v in TRUTH.items():
            e = m.effect_of(f)
            if e is None:
                continue
            inside[f].append(e.low <= v <= e.high)
            worse[f].append(e.verdict is Verdict.LIKELY_WORSE)
            means[f].append(e.effect)
    return {
        f: Row(
            sum(inside[f]) / len(inside[f]),
            sum(worse[f]) / len(worse[f]),
            statistics.fmean(means[f]),
            len(inside[f]),
        )
        for f in TRUTH
        if inside[f]
    }


def detection_weeks(seeds: Iterable[int], factor: Factor, last: int = 16) -> list[int | None]:
    """For each history, the first week count (from 3) after which `factor` is called
    "likely worse" (None: not within `last` weeks)."""
    out: list[int | None] = []
    settings = Settings()
    for seed in seeds:
        full = simulate(seed, last)
        found = None
        for weeks in range(3, last + 1):
            end = full.entries[0].local_date.toordinal() + 7 * weeks
            cut = type(full)(
                [s for s in full.sessions if s.started_at.date().toordinal() < end],
                [s for s in full.sets if s.started_at.date().toordinal() < end],
                [e for e in full.entries if e.local_date.toordinal() < end],
                [a for a in full.activities if a.local_date.toordinal() < end],
            )
            m = fit(tolerance_days(cut.sessions, cut.sets, cut.entries, cut.activities, settings))
            e = m.effect_of(factor)
            if e is not None and e.verdict is Verdict.LIKELY_WORSE:
                found = weeks
                break
        out.append(found)
    return out


HEADER = """# The tolerance model

What the personal load-response model says about each factor (its effect on the next
morning, an 80 % interval, and a verdict) comes from `phtcoach/core/tolerance_model.py`
(the statistics) and `phtcoach/core/tolerance_days.py` (the rows it is fitted on). Their
module docstrings say how.
This page shows that the words can be trusted, on simulated histories whose true effects are
known (tests/tolerance/simulate.py); `make test` checks the same on fewer seeds.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=1000)
    args = parser.parse_args(argv)
    seeds = range(args.seeds)
    lines = []
    for weeks in (8, 12, 24):
        table = calibration(seeds, weeks=weeks)
        for f, row in table.items():
            lines.append(
                f"| {weeks} | `{f.key}` | {TRUTH[f]:+.1f} | {row.mean:+.2f} | "
                f"{100 * row.inside:.0f} % | {100 * row.worse:.1f} % |"
            )
    found = detection_weeks(range(min(args.seeds, 300)), HILLY_RUN)
    by8 = sum(1 for w in found if w is not None and w <= 8) / len(found)
    median = statistics.median(w if w is not None else 99 for w in found)
    body = (
        f"## Calibration\n\n{args.seeds} simulated histories per length (seeds 0 to "
        f"{args.seeds - 1}). A planted effect should lie inside its 80 % interval about 80 % "
        'of the time; a harmless factor (planted 0) should be called "likely worse" in at '
        "most 5 % of histories.\n\n"
        "| weeks | factor | planted | mean estimate | inside its 80 % interval | "
        "called likely worse |\n|---|---|---|---|---|---|\n" + "\n".join(lines) + "\n\n"
        f"The hilly run (+1.5) is called likely worse after a median of {median:g} weeks of "
        f"data, and within 8 weeks in {100 * by8:.0f} % of {len(found)} histories.\n\n"
        f"Command: `.venv/bin/python -m tests.tolerance.calibrate --seeds {args.seeds}`."
    )
    replace_section(
        DOC, HEADER, "tolerance", "calibration", delimit("tolerance", "calibration", body)
    )
    print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
