"""Linux packaging: ICU's data library cut down to the root, German and English locales.

The PySide6 wheels ship `libicudata.so.73`: 30 MiB of Unicode and locale data for every locale
of the world (QtCore links ICU; Qt's own QLocale data covers number and date formats, ICU
serves collation, case mapping for some locales and the legacy code pages). This writes the
same library with only the items of the root, German and English locales plus every item
that is not per-locale, minus the word-break dictionaries (Thai, Lao, Khmer, Burmese, CJK)
and the code-page converters (the UTF and Latin-1 ones are built into ICU's code): 5 MiB.
ICU falls back to its root rules for a locale it no longer finds.

Used by packaging/phtcoach.spec; also a command, to look at what it would keep:

    python packaging/icu_subset.py IN/libicudata.so.73 OUT/libicudata.so.73

The library is ICU's "common data" (a header, a table of contents sorted by name, the items)
behind one exported symbol, `icudtNN_dat`. It is rebuilt with binutils (objcopy, ld), which
PyInstaller needs on Linux anyway. Anything unexpected: an exception, and the spec keeps the
original.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = ("root", "de", "en")
DROP_SUFFIXES = (".dict", ".cnv")
ALIGN = 16
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
_NOT_LOCALES = {"pool", "res_index"}  # per-tree files that look like locale names


def _keep(name: str) -> bool:
    """Whether an item (e.g. "icudt73l/coll/de_CH.res") stays."""
    if name.endswith(DROP_SUFFIXES):
        return False
    base = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if base in _NOT_LOCALES or not _LOCALE.fullmatch(base):
        return True  # not per-locale: Unicode properties, collation base, zones, aliases...
    return base.split("_")[0] in KEEP_LOCALES


def _symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the library's one exported `icudtNN_dat` object."""
    out = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"\s0*([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)", out
    )
    if not found:
        raise ValueError("no icudtNN_dat symbol")
    value, size = int(found.group(1), 16), int(found.group(2), 0)
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    for m in re.finditer(
        r"\]\s+\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", sections
    ):
        addr, offset, length = (int(g, 16) for g in m.groups())
        if addr <= value < addr + length:
            return found.group(3), value - addr + offset, size
    raise ValueError("icudtNN_dat is not in .rodata")


def subset(common: bytes) -> tuple[bytes, int, int]:
    """The common data with only the kept items; (data, items before, items after)."""
    header_size = struct.unpack_from("<H", common, 0)[0]
    if common[2:4] != b"\xda\x27" or common[12:16] != b"CmnD":
        raise ValueError("not ICU common data (CmnD)")
    count = struct.unpack_from("<I", common, header_size)[0]
    toc = header_size
    items = []
    for k in range(count):
        name_at, data_at = struct.unpack_from("<II", common, toc + 4 + 8 * k)
        end = common.index(b"\0", toc + name_at)
        name = common[toc + name_at : end].decode("ascii")
        items.append((name, toc + data_at))
    kept = []
    for k, (name, start) in enumerate(items):
        stop = items[k + 1][1] if k + 1 < count else len(common)
        if _keep(name):
            kept.append((name, common[start:stop]))
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in kept)
    table = 4 + 8 * len(kept)
    name_offsets, at = [], table
    for n, _ in kept:
        name_offsets.append(at)
        at += len(n) + 1
    at = -(-at // ALIGN) * ALIGN
    data_offsets, blobs = [], []
    for _, blob in kept:
        data_offsets.append(at)
        padded = blob + b"\0" * (-len(blob) % ALIGN)
        blobs.append(padded)
        at += len(padded)
    out = bytearray(common[:header_size])
    out += struct.pack("<I", len(kept))
    for n_at, d_at in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", n_at, d_at)
    out += names
    out += b"\0" * (header_size + data_offsets[0] - len(out))
    for blob in blobs:
        out += blob
    return bytes(out), count, len(kept)


def rebuild(src: Path, dst: Path) -> tuple[int, int]:
    """Write the cut-down library to `dst`; (items before, items after)."""
    lib = src.read_bytes()
    symbol, offset, size = _symbol(src)
    data, before, after = subset(lib[offset : offset + size])
    soname = re.search(rb"(libicudata\.so\.\d+)\0", lib)
    if not soname:
        raise ValueError("no libicudata soname")
    described = subprocess.run(["objdump", "-f", str(src)], capture_output=True, text=True)
    fmt = re.search(r"file format (\S+)", described.stdout)
    arch = re.search(r"architecture: ([^,\s]+)", described.stdout)
    if not (fmt and arch):
        raise ValueError(f"objdump cannot describe {src}")
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "icudata.bin").write_bytes(data)
        subprocess.run(
            ["objcopy", "-I", "binary", "-O", fmt.group(1), "-B", arch.group(1),
             "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
             "--set-section-alignment", f".rodata={ALIGN}",
             "--redefine-sym", f"_binary_icudata_bin_start={symbol}",
             "--strip-symbol", "_binary_icudata_bin_end",
             "--strip-symbol", "_binary_icudata_bin_size",
             "icudata.bin", "icudata.o"],
            check=True, cwd=tmp,
        )  # fmt: skip
        dst.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname.group(1).decode(), "-z", "noexecstack",
             "-o", str(dst), str(Path(tmp, "icudata.o"))],
            check=True,
        )  # fmt: skip
    return before, after


if __name__ == "__main__":
    b, a = rebuild(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {a} of {b} items, {Path(sys.argv[2]).stat().st_size / 2**20:.1f} MiB")
