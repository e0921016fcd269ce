"""A fake Fastly Account API for testing code that uses ``fastly_account``.

:class:`Sandbox` runs the project's own sandbox (the stateful fake every
language's test suite uses) inside this process, on a free loopback port: no
account, no network, no binary to install. It serves the account and IAM API
from deterministic seed data, logs every request and injects faults on demand.

>>> from fastly_account.testing import Sandbox
>>> with Sandbox() as sandbox:
...     client = sandbox.client()
...     me = client.get_current_user()
...     sandbox.fail(status=503, path="/current_user")
...     # ... the next GET /current_user answers 503 ...
...     [r.path for r in sandbox.requests()]
['/current_user']

With pytest, the ``fastly_sandbox`` fixture (registered by installing this
package) gives each test a fresh sandbox. This module does not import pytest.
"""

from __future__ import annotations

import atexit
import json
import threading
import weakref
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Dict, List, Optional, Type, Union

from ._native import AsyncClient, Client, _Sandbox

__all__ = ["DEFAULT_TOKEN", "Sandbox", "SandboxRequest"]

#: The token a :class:`Sandbox` accepts unless given another.
DEFAULT_TOKEN = "sandbox-token"

# The settings a Sandbox's clients get unless overridden: short timeouts, so a
# test that goes wrong fails in seconds rather than minutes.
_CLIENT_DEFAULTS: Dict[str, Any] = {"timeout": 10.0, "connect_timeout": 5.0}

# Every sandbox still running, stopped at interpreter exit.
_live: "weakref.WeakSet[Sandbox]" = weakref.WeakSet()
_live_lock = threading.Lock()


def _stop_all() -> None:
    with _live_lock:
        running = list(_live)
    for sandbox in running:
        sandbox.stop()


atexit.register(_stop_all)


@dataclass(frozen=True)
class SandboxRequest:
    """One request the sandbox received on an API route.

    The ``Fastly-Key`` value is never recorded: only whether it was present
    and whether it was the sandbox's token.
    """

    #: Arrival order, from 1 (restarts at 1 after :meth:`Sandbox.reset`).
    seq: int
    #: The HTTP method, e.g. ``"GET"``.
    method: str
    #: The raw path without the query, e.g. ``"/current_user"``.
    path: str
    #: The raw query string, if any.
    query: Optional[str]
    #: The status the sandbox answered (or would have, for a cut connection).
    status: int
    #: The type of the fault applied (``"status"``, ``"delay"``, ...), if any.
    fault: Optional[str]
    #: The ``Content-Type`` header, if any.
    content_type: Optional[str]
    #: The ``Accept`` header, if any.
    accept: Optional[str]
    #: The ``User-Agent`` header, if any.
    user_agent: Optional[str]
    #: Whether a ``Fastly-Key`` header was sent.
    fastly_key_present: bool
    #: Whether it carried the sandbox's token.
    fastly_key_valid: bool

    @classmethod
    def _from_json(cls, record: Dict[str, Any]) -> "SandboxRequest":
        return cls(
            seq=int(record["seq"]),
            method=str(record["method"]),
            path=str(record["path"]),
            query=record.get("query"),
            status=int(record["status"]),
            fault=record.get("fault"),
            content_type=record.get("content_type"),
            accept=record.get("accept"),
            user_agent=record.get("user_agent"),
            fastly_key_present=bool(record.get("fastly_key_present", False)),
            fastly_key_valid=bool(record.get("fastly_key_valid", False)),
        )


