"""`make bench` ends with the goals table: every figure beside its goal."""

from __future__ import annotations

import pytest

from tests.benchmarks.report import write_goals


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not any(
        "benchmarks" in str(getattr(r, "nodeid", ""))
        for rs in terminalreporter.stats.values()
        for r in rs
    ):
        return
    body = write_goals()
    if body:
        terminalreporter.write_sep("=", "benchmark goals")
        terminalreporter.write_line(body)
