"""Every exception class, each from a real sandbox response or fault."""

from __future__ import annotations

import pickle
import socket
import time
from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox


def check_common(error: fa.FastlyError, status: Any) -> None:
    """What every error offers: status, message, a sentence, no token."""
    assert error.status == status
    assert isinstance(error.message, str) and error.message
    text = str(error)
    assert error.message in text
    assert TOKEN not in text and TOKEN not in repr(error)
    if status is not None and status >= 300:  # an error status is named in the sentence
        assert str(status) in text


def test_hierarchy() -> None:
    for cls in (
        fa.AuthenticationError,
        fa.PermissionDeniedError,
        fa.NotFoundError,
        fa.BadRequestError,
        fa.RateLimitError,
        fa.ServerError,
        fa.UnexpectedStatusError,
        fa.RequestTimeoutError,
        fa.NetworkError,
        fa.DecodeError,
        fa.InvalidArgumentError,
    ):
        assert issubclass(cls, fa.FastlyError)
        assert cls.__module__ == "fastly_account.errors"
    assert issubclass(fa.FastlyError, Exception)
    assert issubclass(fa.InvalidArgumentError, ValueError)


def test_authentication_error(sandbox: Sandbox) -> None:
    wrong = "wrong-Secr3t-value"
    client = fa.Client(wrong, endpoint=sandbox.url, max_retries=0)
    with pytest.raises(fa.AuthenticationError) as caught:
        client.get_current_user()
    check_common(caught.value, 401)
    assert "Provided credentials are missing or invalid" in caught.value.message
    assert wrong not in str(caught.value)
    assert sandbox.requests()[-1]["fastly_key_valid"] is False


def test_permission_denied_error(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 403}, path="/current_customer")
    with pytest.raises(fa.PermissionDeniedError) as caught:
        client.get_current_customer()
    check_common(caught.value, 403)


def test_not_found_error(client: fa.Client) -> None:
    with pytest.raises(fa.NotFoundError) as caught:
        client.get_user("no-such-user")
    check_common(caught.value, 404)
    assert "no-such-user" in caught.value.message
    with pytest.raises(fa.NotFoundError):
        client.get_role("no-such-role")


def test_bad_request_error(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    with pytest.raises(fa.BadRequestError) as caught:
        client.delete_user(seed["owner_user_id"])
    check_common(caught.value, 400)
    assert "owner" in caught.value.message
    # A JSON:API error body (invitations).
    with pytest.raises(fa.BadRequestError) as caught:
        client.create_invitation("owner@example.com", "user")
    check_common(caught.value, 400)
    assert "already a member" in caught.value.message
    with pytest.raises(fa.BadRequestError):
        client.list_roles(per_page=5000)
    # The seed style checks cursors (the live API pages by number).
    sandbox.set_style("seed")
    with pytest.raises(fa.BadRequestError):
        client.list_roles(cursor="not-a-cursor")
    sandbox.arm({"type": "status", "status": 422}, path="/user-groups")
    with pytest.raises(fa.BadRequestError) as caught:
        client.create_user_group("x")
    check_common(caught.value, 422)


def test_rate_limit_error(client: fa.Client, sandbox: Sandbox) -> None:
    reset = int(time.time()) + 3600
    sandbox.arm({"type": "rate_limit", "remaining": 0, "reset": reset}, path="/current_user")
    with pytest.raises(fa.RateLimitError) as caught:
        client.get_current_user()
    error = caught.value
    check_common(error, 429)
    assert error.remaining == 0
    assert error.reset == reset


def test_server_error(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503}, path="/current_user")
    with pytest.raises(fa.ServerError) as caught:
        client.get_current_user()
    check_common(caught.value, 503)
    # A body of unknown shape (HTML) still gives a readable error.
    sandbox.arm({"type": "unknown_shape", "status": 500}, path="/current_user")
    with pytest.raises(fa.ServerError) as caught:
        client.get_current_user()
    check_common(caught.value, 500)


def test_unexpected_status_error_for_a_redirect(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "redirect"}, path="/current_user")
    with pytest.raises(fa.UnexpectedStatusError) as caught:
        client.get_current_user()
    check_common(caught.value, 302)
    # Redirects are never followed: the key never reaches the other host.
    assert sandbox.canary()["requests"] == []


def test_unexpected_status_error_for_a_conflict(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 409}, path="/current_user")
    with pytest.raises(fa.UnexpectedStatusError) as caught:
        client.get_current_user()
    check_common(caught.value, 409)


def test_request_timeout_error(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "delay", "ms": 3000}, path="/current_user")
    client = sandbox.client(timeout=0.3)
    with pytest.raises(fa.RequestTimeoutError) as caught:
        client.get_current_user()
    check_common(caught.value, None)


def test_network_error(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "close"}, path="/current_user")
    with pytest.raises(fa.NetworkError) as caught:
        sandbox.client().get_current_user()
    check_common(caught.value, None)
    # Nothing listening at all.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    client = fa.Client(TOKEN, endpoint=f"http://127.0.0.1:{free_port}", max_retries=0)
    with pytest.raises(fa.NetworkError) as caught:
        client.get_current_user()
    check_common(caught.value, None)


def test_decode_error(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "malformed"}, path="/current_user")
    with pytest.raises(fa.DecodeError) as caught:
        client.get_current_user()
    check_common(caught.value, 200)
    sandbox.arm({"type": "truncate"}, path="/current_user")
    with pytest.raises(fa.DecodeError):
        client.get_current_user()


def test_invalid_argument_error(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    sandbox.clear_requests()
    cases: List[Callable[[], object]] = [
        lambda: client.create_invitation("not-an-email", "user"),
        lambda: client.create_invitation("someone@example.com", "admin"),
        lambda: client.create_invitation("someone@example.com", "user", roles=[""]),
        lambda: client.update_user(seed["owner_user_id"], role="admin"),
        lambda: client.update_user(seed["owner_user_id"]),
        lambda: client.update_customer(seed["customer_id"]),
        lambda: client.list_roles(cursor="page:0"),
        lambda: client.get_user(""),
        lambda: client.list_roles(per_page=0),
        lambda: client.iter_roles(per_page=-1),
        lambda: client.create_service_group("  "),
    ]
    for case in cases:
        with pytest.raises(fa.InvalidArgumentError) as caught:
            case()
        check_common(caught.value, None)
        assert isinstance(caught.value, ValueError)
    # Refused before any request.
    assert sandbox.requests() == []
    with pytest.raises(fa.InvalidArgumentError):
        fa.Client("")
    with pytest.raises(ValueError):
        fa.Client("bad token with spaces", endpoint=sandbox.url)


def test_errors_pickle(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "rate_limit", "remaining": 3, "reset": 2000000000}, path="/current_user")
    with pytest.raises(fa.RateLimitError) as caught:
        client.get_current_user()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is fa.RateLimitError
    assert (copy.status, copy.message, copy.remaining, copy.reset, str(copy)) == (
        429,
        caught.value.message,
        3,
        2000000000,
        str(caught.value),
    )


def test_errors_can_be_raised_by_user_code() -> None:
    error = fa.NotFoundError("gone", 404)
    assert (error.status, error.message, str(error)) == (404, "gone", "gone")
    limited = fa.RateLimitError("slow down", remaining=0, reset=5)
    assert (limited.status, limited.remaining, limited.reset) == (429, 0, 5)
