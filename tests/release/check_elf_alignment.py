#!/usr/bin/env python3
"""16 KB pages (Android 15+): every PT_LOAD segment of the UniFFI library must be
aligned to at least 16 KB, and packaging/android/build-aar.sh must build the three
ABIs with the flag that does it.

    python3 tests/release/check_elf_alignment.py [--profile debug|release] [LIB.so ...]
    python3 tests/release/check_elf_alignment.py --expect-unaligned OTHER.so

With no library named, checks target/<profile>/libfastly_account_uniffi.so (linked
with -Wl,-z,max-page-size=16384 by bindings/uniffi/build.rs on Linux and Android)
and the script. --expect-unaligned inverts the verdict for the named libraries: it
proves the check fails on a library linked without the flag. Reads the ELF program
headers with `struct` (ELF32 and ELF64, either byte order); standard library only.
"""
import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = 16384
PT_LOAD = 1
FLAG = "-Wl,-z,max-page-size=16384"
ABIS = ("arm64-v8a", "armeabi-v7a", "x86_64")


def load_segments(path: Path):
    """[(p_offset, p_vaddr, p_align)] of every PT_LOAD program header."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        raise ValueError(f"{path}: not an ELF file")
    cls, order = data[4], data[5]
    end = {1: "<", 2: ">"}.get(order)
    if end is None or cls not in (1, 2):
        raise ValueError(f"{path}: unknown ELF class {cls} or byte order {order}")
    if cls == 2:  # ELF64: e_phoff at 32 (Q), e_phentsize/e_phnum at 54/56 (H)
        (phoff,) = struct.unpack_from(end + "Q", data, 32)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 54)
        # p_type, p_flags, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align
        fmt, idx = end + "IIQQQQQQ", (0, 2, 3, 7)
    else:  # ELF32: e_phoff at 28 (I), e_phentsize/e_phnum at 42/44 (H)
        (phoff,) = struct.unpack_from(end + "I", data, 28)
        phentsize, phnum = struct.unpack_from(end + "HH", data, 42)
        # p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align
        fmt, idx = end + "IIIIIIII", (0, 1, 2, 7)
    segments = []
    for i in range(phnum):
        fields = struct.unpack_from(fmt, data, phoff + i * phentsize)
        p_type, p_offset, p_vaddr, p_align = (fields[j] for j in idx)
        if p_type == PT_LOAD:
            segments.append((p_offset, p_vaddr, p_align))
    if not segments:
        raise ValueError(f"{path}: no PT_LOAD segment")
    return segments


def problems(path: Path):
    out = []
    for n, (offset, vaddr, align) in enumerate(load_segments(path)):
        if align < PAGE:
            out.append(f"LOAD #{n}: p_align {align:#x} < {PAGE:#x}")
        elif offset % align != vaddr % align:
            out.append(f"LOAD #{n}: p_offset {offset:#x} and p_vaddr {vaddr:#x} differ modulo {align:#x}")
    return out


def script_problems():
    script = ROOT / "packaging" / "android" / "build-aar.sh"
    if not script.is_file():
        return [f"{script.relative_to(ROOT)} is missing"]
    text = script.read_text()
    missing = [s for s in (FLAG, "cargo ndk", *ABIS) if s not in text]
    return [f"{script.relative_to(ROOT)} does not name {s}" for s in missing]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("libs", nargs="*", type=Path)
    parser.add_argument("--profile", default="debug")
    parser.add_argument("--expect-unaligned", action="store_true")
    args = parser.parse_args()
    libs = args.libs or [ROOT / "target" / args.profile / "libfastly_account_uniffi.so"]
    passed = failed = 0
    for lib in libs:
        try:
            found = problems(lib)
        except (OSError, ValueError) as e:
            print(f"FAIL {lib}: {e}")
            failed += 1
            continue
        if args.expect_unaligned:
            ok = bool(found)
            verdict = "rejected as expected: " + found[0] if ok else "accepted, but was expected to fail"
        else:
            ok = not found
            verdict = "every LOAD segment aligned to 16 KB" if ok else "; ".join(found)
        print(f"{'ok' if ok else 'FAIL'} {lib}: {verdict}")
        passed, failed = passed + ok, failed + (not ok)
    if not args.libs and not args.expect_unaligned:
        found = script_problems()
        for p in found:
            print(f"FAIL {p}")
        if not found:
            print(f"ok packaging/android/build-aar.sh: {FLAG} and {', '.join(ABIS)}")
        passed, failed = passed + (not found), failed + bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
