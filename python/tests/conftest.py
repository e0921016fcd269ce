"""Fixtures: one sandbox server (the real binary, over real HTTP) for the whole
session, reset to its seed before every test, and clients pointed at it."""

from __future__ import annotations

import json
import threading
import os
import subprocess
import urllib.request
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest

import fastly_account as fa

REPO = Path(__file__).resolve().parents[2]
# A distinctive token, so a test can assert it never leaks into text.
TOKEN = "sbx-Secr3t-Tok3n-8f1c2a"
# Extra generated items, so every list spans several pages.
EXTRA = {"--roles": "10", "--service-groups": "9", "--user-groups": "9"}
# A user's test suite, run by test_testing_kit.py in a subprocess (as a user
# would run it), not collected here.
collect_ignore = ["user_suite"]


def sandbox_binary() -> Path:
    """The sandbox binary: $FASTLY_SANDBOX_BIN, or target/debug/fastly-sandbox (built if missing)."""
    override = os.environ.get("FASTLY_SANDBOX_BIN")
    if override:
        return Path(override)
    binary = REPO / "target" / "debug" / "fastly-sandbox"
    if not binary.exists():
        subprocess.run([str(REPO / "tests" / "build-debug.sh")], cwd=REPO, check=True)
    return binary


class Sandbox:
    """A running sandbox and its control protocol (/__sandbox/...)."""

    def __init__(self, url: str, token: str, process: "subprocess.Popen[str]") -> None:
        self.url = url
        self.token = token
        self.process = process

    def control(self, method: str, path: str, body: Optional[Dict[str, Any]] = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + "/__sandbox" + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
        return json.loads(raw) if raw else None

    def api(self, path: str) -> Any:
        """GET an API route directly (not through the client): the raw JSON."""
        request = urllib.request.Request(self.url + path, headers={"Fastly-Key": self.token})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def set_style(self, style: str) -> None:
        """Answer like the live API (`live`, the default) or the seed spec (`seed`)."""
        self.control("PUT", "/settings", {"style": style})

    def patch(self, resource: str, id: str, fields: Dict[str, Any]) -> None:
        """Plant raw JSON values into a record as the sandbox serves it."""
        self.control("POST", "/patch", {"resource": resource, "id": id, "fields": fields})

    def reset(self) -> None:
        self.control("POST", "/reset")

    def seed(self) -> Dict[str, Any]:
        return self.control("GET", "/seed")  # type: ignore[no-any-return]

    def arm(
        self,
        fault: Dict[str, Any],
        *,
        method: Optional[str] = None,
        path: Optional[str] = None,
        times: int = 1,
        forever: bool = False,
    ) -> None:
        rule: Dict[str, Any] = {"fault": fault, "times": times, "forever": forever}
        if method is not None:
            rule["method"] = method
        if path is not None:
            rule["path"] = path
        self.control("POST", "/faults", rule)

    def requests(self) -> List[Dict[str, Any]]:
        return self.control("GET", "/requests")["requests"]  # type: ignore[no-any-return]

    def clear_requests(self) -> None:
        self.control("DELETE", "/requests")

    def canary(self) -> Dict[str, Any]:
        return self.control("GET", "/canary")  # type: ignore[no-any-return]

    def users_at_rendezvous(self, client: fa.Client, count: int) -> List[Any]:
        """`count` threads sharing `client` call get_current_user, each held by
        the sandbox until all `count` are in flight (which cannot happen if a
        waiting call held the GIL). Returns each thread's User or exception."""
        self.arm(
            {"type": "rendezvous", "count": count, "timeout_ms": 10_000},
            path="/current_user",
            times=count,
        )
        results: List[Any] = [None] * count

        def call(index: int) -> None:
            try:
                results[index] = client.get_current_user()
            except BaseException as error:  # noqa: BLE001 - returned to the test
                results[index] = error

        threads = [threading.Thread(target=call, args=(i,)) for i in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert not any(thread.is_alive() for thread in threads)
        return results

    def client(self, **options: Any) -> fa.Client:
        """A client of this sandbox with short timeouts and no retries unless asked."""
        settings: Dict[str, Any] = {"timeout": 5.0, "connect_timeout": 2.0, "max_retries": 0}
        settings.update(options)
        return fa.Client(self.token, endpoint=self.url, **settings)


    def async_client(self, **options: Any) -> fa.AsyncClient:
        """An AsyncClient of this sandbox, set up like `client`."""
        settings: Dict[str, Any] = {"timeout": 5.0, "connect_timeout": 2.0, "max_retries": 0}
        settings.update(options)
        return fa.AsyncClient(self.token, endpoint=self.url, **settings)


def start_sandbox(*extra_args: str) -> Sandbox:
    """Spawns a sandbox (stop it with `stop_sandbox`)."""
    args = [str(sandbox_binary()), "--port", "0", "--token", TOKEN, *extra_args]
    process = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdin is not None
    line = process.stdout.readline().strip()
    if not line.startswith("listening on "):
        process.kill()
        process.wait()
        raise RuntimeError(f"the sandbox did not start: {line!r}")
    return Sandbox(line[len("listening on ") :], TOKEN, process)


def stop_sandbox(sandbox: Sandbox) -> None:
    assert sandbox.process.stdin is not None
    sandbox.process.stdin.close()  # the sandbox exits when its stdin closes
    try:
        sandbox.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        sandbox.process.kill()
        sandbox.process.wait()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    args: List[str] = []
    for flag, value in EXTRA.items():
        args += [flag, value]
    running = start_sandbox(*args)
    yield running
    stop_sandbox(running)


@pytest.fixture(autouse=True)
def fresh(sandbox: Sandbox) -> Sandbox:
    """Every test starts from the seed: data, faults, logs and settings
    (the live style: page-number lists, live invitations, six roles)."""
    sandbox.reset()
    return sandbox


@pytest.fixture
def client(sandbox: Sandbox) -> fa.Client:
    return sandbox.client()


@pytest.fixture
def seed(sandbox: Sandbox) -> Dict[str, Any]:
    return sandbox.seed()

