"""The exceptions every ``fastly_account`` call may raise.

All of them derive from :class:`FastlyError`, which carries ``status`` (the
HTTP status, or ``None`` when no response was received) and ``message`` (what
the API or the network said). ``str(e)`` is a sentence that says what went
wrong; it never contains the API token.

The classes are defined here, in Python, and raised by the native module (an
abi3 extension cannot subclass ``Exception`` from Rust before Python 3.12).
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "FastlyError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "BadRequestError",
    "RateLimitError",
    "ServerError",
    "UnexpectedStatusError",
    "RequestTimeoutError",
    "NetworkError",
    "DecodeError",
    "InvalidArgumentError",
]


class FastlyError(Exception):
    """Any failure of a ``fastly_account`` call.

    ``status`` is the HTTP status of the response (``None`` if there was none),
    ``message`` what the response or the failure said; ``str(e)`` is the whole
    sentence (``description``).
    """

    status: Optional[int]
    message: str
    description: str

    def __init__(
        self,
        message: str,
        status: Optional[int] = None,
        *,
        description: Optional[str] = None,
    ) -> None:
        text = description if description is not None else message
        super().__init__(text)
        self.message = message
        self.status = status
        self.description = text

    def __str__(self) -> str:
        return self.description

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"


class AuthenticationError(FastlyError):
    """401: the API token is missing, invalid or expired."""


class PermissionDeniedError(FastlyError):
    """403: the token is valid but not allowed to do this."""


class NotFoundError(FastlyError):
    """404: the resource does not exist (or is not visible to this token)."""


class BadRequestError(FastlyError):
    """400 or 422: the API refused the request as invalid."""


class RateLimitError(FastlyError):
    """429: the account is rate limited.

    ``remaining`` (requests left in the window) and ``reset`` (when the window
    resets, in seconds since the Unix epoch) come from the
    ``Fastly-RateLimit-Remaining`` and ``Fastly-RateLimit-Reset`` headers, or
    are ``None`` when the API did not send them.
    """

    remaining: Optional[int]
    reset: Optional[int]

    def __init__(
        self,
        message: str,
        status: Optional[int] = 429,
        *,
        remaining: Optional[int] = None,
        reset: Optional[int] = None,
        description: Optional[str] = None,
    ) -> None:
        super().__init__(message, status, description=description)
        self.remaining = remaining
        self.reset = reset


class ServerError(FastlyError):
    """5xx: the API failed (after the retries the client allows)."""


class UnexpectedStatusError(FastlyError):
    """Any other HTTP status, for example a redirect (redirects are never
    followed), or a 200 whose body reports ``"status": "error"``."""


class RequestTimeoutError(FastlyError):
    """The call did not finish within the client's timeout."""


class NetworkError(FastlyError):
    """The connection failed or broke (refused, reset, DNS, TLS)."""


class DecodeError(FastlyError):
    """The response arrived but could not be read (malformed or truncated body)."""


class InvalidArgumentError(FastlyError, ValueError):
    """A call refused before any request: an empty id, a malformed email, an
    unknown role, an update with nothing to change, a bad token, endpoint,
    timeout or ``ca_bundle``. Also a :class:`ValueError`."""
