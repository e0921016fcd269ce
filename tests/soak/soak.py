#!/usr/bin/env python3
"""Soak: many calls from many threads in each language against one sandbox.

    python3 tests/soak/soak.py            full run: 100,000 calls Rust, 100,000 Python,
                                          20,000 Kotlin, 16 threads each (release builds)
    python3 tests/soak/soak.py --short    a few thousand calls each (debug builds), part of
                                          the test command

Each driver prints one JSON line: errors, and its process's resident memory,
open file descriptors and threads after a warm-up tenth of the calls and at
the end. Each driver's first 16 requests meet at the sandbox's rendezvous, so
its connection pool is full after the warm-up. The run fails on any error, or
if descriptors or threads grew between the two samples; the full run also fails if resident memory grew by more than
half (plus 16 MiB of slack for allocator and JIT noise). The result table is
printed and, for a full run, written to target/soak-results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TOKEN = "soak-token"
THREADS = 16


def log(message: str) -> None:
    print(f"[soak] {message}", file=sys.stderr, flush=True)


def start_sandbox(binary: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([str(binary), "--port", "0", "--token", TOKEN],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("listening on "):
        raise RuntimeError(f"sandbox did not start: {line!r}")
    return proc, line.removeprefix("listening on ")


def driver(cmd: list[str]) -> dict[str, Any]:
    log(" ".join(cmd))
    out = subprocess.run(cmd, check=True, text=True, stdout=subprocess.PIPE, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def open_every_connection(url: str) -> None:
    """Holds the driver's first THREADS requests until all have arrived (the
    sandbox's rendezvous), so its connection pool opens one connection per
    thread during the warm-up. A pool never needs more than that, so any
    descriptor growth after the warm-up is a leak, not the pool filling up."""
    rule = {"times": THREADS, "fault": {"type": "rendezvous", "count": THREADS, "timeout_ms": 30000}}
    request = urllib.request.Request(f"{url}/__sandbox/faults", data=json.dumps(rule).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as response:
        response.read()


def problems(row: dict[str, Any], short: bool) -> list[str]:
    warm, end = row["after_warmup"], row["end"]
    found = []
    if row["errors"]:
        found.append(f"{row['errors']} errors")
    if end["fds"] > warm["fds"]:
        found.append(f"open descriptors grew {warm['fds']} -> {end['fds']}")
    if end["threads"] > warm["threads"]:
        found.append(f"threads grew {warm['threads']} -> {end['threads']}")
    if not short and end["rss_kib"] > warm["rss_kib"] * 1.5 + 16 * 1024:
        found.append(f"resident memory grew {warm['rss_kib']} -> {end['rss_kib']} KiB")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true")
    args = parser.parse_args()
    profile = "debug" if args.short else "release"
    # kotlin/run-soak.sh builds its own Rust library: the same profile.
    os.environ.setdefault("FASTLY_PROFILE", profile)
    flag = [] if args.short else ["--release"]
    if args.short:  # the debug build every suite shares (one feature resolution, built once)
        subprocess.run([str(REPO / "tests" / "build-debug.sh"), "-q"], check=True, cwd=REPO)
    else:
        subprocess.run(["cargo", "build", "-q", *flag, "-p", "fastly-sandbox", "-p", "fastly-bench"],
                       check=True, cwd=REPO)
    target = REPO / "target" / profile
    venv_python = REPO / "target" / ("py-venv" if args.short else "bench-venv") / "bin" / "python"
    calls = {"rust": 3000, "python": 3000, "kotlin": 2000} if args.short else \
            {"rust": 100_000, "python": 100_000, "kotlin": 20_000}

    drivers: list[tuple[str, list[str]]] = [
        ("Rust blocking", [str(target / "fastly-bench"), "soak"]),
    ]
    if not venv_python.exists():
        log(f"no Python environment at {venv_python}: run python/run-tests.sh (or tests/bench/run.py) first")
        return 1
    drivers.append(("Python", [str(venv_python), str(REPO / "tests" / "soak" / "soak_python.py")]))
    kotlin = REPO / "kotlin" / "run-soak.sh"
    if kotlin.exists():
        drivers.append(("Kotlin (JVM)", [str(kotlin)]))

    proc, url = start_sandbox(target / "fastly-sandbox")
    rows, failures = [], []
    try:
        for name, cmd in drivers:
            key = name.split()[0].lower()
            open_every_connection(url)
            row = driver([*cmd, url, TOKEN, str(calls[key]), str(THREADS)])
            row["name"] = name
            rows.append(row)
            failures += [f"{name}: {p}" for p in problems(row, args.short)]
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=10)

    print(f"| driver | calls | threads | errors | seconds | RSS after warm-up / end (MiB) | fds | threads |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        w, e = r["after_warmup"], r["end"]
        print(f"| {r['name']} | {r['calls']:,} | {r['threads']} | {r['errors']} | {r['seconds']:.1f} | "
              f"{w['rss_kib'] / 1024:.1f} / {e['rss_kib'] / 1024:.1f} | {w['fds']} / {e['fds']} | "
              f"{w['threads']} / {e['threads']} |")
    if not args.short:
        (REPO / "target" / "soak-results.json").write_text(json.dumps(rows, indent=2))
    for failure in failures:
        print(f"FAIL {failure}")
    passed = len(rows) - len({f.split(':')[0] for f in failures})
    print(f"soak: {passed} passed, {len(rows) - passed} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
