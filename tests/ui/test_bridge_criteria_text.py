"""The bridge exit criteria in words: which test counted, and why the others did not."""

from __future__ import annotations

from phtcoach.core.progression import CriterionCheck
from phtcoach.ui.text.criteria import criterion_text
from tests.core.progression_helpers import TODAY
from tests.core.test_bridge_criteria import bridge, check_in, criterion, pair, scores


def words(c: CriterionCheck) -> str:
    return criterion_text(c, TODAY)


def test_the_counted_test_is_named_with_its_pain_and_next_morning() -> None:
    measures = [bridge(-6, 8), bridge(-4, 12), bridge(-2, 14), bridge(0, 15)]
    entries = [*scores(), check_in(-6, 2), check_in(-4, 2), check_in(-2, 5), check_in(0, 1)]
    assert words(criterion(1, measures, entries)) == (
        "Single-leg bridges on the affected (left) side 12 (Saturday, pain 2/10, next morning "
        "2/10), needs ≥ 10 at ≤ 3/10 with no flare the next morning; not counted: 1 with pain "
        "above 3/10 that day, 1 waiting for the next morning's test"
    )


def test_no_counted_test_says_why() -> None:
    flare = criterion(1, [bridge(-2, 12)], [*scores({-1: 4}), check_in(-2, 2)])
    assert words(flare) == (
        "Single-leg bridges on the affected (left) side no test counted yet, needs ≥ 10 at "
        "≤ 3/10 with no flare the next morning; not counted: 1 followed by a flare the next "
        "morning"
    )
    unrated = criterion(1, [bridge(-8, 12)], scores({-8: None}))
    assert words(unrated).endswith("; not counted: 1 with no pain logged that day")


def test_symmetry_names_the_test_day_and_the_limits() -> None:
    calm = criterion(2, pair(-2, 19, 20), [*scores(), check_in(-2, 3)])
    assert words(calm) == (
        "Bridge symmetry 95 % (affected 19 / other 20, Monday, pain 3/10, next morning 2/10), "
        "needs ≥ 90 % at ≤ 3/10 with no flare the next morning"
    )
    painful = criterion(2, pair(-2, 19, 20), [*scores(), check_in(-2, 5)])
    assert words(painful) == (
        "Bridge symmetry no test counted yet, needs ≥ 90 % at ≤ 3/10 with no flare the next "
        "morning; not counted: 1 with pain above 3/10 that day"
    )
