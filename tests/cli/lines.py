"""What the command-line contract promises about stderr: one line, never a traceback."""

from __future__ import annotations


def one_line(err: str) -> str:
    """The single non-empty line of `err` (the test fails if there are more or none)."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]
