#!/usr/bin/env python3
"""Python soak driver: many calls through ONE shared client from many threads.

    soak_python.py URL TOKEN CALLS THREADS

Mirrors `fastly-bench soak` (tests/bench/src/main.rs): THREADS threads make
CALLS calls in total, cycling get_current_user, get_current_customer,
list_roles and get_user("no-such-user") (which must raise NotFoundError);
anything else is an error. The process's resident memory (KiB), open file
descriptors and threads are sampled after a warm-up tenth of the calls and at
the end. Prints ONE JSON line:

    {"impl": "python", "calls", "threads", "errors", "seconds",
     "after_warmup": {"rss_kib", "fds", "threads"}, "end": {...}}

Needs only the standard library and fastly_account; run by tests/soak/soak.py.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any, Dict, Optional

import fastly_account as fa


def status_field(name: str) -> Optional[int]:
    """A numeric field of /proc/self/status (kB values are KiB)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(name):
                    return int(line[len(name):].split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return None


def process_sample() -> Dict[str, Any]:
    """Resident memory (KiB), open file descriptors and threads of this process."""
    try:
        fds: Optional[int] = len(os.listdir("/proc/self/fd"))
    except OSError:
        fds = None
    return {"rss_kib": status_field("VmRSS:"), "fds": fds, "threads": status_field("Threads:")}


def one_call(client: fa.Client, index: int) -> bool:
    """Call number `index`: True if it did what it should."""
    try:
        kind = index % 4
        if kind == 0:
            client.get_current_user()
        elif kind == 1:
            client.get_current_customer()
        elif kind == 2:
            client.list_roles()
        else:
            try:
                client.get_user("no-such-user")
            except fa.NotFoundError:
                return True
            return False
        return True
    except Exception:  # noqa: BLE001 - any other outcome is counted as an error
        return False


def run(client: fa.Client, calls: int, threads: int) -> int:
    """`calls` calls from `threads` threads (started here, joined before
    returning) taking numbers from one shared counter; returns the errors."""
    lock = threading.Lock()
    state = {"next": 0, "errors": 0}

    def worker() -> None:
        errors = 0
        while True:
            with lock:
                index = state["next"]
                state["next"] += 1
            if index >= calls:
                break
            if not one_call(client, index):
                errors += 1
        with lock:
            state["errors"] += errors

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    # join() returns once a thread's Python state is gone, slightly before its
    # OS thread exits; wait for that (as pthread_join does) so the thread
    # count sampled next is not inflated by workers still tearing down.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
        os.path.exists(f"/proc/self/task/{thread.native_id}") for thread in workers
    ):
        time.sleep(0.001)
    return state["errors"]


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    url, token = argv[0], argv[1]
    calls, threads = int(argv[2]), int(argv[3])
    client = fa.Client(token, endpoint=url, timeout=120.0)
    start = time.monotonic()
    warmup = calls // 10
    errors = run(client, warmup, threads)
    after_warmup = process_sample()
    errors += run(client, calls - warmup, threads)
    end = process_sample()
    report = {
        "impl": "python",
        "calls": calls,
        "threads": threads,
        "errors": errors,
        "seconds": time.monotonic() - start,
        "after_warmup": after_warmup,
        "end": end,
    }
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
