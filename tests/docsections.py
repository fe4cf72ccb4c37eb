"""Rewrite one delimited section of a generated Markdown document, leaving the rest.

A section is `<!-- TAG:NAME -->` ... `<!-- /TAG:NAME -->`; a missing one is appended, and a
missing file starts from `header`. The benchmarks (docs/benchmarks.md) and the reliability
suite (docs/reliability.md) each own their sections this way, beside hand-written prose.
"""

from __future__ import annotations

import re
from pathlib import Path


def replace_section(doc: Path, header: str, tag: str, name: str, block: str) -> None:
    """Put `block` (which carries its own delimiters, see `delimit`) in place of section
    `name` of `doc`."""
    doc.parent.mkdir(parents=True, exist_ok=True)
    text = doc.read_text(encoding="utf-8") if doc.exists() else header
    key = f"{re.escape(tag)}:{re.escape(name)}"
    pattern = re.compile(rf"<!-- {key} -->.*?<!-- /{key} -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    doc.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def delimit(tag: str, name: str, body: str) -> str:
    return f"<!-- {tag}:{name} -->\n{body.strip()}\n<!-- /{tag}:{name} -->"
