#!/usr/bin/env python3
"""Kotlin and Rust (through `measure()`, also Swift or our Python client) measured the same way, in the same run, against the same sandbox.

    python3 tests/bench/interleave.py [--rounds 20] [--calls 500] [--warmup 2000]
                                      [--decode 10] [--throughput 0] [--no-mimalloc] [--debug]
                                      [--swift]

Starts one sandbox (10,000 users, as run.py's), the Rust driver (`fastly-bench serve`)
and the Kotlin driver (`kotlin/run-bench.sh serve`), each of which keeps its clients warm
in one process and answers commands on stdin. Both warm up with the same number of
calls, then the rounds alternate: each round runs CALLS `get_current_user` calls through
each of raw reqwest, async Rust, blocking Rust and Kotlin in turn (the order rotates every
round, so a change in the machine's load touches all four alike), then the 10,000-user
`list_customer_users` decode through blocking Rust, async Rust and Kotlin in turn, DECODE
times (before them each JVM decodes until its heap is in its steady state: Bench.kt's
`settle`; `--no-settle` skips it). Prints one JSON object: per client the median, p99 and
mean over all rounds and each round's median, and the Kotlin / blocking Rust ratios
(overall and per round).
A second Rust driver, `fastly-bench-mimalloc` (the same drivers with mimalloc as the
process's allocator, as the Kotlin library has), runs its blocking client in the same
rounds as `mimalloc`, with its own Kotlin / mimalloc decode ratio; `--no-mimalloc` leaves it out.
run.py uses `measure()` for its Kotlin rows. Builds nothing but the Kotlin driver (which
run-bench.sh builds): build the sandbox and fastly-bench first (cargo build --release
-p fastly-sandbox -p fastly-bench).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parents[2]
TOKEN = "bench-token"
LATENCY_IMPLS = ["raw", "async", "blocking", "kotlin"]
DECODE_IMPLS = ["blocking", "async", "kotlin"]


def log(message: str) -> None:
    print(f"[interleave] {message}", file=sys.stderr, flush=True)


class Driver:
    """A `serve` process: one command line in, one JSON line out."""

    def __init__(self, cmd: list[str], env: dict[str, str] | None = None) -> None:
        log(" ".join(cmd))
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, cwd=REPO, env=env)
        ready = self.read()
        if "ready" not in ready:
            raise RuntimeError(f"{cmd[0]}: not ready: {ready}")

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"driver exited with {self.proc.wait()}")
            if line.startswith("{"):  # not, e.g., the JVM's own notes
                return json.loads(line)

    def ask(self, command: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.read()

    def close(self) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


def summary(samples: list[float], medians: list[float]) -> dict[str, Any]:
    ordered = sorted(samples)
    pick = lambda q: ordered[round((len(ordered) - 1) * q)]  # noqa: E731 (as the drivers pick)
    return {"calls": len(ordered), "median_us": pick(0.5), "p99_us": pick(0.99),
            "mean_us": sum(ordered) / len(ordered), "round_medians_us": medians}


@contextlib.contextmanager
def cpus_kept_awake(enabled: bool) -> Iterator[bool]:
    """One busy loop per core at the lowest priority there is (SCHED_IDLE: it runs
    only when nothing else wants the core), so no core is ever idle while measuring.

    On this project's VMs an idle vCPU takes on the order of 100 µs to wake up, and a
    loopback call sleeps twice (client and sandbox): without the loops the per-call
    medians measure mostly how deeply each core slept, which depends on what else the
    measured process keeps running (a JVM's background threads keep its core awake),
    and the Kotlin / Rust ratio swung between 0.6x and 1.4x from round to round. With
    them, the raw reqwest floor fell from about 200 to about 100 µs and the ratio held
    within 1.13-1.32x. A SCHED_IDLE task yields the core to any other task at once.
    """
    loops: list[subprocess.Popen[bytes]] = []
    if enabled and hasattr(os, "SCHED_IDLE"):
        def idle() -> None:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        for _ in range(os.cpu_count() or 1):
            loops.append(subprocess.Popen([sys.executable, "-c", "while True: pass"],
                                          preexec_fn=idle))
        log(f"keeping {len(loops)} cores awake with SCHED_IDLE busy loops")
    try:
        yield bool(loops)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()



def measure(rust_cmd: list[str], kotlin_cmd: list[str], url: str, customer: str | None, *,
            rounds: int, calls: int, warmup: int, decode: int, throughput: int,
            settle: bool = True, env: dict[str, str] | None = None,
            other_kotlin: dict[str, list[str]] | None = None,
            other_rust: dict[str, list[str]] | None = None,
            foreign: str = "kotlin") -> dict[str, Any]:
    """The interleaved rounds (see the module docs). `rust_cmd`/`kotlin_cmd` are the
    drivers' command lines up to (without) `serve URL TOKEN`; `other_kotlin` names more
    Kotlin drivers (e.g. one built from an earlier commit) and `other_rust` more Rust
    drivers (their blocking client: e.g. `fastly-bench-mimalloc`), measured in the same
    rounds; each gets its own Kotlin / NAME decode ratio. `foreign` names the driver of
    `kotlin_cmd` in its commands and in the result's keys: "swift" measures the Swift
    driver (swift/run-bench.sh serve, per-call rounds only) the same way, and the
    result's "kotlin_*" keys are then "swift_*"."""
    rust = Driver([*rust_cmd, "serve", url, TOKEN], env)
    kotlin = Driver([*kotlin_cmd, "serve", url, TOKEN], env)
    others = {name: Driver([*cmd, "serve", url, TOKEN], env) for name, cmd in (other_kotlin or {}).items()}
    rust_others = {name: Driver([*cmd, "serve", url, TOKEN], env) for name, cmd in (other_rust or {}).items()}
    try:
        driver = {"raw": rust, "async": rust, "blocking": rust, foreign: kotlin, **others, **rust_others}
        latency_impls = [*(foreign if w == "kotlin" else w for w in LATENCY_IMPLS), *others, *rust_others]
        decode_impls = [*DECODE_IMPLS, *others, *rust_others]

        def ask(which: str, command: str) -> dict[str, Any]:
            wire = "kotlin" if which in others else "blocking" if which in rust_others else which
            return driver[which].ask(command.format(impl=wire))

        # The same warm-up for every client (the JVM's JIT needs it most).
        for which in latency_impls:
            ask(which, f"latency {{impl}} {warmup}")
        samples: dict[str, list[float]] = {w: [] for w in latency_impls}
        medians: dict[str, list[float]] = {w: [] for w in latency_impls}
        for r in range(rounds):
            for k in range(len(latency_impls)):
                which = latency_impls[(r + k) % len(latency_impls)]
                got = ask(which, f"latency {{impl}} {calls}")["samples_us"]
                samples[which] += got
                medians[which].append(statistics.median(got))
        latency = {w: summary(samples[w], medians[w]) for w in latency_impls}
        per_round = [k / b for k, b in zip(medians[foreign], medians["blocking"])]
        result: dict[str, Any] = {
            "rounds": rounds, "calls_per_round": calls, "warmup": warmup, "latency": latency,
            f"{foreign}_over_blocking": latency[foreign]["median_us"] / latency["blocking"]["median_us"],
            f"{foreign}_over_blocking_per_round": per_round,
            # Steadier than the ratio of the pooled medians when the machine's load swings.
            f"{foreign}_over_blocking_median_of_rounds": statistics.median(per_round),
        }
        if customer and decode > 0:
            # Each JVM's heap into its steady state (Bench.kt's `settle`: decodes until the
            # whole committed heap has been allocated once since it last grew, and two
            # collections have run since then); the Rust drivers' allocator reuses the
            # memory it freed from the second call on (the first repeat below).
            if settle:
                for which in ["kotlin", *others]:
                    result["settled_" + which] = ask(which, f"settle {{impl}} {customer}")
            dec: dict[str, list[float]] = {w: [] for w in decode_impls}
            users = {}
            for r in range(decode + 1):  # the first repeat is a warm-up
                for k in range(len(decode_impls)):
                    which = decode_impls[(r + k) % len(decode_impls)]
                    got = ask(which, f"decode {{impl}} {customer}")
                    users[which] = got["users"]
                    if r > 0:
                        dec[which] += got["samples_us"]
            if len(set(users.values())) != 1:
                raise RuntimeError(f"the clients saw different lists: {users}")
            result["decode"] = {w: {**summary(dec[w], []), "users": users[w]} for w in decode_impls}
            result["decode_kotlin_over_blocking"] = (
                result["decode"]["kotlin"]["median_us"] / result["decode"]["blocking"]["median_us"])
            for name in rust_others:
                result[f"decode_kotlin_over_{name}"] = (
                    result["decode"]["kotlin"]["median_us"] / result["decode"][name]["median_us"])
        if throughput > 0:
            result["kotlin_throughput"] = kotlin.ask(f"throughput {throughput}")
        return result
    finally:
        for other in [*others.values(), *rust_others.values()]:
            other.close()
        kotlin.close()
        rust.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=2000)
    parser.add_argument("--decode", type=int, default=10, help="decode repeats (0: none)")
    parser.add_argument("--throughput", type=int, default=0, help="Kotlin throughput rounds (0: none)")
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--no-settle", action="store_true",
                        help="skip the Kotlin drivers' `settle` (a driver from before it has none)")
    parser.add_argument("--debug", action="store_true", help="debug builds")
    parser.add_argument("--keep-cpus-awake", action="store_true",
                        help="one SCHED_IDLE busy loop per core while measuring, as run.py does "
                             "(cpus_kept_awake says why)")
    parser.add_argument("--swift", action="store_true",
                        help="measure the Swift driver (swift/run-bench.sh serve) instead of Kotlin's "
                             "(per-call rounds only)")
    parser.add_argument("--other-kotlin", action="append", default=[], metavar="NAME=CMD",
                        help="another Kotlin driver command (serve protocol), measured in the same rounds")
    parser.add_argument("--no-mimalloc", action="store_true",
                        help="leave out the blocking Rust client under mimalloc (fastly-bench-mimalloc)")
    args = parser.parse_args()
    profile = "debug" if args.debug else "release"
    target = REPO / "target" / profile
    env = dict(os.environ, FASTLY_PROFILE=profile)
    sandbox = subprocess.Popen(
        [str(target / "fastly-sandbox"), "--port", "0", "--token", TOKEN, "--users", str(args.users)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert sandbox.stdout is not None
        line = sandbox.stdout.readline().strip()
        if not line.startswith("listening on "):
            raise RuntimeError(f"sandbox did not start: {line!r}")
        url = line.removeprefix("listening on ")
        with urllib.request.urlopen(f"{url}/__sandbox/seed") as seed:
            customer = json.load(seed)["customer_id"]
        foreign = "swift" if args.swift else "kotlin"
        with cpus_kept_awake(args.keep_cpus_awake):
            result = measure_from_main(args, target, url, customer, env, foreign)
    finally:
        if sandbox.stdin:
            sandbox.stdin.close()
        sandbox.wait(timeout=10)
    return report_from_main(result, foreign)


def measure_from_main(args: argparse.Namespace, target: Path, url: str, customer: str,
                      env: dict[str, str], foreign: str) -> dict[str, Any]:
    return measure([str(target / "fastly-bench")], [str(REPO / foreign / "run-bench.sh")], url,
                   None if args.swift else customer, rounds=args.rounds, calls=args.calls,
                   warmup=args.warmup, decode=0 if args.swift else args.decode,
                   throughput=0 if args.swift else args.throughput, settle=not args.no_settle, env=env,
                   foreign=foreign,
                   other_kotlin={k: [v] for k, v in (o.split("=", 1) for o in args.other_kotlin)},
                   other_rust=({} if args.no_mimalloc else {"mimalloc": [str(target / "fastly-bench-mimalloc")]}))


def report_from_main(result: dict[str, Any], foreign: str) -> int:
    print(json.dumps(result))
    lat = result["latency"]
    blocking = lat["blocking"]["median_us"]
    log("per call, median µs (rounds' medians min-max), / blocking Rust: " + ", ".join(
        f"{w} {lat[w]['median_us']:.1f} ({min(lat[w]['round_medians_us']):.1f}-{max(lat[w]['round_medians_us']):.1f})"
        f" {lat[w]['median_us'] / blocking:.2f}x" for w in lat))
    pr = result[f"{foreign}_over_blocking_per_round"]
    log(f"{foreign} / blocking Rust: {result[f'{foreign}_over_blocking']:.2f}x (median of the rounds' ratios "
        f"{result[f'{foreign}_over_blocking_median_of_rounds']:.2f}x, rounds {min(pr):.2f}-{max(pr):.2f}x)")
    for w in lat:
        if w not in ("blocking", foreign):
            ratios = [o / b for o, b in zip(lat[w]["round_medians_us"], lat["blocking"]["round_medians_us"])]
            log(f"{w} / blocking Rust, median of the rounds' ratios: {statistics.median(ratios):.2f}x")
    if "decode" in result:
        dec = result["decode"]
        log("decode, median ms: " + ", ".join(f"{w} {dec[w]['median_us'] / 1000:.1f}" for w in dec)
            + f"; Kotlin / blocking Rust {result['decode_kotlin_over_blocking']:.2f}x"
            + "".join(f", / {w} {result[f'decode_kotlin_over_{w}']:.2f}x" for w in dec
                      if w not in DECODE_IMPLS and f"decode_kotlin_over_{w}" in result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
