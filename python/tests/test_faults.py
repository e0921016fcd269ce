"""The fault matrix (docs/reliability.md), Python column: one test per fault.

Each test injects the fault with the sandbox, then asserts both what the
caller sees (a result or an exception with its status) and how many attempts
reached the sandbox (its request log). The concurrency row (a rendezvous of 8
requests) is `test_concurrency.py::test_threads_wait_in_parallel`."""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from typing import Any, Dict, Iterator, List, Optional

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

GET_USER = "/current_user"


def attempts(sandbox: Sandbox, path: str, method: str = "GET") -> List[Dict[str, Any]]:
    """The sandbox's log of `method path` requests, in arrival order."""
    return [r for r in sandbox.requests() if r["path"] == path and r["method"] == method]


def wait_for_record(sandbox: Sandbox, path: str, fault: str, seconds: float = 10.0) -> None:
    """Waits until the sandbox has logged the request that got `fault` (a
    request is logged when it has been answered, e.g. after a delay)."""
    deadline = time.monotonic() + seconds
    while not any(r["fault"] == fault for r in attempts(sandbox, path)):
        assert time.monotonic() < deadline, f"the {fault} request was never logged"
        time.sleep(0.05)


def test_fault_5xx_then_success(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path=GET_USER, times=2)
    user = sandbox.client(max_retries=2).get_current_user()
    assert user.login == "owner@example.com"
    assert [r["status"] for r in attempts(sandbox, GET_USER)] == [503, 503, 200]


def test_fault_5xx_forever(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path=GET_USER, forever=True)
    with pytest.raises(fa.ServerError) as caught:
        sandbox.client(max_retries=2).get_current_user()
    assert caught.value.status == 503
    assert "Injected failure" in caught.value.message
    assert [r["status"] for r in attempts(sandbox, GET_USER)] == [503] * 3  # max_retries + 1


def test_fault_5xx_on_a_post_is_not_retried(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path="/user-groups", forever=True)
    with pytest.raises(fa.ServerError):
        sandbox.client(max_retries=2).create_user_group("Ops")
    assert [r["status"] for r in attempts(sandbox, "/user-groups", "POST")] == [503]


def test_fault_429_with_rate_limit_headers(sandbox: Sandbox) -> None:
    reset = int(time.time()) + 3600  # beyond the wait budget: surfaced at once
    sandbox.arm({"type": "rate_limit", "remaining": 0, "reset": reset}, path=GET_USER)
    client = sandbox.client(max_retries=2)
    assert client.rate_limit is None  # no response has carried the headers yet
    with pytest.raises(fa.RateLimitError) as caught:
        client.get_current_user()
    error = caught.value
    assert (error.status, error.remaining, error.reset) == (429, 0, reset)
    assert [r["status"] for r in attempts(sandbox, GET_USER)] == [429]
    # The client remembers the headers, also after a response without them.
    limit = client.rate_limit
    assert limit is not None and (limit.remaining, limit.reset) == (0, reset)
    client.get_current_user()
    assert client.rate_limit == limit


def test_fault_delay_past_the_timeout(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "delay", "ms": 1500}, path=GET_USER)
    with pytest.raises(fa.RequestTimeoutError) as caught:
        sandbox.client(timeout=0.3, max_retries=2).get_current_user()
    assert caught.value.status is None
    # The delayed request is logged once the sandbox answers it; a retry
    # (none is made) would have been answered, and logged, before it.
    wait_for_record(sandbox, GET_USER, "delay")
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["delay"]


def test_fault_connection_refused(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    caplog.set_level(logging.DEBUG, logger="fastly_account")
    client = fa.Client(TOKEN, endpoint=f"http://127.0.0.1:{free_port}", max_retries=1)
    with pytest.raises(fa.NetworkError) as caught:
        client.get_current_user()
    assert caught.value.status is None
    assert "connect" in caught.value.message
    # No server to count attempts: the client's own log shows a connect
    # failure is retried (nothing reached a server) - max_retries + 1 attempts.
    lines = [r.getMessage().split() for r in caplog.records if "request attempt" in r.getMessage()]
    assert len(lines) == 2, lines
    assert "attempt=1" in lines[0] and "attempt=2" in lines[1]
    assert all("outcome=failed" in line for line in lines)
    assert sandbox.requests() == []


def test_fault_connection_reset_mid_body_get_is_retried(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "reset"}, path=GET_USER)
    user = sandbox.client(max_retries=2).get_current_user()
    assert user.login == "owner@example.com"
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["reset", None]


def test_fault_connection_reset_mid_body_post_is_not_resent(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "reset"}, method="POST", path="/user-groups")
    client = sandbox.client(max_retries=2)
    with pytest.raises(fa.NetworkError) as caught:
        client.create_user_group("Reset group")
    assert caught.value.status is None
    assert [r["fault"] for r in attempts(sandbox, "/user-groups", "POST")] == ["reset"]
    # The server did create it, exactly once: resending would have duplicated it.
    names = [group.name for group in client.iter_user_groups(per_page=100)]
    assert names.count("Reset group") == 1


