"""The reliability suite's switch and figures.

`make test` runs each row on a small sample (`--reliability=fast`, the default);
`make reliability` passes `--reliability=full` for the counts the issue asks for and writes
each row's figures into docs/reliability.md.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

import pytest

from tests.reliability.figures import Row, write


@pytest.fixture(scope="session")
def full(request: pytest.FixtureRequest) -> bool:
    """True in the full run (`make reliability`)."""
    return bool(request.config.getoption("--reliability") == "full")


@pytest.fixture(scope="session")
def count(full: bool) -> Callable[[int, int], int]:
    """`count(fast, full)`: how many cases this run tries."""

    def pick(fast: int, full_count: int) -> int:
        return full_count if full else fast

    return pick


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, Any, Any]:
    """Keep each phase's report on the test, so `row` knows whether the test passed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def row(full: bool, request: pytest.FixtureRequest) -> Iterator[Callable[..., Row]]:
    """`row(name, title, target, command)`: a Row to add figures to. After a passing full
    run its figures replace the row's section of docs/reliability.md; a fast run or a
    failure leaves the document alone."""
    made: list[Row] = []

    def make(name: str, title: str, target: str, command: str = "make reliability") -> Row:
        r = Row(name, title, target, command)
        made.append(r)
        return r

    yield make
    call = getattr(request.node, "report_call", None)
    if full and call is not None and call.passed:
        for r in made:
            if r.figures:
                write(r)
