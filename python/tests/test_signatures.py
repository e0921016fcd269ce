"""Keyword-only optional arguments, and every Client setting taking effect."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox


def test_optional_arguments_are_keyword_only(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    user_id = seed["user_ids_by_role"]["user"][0]
    positional: List[Callable[[], object]] = [
        lambda: client.update_user(user_id, "engineer"),  # type: ignore[call-arg]
        lambda: client.update_user(user_id, "Name", "engineer"),  # type: ignore[call-arg]
        lambda: client.update_customer(seed["customer_id"], "New name"),  # type: ignore[call-arg]
        lambda: client.create_invitation("a@example.com", "user", ["role-user"]),  # type: ignore[call-arg]
        lambda: client.list_roles(5),  # type: ignore[call-arg]
        lambda: client.list_roles(5, "page:2"),  # type: ignore[call-arg]
        lambda: client.list_service_groups(5),  # type: ignore[call-arg]
        lambda: client.list_user_groups(5),  # type: ignore[call-arg]
        lambda: client.iter_roles(5),  # type: ignore[call-arg]
        lambda: client.iter_service_groups(5),  # type: ignore[call-arg]
        lambda: client.iter_user_groups(5),  # type: ignore[call-arg]
        lambda: client.create_service_group("Edge", "description"),  # type: ignore[call-arg]
        lambda: client.create_service_group("Edge", None, ["svc"]),  # type: ignore[call-arg]
        lambda: client.create_user_group("SRE", "description"),  # type: ignore[call-arg]
        lambda: fa.Client(TOKEN, sandbox.url),  # type: ignore[call-arg]
    ]
    for call in positional:
        with pytest.raises(TypeError, match="positional"):
            call()
    assert sandbox.requests() == []
    # The same calls with keywords work.
    assert client.update_user(user_id, role="engineer").role == "engineer"
    assert client.update_customer(seed["customer_id"], name="New name").name == "New name"
    assert len(client.list_roles(per_page=5)) == 5
    assert client.create_user_group("SRE", description="d").description == "d"


def test_rate_limit_wait(sandbox: Sandbox) -> None:
    reset = int(time.time()) + 3
    fault = {"type": "rate_limit", "remaining": 0, "reset": reset, "retry_after": "1"}
    # Zero: a 429 is surfaced at once, though it asks for a wait of 1 s.
    sandbox.arm(fault, path="/current_user")
    started = time.monotonic()
    with pytest.raises(fa.RateLimitError) as caught:
        sandbox.client(max_retries=3, rate_limit_wait=0).get_current_user()
    assert time.monotonic() - started < 0.9
    assert (caught.value.remaining, caught.value.reset) == (0, reset)
    assert [r["status"] for r in sandbox.requests()] == [429]
    # A budget of 5 s: the client waits the 1 s out and retries.
    sandbox.clear_requests()
    sandbox.arm(fault, path="/current_user")
    user = sandbox.client(max_retries=3, rate_limit_wait=5).get_current_user()
    assert user.login == "owner@example.com"
    assert [r["status"] for r in sandbox.requests()] == [429, 200]


def test_max_retries_and_retry_delays(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503}, path="/current_user", forever=True)
    with pytest.raises(fa.ServerError):
        sandbox.client(max_retries=0).get_current_user()
    assert len(sandbox.requests()) == 1
    sandbox.clear_requests()
    started = time.monotonic()
    with pytest.raises(fa.ServerError):
        sandbox.client(max_retries=4, retry_base_delay=0.001, retry_max_delay=0.002).get_current_user()
    assert len(sandbox.requests()) == 5
    assert time.monotonic() - started < 2  # default delays (0.25 s doubling) would take longer


def test_other_settings_are_accepted_and_validated(sandbox: Sandbox, tmp_path: Path) -> None:
    client = fa.Client(
        TOKEN,
        endpoint=sandbox.url,
        timeout=5,
        connect_timeout=1.5,
        max_retries=1,
        retry_base_delay=0.1,
        retry_max_delay=1,
        rate_limit_wait=0.5,
        max_response_bytes=1 << 20,
        max_idle_connections=0,
        allow_insecure_http=False,
    )
    assert client.get_current_user().login == "owner@example.com"
    # allow_insecure_http: plain http on a non-loopback host (no request made here).
    with pytest.raises(fa.InvalidArgumentError):
        fa.Client(TOKEN, endpoint="http://api.example.com")
    assert fa.Client(TOKEN, endpoint="http://api.example.com", allow_insecure_http=True)
    for bad in (
        {"retry_base_delay": -1},
        {"retry_max_delay": float("inf")},
        {"rate_limit_wait": float("nan")},
        {"max_idle_connections": -1},
    ):
        with pytest.raises(fa.InvalidArgumentError):
            fa.Client(TOKEN, endpoint=sandbox.url, **bad)
    for wrong_type in ({"allow_insecure_http": "yes"}, {"ca_bundle": 42}, {"rate_limit_wait": "0"}):
        with pytest.raises(TypeError):
            fa.Client(TOKEN, endpoint=sandbox.url, **wrong_type)
    # ca_bundle: a missing file, or one without a certificate, is refused at once.
    with pytest.raises(fa.InvalidArgumentError) as caught:
        fa.Client(TOKEN, endpoint=sandbox.url, ca_bundle=tmp_path / "missing.pem")
    assert "ca_bundle" in str(caught.value) and TOKEN not in str(caught.value)
    empty = tmp_path / "empty.pem"
    empty.write_text("not a certificate\n")
    with pytest.raises(fa.InvalidArgumentError):
        fa.Client(TOKEN, endpoint=sandbox.url, ca_bundle=os.fspath(empty))
