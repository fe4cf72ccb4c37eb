"""A 12-week demo history in a store, and its ProgressModel, shared by the chart tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, timedelta, tzinfo
from pathlib import Path

import pytest

from phtcoach.charts.data import ProgressModel
from phtcoach.core.demo import DemoHistory, generate_demo
from phtcoach.storage.repository import Store, open_store
from tests.benchmarks.synth import write_history
from tests.fakes import FakeClock

TODAY = date(2026, 3, 2)


def model_from(store: Store, tz: tzinfo | None = None) -> ProgressModel:
    return ProgressModel.compute(
        pain_entries=store.diary.pain_entries(),
        activities=store.diary.activities(),
        measures=store.diary.measures(),
        sessions=store.sessions.list(),
        sets=store.sessions.all_sets(),
        settings=store.settings.load(),
        tz=tz or UTC,
    )


def demo_store_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root: Path = tmp_path_factory.mktemp("demo")
    store = open_store(root, FakeClock(), auto_backup=False)
    write_history(store, generate_demo(12, 42, TODAY))
    yield store
    store.close()


def short_store_fixture(tmp_path_factory: pytest.TempPathFactory, days: int) -> Iterator[Store]:
    """The demo's last `days` days only: what a new user has after a few days."""
    root: Path = tmp_path_factory.mktemp(f"demo{days}")
    store = open_store(root, FakeClock(), auto_backup=False)
    write_history(store, last_days(generate_demo(1, 42, TODAY), days))
    yield store
    store.close()


def last_days(h: DemoHistory, days: int) -> DemoHistory:
    first = h.today - timedelta(days=days - 1)
    return replace(
        h,
        sessions=[s for s in h.sessions if s[0].started_at.date() >= first],
        pain_entries=[p for p in h.pain_entries if p.local_date >= first],
        activities=[a for a in h.activities if a.local_date >= first],
        measures=[m for m in h.measures if m.local_date >= first],
        first_day=first,
    )
