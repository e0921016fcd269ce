"""`fastly_account.testing.Sandbox` and the `fastly_sandbox` pytest fixture:
the in-process sandbox users test their own code against."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import List, Optional
from urllib.parse import urlsplit

import pytest

import fastly_account as fa
from fastly_account.testing import DEFAULT_TOKEN, Sandbox, SandboxRequest

HERE = Path(__file__).parent
USER_SUITE = HERE / "user_suite"


def refuses_connections(endpoint: str) -> bool:
    parts = urlsplit(endpoint)
    assert parts.hostname is not None and parts.port is not None
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2.0):
            return False
    except ConnectionRefusedError:
        return True


def test_the_context_manager_gives_a_working_client() -> None:
    with Sandbox() as sandbox:
        assert sandbox.endpoint.startswith("http://127.0.0.1:")
        assert sandbox.token == DEFAULT_TOKEN
        with sandbox.client() as client:
            me = client.get_current_user()
        assert me.login and me.id
        assert client.get_current_customer().id == me.customer_id


def test_a_custom_token_is_the_one_accepted() -> None:
    with Sandbox(token="my-test-token") as sandbox:
        assert sandbox.client().get_current_user().login
        with pytest.raises(fa.AuthenticationError):
            sandbox.client(token="wrong").get_current_user()
        assert [r.fastly_key_valid for r in sandbox.requests()] == [True, False]


def test_requests_logs_the_calls() -> None:
    with Sandbox() as sandbox:
        assert sandbox.requests() == []
        client = sandbox.client()
        client.get_current_user()
        client.list_roles(per_page=2)
        log = sandbox.requests()
        assert all(isinstance(r, SandboxRequest) for r in log)
        assert [(r.seq, r.method, r.path, r.status) for r in log] == [
            (1, "GET", "/current_user", 200),
            (2, "GET", "/roles", 200),
        ]
        assert log[1].query is not None and "per_page=2" in log[1].query
        assert log[0].fastly_key_present and log[0].fastly_key_valid
        assert log[0].fault is None
        sandbox.clear_requests()
        assert sandbox.requests() == []


def test_fail_status_503_raises_server_error_after_the_retries() -> None:
    with Sandbox() as sandbox:
        sandbox.fail(status=503, retry_after=0, path="/current_user", forever=True)
        with pytest.raises(fa.ServerError) as caught:
            sandbox.client(max_retries=2).get_current_user()
        assert caught.value.status == 503
        assert [(r.status, r.fault) for r in sandbox.requests()] == [(503, "status")] * 3


def test_fail_once_without_retries_then_recovers() -> None:
    with Sandbox() as sandbox:
        client = sandbox.client(max_retries=0)
        sandbox.fail(status=503, method="GET")
        with pytest.raises(fa.ServerError):
            client.get_current_user()
        assert client.get_current_user().login  # times=1: used up
        assert [r.status for r in sandbox.requests()] == [503, 200]


def test_path_and_method_filters_choose_the_requests() -> None:
    with Sandbox() as sandbox:
        client = sandbox.client(max_retries=0)
        sandbox.fail(status=500, path="/current_customer", times=2)
        sandbox.fail(status=502, method="DELETE")
        assert client.get_current_user().login  # neither rule matches
        for _ in range(2):
            with pytest.raises(fa.ServerError):
                client.get_current_customer()
        assert client.get_current_customer().id
        assert [(r.path, r.status) for r in sandbox.requests()] == [
            ("/current_user", 200),
            ("/current_customer", 500),
            ("/current_customer", 500),
            ("/current_customer", 200),
        ]


def test_a_delay_fault_and_wait_for_cancel_the_call() -> None:
    with Sandbox() as sandbox:
        sandbox.fail(delay_ms=2000, path="/current_user")
        caught: List[BaseException] = []

        async def main() -> None:
            client = sandbox.async_client(timeout=60.0)
            try:
                await asyncio.wait_for(client.get_current_user(), 0.3)
            except BaseException as error:  # noqa: BLE001 - checked below
                caught.append(error)

        started = time.monotonic()
        asyncio.run(main())
        assert len(caught) == 1 and isinstance(caught[0], asyncio.TimeoutError)
        assert time.monotonic() - started < 1.5
        # The sandbox logs the request once its delay is over.
        deadline = time.monotonic() + 10.0
        while not sandbox.requests() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [r.fault for r in sandbox.requests()] == ["delay"]


def test_a_rate_limit_fault_gives_rate_limit_error_with_its_fields() -> None:
    reset = int(time.time()) + 3600
    with Sandbox() as sandbox:
        sandbox.fail(rate_limit=True, remaining=0, reset_at=reset)
        with pytest.raises(fa.RateLimitError) as caught:
            sandbox.client(max_retries=2).get_current_user()
        error = caught.value
        assert (error.status, error.remaining, error.reset) == (429, 0, reset)
        assert [r.status for r in sandbox.requests()] == [429]


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ({"close": True}, fa.NetworkError),
        ({"reset": True}, fa.NetworkError),
        ({"truncate": True}, fa.DecodeError),
        ({"malformed": True}, fa.DecodeError),
    ],
)
def test_connection_and_body_faults(fault: dict, error: type) -> None:  # type: ignore[type-arg]
    with Sandbox() as sandbox:
        sandbox.fail(**fault)
        with pytest.raises(error):
            sandbox.client(max_retries=0).get_current_user()


def test_fail_refuses_no_fault_or_several() -> None:
    with Sandbox() as sandbox:
        with pytest.raises(ValueError):
            sandbox.fail()
        with pytest.raises(ValueError):
            sandbox.fail(status=503, close=True)
        with pytest.raises(ValueError):
            sandbox.fail(status=99)  # not an HTTP status
        with pytest.raises(ValueError):
            sandbox.fail(delay_ms=10, retry_after=1)


def test_reset_restores_the_seed_and_clears_faults_and_log() -> None:
    with Sandbox() as sandbox:
        client = sandbox.client(max_retries=0)
        me = client.get_current_user()
        client.update_current_user(name="Someone Else")
        assert client.get_current_user().name == "Someone Else"
        sandbox.fail(status=503, forever=True)
        sandbox.reset()
        assert sandbox.requests() == []
        assert client.get_current_user().name == me.name


def test_the_sandbox_stops_at_the_end_of_the_with_block() -> None:
    with Sandbox() as sandbox:
        endpoint = sandbox.endpoint
        client = sandbox.client(max_retries=0)
        assert client.get_current_user().login
        assert sandbox.running
    assert not sandbox.running
    assert refuses_connections(endpoint)
    with pytest.raises(fa.NetworkError):
        client.get_current_user()
    sandbox.stop()  # idempotent
    with pytest.raises(RuntimeError):
        sandbox.requests()


def test_two_sandboxes_at_once_are_independent() -> None:
    with Sandbox() as first, Sandbox() as second:
        assert first.endpoint != second.endpoint
        first.fail(status=503, forever=True)
        second.client().update_current_user(name="Only In Second")
        with pytest.raises(fa.ServerError):
            first.client(max_retries=0).get_current_user()
        assert second.client().get_current_user().name == "Only In Second"
        assert [r.status for r in first.requests()] == [503]
        assert [r.method for r in second.requests()] == ["PUT", "GET"]
        first.stop()
        assert second.client().get_current_user().login


def test_threads_share_one_sandbox() -> None:
    with Sandbox() as sandbox:
        client = sandbox.client()
        errors: List[BaseException] = []

        def call() -> None:
            try:
                client.get_current_user()
            except BaseException as error:  # noqa: BLE001
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert sorted(r.seq for r in sandbox.requests()) == list(range(1, 9))


def test_the_async_client_works_against_it() -> None:
    with Sandbox() as sandbox:

        async def main() -> Optional[str]:
            async with sandbox.async_client() as client:
                me = await client.get_current_user()
            return me.login

        assert asyncio.run(main())
        assert [r.path for r in sandbox.requests()] == ["/current_user"]


def test_a_sandbox_left_running_is_stopped_at_interpreter_exit() -> None:
    script = (
        "from fastly_account.testing import Sandbox\n"
        "sandbox = Sandbox()\n"
        "sandbox.client().get_current_user()\n"
        "print(sandbox.endpoint, flush=True)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert refuses_connections(result.stdout.strip())


def test_the_fixture_gives_a_fresh_sandbox(fastly_sandbox: Sandbox) -> None:
    assert isinstance(fastly_sandbox, Sandbox) and fastly_sandbox.running
    assert fastly_sandbox.requests() == []
    assert fastly_sandbox.client().get_current_user().login


def test_a_user_suite_passes_with_only_the_fixture() -> None:
    """The entry point registered by the installed package provides
    `fastly_sandbox`: a user's suite with no conftest runs and passes."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", str(USER_SUITE)],
        cwd=USER_SUITE,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout, result.stdout