def test_fault_truncated_body(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "truncate"}, path=GET_USER)
    with pytest.raises(fa.DecodeError) as caught:
        sandbox.client(max_retries=2).get_current_user()
    assert caught.value.status == 200
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["truncate"]


def test_fault_malformed_json(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "malformed"}, path=GET_USER)
    with pytest.raises(fa.DecodeError) as caught:
        sandbox.client(max_retries=2).get_current_user()
    assert caught.value.status == 200
    assert "not the expected JSON" in caught.value.message
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["malformed"]


def test_fault_body_of_unknown_shape(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "unknown_shape", "status": 500}, path=GET_USER)
    with pytest.raises(fa.ServerError) as caught:
        sandbox.client(max_retries=0).get_current_user()
    error = caught.value
    assert error.status == 500
    # Readable: the text of the HTML body, without its markup.
    assert "Something odd happened" in error.message
    assert "<" not in error.message and "<" not in str(error)
    assert "500" in str(error)
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["unknown_shape"]


def test_fault_huge_body_over_the_cap(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "huge", "bytes": 100_000}, path=GET_USER)
    capped = sandbox.client(max_retries=2, max_response_bytes=4096)
    with pytest.raises(fa.DecodeError) as caught:
        capped.get_current_user()
    assert caught.value.status == 200
    assert "4096 byte limit" in caught.value.message
    assert [r["fault"] for r in attempts(sandbox, GET_USER)] == ["huge"]
    # Small responses pass the same cap, and without the cap the body is read.
    assert capped.get_current_user().login == "owner@example.com"
    sandbox.arm({"type": "huge", "bytes": 100_000}, path=GET_USER)
    name: Optional[str] = sandbox.client().get_current_user().name
    assert name is not None and len(name) > 90_000


def test_fault_redirect_to_another_host(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "redirect"}, path=GET_USER)
    with pytest.raises(fa.UnexpectedStatusError) as caught:
        sandbox.client(max_retries=2).get_current_user()
    assert caught.value.status == 302
    assert "redirect" in caught.value.message
    assert [r["status"] for r in attempts(sandbox, GET_USER)] == [302]
    # Not followed: the other host (the canary) saw nothing, let alone the key.
    assert sandbox.canary()["requests"] == []


def test_fault_500_on_a_get_is_retried(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 500}, path=GET_USER, times=1)
    user = sandbox.client(max_retries=2, retry_base_delay=0.01).get_current_user()
    assert user.login == "owner@example.com"
    assert [r["status"] for r in attempts(sandbox, GET_USER)] == [500, 200]
    # A PUT is idempotent too; a POST is not.
    seed = sandbox.seed()
    user_path = f"/user/{seed['owner_user_id']}"
    sandbox.arm({"type": "status", "status": 500}, method="PUT", path=user_path, times=1)
    sandbox.client(max_retries=2, retry_base_delay=0.01).update_user(seed["owner_user_id"], name="Olivia")
    assert [r["status"] for r in attempts(sandbox, user_path, "PUT")] == [500, 200]
    sandbox.arm({"type": "status", "status": 500}, method="POST", path="/user-groups", times=1)
    with pytest.raises(fa.ServerError):
        sandbox.client(max_retries=2, retry_base_delay=0.01).create_user_group("Once")
    assert [r["status"] for r in attempts(sandbox, "/user-groups", "POST")] == [500]


@contextlib.contextmanager
def port_that_never_answers() -> Iterator[int]:
    """A loopback port whose accept queue is full: Linux drops further SYNs,
    so a connection attempt hangs until the client's connect timeout."""
    listener = socket.socket()
    fillers: List[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", port))
            except BlockingIOError:
                pass
            fillers.append(filler)
        time.sleep(0.1)
        with socket.socket() as probe:
            probe.settimeout(0.3)
            try:
                probe.connect(("127.0.0.1", port))
            except socket.timeout:
                pass  # as wanted: the SYN went unanswered
            except OSError as error:
                pytest.skip(f"cannot make a connect timeout on this system: {error}")
            else:
                pytest.skip("cannot make a connect timeout on this system (connected)")
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_fault_connect_timeout_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="fastly_account")
    with port_that_never_answers() as port:
        client = fa.Client(
            TOKEN, endpoint=f"http://127.0.0.1:{port}", connect_timeout=0.2, timeout=5.0,
            max_retries=2, retry_base_delay=0.01,
        )
        started = time.monotonic()
        with pytest.raises(fa.RequestTimeoutError) as caught:
            client.get_current_user()
        # Nothing reached a server, so even a POST may be retried.
        with pytest.raises(fa.RequestTimeoutError):
            client.create_user_group("Never sent")
    assert caught.value.status is None
    assert "connect" in caught.value.message
    assert time.monotonic() - started < 10
    lines = [r.getMessage() for r in caplog.records if "request attempt" in r.getMessage()]
    get_lines = [line for line in lines if "method=GET" in line]
    post_lines = [line for line in lines if "method=POST" in line]
    assert [f"attempt={n}" in line for n, line in enumerate(get_lines, start=1)] == [True] * 3, lines
    assert len(post_lines) == 3, lines
    assert all("outcome=failed" in line for line in lines)
