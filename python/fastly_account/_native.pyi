"""Type stubs of the native module (the Rust core behind ``fastly_account``)."""

import builtins
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, Generic, TypeVar, final

_T = TypeVar("_T")

__version__: str

@final
class Customer:
    """A customer account: it owns services and users.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        owner_id: str | None = None,
        pricing_plan: str | None = None,
        pricing_plan_id: str | None = None,
        billing_contact_id: str | None = None,
        legal_contact_id: str | None = None,
        security_contact_id: str | None = None,
        technical_contact_id: str | None = None,
        phone_number: str | None = None,
        postal_address: str | None = None,
        ip_whitelist: str | None = None,
        billing_network_type: str | None = None,
        billing_ref: str | None = None,
        can_configure_wordpress: bool | None = None,
        can_reset_passwords: bool | None = None,
        can_upload_vcl: bool | None = None,
        can_edit_matches: bool | None = None,
        can_stream_syslog: bool | None = None,
        force_2fa: bool | None = None,
        force_sso: bool | None = None,
        has_account_panel: bool | None = None,
        has_improved_events: bool | None = None,
        has_improved_ssl_config: bool | None = None,
        has_openstack_logging: bool | None = None,
        has_pci: bool | None = None,
        has_pci_passwords: bool | None = None,
        readonly: bool | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        deleted_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Customer: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def owner_id(self) -> str | None: ...
    @property
    def pricing_plan(self) -> str | None: ...
    @property
    def pricing_plan_id(self) -> str | None: ...
    @property
    def billing_contact_id(self) -> str | None: ...
    @property
    def legal_contact_id(self) -> str | None: ...
    @property
    def security_contact_id(self) -> str | None: ...
    @property
    def technical_contact_id(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def postal_address(self) -> str | None: ...
    @property
    def ip_whitelist(self) -> str | None: ...
    @property
    def billing_network_type(self) -> str | None: ...
    @property
    def billing_ref(self) -> str | None: ...
    @property
    def can_configure_wordpress(self) -> bool | None: ...
    @property
    def can_reset_passwords(self) -> bool | None: ...
    @property
    def can_upload_vcl(self) -> bool | None: ...
    @property
    def can_edit_matches(self) -> bool | None: ...
    @property
    def can_stream_syslog(self) -> bool | None: ...
    @property
    def force_2fa(self) -> bool | None: ...
    @property
    def force_sso(self) -> bool | None: ...
    @property
    def has_account_panel(self) -> bool | None: ...
    @property
    def has_improved_events(self) -> bool | None: ...
    @property
    def has_improved_ssl_config(self) -> bool | None: ...
    @property
    def has_openstack_logging(self) -> bool | None: ...
    @property
    def has_pci(self) -> bool | None: ...
    @property
    def has_pci_passwords(self) -> bool | None: ...
    @property
    def readonly(self) -> bool | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def deleted_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class User:
    """A user of a customer account.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        login: str | None = None,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        customer_id: str | None = None,
        email_hash: str | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        last_active_at: datetime | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        deleted_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> User: ...
    @property
    def id(self) -> str | None: ...
    @property
    def login(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def role(self) -> str | None:
        """``user``, ``tls_viewer``, ``tls_admin``, ``billing``, ``engineer``, ``superuser``, or another role as the API spelled it."""
    @property
    def roles(self) -> list[str] | None:
        """IAM role ids (live API, multi-role accounts)."""
    @property
    def customer_id(self) -> str | None: ...
    @property
    def email_hash(self) -> str | None: ...
    @property
    def two_factor_auth_enabled(self) -> bool | None: ...
    @property
    def two_factor_setup_required(self) -> bool | None: ...
    @property
    def limit_services(self) -> bool | None: ...
    @property
    def locked(self) -> bool | None: ...
    @property
    def require_new_password(self) -> bool | None: ...
    @property
    def last_active_at(self) -> datetime | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def deleted_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Invitation:
    """An invitation to join the account (flattened from the JSON:API resource;
    ``customer_id`` and ``service_invitation_ids`` come from its relationships).

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        email: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        status_code: int | None = None,
        status: str | None = None,
        customer_id: str | None = None,
        service_invitation_ids: Sequence[str] | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        deleted_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Invitation: ...
    @property
    def id(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def role(self) -> str | None:
        """``user``, ``tls_viewer``, ``tls_admin``, ``billing``, ``engineer``, ``superuser``, or another role as the API spelled it."""
    @property
    def roles(self) -> list[str] | None: ...
    @property
    def limit_services(self) -> bool | None: ...
    @property
    def status_code(self) -> int | None:
        """Live API: ``1`` active, ``0`` inactive."""
    @property
    def status(self) -> str | None:
        """Seed-spec shape: ``pending``, ``accepted`` or ``expired`` (other values kept as sent)."""
    @property
    def customer_id(self) -> str | None: ...
    @property
    def service_invitation_ids(self) -> list[str] | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def deleted_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Role:
    """An IAM role: a named set of permissions.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        object: str | None = None,
        name: str | None = None,
        description: str | None = None,
        custom: bool | None = None,
        permissions_count: int | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Role: ...
    @property
    def id(self) -> str | None: ...
    @property
    def object(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def custom(self) -> bool | None: ...
    @property
    def permissions_count(self) -> int | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ServiceGroup:
    """An IAM service group: services gathered for access control.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        object: str | None = None,
        name: str | None = None,
        description: str | None = None,
        services_count: int | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> ServiceGroup: ...
    @property
    def id(self) -> str | None: ...
    @property
    def object(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def services_count(self) -> int | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class UserGroup:
    """An IAM user group: users who share roles and service-group access.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        object: str | None = None,
        name: str | None = None,
        description: str | None = None,
        users_count: int | None = None,
        invitations_count: int | None = None,
        roles_count: int | None = None,
        service_groups_count: int | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> UserGroup: ...
    @property
    def id(self) -> str | None: ...
    @property
    def object(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def users_count(self) -> int | None: ...
    @property
    def invitations_count(self) -> int | None: ...
    @property
    def roles_count(self) -> int | None: ...
    @property
    def service_groups_count(self) -> int | None: ...
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Token:
    """An API token's description: never its secret (the API sends that only
    when a token is created, and the client drops it).

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        user_id: str | None = None,
        customer_id: str | None = None,
        services: Sequence[str] | None = None,
        scope: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        deleted_at: datetime | None = None,
        last_used_at: datetime | None = None,
        expires_at: datetime | None = None,
        ip: str | None = None,
        user_agent: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Token: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def customer_id(self) -> str | None: ...
    @property
    def services(self) -> list[str] | None:
        """Ids of the services the token is limited to (empty or ``None``: all)."""
    @property
    def scope(self) -> str | None:
        """Space-separated scopes, as sent (e.g. ``global purge_all``)."""
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def deleted_at(self) -> datetime | None:
        """When the token was deleted (revoked), if it was."""
    @property
    def last_used_at(self) -> datetime | None:
        """``None``: never used, or not said."""
    @property
    def expires_at(self) -> datetime | None:
        """``None``: never expires, or not said."""
    @property
    def ip(self) -> str | None:
        """The IP address of the last client that used the token."""
    @property
    def user_agent(self) -> str | None:
        """The user agent of the last client that used the token."""
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class IamRole:
    """A role of the current IAM API (``/iam/v1/roles``): the same roles as
    :meth:`Client.list_roles`, with a name for people and, when asked for, the
    permissions it grants.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        display_name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> IamRole: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None:
        """The role's name (a key such as ``engineer``)."""
    @property
    def display_name(self) -> str | None:
        """The role's name for people."""
    @property
    def description(self) -> str | None: ...
    @property
    def permissions(self) -> list[str] | None:
        """The names of the permissions the role grants, when asked for
        (``get_iam_role(role_id, include_permissions=True)``); ``None``
        otherwise. :meth:`Client.list_permissions` describes each one."""
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Permission:
    """An IAM permission: one thing a role allows.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        object: str | None = None,
        name: str | None = None,
        description: str | None = None,
        resource_name: str | None = None,
        resource_description: str | None = None,
        scope: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Permission: ...
    @property
    def id(self) -> str | None: ...
    @property
    def object(self) -> str | None:
        """The type of the object (``permission``)."""
    @property
    def name(self) -> str | None:
        """``resource.action``, e.g. ``service.read``."""
    @property
    def description(self) -> str | None: ...
    @property
    def resource_name(self) -> str | None:
        """The kind of resource it applies to."""
    @property
    def resource_description(self) -> str | None: ...
    @property
    def scope(self) -> str | None:
        """``account`` or ``service`` (others kept as sent)."""
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Service:
    """A service, as a service group lists it.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        type: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Service: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def type(self) -> str | None:
        """The JSON ``type``: ``vcl`` or ``wasm`` (others kept as sent)."""
    @property
    def created_at(self) -> datetime | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
    def __eq__(self, other: builtins.object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class UserGroupMember:
    """A member of a user group: a user or a pending invitation.

    Immutable; compared and hashed by value. Built from keyword arguments
    only, each ``None`` by default (for test doubles); ``extra`` takes a
    ``dict`` of JSON values, timestamps aware datetimes.
    ``type(m)(**m.to_dict()) == m``.
    """

    def __new__(
        cls,
        *,
        id: str | None = None,
        object: str | None = None,
        login: str | None = None,
        email: str | None = None,
        name: str | None = None,
        role: str | None = None,
        created_at: datetime | None = None,
        extra: dict[str, Any] | None = None,
    ) -> UserGroupMember: ...
    @property
    def id(self) -> str | None: ...
    @property
    def object(self) -> str | None:
        """``user`` or ``invitation`` (others kept as sent)."""
    @property
    def login(self) -> str | None:
        """The user's login (users)."""
    @property
    def email(self) -> str | None:
        """The invited address (invitations)."""
    @property
    def name(self) -> str | None: ...
    @property
    def role(self) -> str | None:
        """``user``, ``tls_viewer``, ``tls_admin``, ``billing``, ``engineer``, ``superuser``, or another role as the API spelled it."""
    @property
    def created_at(self) -> datetime | None:
        """When the member joined the group."""
    @property
    def extra(self) -> dict[str, Any]:
        """JSON members this client does not model, and the raw values of fields
        that could not be read (those fields are ``None``); a new ``dict`` on
        every access."""
    def to_dict(self) -> dict[str, Any]:
        """Every attribute, ``extra`` included (timestamps stay datetimes)."""
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
    def get_current_customer(self) -> Customer:
        """``getCurrentCustomer``: the customer the token belongs to.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_customer(self, customer_id: str) -> Customer:
        """``getCustomer``: one customer by id.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_customer(
        self,
        customer_id: str,
        *,
        name: str | None = None,
        billing_contact_id: str | None = None,
        legal_contact_id: str | None = None,
        security_contact_id: str | None = None,
        technical_contact_id: str | None = None,
        owner_id: str | None = None,
        phone_number: str | None = None,
        postal_address: str | None = None,
        force_2fa: bool | None = None,
        force_sso: bool | None = None,
        ip_whitelist: str | None = None,
        can_reset_passwords: bool | None = None,
        can_upload_vcl: bool | None = None,
        can_configure_wordpress: bool | None = None,
        billing_network_type: str | None = None,
        billing_ref: str | None = None,
        has_account_panel: bool | None = None,
        has_improved_events: bool | None = None,
        has_openstack_logging: bool | None = None,
        has_pci: bool | None = None,
        pricing_plan: str | None = None,
        pricing_plan_id: str | None = None,
    ) -> Customer:
        """``updateCustomer``: changes the customer's fields (PUT, form-encoded); only
        the fields set in ``options`` are sent, and at least one must be.

        Args:
            customer_id:
            name:The account's name.
            billing_contact_id:Id of the user who is the billing contact.
            legal_contact_id:Id of the user who is the legal contact.
            security_contact_id:Id of the user who is the security contact.
            technical_contact_id:Id of the user who is the technical contact.
            owner_id:Id of the user who owns the account.
            phone_number:The account's phone number.
            postal_address:The account's postal address.
            force_2fa:Whether every user must use two-factor authentication.
            force_sso:Whether every user must sign in through single sign-on.
            ip_whitelist:The IP addresses allowed to reach the account, as the API
                spells them.
            can_reset_passwords:Whether admins can reset users' passwords (the API
                may treat it as read-only).
            can_upload_vcl:Whether the account may upload custom VCL (the API may
                treat it as read-only).
            can_configure_wordpress:Whether the account can configure WordPress (the
                API may treat it as read-only).
            billing_network_type:The account's network revenue type: ``public`` or
                ``private`` (any other value is refused before any request).
            billing_ref:The account's billing reference.
            has_account_panel:Whether the account has access to the account panel.
            has_improved_events:Whether the account has access to the improved
                events.
            has_openstack_logging:Whether the account has OpenStack logging enabled.
            has_pci:Whether the account can edit PCI for a service.
            pricing_plan:The pricing plan the account is under.
            pricing_plan_id:Id of the pricing plan the account is under.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def delete_customer(self, customer_id: str) -> None:
        """``deleteCustomer``: deletes the customer account.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_current_user(self) -> User:
        """``getCurrentUser``: the user the token belongs to.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_user(self, user_id: str) -> User:
        """``getUser``: one user by id.

        Args:
            user_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_user(
        self,
        user_id: str,
        *,
        login: str | None = None,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``updateUser``: changes a user's fields (PUT, form-encoded); only the fields
        set are sent. An unknown role, or nothing to update, is refused before any
        request.

        Args:
            user_id:
            login:The user's login, an email address (a malformed one is refused).
            name:The user's name.
            role:The user's role (any of the six; ``Other`` is refused).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at next
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_current_user(
        self,
        *,
        login: str | None = None,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``updateCurrentUser``: changes the token's own user, like ``update_user``.

        Args:
            login:The user's login, an email address (a malformed one is refused).
            name:The user's name.
            role:The user's role (any of the six; ``Other`` is refused).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at next
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def create_user(
        self,
        login: str,
        name: str,
        role: str | None = None,
        *,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``createUser``: adds a user to the token's customer (POST, form-encoded). A
        malformed login (an email address), an empty name or an unknown role is
        refused before any request. Not retried once sent.

        Args:
            login:
            name:
            role:The user's role (any of the six; the API's default when ``None``).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at first
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication at first login.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def delete_user(self, user_id: str) -> None:
        """``deleteUser``: removes a user from the account. The API answers
        ``{"status": "ok"}``; any other ``status`` is an error.

        Args:
            user_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def request_password_reset(self, user_login: str) -> None:
        """``requestPasswordReset``: sends the user a password-reset email. Not retried
        once sent (a retry could send two emails).

        Args:
            user_login:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_customer_users(self, customer_id: str) -> list[User]:
        """``listCustomerUsers``: every user of a customer (one response, not paged).

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def create_invitation(
        self,
        email: str,
        role: str,
        *,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        customer_id: str | None = None,
        service_invitations: dict[str, str] | None = None,
    ) -> Invitation:
        """``createInvitation``: invites ``email`` to the account with ``role`` (any of
        the six roles), with the optional fields of ``options``. A malformed email,
        an unknown role, an empty role name in ``roles`` or an empty customer id is
        refused before any request. Never retried after the request was sent: a
        retry could invite twice.

        Args:
            email:
            role:
            roles:Roles to grant besides ``role``, as the API names them.
            limit_services:Whether the invitee's access is limited to specific
                services.
            customer_id:The customer to invite to, sent as the invitation's
                ``customer`` relationship (the API infers it from the token when
                absent).
            service_invitations:Per-service access for an invitee whose access is
                limited to specific services: service id -> permission, one of
                ``full``, ``read_only``, ``purge_select``, ``purge_all`` (others are
                refused before any request). Sent as the invitation's
                ``service_invitations``.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_invitations(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Page[Invitation]:
        """``listInvitations``: one page of the account's invitations. The page's
        ``next_cursor`` names the next page (``next_page_number``).

        Args:
            page_number:The page number, from 1 (the first page when ``None``).
            page_size:Invitations per page (the API's default when ``None``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_invitations(
        self,
        *,
        page_size: int | None = None,
    ) -> ItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (the follow-all form of
        ``listInvitations``).

        Args:
            page_size:

        Yields:
           

        Raises:
        """
    def delete_invitation(self, invitation_id: str) -> None:
        """``deleteInvitation``: cancels an invitation.

        Args:
            invitation_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_tokens(self) -> list[Token]:
        """``listTokens``: the tokens of the token's own user.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """``listCustomerTokens``: every token of a customer's users.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_current_token(self) -> Token:
        """``getCurrentToken``: the token this client authenticates with.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_token(self, token_id: str) -> Token:
        """``getToken``: one token by id.

        Args:
            token_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def revoke_token(self, token_id: str) -> None:
        """``revokeToken``: revokes one token by id.

        Args:
            token_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def revoke_current_token(self) -> None:
        """``revokeCurrentToken``: revokes the token this client authenticates with;
        every later call of this client then fails with
        :class:`AuthenticationError`.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """``bulkRevokeTokens``: revokes several tokens in one request (JSON:API bulk
        extension). An empty list, or an empty id, is refused before any request.

        Args:
            token_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_roles(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """``listRoles``: one page of IAM roles.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_roles(self, *, per_page: int | None = None) -> ItemIterator[Role]:
        """Every IAM role, one page at a time, fetched lazily (the follow-all form of
        ``listRoles``).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    def get_role(self, role_id: str) -> Role:
        """``getRole``: one IAM role by id.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def create_role(self, name: str, *, description: str | None = None) -> Role:
        """``createRole``: creates a custom role. Not retried once sent.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            name:
            description:What the role is for.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_role(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> Role:
        """``updateRole``: changes a role's name or description (PATCH; only the fields
        set are sent, and at least one must be).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def delete_role(self, role_id: str) -> None:
        """``deleteRole``: deletes a custom role.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_role_permissions(self, role_id: str) -> list[Permission]:
        """``listRolePermissions``: the permissions a role grants.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def add_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """``addRolePermissions``: grants more permissions to a role. An empty list, or
        an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            permission_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def remove_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """``removeRolePermissions``: takes permissions away from a role (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            permission_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_permissions(self) -> list[Permission]:
        """``listPermissions``: every permission a role can grant.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_iam_roles(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[IamRole]:
        """``listIamRoles``: one page of roles from the current IAM API
        (``/iam/v1/roles``; ``limit`` is sent as its ``limit``).

        Args:
            limit:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_iam_roles(self, *, limit: int | None = None) -> ItemIterator[IamRole]:
        """Every role of the current IAM API, fetched lazily page by page.

        Args:
            limit:

        Yields:
           

        Raises:
        """
    def get_iam_role(
        self,
        role_id: str,
        *,
        include_permissions: bool | None = None,
    ) -> IamRole:
        """``getIamRole``: one role of the current IAM API, with its permissions when
        ``include_permissions`` is set.

        Args:
            role_id:
            include_permissions:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_service_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """``listServiceGroups``: one page of IAM service groups.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_service_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (the follow-all form of
        ``listServiceGroups``).

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """``createServiceGroup``: creates a service group. Not retried once sent.

        Args:
            name:
            description:What the group is for.
            services:Ids of the services to put in the group (sent as ``[{"id":
                ...}]``, like ``add_service_group_services``; an empty id is
                refused).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """``getServiceGroup``: one service group by id.

        Args:
            service_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_service_group(
        self,
        service_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> ServiceGroup:
        """``updateServiceGroup``: changes a group's name or description (PATCH; only
        the fields set are sent, and at least one must be).

        Args:
            service_group_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def delete_service_group(self, service_group_id: str) -> None:
        """``deleteServiceGroup``: deletes a service group (user groups lose it too).

        Args:
            service_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Service]:
        """``listServiceGroupServices``: one page of the services in a group.

        Args:
            service_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[Service]:
        """Every service in a group, fetched lazily page by page.

        Args:
            service_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    def add_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """``addServiceGroupServices``: puts services in a group. An empty list, or an
        empty id, is refused before any request.

        Args:
            service_group_id:
            service_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def remove_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """``removeServiceGroupServices``: takes services out of a group (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        Args:
            service_group_id:
            service_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_user_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroup]:
        """``listUserGroups``: one page of IAM user groups.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (the follow-all form of
        ``listUserGroups``).

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    def create_user_group(
        self,
        name: str,
        *,
        description: str | None = None,
    ) -> UserGroup:
        """``createUserGroup``: creates a user group. Not retried once sent.

        Args:
            name:
            description:What the group is for.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def get_user_group(self, user_group_id: str) -> UserGroup:
        """``getUserGroup``: one user group by id.

        Args:
            user_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def update_user_group(
        self,
        user_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> UserGroup:
        """``updateUserGroup``: changes a group's name or description (PATCH; only the
        fields set are sent, and at least one must be).

        Args:
            user_group_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def delete_user_group(self, user_group_id: str) -> None:
        """``deleteUserGroup``: deletes a user group.

        Args:
            user_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroupMember]:
        """``listUserGroupMembers``: one page of a group's members (users and
        invitations).

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[UserGroupMember]:
        """Every member of a group, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """``addUserGroupMembers``: adds users and invitations to a group. Both lists
        empty, or an empty id, is refused before any request.

        Args:
            user_group_id:
            user_ids:
            invitation_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """``removeUserGroupMembers``: removes users and invitations from a group
        (DELETE with a body). Both lists empty, or an empty id, is refused before
        any request.

        Args:
            user_group_id:
            user_ids:
            invitation_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """``listUserGroupRoles``: one page of the roles a group grants.

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[Role]:
        """Every role a group grants, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    def add_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """``addUserGroupRoles``: grants roles to a group. An empty list, or an empty
        id, is refused before any request.

        Args:
            user_group_id:
            role_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def remove_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """``removeUserGroupRoles``: takes roles away from a group (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        Args:
            user_group_id:
            role_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def list_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """``listUserGroupServiceGroups``: one page of the service groups a group
        reaches.

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[ServiceGroup]:
        """Every service group a group reaches, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    def add_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """``addUserGroupServiceGroups``: gives a group access to service groups. An
        empty list, or an empty id, is refused before any request.

        Args:
            user_group_id:
            service_group_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def remove_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """``removeUserGroupServiceGroups``: takes service groups away from a group
        (DELETE with a body). An empty list, or an empty id, is refused before any
        request.

        Args:
            user_group_id:
            service_group_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
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
    async def get_current_customer(self) -> Customer:
        """``getCurrentCustomer``: the customer the token belongs to.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_customer(self, customer_id: str) -> Customer:
        """``getCustomer``: one customer by id.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_customer(
        self,
        customer_id: str,
        *,
        name: str | None = None,
        billing_contact_id: str | None = None,
        legal_contact_id: str | None = None,
        security_contact_id: str | None = None,
        technical_contact_id: str | None = None,
        owner_id: str | None = None,
        phone_number: str | None = None,
        postal_address: str | None = None,
        force_2fa: bool | None = None,
        force_sso: bool | None = None,
        ip_whitelist: str | None = None,
        can_reset_passwords: bool | None = None,
        can_upload_vcl: bool | None = None,
        can_configure_wordpress: bool | None = None,
        billing_network_type: str | None = None,
        billing_ref: str | None = None,
        has_account_panel: bool | None = None,
        has_improved_events: bool | None = None,
        has_openstack_logging: bool | None = None,
        has_pci: bool | None = None,
        pricing_plan: str | None = None,
        pricing_plan_id: str | None = None,
    ) -> Customer:
        """``updateCustomer``: changes the customer's fields (PUT, form-encoded); only
        the fields set in ``options`` are sent, and at least one must be.

        Args:
            customer_id:
            name:The account's name.
            billing_contact_id:Id of the user who is the billing contact.
            legal_contact_id:Id of the user who is the legal contact.
            security_contact_id:Id of the user who is the security contact.
            technical_contact_id:Id of the user who is the technical contact.
            owner_id:Id of the user who owns the account.
            phone_number:The account's phone number.
            postal_address:The account's postal address.
            force_2fa:Whether every user must use two-factor authentication.
            force_sso:Whether every user must sign in through single sign-on.
            ip_whitelist:The IP addresses allowed to reach the account, as the API
                spells them.
            can_reset_passwords:Whether admins can reset users' passwords (the API
                may treat it as read-only).
            can_upload_vcl:Whether the account may upload custom VCL (the API may
                treat it as read-only).
            can_configure_wordpress:Whether the account can configure WordPress (the
                API may treat it as read-only).
            billing_network_type:The account's network revenue type: ``public`` or
                ``private`` (any other value is refused before any request).
            billing_ref:The account's billing reference.
            has_account_panel:Whether the account has access to the account panel.
            has_improved_events:Whether the account has access to the improved
                events.
            has_openstack_logging:Whether the account has OpenStack logging enabled.
            has_pci:Whether the account can edit PCI for a service.
            pricing_plan:The pricing plan the account is under.
            pricing_plan_id:Id of the pricing plan the account is under.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def delete_customer(self, customer_id: str) -> None:
        """``deleteCustomer``: deletes the customer account.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_current_user(self) -> User:
        """``getCurrentUser``: the user the token belongs to.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_user(self, user_id: str) -> User:
        """``getUser``: one user by id.

        Args:
            user_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_user(
        self,
        user_id: str,
        *,
        login: str | None = None,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``updateUser``: changes a user's fields (PUT, form-encoded); only the fields
        set are sent. An unknown role, or nothing to update, is refused before any
        request.

        Args:
            user_id:
            login:The user's login, an email address (a malformed one is refused).
            name:The user's name.
            role:The user's role (any of the six; ``Other`` is refused).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at next
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_current_user(
        self,
        *,
        login: str | None = None,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``updateCurrentUser``: changes the token's own user, like ``update_user``.

        Args:
            login:The user's login, an email address (a malformed one is refused).
            name:The user's name.
            role:The user's role (any of the six; ``Other`` is refused).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at next
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def create_user(
        self,
        login: str,
        name: str,
        role: str | None = None,
        *,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """``createUser``: adds a user to the token's customer (POST, form-encoded). A
        malformed login (an email address), an empty name or an unknown role is
        refused before any request. Not retried once sent.

        Args:
            login:
            name:
            role:The user's role (any of the six; the API's default when ``None``).
            roles:The user's roles, as the API names them (at least one; sent as one
                comma-separated field, so a name holding ``,`` is refused).
            limit_services:Whether the user's access is limited to specific
                services.
            locked:Whether the user is locked out.
            require_new_password:Whether the user must set a new password at first
                login.
            two_factor_auth_enabled:Whether the user has two-factor authentication
                on.
            two_factor_setup_required:Whether the user must set up two-factor
                authentication at first login.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def delete_user(self, user_id: str) -> None:
        """``deleteUser``: removes a user from the account. The API answers
        ``{"status": "ok"}``; any other ``status`` is an error.

        Args:
            user_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def request_password_reset(self, user_login: str) -> None:
        """``requestPasswordReset``: sends the user a password-reset email. Not retried
        once sent (a retry could send two emails).

        Args:
            user_login:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_customer_users(self, customer_id: str) -> list[User]:
        """``listCustomerUsers``: every user of a customer (one response, not paged).

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def create_invitation(
        self,
        email: str,
        role: str,
        *,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        customer_id: str | None = None,
        service_invitations: dict[str, str] | None = None,
    ) -> Invitation:
        """``createInvitation``: invites ``email`` to the account with ``role`` (any of
        the six roles), with the optional fields of ``options``. A malformed email,
        an unknown role, an empty role name in ``roles`` or an empty customer id is
        refused before any request. Never retried after the request was sent: a
        retry could invite twice.

        Args:
            email:
            role:
            roles:Roles to grant besides ``role``, as the API names them.
            limit_services:Whether the invitee's access is limited to specific
                services.
            customer_id:The customer to invite to, sent as the invitation's
                ``customer`` relationship (the API infers it from the token when
                absent).
            service_invitations:Per-service access for an invitee whose access is
                limited to specific services: service id -> permission, one of
                ``full``, ``read_only``, ``purge_select``, ``purge_all`` (others are
                refused before any request). Sent as the invitation's
                ``service_invitations``.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_invitations(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Page[Invitation]:
        """``listInvitations``: one page of the account's invitations. The page's
        ``next_cursor`` names the next page (``next_page_number``).

        Args:
            page_number:The page number, from 1 (the first page when ``None``).
            page_size:Invitations per page (the API's default when ``None``).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_invitations(
        self,
        *,
        page_size: int | None = None,
    ) -> AsyncItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (the follow-all form of
        ``listInvitations``).

        Args:
            page_size:

        Yields:
           

        Raises:
        """
    async def delete_invitation(self, invitation_id: str) -> None:
        """``deleteInvitation``: cancels an invitation.

        Args:
            invitation_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_tokens(self) -> list[Token]:
        """``listTokens``: the tokens of the token's own user.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """``listCustomerTokens``: every token of a customer's users.

        Args:
            customer_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_current_token(self) -> Token:
        """``getCurrentToken``: the token this client authenticates with.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_token(self, token_id: str) -> Token:
        """``getToken``: one token by id.

        Args:
            token_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def revoke_token(self, token_id: str) -> None:
        """``revokeToken``: revokes one token by id.

        Args:
            token_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def revoke_current_token(self) -> None:
        """``revokeCurrentToken``: revokes the token this client authenticates with;
        every later call of this client then fails with
        :class:`AuthenticationError`.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """``bulkRevokeTokens``: revokes several tokens in one request (JSON:API bulk
        extension). An empty list, or an empty id, is refused before any request.

        Args:
            token_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_roles(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """``listRoles``: one page of IAM roles.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_roles(self, *, per_page: int | None = None) -> AsyncItemIterator[Role]:
        """Every IAM role, one page at a time, fetched lazily (the follow-all form of
        ``listRoles``).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    async def get_role(self, role_id: str) -> Role:
        """``getRole``: one IAM role by id.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def create_role(self, name: str, *, description: str | None = None) -> Role:
        """``createRole``: creates a custom role. Not retried once sent.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            name:
            description:What the role is for.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_role(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> Role:
        """``updateRole``: changes a role's name or description (PATCH; only the fields
        set are sent, and at least one must be).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def delete_role(self, role_id: str) -> None:
        """``deleteRole``: deletes a custom role.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_role_permissions(self, role_id: str) -> list[Permission]:
        """``listRolePermissions``: the permissions a role grants.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def add_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """``addRolePermissions``: grants more permissions to a role. An empty list, or
        an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            permission_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def remove_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """``removeRolePermissions``: takes permissions away from a role (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id:
            permission_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_permissions(self) -> list[Permission]:
        """``listPermissions``: every permission a role can grant.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_iam_roles(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[IamRole]:
        """``listIamRoles``: one page of roles from the current IAM API
        (``/iam/v1/roles``; ``limit`` is sent as its ``limit``).

        Args:
            limit:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_iam_roles(self, *, limit: int | None = None) -> AsyncItemIterator[IamRole]:
        """Every role of the current IAM API, fetched lazily page by page.

        Args:
            limit:

        Yields:
           

        Raises:
        """
    async def get_iam_role(
        self,
        role_id: str,
        *,
        include_permissions: bool | None = None,
    ) -> IamRole:
        """``getIamRole``: one role of the current IAM API, with its permissions when
        ``include_permissions`` is set.

        Args:
            role_id:
            include_permissions:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_service_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """``listServiceGroups``: one page of IAM service groups.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_service_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (the follow-all form of
        ``listServiceGroups``).

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    async def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """``createServiceGroup``: creates a service group. Not retried once sent.

        Args:
            name:
            description:What the group is for.
            services:Ids of the services to put in the group (sent as ``[{"id":
                ...}]``, like ``add_service_group_services``; an empty id is
                refused).

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """``getServiceGroup``: one service group by id.

        Args:
            service_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_service_group(
        self,
        service_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> ServiceGroup:
        """``updateServiceGroup``: changes a group's name or description (PATCH; only
        the fields set are sent, and at least one must be).

        Args:
            service_group_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def delete_service_group(self, service_group_id: str) -> None:
        """``deleteServiceGroup``: deletes a service group (user groups lose it too).

        Args:
            service_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Service]:
        """``listServiceGroupServices``: one page of the services in a group.

        Args:
            service_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[Service]:
        """Every service in a group, fetched lazily page by page.

        Args:
            service_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    async def add_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """``addServiceGroupServices``: puts services in a group. An empty list, or an
        empty id, is refused before any request.

        Args:
            service_group_id:
            service_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def remove_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """``removeServiceGroupServices``: takes services out of a group (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        Args:
            service_group_id:
            service_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_user_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroup]:
        """``listUserGroups``: one page of IAM user groups.

        Args:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (the follow-all form of
        ``listUserGroups``).

        Args:
            per_page:

        Yields:
           

        Raises:
        """
    async def create_user_group(
        self,
        name: str,
        *,
        description: str | None = None,
    ) -> UserGroup:
        """``createUserGroup``: creates a user group. Not retried once sent.

        Args:
            name:
            description:What the group is for.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def get_user_group(self, user_group_id: str) -> UserGroup:
        """``getUserGroup``: one user group by id.

        Args:
            user_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def update_user_group(
        self,
        user_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> UserGroup:
        """``updateUserGroup``: changes a group's name or description (PATCH; only the
        fields set are sent, and at least one must be).

        Args:
            user_group_id:
            name:The new name (not empty).
            description:The new description.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def delete_user_group(self, user_group_id: str) -> None:
        """``deleteUserGroup``: deletes a user group.

        Args:
            user_group_id:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroupMember]:
        """``listUserGroupMembers``: one page of a group's members (users and
        invitations).

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[UserGroupMember]:
        """Every member of a group, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    async def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """``addUserGroupMembers``: adds users and invitations to a group. Both lists
        empty, or an empty id, is refused before any request.

        Args:
            user_group_id:
            user_ids:
            invitation_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """``removeUserGroupMembers``: removes users and invitations from a group
        (DELETE with a body). Both lists empty, or an empty id, is refused before
        any request.

        Args:
            user_group_id:
            user_ids:
            invitation_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """``listUserGroupRoles``: one page of the roles a group grants.

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[Role]:
        """Every role a group grants, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    async def add_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """``addUserGroupRoles``: grants roles to a group. An empty list, or an empty
        id, is refused before any request.

        Args:
            user_group_id:
            role_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def remove_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """``removeUserGroupRoles``: takes roles away from a group (DELETE with a
        body). An empty list, or an empty id, is refused before any request.

        Args:
            user_group_id:
            role_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def list_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """``listUserGroupServiceGroups``: one page of the service groups a group
        reaches.

        Args:
            user_group_id:
            per_page:Items per page (the API's default when ``None``).
            cursor:Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    def iter_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[ServiceGroup]:
        """Every service group a group reaches, fetched lazily page by page.

        Args:
            user_group_id:
            per_page:

        Yields:
           

        Raises:
        """
    async def add_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """``addUserGroupServiceGroups``: gives a group access to service groups. An
        empty list, or an empty id, is refused before any request.

        Args:
            user_group_id:
            service_group_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
    async def remove_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """``removeUserGroupServiceGroups``: takes service groups away from a group
        (DELETE with a body). An empty list, or an empty id, is refused before any
        request.

        Args:
            user_group_id:
            service_group_ids:

        Returns:
           

        Raises:
            FastlyError:and, like every call: :class:`AuthenticationError` (401),
                :class:`PermissionDeniedError` (403), :class:`RateLimitError` (429),
                :class:`ServerError` (5xx after the retries),
                :class:`UnexpectedStatusError` (another status),
                :class:`RequestTimeoutError`, :class:`NetworkError`,
                :class:`DecodeError` (a response that does not read as the result).
        """
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
    def clear_requests(self) -> None: ...
    def reset(self) -> None: ...
    def stop(self) -> None: ...
