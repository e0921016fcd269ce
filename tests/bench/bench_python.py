"""Python benchmark drivers: our package and the official `fastly` client.

Each mode prints one JSON object. Run by tests/bench/run.py with a Python
that has both `fastly_account` and `fastly==15.0.0` installed.

    bench_python.py latency ours|official URL TOKEN CALLS WARMUP
    bench_python.py decode ours|official URL TOKEN CUSTOMER_ID REPEATS
    bench_python.py threads ours|official URL TOKEN CALLS THREADS
    bench_python.py memory URL TOKEN PER_PAGE
    bench_python.py serve URL TOKEN     (ours; commands on stdin: tests/bench/interleave.py)
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
from typing import Any, Callable


def ours(url: str, token: str) -> Any:
    import fastly_account

    return fastly_account.Client(token, endpoint=url, timeout=120.0)


class Official:
    """The official client, configured for the sandbox. It rejects `null` in
    fields it types as strings (the sandbox, like the real API, sends some),
    so list responses are decoded with `_check_return_type=False`."""

    def __init__(self, url: str, token: str) -> None:
        import fastly
        from fastly.api import customer_api, user_api

        conf = fastly.Configuration(host=url)
        conf.api_token = token
        self.api_client = fastly.ApiClient(conf)
        self.users = user_api.UserApi(self.api_client)
        self.customers = customer_api.CustomerApi(self.api_client)

    def get_current_user(self) -> Any:
        return self.users.get_current_user()

    def list_customer_users(self, customer_id: str) -> Any:
        return self.customers.list_users(customer_id=customer_id, _check_return_type=False)


def client(which: str, url: str, token: str) -> Any:
    return ours(url, token) if which == "ours" else Official(url, token)


def summary(name: str, samples: list[float]) -> dict[str, Any]:
    samples.sort()
    micros = [s * 1e6 for s in samples]
    return {
        "impl": name,
        "calls": len(samples),
        "median_us": statistics.median(micros),
        "p99_us": micros[round((len(micros) - 1) * 0.99)],
        "mean_us": statistics.fmean(micros),
    }


def timed(call: Callable[[], Any], calls: int, warmup: int) -> list[float]:
    samples = []
    clock = time.perf_counter
    for i in range(warmup + calls):
        start = clock()
        call()
        if i >= warmup:
            samples.append(clock() - start)
    return samples


def latency(which: str, url: str, token: str, calls: str, warmup: str) -> dict[str, Any]:
    c = client(which, url, token)
    return summary(f"python-{which}", timed(c.get_current_user, int(calls), int(warmup)))


def decode(which: str, url: str, token: str, customer_id: str, repeats: str) -> dict[str, Any]:
    c = client(which, url, token)
    count = 0

    def call() -> None:
        nonlocal count
        users = c.list_customer_users(customer_id)
        count = len(users)
        assert users[0].login  # typed objects in hand

    result = summary(f"python-{which}", timed(call, int(repeats), 1))
    result["users"] = count
    return result


def threads(which: str, url: str, token: str, calls: str, thread_count: str) -> dict[str, Any]:
    total, n = int(calls), int(thread_count)
    c = client(which, url, token)
    c.get_current_user()
    per_thread = total // n
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(per_thread):
                c.get_current_user()
        except BaseException as e:  # noqa: BLE001 - reported, not hidden
            errors.append(e)

    workers = [threading.Thread(target=work) for _ in range(n)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    seconds = time.perf_counter() - start
    if errors:
        raise errors[0]
    return {"impl": f"python-{which}", "threads": n, "calls": per_thread * n,
            "seconds": seconds, "calls_per_second": per_thread * n / seconds}


def memory(url: str, token: str, per_page: str) -> dict[str, Any]:
    c = ours(url, token)
    start = time.perf_counter()
    items = 0
    for _role in c.iter_roles(per_page=int(per_page)):
        items += 1
    return {"impl": "python-ours", "items": items, "seconds": time.perf_counter() - start,
            "peak_rss_kib": peak_rss_kib()}


def peak_rss_kib() -> int:
    """VmHWM of this process (ru_maxrss would count the parent's memory at fork)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


MODES: dict[str, Callable[..., dict[str, Any]]] = {
    "latency": latency, "decode": decode, "threads": threads, "memory": memory,
}

def serve(url: str, token: str) -> None:
    """The `serve` protocol of tests/bench/interleave.py (as `fastly-bench serve`):
    one warm client of ours; prints `{"ready":"python"}`, then per
    `latency python N` line the N per-call durations, until `quit` or the end of stdin."""
    c = ours(url, token)
    print(json.dumps({"ready": "python"}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if words == ["quit"]:
            break
        if len(words) != 3 or words[:2] != ["latency", "python"]:
            raise SystemExit(f"serve: unknown command {line!r}")
        samples = timed(c.get_current_user, int(words[2]), 0)
        print(json.dumps({"impl": "python", "samples_us": [round(t * 1e6, 3) for t in samples]}), flush=True)
    print(json.dumps({"served": True}), flush=True)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "serve":
        serve(*args)
    else:
        print(json.dumps(MODES[mode](*args)))
