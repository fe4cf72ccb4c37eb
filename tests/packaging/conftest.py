"""The bundle test's findings (size, self-test JSON) in pytest's summary, with or without -s."""

from __future__ import annotations

import pytest

from tests.packaging.bundle import REPORT


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT:
        terminalreporter.section("packaged app")
        for line in REPORT:
            terminalreporter.write_line(line)
