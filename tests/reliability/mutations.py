"""Damage to a valid file, as a disk, a mail client, an editor or a hostile writer would do
it: changed trees (keys deleted, renamed, repeated, swapped; wrong types, huge numbers,
NaN and Infinity, lone surrogates, deep nesting; rows copied or dropped), then damaged
bytes (truncated, flipped, inserted, BOMs, CRLF or CR, UTF-16, random, empty); CSV tables
lose or gain columns, rows and cells.

Every choice comes from a `random.Random` seeded with the case number, so case N is the
same file on every run (a failure names its seed and what was done), and ten thousand
files cost no more than the imports themselves.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import random
from typing import Any

HUGE = 10**400
FIXED: tuple[Any, ...] = (
    None, True, False, 0, -1, 1, 2**31, 2**63, -(2**63), HUGE, -HUGE, 1e308, -0.0, 0.5,
    float("nan"), float("inf"), float("-inf"), [], {}, [None], {"": None}, "", " ",
    "x" * 10_000, "\ud800", "a\ud800b", "\x00", "é\u2028", "2026-02-30", "-1", "left",
    "2026-03-02T07:00:00.000000+00:00", [1, 2, 3], {"a": [1]},
)  # fmt: skip
TEXT = "aZ09 _-:.;,é\u2028\x00\"'\\{}[]\ud800"


def value(rnd: random.Random) -> Any:
    """A value of any JSON type, hostile ones often."""
    kind = rnd.randrange(5)
    if kind == 0:
        return rnd.randint(-(2**70), 2**70)
    if kind == 1:
        return rnd.choice([rnd.uniform(-1e6, 1e6), rnd.random(), 1e300 * rnd.random()])
    if kind == 2:
        return "".join(rnd.choice(TEXT) for _ in range(rnd.randrange(12)))
    return rnd.choice(FIXED)


class Dup:
    """An object that keeps repeated keys: JSON allows writing them, readers take the last."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        self.pairs = pairs


def emit(doc: Any, ascii_only: bool) -> str:
    """JSON text as a hostile writer makes it: NaN and Infinity, repeated keys, raw text.
    (json.dumps writes the document; each Dup is spelled by hand into a placeholder.)"""
    dups: list[Dup] = []

    def hold(o: object) -> str:
        if isinstance(o, Dup):
            dups.append(o)
            return f"\x00dup{len(dups) - 1}\x00"
        raise TypeError(type(o).__name__)

    text = json.dumps(doc, ensure_ascii=ascii_only, allow_nan=True, default=hold)
    for i in range(len(dups) - 1, -1, -1):
        pairs = ", ".join(f"{emit(k, ascii_only)}: {emit(v, ascii_only)}" for k, v in dups[i].pairs)
        text = text.replace(json.dumps(f"\x00dup{i}\x00"), "{" + pairs + "}")
    return text


DEPTHS = (2, 50, 300)  # deeper still is the corpus's (100,000 in test_exchange_malformed.py)


def clone(value: Any) -> Any:
    """A copy of part of a document (shared when it is too deep to copy: it is not changed)."""
    try:
        return copy.deepcopy(value)
    except RecursionError:
        return value


def deep(depth: int) -> Any:
    out: Any = []
    for _ in range(depth):
        out = [out]
    return out


