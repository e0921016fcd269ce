"""A typed client for the Fastly Account and IAM API.

>>> import fastly_account as fa
>>> client = fa.Client("TOKEN")                # or fa.Client() to read FASTLY_API_TOKEN
>>> me = client.get_current_user()             # doctest: +SKIP
>>> for role in client.iter_roles(per_page=100):   # doctest: +SKIP
...     print(role.name)

For asyncio, :class:`AsyncClient` has the same operations as coroutines:

>>> async def main() -> None:
...     async with fa.AsyncClient("TOKEN") as client:
...         me = await client.get_current_user()
...         async for role in client.iter_roles():
...             print(role.name)

Optional arguments are keyword-only. Models are immutable and compare by
value; what the API sends beyond their attributes is in ``extra``.

Every call raises a :class:`FastlyError` subclass on failure, releases the GIL
while it waits (threads run in parallel) and can be interrupted with Ctrl-C.
Each HTTP attempt is logged at DEBUG (each retry at INFO) to the standard
``logging`` logger ``"fastly_account"``, which has no handler of its own: set
its level (any time, even after creating the client) to see them.
"""

from __future__ import annotations

from ._native import (
    AsyncClient,
    AsyncItemIterator,
    AutomationToken,
    BillingAddress,
    Client,
    Contact,
    Customer,
    CustomerAddress,
    Event,
    IamRole,
    Invitation,
    ItemIterator,
    NewAutomationToken,
    NewToken,
    Page,
    Permission,
    RateLimit,
    Role,
    Service,
    ServiceAuthorization,
    ServiceGroup,
    SudoAccess,
    Token,
    TokenSecret,
    User,
    UserGroup,
    UserGroupMember,
    __version__,
    create_token,
    create_token_async,
)
from .errors import (
    AuthenticationError,
    BadRequestError,
    DecodeError,
    FastlyError,
    InvalidArgumentError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    UnexpectedStatusError,
)

# What `Client.list_invitations` returns: an alias, for annotations (an
# `isinstance` check takes `Page`).
InvitationPage = Page[Invitation]

__all__ = [
    "Client",
    "AsyncClient",
    "Contact",
    "Customer",
    "CustomerAddress",
    "User",
    "Invitation",
    "Role",
    "ServiceGroup",
    "UserGroup",
    "Token",
    "NewToken",
    "SudoAccess",
    "TokenSecret",
    "AutomationToken",
    "NewAutomationToken",
    "ServiceAuthorization",
    "Event",
    "BillingAddress",
    "IamRole",
    "Permission",
    "Service",
    "UserGroupMember",
    "Page",
    "InvitationPage",
    "ItemIterator",
    "AsyncItemIterator",
    "RateLimit",
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
    "create_token",
    "create_token_async",
    "__version__",
]
