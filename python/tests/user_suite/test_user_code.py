"""A user's own test suite: code under test that uses fastly_account, tested
with nothing but the `fastly_sandbox` fixture the installed package registers.

Run by tests/test_testing_kit.py (and tests/release/check_wheel.sh) in a
subprocess, `python -m pytest` in the same environment; the project's own
run does not collect it.
"""

import fastly_account as fa
import pytest
from fastly_account.testing import Sandbox


def greeting(client: fa.Client) -> str:
    """The 'application code': one call, a fallback when the API is down."""
    try:
        me = client.get_current_user()
    except fa.ServerError:
        return "Hello, whoever you are"
    return f"Hello, {me.name}"


def test_greets_the_current_user(fastly_sandbox: Sandbox) -> None:
    client = fastly_sandbox.client()
    assert greeting(client).startswith("Hello, ")
    assert greeting(client) != "Hello, whoever you are"
    assert [(r.method, r.path, r.status) for r in fastly_sandbox.requests()] == [
        ("GET", "/current_user", 200),
        ("GET", "/current_user", 200),
    ]


def test_falls_back_when_the_api_fails(fastly_sandbox: Sandbox) -> None:
    fastly_sandbox.fail(status=503, path="/current_user", forever=True)
    assert greeting(fastly_sandbox.client(max_retries=1)) == "Hello, whoever you are"
    assert [r.status for r in fastly_sandbox.requests()] == [503, 503]


def test_each_test_gets_a_fresh_sandbox(fastly_sandbox: Sandbox) -> None:
    # The faults and requests of the test before are gone.
    assert fastly_sandbox.requests() == []
    assert fastly_sandbox.client().get_current_user().login


def test_rate_limits_surface_as_errors(fastly_sandbox: Sandbox) -> None:
    fastly_sandbox.fail(rate_limit=True, remaining=0, reset_at=4102444800)
    with pytest.raises(fa.RateLimitError) as caught:
        fastly_sandbox.client(max_retries=0).get_current_user()
    assert caught.value.reset == 4102444800
