"""The core's log events, seen through the standard `logging` module under the
logger `fastly_account`: off by default, no handler installed by the library,
one DEBUG record per attempt, one INFO record per retry, never the token."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import textwrap
from typing import Any, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

LOGGER = "fastly_account"


def ours(caplog: pytest.LogCaptureFixture) -> List[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER]


def attempts(records: List[logging.LogRecord]) -> List[str]:
    return [r.getMessage() for r in records if "request attempt" in r.getMessage()]


def test_each_attempt_is_a_debug_record(
    client: fa.Client, caplog: pytest.LogCaptureFixture, seed: Any
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    client.get_user(seed["owner_user_id"])
    with pytest.raises(fa.NotFoundError):
        client.get_role("no-such-role")
    records = ours(caplog)
    assert [r.levelno for r in records] == [logging.DEBUG, logging.DEBUG]
    first, second = (r.getMessage() for r in records)
    # The path template, never the id; the status; the attempt number.
    assert first.startswith("fastly-account request attempt ")
    for part in ("method=GET", "path=/user/{user_id}", "status=200", "attempt=1", "outcome=ok"):
        assert part in first.split(), first
    assert "duration_ms=" in first
    assert seed["owner_user_id"] not in first
    for part in ("path=/roles/{role_id}", "status=404", "attempt=1", "outcome=failed"):
        assert part in second.split(), second


def test_a_retry_is_an_info_record_between_attempts(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path="/current_user")
    sandbox.client(max_retries=2).get_current_user()
    records = ours(caplog)
    assert [r.levelname for r in records] == ["DEBUG", "INFO", "DEBUG"]
    failed, retry, ok = (r.getMessage().split() for r in records)
    assert {"path=/current_user", "status=503", "attempt=1", "outcome=failed"} <= set(failed)
    assert retry[:2] == ["fastly-account", "retrying"]
    assert {"path=/current_user", "attempt=1", "wait_ms=0"} <= set(retry)
    assert "503" in records[1].getMessage()  # the error that caused the retry
    assert {"path=/current_user", "status=200", "attempt=2", "outcome=ok"} <= set(ok)


def test_a_failed_connection_is_logged_without_a_status(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    client = fa.Client(TOKEN, endpoint=f"http://127.0.0.1:{free_port}", max_retries=0)
    with pytest.raises(fa.NetworkError):
        client.get_current_user()
    (line,) = attempts(ours(caplog))
    assert "outcome=failed" in line and "status=" not in line


def test_nothing_is_logged_at_warning(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path="/current_user")
    client = sandbox.client(max_retries=2)
    client.get_current_user()  # an attempt, a retry, an attempt
    with pytest.raises(fa.NotFoundError):
        client.get_user("no-such-user")
    assert ours(caplog) == []


def test_a_disabled_level_never_reaches_python(
    client: fa.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below the logger's level the native side does not even call
    `Logger.log` (the level is checked in Rust before touching Python)."""
    logger = logging.getLogger(LOGGER)
    calls: List[Any] = []
    monkeypatch.setattr(logger, "log", lambda *args, **kwargs: calls.append(args))
    monkeypatch.setattr(logger, "level", logging.WARNING)
    client.get_current_user()
    assert calls == []
    # The same spy sees the records once the level allows them.
    monkeypatch.setattr(logger, "level", logging.DEBUG)
    client.get_current_user()
    assert [level for level, _ in calls] == [logging.DEBUG]


def test_logging_configured_after_the_client_is_created_takes_effect(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    client = sandbox.client()
    client.get_current_user()
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    client.get_current_user()
    assert len(attempts(ours(caplog))) == 1
    caplog.set_level(logging.INFO, logger=LOGGER)
    client.get_current_user()
    assert len(attempts(ours(caplog))) == 1  # DEBUG is off again


def test_records_never_contain_the_token(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    client = sandbox.client(max_retries=1)
    client.get_current_user()
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path="/current_user", times=2)
    with pytest.raises(fa.ServerError):
        client.get_current_user()
    sandbox.arm({"type": "rate_limit", "remaining": 0, "reset": 2_000_000_000}, path="/current_user")
    with pytest.raises(fa.RateLimitError):
        client.get_current_user()
    sandbox.arm({"type": "redirect"}, path="/current_user")
    with pytest.raises(fa.UnexpectedStatusError):
        client.get_current_user()
    wrong = "wrong-Secr3t-Tok3n-77ab"
    with pytest.raises(fa.AuthenticationError):
        fa.Client(wrong, endpoint=sandbox.url, max_retries=0).get_current_user()
    records = ours(caplog)
    assert len(attempts(records)) == 6
    for record in records:
        everything = repr(record.__dict__) + record.getMessage()
        assert TOKEN not in everything and wrong not in everything
    assert TOKEN not in caplog.text and wrong not in caplog.text


def test_the_library_installs_no_handler() -> None:
    logger = logging.getLogger(LOGGER)
    assert logger.handlers == []
    assert logger.propagate is True


NO_LOGGING_CONFIGURED = textwrap.dedent(
    """
    import logging, sys
    import fastly_account as fa
    assert logging.getLogger("fastly_account").handlers == [], "handler on fastly_account"
    assert logging.getLogger("fastly_account").level == logging.NOTSET, "level set"
    assert logging.getLogger().handlers == [], "handler on the root logger"
    client = fa.Client(sys.argv[1], endpoint=sys.argv[2], max_retries=2)
    client.get_current_user()
    try:
        client.get_user("no-such-user")
    except fa.NotFoundError:
        pass
    print("ok")
    """
)


def test_an_unconfigured_application_sees_nothing(sandbox: Sandbox) -> None:
    """In a fresh interpreter: no handler is installed, no level is set, and
    calls (a retry included) print nothing."""
    sandbox.arm({"type": "status", "status": 503, "retry_after": "0"}, path="/current_user")
    result = subprocess.run(
        [sys.executable, "-c", NO_LOGGING_CONFIGURED, sandbox.token, sandbox.url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")
    statuses = [r["status"] for r in sandbox.requests() if r["path"] == "/current_user"]
    assert statuses == [503, 200]  # the retry happened, silently


def test_logging_from_many_threads_at_once(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    """8 calls held in flight together at the sandbox's rendezvous, each
    logging from its own thread: no deadlock, one record per attempt."""
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    results = sandbox.users_at_rendezvous(sandbox.client(timeout=20.0), 8)
    assert all(isinstance(result, fa.User) for result in results), results
    lines = attempts(ours(caplog))
    assert len(lines) == 8
    assert all("status=200" in line.split() for line in lines)


def test_a_failing_logging_setup_does_not_fail_the_call(
    client: fa.Client, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception from the application's logging (here a filter) is
    reported through sys.unraisablehook; the call still returns."""
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    unraisable: List[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)

    def broken(record: logging.LogRecord) -> bool:
        raise RuntimeError("broken filter")

    logger = logging.getLogger(LOGGER)
    logger.addFilter(broken)
    try:
        assert client.get_current_user().login == "owner@example.com"
    finally:
        logger.removeFilter(broken)
    assert [type(u.exc_value) for u in unraisable] == [RuntimeError]