def containers(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every object and list in a document."""
    out: list[tuple[Any, ...]] = []
    if isinstance(doc, dict):
        out.append(path)
        for k, v in doc.items():
            out.extend(containers(v, (*path, k)))
    elif isinstance(doc, list):
        out.append(path)
        for i, v in enumerate(doc):
            out.extend(containers(v, (*path, i)))
    return out


def at(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


class TreeFuzzer:
    """Mutations of one valid document (its text and places are worked out once)."""

    OPS = ("set", "set", "delete", "rename", "add", "swap", "duplicate key", "copy", "deep",
           "nudge", "nudge")  # fmt: skip

    def __init__(self, base: Any) -> None:
        self.text = json.dumps(base)
        self.places = containers(base)

    def tree(self, rnd: random.Random) -> tuple[Any, list[str]]:
        """1-4 changes anywhere in the document; returns it and what was done."""
        doc: Any = json.loads(self.text)  # a deep copy at C speed
        done: list[str] = []
        for _ in range(rnd.randint(1, 4)):
            path = rnd.choice(self.places)
            try:
                target = at(doc, path)
            except (KeyError, IndexError, TypeError):
                continue  # an earlier change removed the place
            if not isinstance(target, dict | list):
                continue
            op = rnd.choice(self.OPS)
            done.append(f"{op} at {list(path)}")
            if isinstance(target, list):
                _change_list(rnd, target, op)
            else:
                doc = _change_object(rnd, doc, path, target, op)
        return doc, done


def _change_list(rnd: random.Random, target: list[Any], op: str) -> None:
    if not target or op in ("add", "set"):
        target.insert(rnd.randint(0, len(target)), value(rnd))
        return
    i = rnd.randrange(len(target))
    if op == "delete":
        del target[i]
    elif op in ("copy", "duplicate key"):
        target.insert(rnd.randint(0, len(target)), clone(target[i]))
    elif op == "deep":
        target[i] = deep(rnd.choice(DEPTHS))
    elif op == "swap":
        j = rnd.randrange(len(target))
        target[i], target[j] = target[j], target[i]
    else:
        target[i] = value(rnd)


def _change_object(
    rnd: random.Random, doc: Any, path: tuple[Any, ...], target: dict[str, Any], op: str
) -> Any:
    keys = list(target)
    if not keys or op == "add":
        target[rnd.choice(["x", "", "\ud800", "ID", "id ", *keys])] = value(rnd)
        return doc
    key = rnd.choice(keys)
    old = target[key]
    if op == "delete":
        del target[key]
    elif op == "rename":
        target[rnd.choice([key.upper(), key + "_", key[:-1], " " + key])] = target.pop(key)
    elif op == "swap":
        other = rnd.choice(keys)
        target[key], target[other] = target[other], old
    elif op == "duplicate key":
        first = rnd.choice([value(rnd), clone(old)])
        dup = Dup([(key, first), *target.items()])
        if not path:
            return dup
        at(doc, path[:-1])[path[-1]] = dup
    elif op == "deep":
        target[key] = deep(rnd.choice(DEPTHS))
    elif op == "nudge" and isinstance(old, int | float) and not isinstance(old, bool):
        target[key] = old * rnd.choice([-1, 1, 1, 1000, 10**20]) + rnd.choice([-1, 0, 1, 0.5])
    elif op == "nudge" and isinstance(old, str):
        cut = rnd.randint(0, len(old))
        target[key] = old[:cut] + rnd.choice(["\ud800", "x", "\x00", "9" * 20, "", " "])
    else:
        target[key] = value(rnd)
    return doc


BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
BYTE_OPS = ("truncate", "flip", "insert", "bom", "bom", "crlf", "cr", "utf-16", "random", "empty")


def damaged(rnd: random.Random, data: bytes, done: list[str]) -> bytes:
    """The bytes damaged once, as a disk, a mail client or an editor would."""
    op = rnd.choice(BYTE_OPS)
    done.append(f"bytes: {op}")
    if op == "truncate" and data:
        return data[: rnd.randrange(len(data))]
    if op == "flip" and data:
        out = bytearray(data)
        for _ in range(rnd.randint(1, 8)):
            out[rnd.randrange(len(out))] = rnd.randrange(256)
        return bytes(out)
    if op == "insert":
        cut = rnd.randint(0, len(data))
        return data[:cut] + rnd.randbytes(rnd.randint(1, 16)) + data[cut:]
    if op == "bom":
        return rnd.choice(BOMS) + data
    if op == "crlf":
        return data.replace(b"\n", b"\r\n")
    if op == "cr":
        return data.replace(b"\n", b"\r")
    if op == "utf-16":
        return data.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass")
    if op == "random":
        return rnd.randbytes(rnd.randrange(256))
    return b""


def json_file(rnd: random.Random, fuzzer: TreeFuzzer) -> tuple[bytes, list[str]]:
    """A damaged JSON file: mostly a changed tree, often damaged bytes, now and then neither
    (the valid file must import too)."""
    doc, done = fuzzer.tree(rnd) if rnd.randrange(20) else (json.loads(fuzzer.text), [])
    pretty = rnd.randrange(4) == 0
    text = emit(doc, ascii_only=rnd.random() < 0.5)
    if pretty and not done:
        text = json.dumps(doc, indent=1, ensure_ascii=False)
    data = text.encode("utf-8", "surrogatepass")
    if rnd.randrange(4) == 0:
        data = damaged(rnd, data, done)
    return data, done or ["unchanged"]


# --------------------------------------------------------------------------- CSV


def csv_text(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


CELLS = ("", "nan", "inf", "-inf", "1e999", "-1", "0", "9" * 5000, "true", "null", "[]", "{",
         '{"a":', "a;b", "\ud800", "x\ny", '"', "2026-02-30", "99999999999999999999", " 1 ",
         "1.5", "left", "morning", "2026-03-02T07:00:00.000000+00:00")  # fmt: skip
CSV_OPS = ("cell", "cell", "cell", "cell", "drop column", "rename column", "extra column",
           "swap columns", "copy row", "drop row", "short row", "long row", "drop file",
           "extra file", "header only")  # fmt: skip


def cell(rnd: random.Random) -> str:
    if rnd.randrange(3):
        return rnd.choice(CELLS)
    return "".join(rnd.choice(TEXT + ";\r\n,") for _ in range(rnd.randrange(10)))


def csv_files(
    rnd: random.Random, files: dict[str, list[list[str]]]
) -> tuple[dict[str, bytes | None], list[str]]:
    """The CSV files that changed, as bytes (None: deleted), and what was done."""
    tables = {name: [list(r) for r in rows] for name, rows in files.items()}
    done: list[str] = []
    touched: set[str] = set()
    for _ in range(rnd.randint(0 if rnd.randrange(20) == 0 else 1, 4)):
        name = rnd.choice(sorted(tables))
        op = rnd.choice(CSV_OPS)
        done.append(f"{op} in {name}")
        touched.add(name)
        if tables[name]:
            _change_table(rnd, tables, name, op)
            touched.update(n for n in tables if n not in files)
    out = {n: csv_text(tables[n]) if tables[n] else None for n in sorted(touched)}
    written = sorted(n for n, v in out.items() if v is not None)
    if written and rnd.randrange(4) == 0:
        name = rnd.choice(written)
        out[name] = damaged(rnd, out[name] or b"", done)
    return out, done or ["unchanged"]


def _change_table(
    rnd: random.Random, tables: dict[str, list[list[str]]], name: str, op: str
) -> None:
    rows = tables[name]
    header, body = rows[0], rows[1:]
    if op == "cell" and body:
        cells = rnd.choice(body)
        if cells:
            cells[rnd.randrange(len(cells))] = cell(rnd)
    elif op in ("drop column", "rename column", "swap columns") and header:
        c = rnd.randrange(len(header))
        if op == "drop column":
            for r in rows:
                del r[c : c + 1]
        elif op == "rename column":
            header[c] = rnd.choice([header[c].upper(), header[c] + " ", "", "\ufeff" + header[c]])
        else:
            d = rnd.randrange(len(header))
            header[c], header[d] = header[d], header[c]
    elif op == "extra column":
        header.append(rnd.choice(["extra", "id", header[0] if header else "x"]))
        for r in body:
            r.append(cell(rnd))
    elif op == "copy row" and body:
        rows.append(list(rnd.choice(body)))
    elif op == "drop row" and body:
        del rows[1 + rnd.randrange(len(body))]
    elif op == "short row" and body:
        r = rnd.choice(body)
        del r[rnd.randint(0, len(r)) :]
    elif op == "long row" and body:
        rnd.choice(body).extend(["1", "x", ""])
    elif op == "drop file":
        tables[name] = []
    elif op == "extra file":
        tables["kv"] = [["key", "value"], ["a", "1"]]
    elif op == "header only":
        del rows[1:]
