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
    def get_current_customer(self) -> Customer:
        """The customer the token belongs to."""
    def get_customer(self, customer_id: str) -> Customer:
        """One customer by id."""
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
        """Changes the fields given (only those are sent;
        ``billing_network_type`` is ``public`` or ``private``); with nothing to
        change, or another network type, raises :class:`InvalidArgumentError`
        before any request."""
    def delete_customer(self, customer_id: str) -> None:
        """Deletes the customer account."""
    def get_current_user(self) -> User:
        """The user the token belongs to."""
    def get_user(self, user_id: str) -> User:
        """One user by id."""
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
        """Changes a user's fields (``role``: one of the six roles; ``roles``:
        a non-empty list of role ids, sent as one comma-separated field;
        ``login``: an email address). Fastly's reference says the two-factor
        fields cannot be changed here: the API may ignore them. An unknown
        role, a malformed login, or nothing to change, raises
        :class:`InvalidArgumentError` before any request."""
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
        """Changes the token's own user, like :meth:`update_user`."""
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
        """Adds a user (``login``: their email address) to the token's
        customer. A malformed login, an empty name or an unknown role raises
        :class:`InvalidArgumentError` before any request. Never retried once sent."""
    def delete_user(self, user_id: str) -> None:
        """Removes a user from the account. A 200 answer whose body says ``"status":
        "error"`` raises ``UnexpectedStatusError`` (status 200)."""
    def request_password_reset(self, user_login: str) -> None:
        """Sends the user whose login is ``user_login`` a password-reset email.
        Never retried once sent."""
    def list_customer_users(self, customer_id: str) -> list[User]:
        """Every user of a customer."""
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
        """Invites ``email`` with ``role`` (``user``, ``tls_viewer``, ``tls_admin``,
        ``billing``, ``engineer`` or ``superuser``), optionally granting more
        ``roles``, naming the customer, or granting access per service
        (``service_invitations``: service id -> ``full``, ``read_only``,
        ``purge_select`` or ``purge_all``; another permission raises
        :class:`InvalidArgumentError` before any request). Never retried once sent."""
    def list_invitations(
        self, *, page_number: int | None = None, page_size: int | None = None
    ) -> InvitationPage:
        """One page of the account's invitations (``page_number`` from 1); pass
        the page's ``next_page_number`` as ``page_number`` for the next one."""
    def iter_invitations(self, *, page_size: int | None = None) -> ItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (``page_size`` keyword-only)."""
    def delete_invitation(self, invitation_id: str) -> None:
        """Cancels an invitation."""
    def list_tokens(self) -> list[Token]:
        """The tokens of the token's own user."""
    def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """Every token of a customer's users."""
    def get_current_token(self) -> Token:
        """The token this client authenticates with."""
    def get_token(self, token_id: str) -> Token:
        """One token by id (``"self"`` is refused: use ``get_current_token``)."""
    def revoke_token(self, token_id: str) -> None:
        """Revokes one token by id."""
    def revoke_current_token(self) -> None:
        """Revokes the token this client authenticates with: every later call
        raises :class:`AuthenticationError`."""
    def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """Revokes several tokens in one request; an empty sequence raises
        :class:`InvalidArgumentError` before any request."""
    def list_roles(self, *, per_page: int | None = None, cursor: str | None = None) -> Page[Role]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    def iter_roles(self, *, per_page: int | None = None) -> ItemIterator[Role]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    def get_role(self, role_id: str) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    def create_role(self, name: str, *, description: str | None = None) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Creates a custom IAM role (no permissions yet); an empty name raises
        :class:`InvalidArgumentError` before any request."""
    def update_role(
        self, role_id: str, *, name: str | None = None, description: str | None = None
    ) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    def delete_role(self, role_id: str) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Deletes an IAM role (it leaves every user group)."""
    def list_role_permissions(self, role_id: str) -> list[Permission]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Every permission the role grants (not paged)."""
    def add_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Grants the role more permissions; an empty sequence raises
        :class:`InvalidArgumentError` before any request."""
    def remove_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Takes permissions from the role (ids it lacks are ignored); an empty
        sequence raises :class:`InvalidArgumentError` before any request."""
    def list_permissions(self) -> list[Permission]:
        """Every IAM permission there is (not paged)."""
    def list_iam_roles(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[IamRole]:
        """One page of ``/iam/v1/roles``; pass its ``next_cursor`` as ``cursor``
        for the next page."""
    def iter_iam_roles(self, *, limit: int | None = None) -> ItemIterator[IamRole]:
        """Every role of ``/iam/v1/roles``, fetched lazily page by page (``limit`` keyword-
        only)."""
    def get_iam_role(self, role_id: str, *, include_permissions: bool | None = None) -> IamRole:
        """One role of ``/iam/v1/roles``; ``include_permissions=True`` fills in
        its ``permissions``."""
    def list_service_groups(
        self, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[ServiceGroup]:
        """One page of IAM service groups: ``list_service_groups(*, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page,
        whether the API pages by cursor or by page number."""
    def iter_service_groups(self, *, per_page: int | None = None) -> ItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (``per_page`` keyword-only)."""
    def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """Creates a service group, optionally with services (a list of ids)."""
    def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """One service group by id."""
    def update_service_group(
        self, service_group_id: str, *, name: str | None = None, description: str | None = None
    ) -> ServiceGroup:
        """Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    def delete_service_group(self, service_group_id: str) -> None:
        """Deletes a service group (it leaves every user group)."""
    def list_service_group_services(
        self, service_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[Service]:
        """One page of a service group's services:
        ``list_service_group_services(service_group_id, *, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page."""
    def iter_service_group_services(
        self, service_group_id: str, *, per_page: int | None = None
    ) -> ItemIterator[Service]:
        """Every service of a service group, fetched lazily page by page (``per_page``
        keyword-only). An empty id raises ``InvalidArgumentError`` at the first
        ``next()``, before any request."""
    def add_service_group_services(self, service_group_id: str, service_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    def remove_service_group_services(
        self, service_group_id: str, service_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    def list_user_groups(
        self, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[UserGroup]:
        """One page of IAM user groups: ``list_user_groups(*, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page,
        whether the API pages by cursor or by page number."""
    def iter_user_groups(self, *, per_page: int | None = None) -> ItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (``per_page`` keyword-only)."""
    def create_user_group(self, name: str, *, description: str | None = None) -> UserGroup:
        """Creates a user group."""
    def get_user_group(self, user_group_id: str) -> UserGroup:
        """One user group by id."""
    def update_user_group(
        self, user_group_id: str, *, name: str | None = None, description: str | None = None
    ) -> UserGroup:
        """Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    def delete_user_group(self, user_group_id: str) -> None:
        """Deletes a user group."""
    def list_user_group_members(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[UserGroupMember]:
        """One page of the group's members: users and pending invitations."""
    def iter_user_group_members(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> ItemIterator[UserGroupMember]:
        """Every member of a user group, fetched lazily page by page (``per_page`` keyword-
        only). An empty id raises ``InvalidArgumentError`` at the first ``next()``,
        before any request."""
    def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Adds users and pending invitations; both empty raises
        :class:`InvalidArgumentError` before any request."""
    def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Takes users and invitations out; both empty raises
        :class:`InvalidArgumentError` before any request."""
    def list_user_group_roles(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[Role]:
        """One page of the IAM roles a user group grants:
        ``list_user_group_roles(user_group_id, *, per_page=None, cursor=None)``."""
    def iter_user_group_roles(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> ItemIterator[Role]:
        """Every role a user group grants, fetched lazily page by page (``per_page``
        keyword-only)."""
    def add_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    def remove_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    def list_user_group_service_groups(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[ServiceGroup]:
        """One page of the service groups a user group has access to:
        ``list_user_group_service_groups(user_group_id, *, per_page=None,
        cursor=None)``."""
    def iter_user_group_service_groups(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> ItemIterator[ServiceGroup]:
        """Every service group of a user group, fetched lazily page by page (``per_page``
        keyword-only)."""
    def add_user_group_service_groups(
        self, user_group_id: str, service_group_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    def remove_user_group_service_groups(
        self, user_group_id: str, service_group_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""

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
    async def get_current_customer(self) -> Customer:
        """The customer the token belongs to."""
    async def get_customer(self, customer_id: str) -> Customer:
        """One customer by id."""
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
        """Changes the fields given (only those are sent;
        ``billing_network_type`` is ``public`` or ``private``); with nothing to
        change, or another network type, raises :class:`InvalidArgumentError`
        before any request."""
    async def delete_customer(self, customer_id: str) -> None:
        """Deletes the customer account."""
    async def get_current_user(self) -> User:
        """The user the token belongs to."""
    async def get_user(self, user_id: str) -> User:
        """One user by id."""
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
        """Changes a user's fields (``role``: one of the six roles; ``roles``:
        a non-empty list of role ids, sent as one comma-separated field;
        ``login``: an email address). Fastly's reference says the two-factor
        fields cannot be changed here: the API may ignore them. An unknown
        role, a malformed login, or nothing to change, raises
        :class:`InvalidArgumentError` before any request."""
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
        """Changes the token's own user, like :meth:`update_user`."""
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
        """Adds a user (``login``: their email address) to the token's
        customer. A malformed login, an empty name or an unknown role raises
        :class:`InvalidArgumentError` before any request. Never retried once sent."""
    async def delete_user(self, user_id: str) -> None:
        """Removes a user from the account. A 200 answer whose body says ``"status":
        "error"`` raises ``UnexpectedStatusError`` (status 200)."""
    async def request_password_reset(self, user_login: str) -> None:
        """Sends the user whose login is ``user_login`` a password-reset email.
        Never retried once sent."""
    async def list_customer_users(self, customer_id: str) -> list[User]:
        """Every user of a customer."""
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
        """Invites ``email`` with ``role`` (``user``, ``tls_viewer``, ``tls_admin``,
        ``billing``, ``engineer`` or ``superuser``), optionally granting more
        ``roles``, naming the customer, or granting access per service
        (``service_invitations``: service id -> ``full``, ``read_only``,
        ``purge_select`` or ``purge_all``; another permission raises
        :class:`InvalidArgumentError` before any request). Never retried once sent."""
    async def list_invitations(
        self, *, page_number: int | None = None, page_size: int | None = None
    ) -> InvitationPage:
        """One page of the account's invitations (``page_number`` from 1); pass
        the page's ``next_page_number`` as ``page_number`` for the next one."""
    def iter_invitations(self, *, page_size: int | None = None) -> AsyncItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (``page_size`` keyword-only)."""
    async def delete_invitation(self, invitation_id: str) -> None:
        """Cancels an invitation."""
    async def list_tokens(self) -> list[Token]:
        """The tokens of the token's own user."""
    async def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """Every token of a customer's users."""
    async def get_current_token(self) -> Token:
        """The token this client authenticates with."""
    async def get_token(self, token_id: str) -> Token:
        """One token by id (``"self"`` is refused: use ``get_current_token``)."""
    async def revoke_token(self, token_id: str) -> None:
        """Revokes one token by id."""
    async def revoke_current_token(self) -> None:
        """Revokes the token this client authenticates with: every later call
        raises :class:`AuthenticationError`."""
    async def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """Revokes several tokens in one request; an empty sequence raises
        :class:`InvalidArgumentError` before any request."""
    async def list_roles(self, *, per_page: int | None = None, cursor: str | None = None) -> Page[Role]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    def iter_roles(self, *, per_page: int | None = None) -> AsyncItemIterator[Role]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    async def get_role(self, role_id: str) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`."""
    async def create_role(self, name: str, *, description: str | None = None) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Creates a custom IAM role (no permissions yet); an empty name raises
        :class:`InvalidArgumentError` before any request."""
    async def update_role(
        self, role_id: str, *, name: str | None = None, description: str | None = None
    ) -> Role:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    async def delete_role(self, role_id: str) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Deletes an IAM role (it leaves every user group)."""
    async def list_role_permissions(self, role_id: str) -> list[Permission]:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Every permission the role grants (not paged)."""
    async def add_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Grants the role more permissions; an empty sequence raises
        :class:`InvalidArgumentError` before any request."""
    async def remove_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025); ``/iam/v1/roles`` remains: use :meth:`list_iam_roles`
        and :meth:`get_iam_role`.

        Takes permissions from the role (ids it lacks are ignored); an empty
        sequence raises :class:`InvalidArgumentError` before any request."""
    async def list_permissions(self) -> list[Permission]:
        """Every IAM permission there is (not paged)."""
    async def list_iam_roles(
        self, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[IamRole]:
        """One page of ``/iam/v1/roles``; pass its ``next_cursor`` as ``cursor``
        for the next page."""
    def iter_iam_roles(self, *, limit: int | None = None) -> AsyncItemIterator[IamRole]:
        """Every role of ``/iam/v1/roles``, fetched lazily page by page (``limit`` keyword-
        only)."""
    async def get_iam_role(self, role_id: str, *, include_permissions: bool | None = None) -> IamRole:
        """One role of ``/iam/v1/roles``; ``include_permissions=True`` fills in
        its ``permissions``."""
    async def list_service_groups(
        self, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[ServiceGroup]:
        """One page of IAM service groups: ``list_service_groups(*, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page,
        whether the API pages by cursor or by page number."""
    def iter_service_groups(self, *, per_page: int | None = None) -> AsyncItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (``per_page`` keyword-only)."""
    async def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """Creates a service group, optionally with services (a list of ids)."""
    async def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """One service group by id."""
    async def update_service_group(
        self, service_group_id: str, *, name: str | None = None, description: str | None = None
    ) -> ServiceGroup:
        """Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    async def delete_service_group(self, service_group_id: str) -> None:
        """Deletes a service group (it leaves every user group)."""
    async def list_service_group_services(
        self, service_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[Service]:
        """One page of a service group's services:
        ``list_service_group_services(service_group_id, *, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page."""
    def iter_service_group_services(
        self, service_group_id: str, *, per_page: int | None = None
    ) -> AsyncItemIterator[Service]:
        """Every service of a service group, fetched lazily page by page (``per_page``
        keyword-only). An empty id raises ``InvalidArgumentError`` at the first
        ``next()``, before any request."""
    async def add_service_group_services(self, service_group_id: str, service_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    async def remove_service_group_services(
        self, service_group_id: str, service_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    async def list_user_groups(
        self, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[UserGroup]:
        """One page of IAM user groups: ``list_user_groups(*, per_page=None,
        cursor=None)``. Pass a page's ``next_cursor`` as ``cursor`` for the next page,
        whether the API pages by cursor or by page number."""
    def iter_user_groups(self, *, per_page: int | None = None) -> AsyncItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (``per_page`` keyword-only)."""
    async def create_user_group(self, name: str, *, description: str | None = None) -> UserGroup:
        """Creates a user group."""
    async def get_user_group(self, user_group_id: str) -> UserGroup:
        """One user group by id."""
    async def update_user_group(
        self, user_group_id: str, *, name: str | None = None, description: str | None = None
    ) -> UserGroup:
        """Changes the fields given; nothing to change, or an empty name, raises
        :class:`InvalidArgumentError` before any request."""
    async def delete_user_group(self, user_group_id: str) -> None:
        """Deletes a user group."""
    async def list_user_group_members(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[UserGroupMember]:
        """One page of the group's members: users and pending invitations."""
    def iter_user_group_members(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> AsyncItemIterator[UserGroupMember]:
        """Every member of a user group, fetched lazily page by page (``per_page`` keyword-
        only). An empty id raises ``InvalidArgumentError`` at the first ``next()``,
        before any request."""
    async def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Adds users and pending invitations; both empty raises
        :class:`InvalidArgumentError` before any request."""
    async def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Takes users and invitations out; both empty raises
        :class:`InvalidArgumentError` before any request."""
    async def list_user_group_roles(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[Role]:
        """One page of the IAM roles a user group grants:
        ``list_user_group_roles(user_group_id, *, per_page=None, cursor=None)``."""
    def iter_user_group_roles(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> AsyncItemIterator[Role]:
        """Every role a user group grants, fetched lazily page by page (``per_page``
        keyword-only)."""
    async def add_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    async def remove_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    async def list_user_group_service_groups(
        self, user_group_id: str, *, per_page: int | None = None, cursor: str | None = None
    ) -> Page[ServiceGroup]:
        """One page of the service groups a user group has access to:
        ``list_user_group_service_groups(user_group_id, *, per_page=None,
        cursor=None)``."""
    def iter_user_group_service_groups(
        self, user_group_id: str, *, per_page: int | None = None
    ) -> AsyncItemIterator[ServiceGroup]:
        """Every service group of a user group, fetched lazily page by page (``per_page``
        keyword-only)."""
    async def add_user_group_service_groups(
        self, user_group_id: str, service_group_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""
    async def remove_user_group_service_groups(
        self, user_group_id: str, service_group_ids: Sequence[str]
    ) -> None:
        """An empty sequence raises :class:`InvalidArgumentError` before any request."""

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
