"""Numbers as people read them: `figure` rounds and drops trailing zeros, `signed` adds the
sign of a change with a real minus sign, both with the language's decimal mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from phtcoach.core import words
from phtcoach.core.words import MINUS, figure, signed


@pytest.fixture
def german() -> Iterator[None]:
    words.install(lambda ctx, text: "," if (ctx, text) == ("number", ".") else text)
    try:
        yield
    finally:
        words.install(None)


def test_figure_rounds_to_what_a_person_reads() -> None:
    assert [figure(v) for v in (8.593, 15.0, -0.04, 73.91)] == ["8.6", "15", "0", "73.9"]


def test_signed_writes_a_minus_sign_not_a_hyphen() -> None:
    assert signed(-0.34) == MINUS + "0.3" and "-" not in signed(-0.34)
    assert [signed(v) for v in (0.86, 2.0, 0.04, -0.04)] == ["+0.9", "+2", "0", "0"]
    assert signed(-12.4, 0) == MINUS + "12"


def test_a_fixed_column_keeps_its_decimal() -> None:
    assert [signed(v, fixed=True) for v in (2.0, -0.01, -0.5)] == ["+2.0", "0.0", MINUS + "0.5"]


def test_the_decimal_mark_is_the_languages(german: None) -> None:
    assert figure(3.5) == "3,5"
    assert signed(-0.34) == MINUS + "0,3" and signed(2.0, fixed=True) == "+2,0"
