"""Type stubs of the native module (the Rust core behind ``fastly_account``)."""

import builtins
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, Generic, TypeVar, final

_T = TypeVar("_T")

__version__: str

# -- models, generated from the core's interface description: do not edit (cargo run -p fastly-account-generate) --
# -- end of the generated operations --

@final
class TokenSecret:
    """The secret of a token just created (``NewToken.secret``,
    ``NewAutomationToken.secret``): the value to send as ``Fastly-Key``.

    The API shows it once. It never prints: ``repr()`` and ``str()`` show
    ``TokenSecret('***')``, so printing or logging the model that holds it never
    shows it, and it is not pickled. ``reveal()`` gives it, to store where
    secrets belong.
    """

    def __new__(cls, secret: str) -> TokenSecret: ...
    def reveal(self) -> str:
        """The secret itself."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RateLimit:
    """The rate-limit headers of the last response that carried them.

    Immutable; compared and hashed by value; built from keyword arguments only.
    """

    def __new__(cls, *, remaining: int | None = None, reset: int | None = None) -> RateLimit: ...
    @property
    def remaining(self) -> int | None:
        """``Fastly-RateLimit-Remaining``: requests left in the current window."""
    @property
    def reset(self) -> int | None:
        """``Fastly-RateLimit-Reset``: when the window resets, in seconds since the Unix epoch."""
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Page(Generic[_T]):
    """One page of a list. Iterating it yields its items."""

    @property
    def data(self) -> list[_T]:
        """The items of this page (a new list on every access)."""
    @property
    def next_cursor(self) -> str | None:
        """Where the next page starts (``None`` on the last page): an opaque
        continuation to pass back as ``cursor``, whether the API pages this
        list by cursor or by page number (then it reads ``page:N``)."""
    @property
    def total(self) -> int | None:
        """Total number of items across all pages, when the API says."""
    @property
    def current_page(self) -> int | None:
        """This page's number (from 1), when the API says (lists paged by number)."""
    @property
    def per_page(self) -> int | None:
        """The page size the API applied, when it says."""
    @property
    def total_pages(self) -> int | None:
        """How many pages there are, when the API says."""
    @property
    def next_page_number(self) -> int | None:
        """The next page's number, for lists the API pages by number (pass it
        as ``page_number`` to :meth:`Client.list_invitations`); ``None`` on the
        last page and for lists paged by cursor. Not part of ``==``, ``repr``
        or ``to_dict()``: ``next_cursor`` determines it."""
    def __iter__(self) -> Iterator[_T]: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...

# What `Client.list_invitations` returns (an alias, for annotations).
InvitationPage = Page[Invitation]

@final
class ItemIterator(Iterator[_T]):
    """Every item of a list, fetching the next page only when needed."""

    @property
    def pages_fetched(self) -> int:
        """How many pages have been fetched so far."""
    def __iter__(self) -> ItemIterator[_T]: ...
    def __next__(self) -> _T: ...

@final
class AsyncItemIterator(AsyncIterator[_T]):
    """Every item of a list for ``async for``, fetching the next page only
    when iterated that far. Steps awaited at once take turns; a cancelled
    step leaves the walk where it was."""

    @property
    def pages_fetched(self) -> int:
        """How many pages have been fetched so far."""
    def __aiter__(self) -> AsyncItemIterator[_T]: ...
    async def __anext__(self) -> _T: ...

@final
class Client:
    """A client of the Fastly Account and IAM API. Safe to share between threads.

    Without ``token``, ``FASTLY_API_TOKEN`` (and ``FASTLY_API_ENDPOINT`` if set)
    are read from the environment. Every other setting is keyword-only and
    named as the Rust ``ClientBuilder``'s; durations are in seconds (``int``
    or ``float``):

    - ``timeout`` (per attempt, default 30) and ``connect_timeout`` (default 10);
    - ``max_retries`` (default 3; 0 disables retries), ``retry_base_delay``
      (first backoff step, default 0.25) and ``retry_max_delay`` (cap of one
      wait, default 8);
    - ``rate_limit_wait``: how long a call may wait out a 429 before raising
      :class:`RateLimitError` (default 10; 0 raises at once);
    - ``max_response_bytes``: larger bodies raise :class:`DecodeError`
      (default 32 MiB); ``max_idle_connections`` kept for reuse (default 16);
    - ``ca_bundle``: a PEM file of CA certificates trusted besides the
      operating system's store (a private CA, a TLS-inspecting proxy);
    - ``allow_insecure_http``: allow plain ``http://`` on a non-loopback host.
    """

    def __new__(
        cls,
        token: str | None = None,
        *,
        endpoint: str | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_retries: int | None = None,
        retry_base_delay: float | None = None,
        retry_max_delay: float | None = None,
        rate_limit_wait: float | None = None,
        max_response_bytes: int | None = None,
        max_idle_connections: int | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        allow_insecure_http: bool | None = None,
    ) -> Client: ...
    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the last response that carried them; ``None`` before any did."""
    def __enter__(self) -> Client: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> bool: ...
    # -- operations, generated from the core's interface description: do not edit (cargo run -p fastly-account-generate) --
    # -- end of the generated operations --

@final
class AsyncClient:
    """An asyncio client of the Fastly Account and IAM API: every operation of
    :class:`Client` under the same name and with the same arguments, as a
    coroutine (``await client.get_current_user()``), and every ``iter_*`` walk
    as an async iterator (``async for role in client.iter_roles()``).

    Built exactly like :class:`Client` (the same settings, keyword-only; the
    environment without a token). Works on any running asyncio event loop,
    several loops in several threads included, without a thread per call;
    cancelling an await (``task.cancel()``, ``asyncio.wait_for``) aborts its
    request and raises :class:`asyncio.CancelledError`. Errors are the same
    :class:`FastlyError` subclasses, raised by the await.
    """

    def __new__(
        cls,
        token: str | None = None,
        *,
        endpoint: str | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        max_retries: int | None = None,
        retry_base_delay: float | None = None,
        retry_max_delay: float | None = None,
        rate_limit_wait: float | None = None,
        max_response_bytes: int | None = None,
        max_idle_connections: int | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        allow_insecure_http: bool | None = None,
    ) -> AsyncClient: ...
    @property
    def rate_limit(self) -> RateLimit | None:
        """The rate-limit headers of the last response that carried them; ``None`` before any did."""
    async def __aenter__(self) -> AsyncClient: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> bool: ...
    # -- operations, generated from the core's interface description: do not edit (cargo run -p fastly-account-generate) --
    # -- end of the generated operations --

@final
class _Sandbox:
    """The in-process sandbox behind :class:`fastly_account.testing.Sandbox`
    (private: use that class)."""

    def __new__(cls, token: str) -> _Sandbox: ...
    @property
    def url(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def running(self) -> bool: ...
    def arm(self, rule_json: str) -> None: ...
    def requests_json(self) -> str: ...
    def seed_json(self) -> str: ...
    def issued_secrets_json(self) -> str: ...
    def clear_requests(self) -> None: ...
    def reset(self) -> None: ...
    def stop(self) -> None: ...
