"""The reliability suite's figures: every row records what it tried and what it found, and
the full run (`make reliability`) writes them into docs/reliability.md.

Each row owns a section of the document (`<!-- row:NAME -->` ... `<!-- /row:NAME -->`), so a
row run on its own rewrites only its own figures and the prose around them stays.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tests.docsections import delimit, replace_section

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"
HEADER = """# Reliability

Reproduce every figure with `make reliability` (the full counts, about 13 minutes on a
2-core machine; `make test` runs a small sample of each row). Each section below is
rewritten by the row that owns it.
"""


@dataclass
class Row:
    """One row of the suite: `target` is the promise, `figures` what this run measured."""

    name: str
    title: str
    target: str
    command: str
    figures: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.figures.append(line)

    def markdown(self) -> str:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines = "\n".join(f"- {f}" for f in self.figures)
        return (
            f"## {self.title}\n\nTarget: {self.target}\n\n"
            f"Measured {stamp} on {machine()}:\n\n{lines}\n\nReproduce: `{self.command}`"
        )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs"


def write(row: Row) -> None:
    replace_section(DOC, HEADER, "row", row.name, delimit("row", row.name, row.markdown()))