# What cannot match or cannot mean anything is refused, with a clear message.


@pytest.mark.parametrize("path", ["current_user", "/user/{user_id}", "/current_user?x=1"])
def test_a_path_that_can_never_match_is_refused(path: str) -> None:
    with Sandbox() as sandbox:
        with pytest.raises(ValueError, match="can never match"):
            sandbox.fail(503, path=path)


@pytest.mark.parametrize("status", [200, 204, 302, 99])
def test_a_status_fault_must_be_a_failure(status: int) -> None:
    with Sandbox() as sandbox:
        with pytest.raises(ValueError, match="status"):
            sandbox.fail(status)
        # Nothing was armed: the next call succeeds.
        assert sandbox.client().get_current_user().id


def test_bad_fault_values_say_what_a_rule_is_without_parser_positions() -> None:
    with Sandbox() as sandbox:
        with pytest.raises(ValueError) as caught:
            sandbox.fail(delay_ms=-5)
        message = str(caught.value)
        assert "line 1 column" not in message and "fault rule is not valid" in message, message


@pytest.mark.parametrize("token", ["", " ", "with space", "new\nline"])
def test_a_token_no_client_can_send_is_refused(token: str) -> None:
    with pytest.raises(ValueError, match="Fastly-Key"):
        Sandbox(token=token)


def test_seed_gives_the_ids_a_test_can_rely_on() -> None:
    with Sandbox() as sandbox:
        seed = sandbox.seed()
        client = sandbox.client()
        assert client.get_current_customer().id == seed["customer_id"]
        assert client.get_current_user().id == seed["owner_user_id"]
        assert [r.id for r in client.iter_roles()][: len(seed["role_ids"])] == seed["role_ids"]
        assert client.get_current_token().id == seed["self_token_id"] == seed["token_ids"][0]
        assert client.get_user(seed["user_ids_by_role"]["engineer"][0]).role == "engineer"
        client.delete_user(seed["user_ids_by_role"]["engineer"][0])
        sandbox.reset()
        assert sandbox.seed() == seed