class Sandbox:
    """An in-process fake of the Fastly Account API on a free loopback port.

    Starts when constructed (in a few milliseconds) and serves on its own
    threads until :meth:`stop`, the end of a ``with`` block, or interpreter
    exit. Safe to use from several threads; several sandboxes are independent.

    :param token: the API token it accepts (``Fastly-Key``);
        :data:`DEFAULT_TOKEN` by default.
    """

    def __init__(self, token: str = DEFAULT_TOKEN) -> None:
        self._native = _Sandbox(token)
        self._endpoint = self._native.url
        with _live_lock:
            _live.add(self)

    # -- lifecycle ---------------------------------------------------------

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.stop()

    def __del__(self) -> None:
        native = getattr(self, "_native", None)
        if native is not None:
            native.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<fastly_account.testing.Sandbox {self._endpoint} {state}>"

    def stop(self) -> None:
        """Stops serving and frees the port (idempotent). Connections still
        open are cut; clients made by :meth:`client` fail with
        :class:`~fastly_account.NetworkError` afterwards."""
        self._native.stop()
        with _live_lock:
            _live.discard(self)

    @property
    def running(self) -> bool:
        """Whether the sandbox is still serving."""
        return self._native.running

    # -- where it is -------------------------------------------------------

    @property
    def endpoint(self) -> str:
        """The base URL to give a client, e.g. ``http://127.0.0.1:41234``."""
        return self._endpoint

    @property
    def token(self) -> str:
        """The API token the sandbox accepts."""
        return self._native.token

    def client(self, **kwargs: Any) -> Client:
        """A :class:`~fastly_account.Client` aimed at this sandbox with its token.

        Keyword arguments go to the constructor (``max_retries=0``,
        ``timeout=...``, ...); by default ``timeout`` is 10 s and
        ``connect_timeout`` 5 s, everything else is the client's default.
        """
        settings = dict(_CLIENT_DEFAULTS)
        settings.update(kwargs)
        settings.setdefault("endpoint", self._endpoint)
        token = settings.pop("token", self.token)
        return Client(token, **settings)

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An :class:`~fastly_account.AsyncClient` aimed at this sandbox, set up
        like :meth:`client`."""
        settings = dict(_CLIENT_DEFAULTS)
        settings.update(kwargs)
        settings.setdefault("endpoint", self._endpoint)
        token = settings.pop("token", self.token)
        return AsyncClient(token, **settings)

    def seed(self) -> Dict[str, Any]:
        """The ids of the seed data, the same after every :meth:`reset`:
        ``customer_id``, ``owner_user_id``, ``user_ids_by_role`` (role ->
        ids), ``role_ids``, ``service_group_ids``, ``user_group_ids``,
        ``token_ids`` (the sandbox's own first), ``self_token_id``,
        ``invitation_ids``, ``service_ids``, ``permission_ids``, a few
        counts, and the logins for :func:`create_token`: ``owner_login`` and
        ``owner_password``, and ``two_factor_login``, ``two_factor_password``
        and ``one_time_code`` of a user with two-factor authentication. The
        README's seed table says what each one holds."""
        seed: Dict[str, Any] = json.loads(self._native.seed_json())
        return seed

    # -- what happened -----------------------------------------------------

    def requests(self) -> List[SandboxRequest]:
        """Every API request received since the start (or the last
        :meth:`reset` / :meth:`clear_requests`), in arrival order."""
        records = json.loads(self._native.requests_json())
        return [SandboxRequest._from_json(record) for record in records]

    def clear_requests(self) -> None:
        """Empties the request log."""
        self._native.clear_requests()

    def issued_secrets(self) -> List[Dict[str, str]]:
        """The token secrets this sandbox issued since the start (or the last
        :meth:`reset`), in issue order: one ``dict`` per token, with
        ``token_id``, ``kind`` (``"user"`` for :func:`create_token`,
        ``"automation"`` for ``create_automation_token``) and ``secret``, so a
        test can check which secret a call returned, and that it never shows
        up where it should not. The request log never holds one."""
        secrets: List[Dict[str, str]] = json.loads(self._native.issued_secrets_json())
        return secrets

    # -- making it misbehave -----------------------------------------------

    def fail(
        self,
        status: Optional[int] = None,
        *,
        retry_after: Union[int, str, None] = None,
        rate_limit: bool = False,
        remaining: int = 0,
        reset_at: Optional[int] = None,
        delay_ms: Optional[int] = None,
        reset: bool = False,
        close: bool = False,
        truncate: bool = False,
        malformed: bool = False,
        path: Optional[str] = None,
        method: Optional[str] = None,
        times: int = 1,
        forever: bool = False,
    ) -> None:
        """Arms one fault for the next matching request(s).

        Choose exactly one fault:

        - ``status=503`` (optionally ``retry_after=2``): answer that status with
          an error body and ``Retry-After``;
        - ``rate_limit=True`` (``remaining=0``, ``reset_at=<epoch seconds>``,
          default now + 60, ``retry_after=...``): answer 429 with the
          ``Fastly-RateLimit-*`` headers, which become
          :class:`~fastly_account.RateLimitError`'s fields;
        - ``delay_ms=2000``: wait, then answer normally;
        - ``reset=True``: send the headers and half the body, then cut the connection;
        - ``close=True``: close the connection without answering;
        - ``truncate=True``: send half the body with a matching ``Content-Length``;
        - ``malformed=True``: answer 200 with a body that is not JSON.

        ``path`` (exact raw path, e.g. ``"/current_user"``) and ``method``
        (e.g. ``"GET"``) restrict which requests match; the fault applies to
        ``times`` requests (default 1), or to all of them with ``forever=True``.
        Rules apply in the order armed. Raises :class:`ValueError` for no
        fault, several faults or an invalid value.
        """
        chosen: List[Dict[str, Any]] = []
        if status is not None:
            fault: Dict[str, Any] = {"type": "status", "status": status}
            if retry_after is not None:
                fault["retry_after"] = str(retry_after)
            chosen.append(fault)
        if rate_limit:
            fault = {"type": "rate_limit", "remaining": remaining}
            if reset_at is not None:
                fault["reset"] = reset_at
            if retry_after is not None:
                fault["retry_after"] = str(retry_after)
            chosen.append(fault)
        if delay_ms is not None:
            chosen.append({"type": "delay", "ms": delay_ms})
        for flag, kind in ((reset, "reset"), (close, "close"), (truncate, "truncate"), (malformed, "malformed")):
            if flag:
                chosen.append({"type": kind})
        if len(chosen) != 1:
            raise ValueError(
                "fail() takes exactly one fault: status=, rate_limit=True, delay_ms=, "
                f"reset=True, close=True, truncate=True or malformed=True (got {len(chosen)})"
            )
        if retry_after is not None and chosen[0]["type"] not in ("status", "rate_limit"):
            raise ValueError("retry_after goes with status= or rate_limit=True")
        if times < 1 and not forever:
            raise ValueError("times must be at least 1")
        rule: Dict[str, Any] = {"fault": chosen[0], "times": times, "forever": forever}
        if path is not None:
            rule["path"] = path
        if method is not None:
            rule["method"] = method
        self.arm(rule)

    def arm(self, rule: Dict[str, Any]) -> None:
        """Arms a raw fault rule, the JSON of the sandbox's control protocol
        (``{"fault": {"type": "huge", "bytes": 1000000}, "path": ..., "times": 2}``;
        see ``tests/sandbox/README.md``), for faults :meth:`fail` does not name."""
        self._native.arm(json.dumps(rule))

    def reset(self) -> None:
        """Back to the seed: data, armed faults, the request log and settings."""
        self._native.reset()

