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

@final
class Customer:
    """A customer account: it owns services and users.

    Every field the live API documents (see ``docs/real-api.md``); each may be
    missing or ``null``. Anything else the API sends is in ``extra``.

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The customer's id."""
    @property
    def name(self) -> str | None:
        """The account's name."""
    @property
    def owner_id(self) -> str | None:
        """Id of the user who owns the account."""
    @property
    def pricing_plan(self) -> str | None:
        """The pricing plan's name."""
    @property
    def pricing_plan_id(self) -> str | None:
        """The pricing plan's id."""
    @property
    def billing_contact_id(self) -> str | None:
        """Id of the billing contact."""
    @property
    def legal_contact_id(self) -> str | None:
        """Id of the legal contact."""
    @property
    def security_contact_id(self) -> str | None:
        """Id of the security contact."""
    @property
    def technical_contact_id(self) -> str | None:
        """Id of the technical contact."""
    @property
    def phone_number(self) -> str | None:
        """The account's phone number."""
    @property
    def postal_address(self) -> str | None:
        """The account's postal address."""
    @property
    def ip_whitelist(self) -> str | None:
        """The IP addresses allowed to reach the account (as the API sends it)."""
    @property
    def billing_network_type(self) -> str | None:
        """Billing network type (``public`` or ``private``)."""
    @property
    def billing_ref(self) -> str | None:
        """Customer-supplied billing reference."""
    @property
    def can_configure_wordpress(self) -> bool | None:
        """Whether the customer can configure WordPress."""
    @property
    def can_reset_passwords(self) -> bool | None:
        """Whether admins can reset users' passwords."""
    @property
    def can_upload_vcl(self) -> bool | None:
        """Whether the account may upload custom VCL."""
    @property
    def can_edit_matches(self) -> bool | None:
        """Whether the account may edit matches."""
    @property
    def can_stream_syslog(self) -> bool | None:
        """Whether the account may stream syslog."""
    @property
    def force_2fa(self) -> bool | None:
        """Whether two-factor authentication is required for every user."""
    @property
    def force_sso(self) -> bool | None:
        """Whether single sign-on is required for every user."""
    @property
    def has_account_panel(self) -> bool | None:
        """Whether the account panel is enabled."""
    @property
    def has_improved_events(self) -> bool | None:
        """Whether improved events are enabled."""
    @property
    def has_improved_ssl_config(self) -> bool | None:
        """Whether the improved TLS configuration is enabled."""
    @property
    def has_openstack_logging(self) -> bool | None:
        """Whether OpenStack logging is enabled."""
    @property
    def has_pci(self) -> bool | None:
        """Whether the account is PCI-enabled."""
    @property
    def has_pci_passwords(self) -> bool | None:
        """Whether PCI password rules apply."""
    @property
    def readonly(self) -> bool | None:
        """Whether the account is read-only."""
    @property
    def created_at(self) -> datetime | None:
        """When the account was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the account was last updated."""
    @property
    def deleted_at(self) -> datetime | None:
        """When the account was deleted, if it was."""
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

    Every field the live API documents (see ``docs/real-api.md``); each may be
    missing or ``null``. Anything else the API sends is in ``extra``.

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The user's id."""
    @property
    def login(self) -> str | None:
        """The user's login (an email address)."""
    @property
    def name(self) -> str | None:
        """The user's name."""
    @property
    def role(self) -> str | None:
        """The role as the API spelled it: ``user``, ``tls_viewer``, ``tls_admin``,
        ``billing``, ``engineer``, ``superuser``, or another."""
    @property
    def roles(self) -> list[str] | None:
        """The user's roles, as the API lists them, when it does."""
    @property
    def customer_id(self) -> str | None:
        """Id of the customer the user belongs to."""
    @property
    def email_hash(self) -> str | None:
        """Hash of the email, for Gravatar."""
    @property
    def two_factor_auth_enabled(self) -> bool | None:
        """Whether two-factor authentication is on."""
    @property
    def two_factor_setup_required(self) -> bool | None:
        """Whether the user still has to set up two-factor authentication."""
    @property
    def limit_services(self) -> bool | None:
        """Whether access is limited to specific services."""
    @property
    def locked(self) -> bool | None:
        """Whether the account is locked."""
    @property
    def require_new_password(self) -> bool | None:
        """Whether the user must set a new password at next login."""
    @property
    def last_active_at(self) -> datetime | None:
        """When the user was last active."""
    @property
    def created_at(self) -> datetime | None:
        """When the user was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the user was last updated."""
    @property
    def deleted_at(self) -> datetime | None:
        """When the user was deleted, if they were."""
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
    """An invitation to join the account, flattened from the API's JSON:API
    resource (``{"id", "type", "attributes": {...}, "relationships": {...}}``,
    with or without a ``{"data": ...}`` wrapper): the attributes become fields,
    the customer relationship becomes ``customer_id``.

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The invitation's id."""
    @property
    def email(self) -> str | None:
        """The invited email address."""
    @property
    def role(self) -> str | None:
        """The role as the API spelled it: ``user``, ``tls_viewer``, ``tls_admin``,
        ``billing``, ``engineer``, ``superuser``, or another."""
    @property
    def roles(self) -> list[str] | None:
        """The roles the invitee will get, when the API lists them."""
    @property
    def limit_services(self) -> bool | None:
        """Whether the invitee's access will be limited to specific services."""
    @property
    def status_code(self) -> int | None:
        """The invitation's state as the live API reports it: ``0`` inactive, ``1``
        active (other values kept as sent)."""
    @property
    def status(self) -> str | None:
        """The invitation's state in the seed spec's words (``pending``, ``accepted``,
        ``expired``); the live API sends ``status_code`` instead."""
    @property
    def customer_id(self) -> str | None:
        """Id of the customer the invitation is for (its ``customer`` relationship)."""
    @property
    def service_invitation_ids(self) -> list[str] | None:
        """Ids of the per-service invitations (its ``service_invitations``
        relationship)."""
    @property
    def created_at(self) -> datetime | None:
        """When the invitation was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the invitation was last updated."""
    @property
    def deleted_at(self) -> datetime | None:
        """When the invitation was deleted, if it was."""
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

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The role's id."""
    @property
    def object(self) -> str | None:
        """The kind of object (``role``), when the API says."""
    @property
    def name(self) -> str | None:
        """The role's name."""
    @property
    def description(self) -> str | None:
        """What the role is for."""
    @property
    def custom(self) -> bool | None:
        """Whether the account defined this role (as opposed to Fastly)."""
    @property
    def permissions_count(self) -> int | None:
        """How many permissions the role grants."""
    @property
    def created_at(self) -> datetime | None:
        """When the role was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the role was last updated."""
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

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The group's id."""
    @property
    def object(self) -> str | None:
        """The kind of object (``service_group``), when the API says."""
    @property
    def name(self) -> str | None:
        """The group's name."""
    @property
    def description(self) -> str | None:
        """What the group is for."""
    @property
    def services_count(self) -> int | None:
        """How many services the group holds."""
    @property
    def created_at(self) -> datetime | None:
        """When the group was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the group was last updated."""
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

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The group's id."""
    @property
    def object(self) -> str | None:
        """The kind of object (``user_group``), when the API says."""
    @property
    def name(self) -> str | None:
        """The group's name."""
    @property
    def description(self) -> str | None:
        """What the group is for."""
    @property
    def users_count(self) -> int | None:
        """How many users are in the group."""
    @property
    def invitations_count(self) -> int | None:
        """How many invitations are pending for the group."""
    @property
    def roles_count(self) -> int | None:
        """How many roles the group grants."""
    @property
    def service_groups_count(self) -> int | None:
        """How many service groups the group reaches."""
    @property
    def created_at(self) -> datetime | None:
        """When the group was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the group was last updated."""
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
    """An API token's description. The token's secret is never part of it: an
    ``access_token`` member (the API sends one only when a token is created) is
    dropped while decoding, so it can never be printed.

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The token's id."""
    @property
    def name(self) -> str | None:
        """The token's name."""
    @property
    def user_id(self) -> str | None:
        """Id of the user the token belongs to."""
    @property
    def customer_id(self) -> str | None:
        """Id of the customer the token belongs to."""
    @property
    def services(self) -> list[str] | None:
        """Ids of the services the token is limited to (empty or ``None``: all)."""
    @property
    def scope(self) -> str | None:
        """The token's scopes, space-separated as sent (e.g. ``global purge_all``)."""
    @property
    def created_at(self) -> datetime | None:
        """When the token was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the token was last updated."""
    @property
    def deleted_at(self) -> datetime | None:
        """When the token was deleted (revoked), if it was."""
    @property
    def last_used_at(self) -> datetime | None:
        """When the token was last used (``None``: never, or not said)."""
    @property
    def expires_at(self) -> datetime | None:
        """When the token expires (``None``: never, or not said)."""
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
class Permission:
    """An IAM permission: one thing a role allows.

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The permission's id."""
    @property
    def object(self) -> str | None:
        """The type of the object (``permission``)."""
    @property
    def name(self) -> str | None:
        """The permission's name."""
    @property
    def description(self) -> str | None:
        """What the permission allows."""
    @property
    def resource_name(self) -> str | None:
        """The kind of resource it applies to."""
    @property
    def resource_description(self) -> str | None:
        """A description of that resource."""
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
class IamRole:
    """A role of the current IAM API (``/iam/v1/roles``).

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The role's id."""
    @property
    def name(self) -> str | None:
        """The role's name (a key such as ``engineer``)."""
    @property
    def display_name(self) -> str | None:
        """The role's name for people."""
    @property
    def description(self) -> str | None:
        """What the role is for."""
    @property
    def permissions(self) -> list[str] | None:
        """The names of the permissions the role grants, when asked for
        (``include_permissions``), as Fastly's definition gives them
        (``IamV1RoleResponse.permissions``: a list of names)."""
    @property
    def created_at(self) -> datetime | None:
        """When the role was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the role was last updated."""
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

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The service's id."""
    @property
    def name(self) -> str | None:
        """The service's name."""
    @property
    def type(self) -> str | None:
        """The service's type (``vcl`` or ``wasm``, others kept as sent)."""
    @property
    def created_at(self) -> datetime | None:
        """When the service was created."""
    @property
    def updated_at(self) -> datetime | None:
        """When the service was last updated."""
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

    Immutable; compared and hashed by value. Built from keyword arguments only,
    each ``None`` by default (for test doubles); ``extra`` takes a ``dict`` of
    JSON values, timestamps aware datetimes. ``type(m)(**m.to_dict()) == m``.
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
    def id(self) -> str | None:
        """The user's or invitation's id."""
    @property
    def object(self) -> str | None:
        """``user`` or ``invitation`` (others kept as sent)."""
    @property
    def login(self) -> str | None:
        """The user's login (for users)."""
    @property
    def email(self) -> str | None:
        """The invited address (for invitations)."""
    @property
    def name(self) -> str | None:
        """The member's name."""
    @property
    def role(self) -> str | None:
        """The role as the API spelled it: ``user``, ``tls_viewer``, ``tls_admin``,
        ``billing``, ``engineer``, ``superuser``, or another."""
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

# -- end of the generated operations --

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
        """The customer the token belongs to.

        Returns:
            The customer account of the token's user.

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_customer(self, customer_id: str) -> Customer:
        """One customer by id.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            The customer.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Changes the customer's fields (PUT, form-encoded).

        The contact and owner fields are user ids. Fastly's reference marks
        ``can_reset_passwords``, ``can_upload_vcl`` and ``can_configure_wordpress``
        read-only: the API may ignore them.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).
            name: The account's name.
            billing_contact_id: Id of the user who is the billing contact.
            legal_contact_id: Id of the user who is the legal contact.
            security_contact_id: Id of the user who is the security contact.
            technical_contact_id: Id of the user who is the technical contact.
            owner_id: Id of the user who owns the account.
            phone_number: The account's phone number.
            postal_address: The account's postal address.
            force_2fa: Whether every user must use two-factor authentication.
            force_sso: Whether every user must sign in through single sign-on.
            ip_whitelist: The IP addresses allowed to reach the account, as the API
                spells them.
            can_reset_passwords: Whether admins can reset users' passwords (the API
                may treat it as read-only).
            can_upload_vcl: Whether the account may upload custom VCL (the API may
                treat it as read-only).
            can_configure_wordpress: Whether the account can configure WordPress
                (the API may treat it as read-only).
            billing_network_type: The account's network revenue type: ``public`` or
                ``private`` (any other value is refused before any request).
            billing_ref: The account's billing reference.
            has_account_panel: Whether the account has access to the account panel.
            has_improved_events: Whether the account has access to the improved
                events.
            has_openstack_logging: Whether the account has OpenStack logging
                enabled.
            has_pci: Whether the account can edit PCI for a service.
            pricing_plan: The pricing plan the account is under.
            pricing_plan_id: Id of the pricing plan the account is under.

        Returns:
            The customer as the API has it after the update.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded, no field is set, or
                ``billing_network_type`` is neither ``public`` nor ``private`` (no
                request is sent).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def delete_customer(self, customer_id: str) -> None:
        """Deletes the customer account.

        Fastly documents the answer as ``{"status": "ok"}``; an empty success answer
        is accepted too, and a ``status`` other than ``ok`` fails with
        :class:`UnexpectedStatusError`. Who may delete a customer is not documented.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the customer account is deleted.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_current_user(self) -> User:
        """The user the token belongs to.

        Returns:
            The token's user.

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_user(self, user_id: str) -> User:
        """One user by id.

        Args:
            user_id: the user's id (a blank one is refused before any request).

        Returns:
            The user.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_user(
        self,
        user_id: str,
        *,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        login: str | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """Changes a user's fields (PUT, form-encoded).

        Fastly's reference says that only a superuser may change other users (anyone
        may change their own account), and that the two-factor fields cannot be
        changed here: the API may ignore or refuse them.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            user_id: the user's id (a blank one is refused before any request).
            name: The user's name.
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at next
                login.
            login: The user's login, an email address (one that does not read as
                ``local@domain.tld`` is refused before any request).
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
            The user as the API has it after the update.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, no field is set, ``login`` is not an email
                address, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_current_user(
        self,
        *,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        login: str | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """Changes the token's own user, like ``update_user`` (PUT ``/current_user``,
        form-encoded).

        No Fastly source documents this path: Fastly documents changing one's own
        account with ``update_user`` and one's own id (from ``get_current_user``),
        which is the way to go if the API answers :class:`NotFoundError` or 405
        (:class:`UnexpectedStatusError`) here.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            name: The user's name.
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at next
                login.
            login: The user's login, an email address (one that does not read as
                ``local@domain.tld`` is refused before any request).
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
            The token's user as the API has it after the update.

        Raises:
            InvalidArgumentError: no field is set, ``login`` is not an email
                address, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            NotFoundError: the API does not serve this path (see above).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Adds a user to the token's customer (POST, form-encoded). Not retried once
        sent: the user may have been created.

        Fastly marks ``POST /user`` deprecated (fastly-rust v8.0.0, May 2025):
        inviting the user with ``create_invitation`` is the supported way. Whether
        the API honours the two-factor fields at creation is not confirmed.

        The optional fields of the new user; only the ones set are sent, and the API
        applies its defaults to the others.

        Args:
            login: the new user's login, their email address (one that does not read
                as ``local@domain.tld`` is refused before any request).
            name: the new user's name (a blank one is refused before any request).
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (the API's default when not set; any
                other is refused before any request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at first
                login.
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication at first login.

        Returns:
            The user created, as the API describes it.

        Raises:
            InvalidArgumentError: ``login`` is not an email address, ``name`` is
                blank, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            BadRequestError: the API refuses the user, for example a login that
                another user already has.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def delete_user(self, user_id: str) -> None:
        """Removes a user from the account.

        The API answers ``{"status": "ok"}``: an answer whose ``status`` is anything
        else (such as ``error``, with HTTP 200) fails with
        :class:`UnexpectedStatusError`.

        Args:
            user_id: the user's id (a blank one is refused before any request).

        Returns:
            Nothing: the user is removed.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def request_password_reset(self, user_login: str) -> None:
        """Sends the user a password-reset email. Not retried once sent (a retry could
        send two emails).

        The login goes into the path, percent-encoded (``@`` as ``%40``). The API
        answers ``{"status": "ok"}``: any other ``status`` fails with
        :class:`UnexpectedStatusError`.

        Args:
            user_login: the user's login, usually their email address (a blank one
                is refused before any request).

        Returns:
            Nothing: the reset email is requested.

        Raises:
            NotFoundError: no user has that login (not documented: the API may
                answer success instead, so as not to reveal which logins exist).
            InvalidArgumentError: ``user_login`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_customer_users(self, customer_id: str) -> list[User]:
        """Every user of a customer (one response, not paged).

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Every user of the customer, in the order the API gives them.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_user_password(self, old_password: str, new_password: str) -> User:
        """Changes the password of the user the token belongs to (POST, form-encoded).
        Never retried once sent.

        Args:
            old_password: the user's present password (never logged).
            new_password: the password to set (never logged; not empty).

        Returns:
            The user, as the API describes it after the change.

        Raises:
            InvalidArgumentError: ``old_password`` or ``new_password`` is empty (no
                request is sent).
            BadRequestError: the API refused the change: ``old_password`` is not the
                user's password, or it does not accept ``new_password``.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Invites ``email`` to the account with ``role`` (POST, JSON:API). Never
        retried after the request was sent: a retry could invite twice.

        The optional fields of the invitation (more roles, a limit to specific
        services with per-service access, the customer); only the ones set are sent.

        Args:
            email: the address to invite (one that does not read as
                ``local@domain.tld`` is refused before any request).
            role: the invitee's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: Roles to grant besides ``role``, as the API names them (a blank
                name is refused before any request).
            limit_services: Whether the invitee's access is limited to specific
                services.
            customer_id: The customer to invite to, sent as the invitation's
                ``customer`` relationship (the API infers it from the token when not
                set; a blank id is refused before any request).
            service_invitations: Per-service access for an invitee whose access is
                limited to specific services: service id -> permission, one of full,
                read_only, purge_select or purge_all (another permission, or a blank
                service id, is refused before any request). Sent as the invitation's
                service-invitation relationships.

        Returns:
            The invitation created, as the API describes it.

        Raises:
            InvalidArgumentError: ``email`` is not an email address, ``role`` is not
                one of the six roles, ``roles`` holds a blank name, ``customer_id``
                is blank, or ``service_invitations`` names a blank service id or a
                permission other than full, read_only, purge_select and purge_all
                (no request is sent).
            BadRequestError: the API refuses the invitation.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_invitations(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Page[Invitation]:
        """One page of the account's invitations (JSON:API, paged by number).

        Which page to fetch, and how many invitations a page holds.

        Args:
            page_number: The page number, from 1 (the first page when not set; a
                number below 1 is refused before any request).
            page_size: Invitations per page, from 1 (the API's default, 20, when not
                set; a size below 1 is refused before any request).

        Returns:
            One page of invitations (``data``), with the totals the API gives.
            ``next_page_number`` is the number to pass as ``page_number`` for the
            next page; it is not set on the last page.

        Raises:
            InvalidArgumentError: ``page_number`` or ``page_size`` is below 1 (no
                request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_invitations(
        self,
        *,
        page_size: int | None = None,
    ) -> ItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (the follow-all form of
        ``listInvitations``).

        Nothing is sent until the first step; a step fetches a page only when the
        invitations in hand run out, and an error ends the walk.

        Args:
            page_size: invitations per page, from 1 (the API's default, 20, when not
                set).

        Yields:
            Each invitation, fetching one page at a time when the items in hand run
            out.

        Raises:
            InvalidArgumentError: ``page_size`` is below 1 (no request is sent).
            DecodeError: the API points to the same next page twice. Otherwise each
                step (fetching a page) may raise what ``list_invitations`` raises.
        """
    def delete_invitation(self, invitation_id: str) -> None:
        """Cancels an invitation.

        Args:
            invitation_id: the invitation's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the invitation is cancelled.

        Raises:
            NotFoundError: no invitation has that id, or the token cannot see it.
            InvalidArgumentError: ``invitation_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_tokens(self) -> list[Token]:
        """The tokens of the token's own user (one response, not paged).

        Returns:
            Every token of the token's user. A token's secret is never part of it.

        Raises:
            AuthenticationError: the token is missing, expired or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """Every token of a customer's users (one response, not paged). Presumably for
        superusers only; Fastly does not say.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Every token of every user of the customer. A token's secret is never
            part of it.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_current_token(self) -> Token:
        """The token this client authenticates with.

        Returns:
            The token's description (never its secret).

        Raises:
            AuthenticationError: the token is expired or revoked (the API answers a
                token it does not know at all with :class:`PermissionDeniedError`).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_token(self, token_id: str) -> Token:
        """One token by id.

        Args:
            token_id: the token's id (a blank one, or ``self``, is refused before
                any request: ``get_current_token`` describes the current token).

        Returns:
            The token's description (never its secret).

        Raises:
            NotFoundError: no token has that id, or the token cannot see it.
            InvalidArgumentError: ``token_id`` is ``self``, blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def revoke_token(self, token_id: str) -> None:
        """Revokes one token by id. Users may revoke their own tokens; superusers may
        revoke other users' tokens too.

        Args:
            token_id: the token's id (a blank one, or ``self``, is refused before
                any request: ``revoke_current_token`` revokes the current token).

        Returns:
            Nothing: the token is revoked.

        Raises:
            NotFoundError: no token has that id, or the token cannot see it.
            InvalidArgumentError: ``token_id`` is ``self``, blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            BadRequestError: the API refuses to revoke the token.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def revoke_current_token(self) -> None:
        """Revokes the token this client authenticates with; every later call of this
        client then fails with :class:`AuthenticationError`.

        Returns:
            Nothing: the token is revoked.

        Raises:
            BadRequestError: the API refuses to revoke the token.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """Revokes several tokens in one request (JSON:API bulk extension). Users may
        revoke their own tokens; superusers may revoke other users' tokens too.

        Whether the API revokes the others when one id is unknown, already revoked
        or another user's is not documented.

        Args:
            token_ids: the ids of the tokens to revoke (at least one, none blank,
                else the call is refused before any request).

        Returns:
            Nothing: the tokens are revoked.

        Raises:
            InvalidArgumentError: ``token_ids`` is empty or holds a blank id (no
                request is sent).
            BadRequestError: the API refuses the request.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_roles(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """One page of IAM roles.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of roles (``data``), with the totals the API gives; pass its
            ``next_cursor`` back as ``cursor`` for the next page (it is absent on
            the last page), whether the API pages by cursor or by page number.

        Raises:
            InvalidArgumentError: ``per_page`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_roles(self, *, per_page: int | None = None) -> ItemIterator[Role]:
        """Every IAM role, one page at a time, fetched lazily (the follow-all form of
        ``list_roles``).

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the roles in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page: roles per page, at least 1 (the API's default when unset).

        Yields:
            Each role, fetching one page at a time when the items in hand run out.

        Raises:
            InvalidArgumentError: ``per_page`` is 0; the first step raises it,
                before any request. Otherwise each step (fetching a page) may raise
                what ``list_roles`` raises.
        """
    def get_role(self, role_id: str) -> Role:
        """One IAM role by id.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            The role.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def create_role(self, name: str, *, description: str | None = None) -> Role:
        """Creates a custom role. Not retried once sent.

        A 5xx status, or a connection lost after the request went out, is returned
        at once, since the role may have been created. The new role grants no
        permissions yet: add them with ``add_role_permissions``.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        The optional fields of the new role: its description.

        Args:
            name: the role's name (a blank one is refused before any request).
            description: The role's description: what it is for (none when unset).

        Returns:
            The role created, as the API describes it.

        Raises:
            InvalidArgumentError: ``name`` is blank (no request is sent).
            BadRequestError: the API refuses the role (for example its name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_role(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> Role:
        """Changes a role's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        What to change: the new name, the new description, or both.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The role as it stands after the change.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``options`` sets neither field, or sets a
                blank ``name``; no request is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def delete_role(self, role_id: str) -> None:
        """Deletes a custom role (user groups lose it too).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            Nothing: the role is deleted.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_role_permissions(self, role_id: str) -> list[Permission]:
        """The permissions a role grants.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            Every permission the role grants, in one list (this list is not paged).

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def add_role_permissions(self, role_id: str, permission_ids: Sequence[str]) -> None:
        """Grants more permissions to a role. An empty list, or an empty id, is refused
        before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            permission_ids: the ids of the permissions to grant (at least one, none
                blank), as ``list_permissions`` gives them.

        Returns:
            Nothing: the role grants those permissions.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``permission_ids`` is empty or holds a
                blank id; no request is sent.
            BadRequestError: the API refuses the list, for example a permission id
                it does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def remove_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """Takes permissions away from a role (DELETE with a body). An empty list, or
        an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            permission_ids: the ids of the permissions to take away (at least one,
                none blank); the API ignores ids the role does not grant.

        Returns:
            Nothing: the role no longer grants those permissions.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``permission_ids`` is empty or holds a
                blank id; no request is sent.
            BadRequestError: the API refuses the list.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_permissions(self) -> list[Permission]:
        """Every permission a role can grant.

        Returns:
            Every IAM permission there is, in one list (this list is not paged).

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_iam_roles(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[IamRole]:
        """One page of roles from the current IAM API (``/iam/v1/roles``), which pages
        by cursor.

        The page to fetch: its size (``limit``, from 1, sent as the API's ``limit``;
        the API's default when unset) and where to start (``cursor``: a page's
        ``next_cursor``; the first page when unset).

        Args:
            limit: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of roles (``data``); pass its ``next_cursor`` back as
            ``cursor`` for the next page (it is absent on the last page).

        Raises:
            InvalidArgumentError: ``limit`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_iam_roles(self, *, limit: int | None = None) -> ItemIterator[IamRole]:
        """Every role of the current IAM API, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the roles in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        Args:
            limit: roles per page, at least 1 (the API's default when unset).

        Yields:
            Each role, fetching one page at a time when the items in hand run out.

        Raises:
            InvalidArgumentError: ``limit`` is 0; the first step raises it, before
                any request. Otherwise each step (fetching a page) may raise what
                ``list_iam_roles`` raises.
        """
    def get_iam_role(
        self,
        role_id: str,
        *,
        include_permissions: bool | None = None,
    ) -> IamRole:
        """One role of the current IAM API, with its permissions when
        ``include_permissions`` is set.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            include_permissions: whether to ask for the names of the permissions the
                role grants (sent as ``include=permissions``); without it the role's
                ``permissions`` is absent.

        Returns:
            The role, with its ``permissions`` filled in when asked for
            (``list_permissions`` describes each one).

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_service_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """One page of IAM service groups.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of service groups (``data``), with the totals the API gives;
            pass its ``next_cursor`` back as ``cursor`` for the next page (it is
            absent on the last page), whether the API pages by cursor or by page
            number.

        Raises:
            InvalidArgumentError: ``per_page`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_service_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (the follow-all form of
        ``list_service_groups``).

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the groups in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        Args:
            per_page: groups per page, at least 1 (the API's default when unset).

        Yields:
            Each service group, fetching one page at a time when the items in hand
            run out.

        Raises:
            InvalidArgumentError: ``per_page`` is 0; the first step raises it,
                before any request. Otherwise each step (fetching a page) may raise
                what ``list_service_groups`` raises.
        """
    def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """Creates a service group. Not retried once sent.

        A 5xx status, or a connection lost after the request went out, is returned
        at once, since the group may have been created. Services can also be added
        afterwards, with ``add_service_group_services``.

        The optional fields of the new group: its description and the services to
        put in it.

        Args:
            name: the group's name (a blank one is refused before any request).
            description: The group's description: what it is for (none when unset).
            services: Ids of the services to put in the group, sent as ``[{"id":
                ...}]`` (the shape ``add_service_group_services`` sends). The list
                may be empty; a blank id in it is refused before any request.
                Fastly's reference documents no services at creation, only through
                ``add_service_group_services`` afterwards.

        Returns:
            The service group created, as the API describes it.

        Raises:
            InvalidArgumentError: ``name`` is blank, or ``services`` holds a blank
                id (no request is sent).
            BadRequestError: the API refuses the group, for example a service id it
                does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """One service group by id.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            The service group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_service_group(
        self,
        service_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> ServiceGroup:
        """Changes a group's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        What to change: the new name, the new description, or both.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The service group as it stands after the change.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``options`` sets neither field,
                or sets a blank ``name``; no request is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def delete_service_group(self, service_group_id: str) -> None:
        """Deletes a service group (user groups lose it too).

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the service group is deleted.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Service]:
        """One page of the services in a group.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the group's services (``data``), with the totals the API
            gives; pass its ``next_cursor`` back as ``cursor`` for the next page (it
            is absent on the last page).

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, ``per_page`` is 0, or ``cursor`` is
                not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:N`` whose N is not a number from
                1); no request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[Service]:
        """Every service in a group, fetched lazily page by page (the follow-all form
        of ``list_service_group_services``).

        Nothing is sent until the first item is asked for; a refused
        ``service_group_id`` is the first step's error, still without any request. A
        step fetches a page only when the services in hand run out. The walk ends at
        its first error; if the API points to the same next page twice, that step
        fails with :class:`DecodeError`.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            per_page: services per page, at least 1 (the API's default when unset).

        Yields:
            Each service in the group, fetching one page at a time when the items in
            hand run out.

        Raises:
            NotFoundError: no service group has that id (raised by the first step).
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``per_page`` is 0; the first
                step raises it, before any request. Otherwise each step (fetching a
                page) may raise what ``list_service_group_services`` raises.
        """
    def add_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """Puts services in a group. An empty list, or an empty id, is refused before
        any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            service_ids: the ids of the services to put in the group (at least one,
                none blank).

        Returns:
            Nothing: the services are in the group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``service_ids`` is empty or
                holds a blank id; no request is sent.
            BadRequestError: the API refuses the list, for example a service id it
                does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def remove_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """Takes services out of a group (DELETE with a body). An empty list, or an
        empty id, is refused before any request.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            service_ids: the ids of the services to take out of the group (at least
                one, none blank).

        Returns:
            Nothing: the services are out of the group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``service_ids`` is empty or
                holds a blank id; no request is sent.
            BadRequestError: the API refuses the list.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_user_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroup]:
        """One page of IAM user groups.

        The API pages this list by page number or by cursor; either way, a page's
        ``next_cursor`` is the continuation to pass back, unchanged, as ``cursor``.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of user groups, with the totals the API gives. Its
            ``next_cursor`` is set when more pages follow: pass it back as
            ``cursor`` to get the next one. It is ``None`` on the last page.

        Raises:
            InvalidArgumentError: ``per_page`` is below 1, or ``cursor`` is not one
                a page handed out (empty, holding whitespace or control characters,
                over 8 KiB, or a ``page:`` token that is not a page number from 1);
                no request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (the follow-all form of
        ``listUserGroups``).

        Nothing is sent until the first item is asked for. The walk ends at its
        first error; if the API points to the same next page twice, that step fails
        with :class:`DecodeError`.

        Args:
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each user group, fetching one page at a time when the items in hand run
            out.

        Raises:
            InvalidArgumentError: ``per_page`` is below 1 (no request is sent).
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_groups`` raises, and the errors every call may raise.
        """
    def create_user_group(
        self,
        name: str,
        *,
        description: str | None = None,
    ) -> UserGroup:
        """Creates a user group.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the group may have been created.
        Members, roles and service groups are added afterwards, with
        ``add_user_group_members``, ``add_user_group_roles`` and
        ``add_user_group_service_groups``.

        The optional fields: the group's ``description``.

        Args:
            name: the group's name (a blank one is refused before any request).
            description: The group's description: what it is for (none when unset).

        Returns:
            The new user group, as the API returns it.

        Raises:
            InvalidArgumentError: ``name`` is blank (no request is sent).
            BadRequestError: the API refuses the group (for example its name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def get_user_group(self, user_group_id: str) -> UserGroup:
        """One user group by id.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            The user group.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def update_user_group(
        self,
        user_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> UserGroup:
        """Changes a group's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        The fields to change: a new ``name``, a new ``description``, or both; a
        field left unset keeps its value.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The user group as updated.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``options`` sets neither ``name`` nor
                ``description``, or sets a blank ``name``, or ``user_group_id`` is
                blank, ``.``, ``..`` or over 8 KiB once percent-encoded; no request
                is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def delete_user_group(self, user_group_id: str) -> None:
        """Deletes a user group.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the group is deleted.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroupMember]:
        """One page of a group's members (users and pending invitations).

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the group's members, users and pending invitations, with the
            totals the API gives. Its ``next_cursor`` is set when more pages follow:
            pass it back as ``cursor`` to get the next one. It is ``None`` on the
            last page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[UserGroupMember]:
        """Every member of a group (users and pending invitations), fetched lazily page
        by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each member, fetching one page at a time when the items in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_members`` raises, and the errors every call may
                raise.
        """
    def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Adds users and pending invitations (by id) to a group. Both lists empty, or
        a blank id, is refused before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            user_ids: the ids of the users to add (may be empty if
                ``invitation_ids`` is not).
            invitation_ids: the ids of the pending invitations to add (may be empty
                if ``user_ids`` is not).

        Returns:
            Nothing: the members are added.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_ids`` and ``invitation_ids`` are both
                empty, either holds a blank id, or ``user_group_id`` is blank,
                ``.``, ``..`` or over 8 KiB once percent-encoded; no request is
                sent.
            BadRequestError: the API refuses the change (for example an id it does
                not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Removes users and pending invitations (by id) from a group (DELETE with a
        body). Both lists empty, or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            user_ids: the ids of the users to remove (may be empty if
                ``invitation_ids`` is not).
            invitation_ids: the ids of the pending invitations to remove (may be
                empty if ``user_ids`` is not).

        Returns:
            Nothing: the members are removed.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_ids`` and ``invitation_ids`` are both
                empty, either holds a blank id, or ``user_group_id`` is blank,
                ``.``, ``..`` or over 8 KiB once percent-encoded; no request is
                sent.
            BadRequestError: the API refuses the change (for example an id it does
                not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """One page of the roles a group grants.

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the roles the group grants, with the totals the API gives.
            Its ``next_cursor`` is set when more pages follow: pass it back as
            ``cursor`` to get the next one. It is ``None`` on the last page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[Role]:
        """Every role a group grants, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each role the group grants, fetching one page at a time when the items
            in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_roles`` raises, and the errors every call may
                raise.
        """
    def add_user_group_roles(self, user_group_id: str, role_ids: Sequence[str]) -> None:
        """Grants roles (by id) to a group. An empty list, or a blank id, is refused
        before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            role_ids: the ids of the roles to grant (at least one).

        Returns:
            Nothing: the group grants the roles.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``role_ids`` is empty or holds a blank id, or
                ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``role_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def remove_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """Takes roles (by id) away from a group (DELETE with a body). An empty list,
        or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            role_ids: the ids of the roles to take away (at least one).

        Returns:
            Nothing: the group no longer grants the roles.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``role_ids`` is empty or holds a blank id, or
                ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``role_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def list_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """One page of the service groups a group reaches.

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the service groups the group has access to, with the totals
            the API gives. Its ``next_cursor`` is set when more pages follow: pass
            it back as ``cursor`` to get the next one. It is ``None`` on the last
            page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> ItemIterator[ServiceGroup]:
        """Every service group a group reaches, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each service group the group has access to, fetching one page at a time
            when the items in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_service_groups`` raises, and the errors every call
                may raise.
        """
    def add_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """Gives a group access to service groups (by id). An empty list, or a blank
        id, is refused before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            service_group_ids: the ids of the service groups to give access to (at
                least one).

        Returns:
            Nothing: the group has access to the service groups.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``service_group_ids`` is empty or holds a blank
                id, or ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``service_group_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def remove_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """Takes service groups (by id) away from a group (DELETE with a body). An
        empty list, or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            service_group_ids: the ids of the service groups to take away (at least
                one).

        Returns:
            Nothing: the group no longer has access to the service groups.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``service_group_ids`` is empty or holds a blank
                id, or ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``service_group_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """The customer the token belongs to.

        Returns:
            The customer account of the token's user.

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_customer(self, customer_id: str) -> Customer:
        """One customer by id.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            The customer.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Changes the customer's fields (PUT, form-encoded).

        The contact and owner fields are user ids. Fastly's reference marks
        ``can_reset_passwords``, ``can_upload_vcl`` and ``can_configure_wordpress``
        read-only: the API may ignore them.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).
            name: The account's name.
            billing_contact_id: Id of the user who is the billing contact.
            legal_contact_id: Id of the user who is the legal contact.
            security_contact_id: Id of the user who is the security contact.
            technical_contact_id: Id of the user who is the technical contact.
            owner_id: Id of the user who owns the account.
            phone_number: The account's phone number.
            postal_address: The account's postal address.
            force_2fa: Whether every user must use two-factor authentication.
            force_sso: Whether every user must sign in through single sign-on.
            ip_whitelist: The IP addresses allowed to reach the account, as the API
                spells them.
            can_reset_passwords: Whether admins can reset users' passwords (the API
                may treat it as read-only).
            can_upload_vcl: Whether the account may upload custom VCL (the API may
                treat it as read-only).
            can_configure_wordpress: Whether the account can configure WordPress
                (the API may treat it as read-only).
            billing_network_type: The account's network revenue type: ``public`` or
                ``private`` (any other value is refused before any request).
            billing_ref: The account's billing reference.
            has_account_panel: Whether the account has access to the account panel.
            has_improved_events: Whether the account has access to the improved
                events.
            has_openstack_logging: Whether the account has OpenStack logging
                enabled.
            has_pci: Whether the account can edit PCI for a service.
            pricing_plan: The pricing plan the account is under.
            pricing_plan_id: Id of the pricing plan the account is under.

        Returns:
            The customer as the API has it after the update.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded, no field is set, or
                ``billing_network_type`` is neither ``public`` nor ``private`` (no
                request is sent).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def delete_customer(self, customer_id: str) -> None:
        """Deletes the customer account.

        Fastly documents the answer as ``{"status": "ok"}``; an empty success answer
        is accepted too, and a ``status`` other than ``ok`` fails with
        :class:`UnexpectedStatusError`. Who may delete a customer is not documented.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the customer account is deleted.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_current_user(self) -> User:
        """The user the token belongs to.

        Returns:
            The token's user.

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_user(self, user_id: str) -> User:
        """One user by id.

        Args:
            user_id: the user's id (a blank one is refused before any request).

        Returns:
            The user.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_user(
        self,
        user_id: str,
        *,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        login: str | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """Changes a user's fields (PUT, form-encoded).

        Fastly's reference says that only a superuser may change other users (anyone
        may change their own account), and that the two-factor fields cannot be
        changed here: the API may ignore or refuse them.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            user_id: the user's id (a blank one is refused before any request).
            name: The user's name.
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at next
                login.
            login: The user's login, an email address (one that does not read as
                ``local@domain.tld`` is refused before any request).
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
            The user as the API has it after the update.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, no field is set, ``login`` is not an email
                address, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_current_user(
        self,
        *,
        name: str | None = None,
        role: str | None = None,
        roles: Sequence[str] | None = None,
        limit_services: bool | None = None,
        locked: bool | None = None,
        require_new_password: bool | None = None,
        login: str | None = None,
        two_factor_auth_enabled: bool | None = None,
        two_factor_setup_required: bool | None = None,
    ) -> User:
        """Changes the token's own user, like ``update_user`` (PUT ``/current_user``,
        form-encoded).

        No Fastly source documents this path: Fastly documents changing one's own
        account with ``update_user`` and one's own id (from ``get_current_user``),
        which is the way to go if the API answers :class:`NotFoundError` or 405
        (:class:`UnexpectedStatusError`) here.

        The fields to change; only the ones set are sent, and at least one must be.

        Args:
            name: The user's name.
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at next
                login.
            login: The user's login, an email address (one that does not read as
                ``local@domain.tld`` is refused before any request).
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on. Fastly's API reference says the two-factor fields cannot be
                changed through this endpoint: the API may ignore or refuse them.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication (see ``two_factor_auth_enabled``).

        Returns:
            The token's user as the API has it after the update.

        Raises:
            InvalidArgumentError: no field is set, ``login`` is not an email
                address, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            NotFoundError: the API does not serve this path (see above).
            BadRequestError: the API refuses a value.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Adds a user to the token's customer (POST, form-encoded). Not retried once
        sent: the user may have been created.

        Fastly marks ``POST /user`` deprecated (fastly-rust v8.0.0, May 2025):
        inviting the user with ``create_invitation`` is the supported way. Whether
        the API honours the two-factor fields at creation is not confirmed.

        The optional fields of the new user; only the ones set are sent, and the API
        applies its defaults to the others.

        Args:
            login: the new user's login, their email address (one that does not read
                as ``local@domain.tld`` is refused before any request).
            name: the new user's name (a blank one is refused before any request).
            role: The user's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (the API's default when not set; any
                other is refused before any request).
            roles: The user's roles, as the API names them: at least one, none
                blank. They are sent as one comma-separated field, so a name holding
                ``,`` is refused before any request.
            limit_services: Whether the user's access is limited to specific
                services.
            locked: Whether the user is locked out.
            require_new_password: Whether the user must set a new password at first
                login.
            two_factor_auth_enabled: Whether the user has two-factor authentication
                on.
            two_factor_setup_required: Whether the user must set up two-factor
                authentication at first login.

        Returns:
            The user created, as the API describes it.

        Raises:
            InvalidArgumentError: ``login`` is not an email address, ``name`` is
                blank, ``role`` is not one of the six roles, or ``roles`` is empty
                or holds a blank name or one with a comma (no request is sent).
            BadRequestError: the API refuses the user, for example a login that
                another user already has.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def delete_user(self, user_id: str) -> None:
        """Removes a user from the account.

        The API answers ``{"status": "ok"}``: an answer whose ``status`` is anything
        else (such as ``error``, with HTTP 200) fails with
        :class:`UnexpectedStatusError`.

        Args:
            user_id: the user's id (a blank one is refused before any request).

        Returns:
            Nothing: the user is removed.

        Raises:
            NotFoundError: no user has that id, or the token cannot see it.
            InvalidArgumentError: ``user_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def request_password_reset(self, user_login: str) -> None:
        """Sends the user a password-reset email. Not retried once sent (a retry could
        send two emails).

        The login goes into the path, percent-encoded (``@`` as ``%40``). The API
        answers ``{"status": "ok"}``: any other ``status`` fails with
        :class:`UnexpectedStatusError`.

        Args:
            user_login: the user's login, usually their email address (a blank one
                is refused before any request).

        Returns:
            Nothing: the reset email is requested.

        Raises:
            NotFoundError: no user has that login (not documented: the API may
                answer success instead, so as not to reveal which logins exist).
            InvalidArgumentError: ``user_login`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_customer_users(self, customer_id: str) -> list[User]:
        """Every user of a customer (one response, not paged).

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Every user of the customer, in the order the API gives them.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_user_password(self, old_password: str, new_password: str) -> User:
        """Changes the password of the user the token belongs to (POST, form-encoded).
        Never retried once sent.

        Args:
            old_password: the user's present password (never logged).
            new_password: the password to set (never logged; not empty).

        Returns:
            The user, as the API describes it after the change.

        Raises:
            InvalidArgumentError: ``old_password`` or ``new_password`` is empty (no
                request is sent).
            BadRequestError: the API refused the change: ``old_password`` is not the
                user's password, or it does not accept ``new_password``.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
        """Invites ``email`` to the account with ``role`` (POST, JSON:API). Never
        retried after the request was sent: a retry could invite twice.

        The optional fields of the invitation (more roles, a limit to specific
        services with per-service access, the customer); only the ones set are sent.

        Args:
            email: the address to invite (one that does not read as
                ``local@domain.tld`` is refused before any request).
            role: the invitee's role, one of the six: user, tls_viewer, tls_admin,
                billing, engineer or superuser (any other is refused before any
                request).
            roles: Roles to grant besides ``role``, as the API names them (a blank
                name is refused before any request).
            limit_services: Whether the invitee's access is limited to specific
                services.
            customer_id: The customer to invite to, sent as the invitation's
                ``customer`` relationship (the API infers it from the token when not
                set; a blank id is refused before any request).
            service_invitations: Per-service access for an invitee whose access is
                limited to specific services: service id -> permission, one of full,
                read_only, purge_select or purge_all (another permission, or a blank
                service id, is refused before any request). Sent as the invitation's
                service-invitation relationships.

        Returns:
            The invitation created, as the API describes it.

        Raises:
            InvalidArgumentError: ``email`` is not an email address, ``role`` is not
                one of the six roles, ``roles`` holds a blank name, ``customer_id``
                is blank, or ``service_invitations`` names a blank service id or a
                permission other than full, read_only, purge_select and purge_all
                (no request is sent).
            BadRequestError: the API refuses the invitation.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_invitations(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Page[Invitation]:
        """One page of the account's invitations (JSON:API, paged by number).

        Which page to fetch, and how many invitations a page holds.

        Args:
            page_number: The page number, from 1 (the first page when not set; a
                number below 1 is refused before any request).
            page_size: Invitations per page, from 1 (the API's default, 20, when not
                set; a size below 1 is refused before any request).

        Returns:
            One page of invitations (``data``), with the totals the API gives.
            ``next_page_number`` is the number to pass as ``page_number`` for the
            next page; it is not set on the last page.

        Raises:
            InvalidArgumentError: ``page_number`` or ``page_size`` is below 1 (no
                request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_invitations(
        self,
        *,
        page_size: int | None = None,
    ) -> AsyncItemIterator[Invitation]:
        """Every invitation, fetched lazily page by page (the follow-all form of
        ``listInvitations``).

        Nothing is sent until the first step; a step fetches a page only when the
        invitations in hand run out, and an error ends the walk.

        Args:
            page_size: invitations per page, from 1 (the API's default, 20, when not
                set).

        Yields:
            Each invitation, fetching one page at a time when the items in hand run
            out.

        Raises:
            InvalidArgumentError: ``page_size`` is below 1 (no request is sent).
            DecodeError: the API points to the same next page twice. Otherwise each
                step (fetching a page) may raise what ``list_invitations`` raises.
        """
    async def delete_invitation(self, invitation_id: str) -> None:
        """Cancels an invitation.

        Args:
            invitation_id: the invitation's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the invitation is cancelled.

        Raises:
            NotFoundError: no invitation has that id, or the token cannot see it.
            InvalidArgumentError: ``invitation_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_tokens(self) -> list[Token]:
        """The tokens of the token's own user (one response, not paged).

        Returns:
            Every token of the token's user. A token's secret is never part of it.

        Raises:
            AuthenticationError: the token is missing, expired or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_customer_tokens(self, customer_id: str) -> list[Token]:
        """Every token of a customer's users (one response, not paged). Presumably for
        superusers only; Fastly does not say.

        Args:
            customer_id: the customer's id (a blank one is refused before any
                request).

        Returns:
            Every token of every user of the customer. A token's secret is never
            part of it.

        Raises:
            NotFoundError: no customer has that id, or the token cannot see it.
            InvalidArgumentError: ``customer_id`` is blank, ``.``, ``..`` or over 8
                KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_current_token(self) -> Token:
        """The token this client authenticates with.

        Returns:
            The token's description (never its secret).

        Raises:
            AuthenticationError: the token is expired or revoked (the API answers a
                token it does not know at all with :class:`PermissionDeniedError`).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_token(self, token_id: str) -> Token:
        """One token by id.

        Args:
            token_id: the token's id (a blank one, or ``self``, is refused before
                any request: ``get_current_token`` describes the current token).

        Returns:
            The token's description (never its secret).

        Raises:
            NotFoundError: no token has that id, or the token cannot see it.
            InvalidArgumentError: ``token_id`` is ``self``, blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def revoke_token(self, token_id: str) -> None:
        """Revokes one token by id. Users may revoke their own tokens; superusers may
        revoke other users' tokens too.

        Args:
            token_id: the token's id (a blank one, or ``self``, is refused before
                any request: ``revoke_current_token`` revokes the current token).

        Returns:
            Nothing: the token is revoked.

        Raises:
            NotFoundError: no token has that id, or the token cannot see it.
            InvalidArgumentError: ``token_id`` is ``self``, blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            BadRequestError: the API refuses to revoke the token.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def revoke_current_token(self) -> None:
        """Revokes the token this client authenticates with; every later call of this
        client then fails with :class:`AuthenticationError`.

        Returns:
            Nothing: the token is revoked.

        Raises:
            BadRequestError: the API refuses to revoke the token.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def bulk_revoke_tokens(self, token_ids: Sequence[str]) -> None:
        """Revokes several tokens in one request (JSON:API bulk extension). Users may
        revoke their own tokens; superusers may revoke other users' tokens too.

        Whether the API revokes the others when one id is unknown, already revoked
        or another user's is not documented.

        Args:
            token_ids: the ids of the tokens to revoke (at least one, none blank,
                else the call is refused before any request).

        Returns:
            Nothing: the tokens are revoked.

        Raises:
            InvalidArgumentError: ``token_ids`` is empty or holds a blank id (no
                request is sent).
            BadRequestError: the API refuses the request.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_roles(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """One page of IAM roles.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of roles (``data``), with the totals the API gives; pass its
            ``next_cursor`` back as ``cursor`` for the next page (it is absent on
            the last page), whether the API pages by cursor or by page number.

        Raises:
            InvalidArgumentError: ``per_page`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_roles(self, *, per_page: int | None = None) -> AsyncItemIterator[Role]:
        """Every IAM role, one page at a time, fetched lazily (the follow-all form of
        ``list_roles``).

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the roles in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            per_page: roles per page, at least 1 (the API's default when unset).

        Yields:
            Each role, fetching one page at a time when the items in hand run out.

        Raises:
            InvalidArgumentError: ``per_page`` is 0; the first step raises it,
                before any request. Otherwise each step (fetching a page) may raise
                what ``list_roles`` raises.
        """
    async def get_role(self, role_id: str) -> Role:
        """One IAM role by id.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            The role.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def create_role(self, name: str, *, description: str | None = None) -> Role:
        """Creates a custom role. Not retried once sent.

        A 5xx status, or a connection lost after the request went out, is returned
        at once, since the role may have been created. The new role grants no
        permissions yet: add them with ``add_role_permissions``.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        The optional fields of the new role: its description.

        Args:
            name: the role's name (a blank one is refused before any request).
            description: The role's description: what it is for (none when unset).

        Returns:
            The role created, as the API describes it.

        Raises:
            InvalidArgumentError: ``name`` is blank (no request is sent).
            BadRequestError: the API refuses the role (for example its name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_role(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> Role:
        """Changes a role's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        What to change: the new name, the new description, or both.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The role as it stands after the change.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``options`` sets neither field, or sets a
                blank ``name``; no request is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def delete_role(self, role_id: str) -> None:
        """Deletes a custom role (user groups lose it too).

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            Nothing: the role is deleted.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_role_permissions(self, role_id: str) -> list[Permission]:
        """The permissions a role grants.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).

        Returns:
            Every permission the role grants, in one list (this list is not paged).

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def add_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """Grants more permissions to a role. An empty list, or an empty id, is refused
        before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            permission_ids: the ids of the permissions to grant (at least one, none
                blank), as ``list_permissions`` gives them.

        Returns:
            Nothing: the role grants those permissions.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``permission_ids`` is empty or holds a
                blank id; no request is sent.
            BadRequestError: the API refuses the list, for example a permission id
                it does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def remove_role_permissions(
        self,
        role_id: str,
        permission_ids: Sequence[str],
    ) -> None:
        """Takes permissions away from a role (DELETE with a body). An empty list, or
        an empty id, is refused before any request.

        May be retired: Fastly's own clients dropped the ``/roles`` API in v12
        (October 2025), and ``/iam/v1/roles`` remains: prefer ``list_iam_roles`` and
        ``get_iam_role``.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            permission_ids: the ids of the permissions to take away (at least one,
                none blank); the API ignores ids the role does not grant.

        Returns:
            Nothing: the role no longer grants those permissions.

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded, or ``permission_ids`` is empty or holds a
                blank id; no request is sent.
            BadRequestError: the API refuses the list.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_permissions(self) -> list[Permission]:
        """Every permission a role can grant.

        Returns:
            Every IAM permission there is, in one list (this list is not paged).

        Raises:
            AuthenticationError: the token is missing, invalid or revoked.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_iam_roles(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[IamRole]:
        """One page of roles from the current IAM API (``/iam/v1/roles``), which pages
        by cursor.

        The page to fetch: its size (``limit``, from 1, sent as the API's ``limit``;
        the API's default when unset) and where to start (``cursor``: a page's
        ``next_cursor``; the first page when unset).

        Args:
            limit: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of roles (``data``); pass its ``next_cursor`` back as
            ``cursor`` for the next page (it is absent on the last page).

        Raises:
            InvalidArgumentError: ``limit`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_iam_roles(self, *, limit: int | None = None) -> AsyncItemIterator[IamRole]:
        """Every role of the current IAM API, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the roles in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        Args:
            limit: roles per page, at least 1 (the API's default when unset).

        Yields:
            Each role, fetching one page at a time when the items in hand run out.

        Raises:
            InvalidArgumentError: ``limit`` is 0; the first step raises it, before
                any request. Otherwise each step (fetching a page) may raise what
                ``list_iam_roles`` raises.
        """
    async def get_iam_role(
        self,
        role_id: str,
        *,
        include_permissions: bool | None = None,
    ) -> IamRole:
        """One role of the current IAM API, with its permissions when
        ``include_permissions`` is set.

        Args:
            role_id: the role's id (a blank one is refused before any request).
            include_permissions: whether to ask for the names of the permissions the
                role grants (sent as ``include=permissions``); without it the role's
                ``permissions`` is absent.

        Returns:
            The role, with its ``permissions`` filled in when asked for
            (``list_permissions`` describes each one).

        Raises:
            NotFoundError: no role has that id.
            InvalidArgumentError: ``role_id`` is blank, ``.``, ``..`` or over 8 KiB
                once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_service_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """One page of IAM service groups.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of service groups (``data``), with the totals the API gives;
            pass its ``next_cursor`` back as ``cursor`` for the next page (it is
            absent on the last page), whether the API pages by cursor or by page
            number.

        Raises:
            InvalidArgumentError: ``per_page`` is 0, or ``cursor`` is not one a page
                handed out (empty, holding whitespace or control characters, over 8
                KiB, or a ``page:N`` whose N is not a number from 1); no request is
                sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_service_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[ServiceGroup]:
        """Every service group, fetched lazily page by page (the follow-all form of
        ``list_service_groups``).

        Nothing is sent until the first item is asked for; a step fetches a page
        only when the groups in hand run out. The walk ends at its first error; if
        the API points to the same next page twice, that step fails with
        :class:`DecodeError`.

        Args:
            per_page: groups per page, at least 1 (the API's default when unset).

        Yields:
            Each service group, fetching one page at a time when the items in hand
            run out.

        Raises:
            InvalidArgumentError: ``per_page`` is 0; the first step raises it,
                before any request. Otherwise each step (fetching a page) may raise
                what ``list_service_groups`` raises.
        """
    async def create_service_group(
        self,
        name: str,
        *,
        description: str | None = None,
        services: Sequence[str] | None = None,
    ) -> ServiceGroup:
        """Creates a service group. Not retried once sent.

        A 5xx status, or a connection lost after the request went out, is returned
        at once, since the group may have been created. Services can also be added
        afterwards, with ``add_service_group_services``.

        The optional fields of the new group: its description and the services to
        put in it.

        Args:
            name: the group's name (a blank one is refused before any request).
            description: The group's description: what it is for (none when unset).
            services: Ids of the services to put in the group, sent as ``[{"id":
                ...}]`` (the shape ``add_service_group_services`` sends). The list
                may be empty; a blank id in it is refused before any request.
                Fastly's reference documents no services at creation, only through
                ``add_service_group_services`` afterwards.

        Returns:
            The service group created, as the API describes it.

        Raises:
            InvalidArgumentError: ``name`` is blank, or ``services`` holds a blank
                id (no request is sent).
            BadRequestError: the API refuses the group, for example a service id it
                does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_service_group(self, service_group_id: str) -> ServiceGroup:
        """One service group by id.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            The service group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_service_group(
        self,
        service_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> ServiceGroup:
        """Changes a group's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        What to change: the new name, the new description, or both.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The service group as it stands after the change.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``options`` sets neither field,
                or sets a blank ``name``; no request is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def delete_service_group(self, service_group_id: str) -> None:
        """Deletes a service group (user groups lose it too).

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the service group is deleted.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Service]:
        """One page of the services in a group.

        The page to fetch: its size (``per_page``, from 1; the API's default when
        unset) and where to start (``cursor``: a page's ``next_cursor``; the first
        page when unset).

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the group's services (``data``), with the totals the API
            gives; pass its ``next_cursor`` back as ``cursor`` for the next page (it
            is absent on the last page).

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, ``per_page`` is 0, or ``cursor`` is
                not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:N`` whose N is not a number from
                1); no request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_service_group_services(
        self,
        service_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[Service]:
        """Every service in a group, fetched lazily page by page (the follow-all form
        of ``list_service_group_services``).

        Nothing is sent until the first item is asked for; a refused
        ``service_group_id`` is the first step's error, still without any request. A
        step fetches a page only when the services in hand run out. The walk ends at
        its first error; if the API points to the same next page twice, that step
        fails with :class:`DecodeError`.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            per_page: services per page, at least 1 (the API's default when unset).

        Yields:
            Each service in the group, fetching one page at a time when the items in
            hand run out.

        Raises:
            NotFoundError: no service group has that id (raised by the first step).
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``per_page`` is 0; the first
                step raises it, before any request. Otherwise each step (fetching a
                page) may raise what ``list_service_group_services`` raises.
        """
    async def add_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """Puts services in a group. An empty list, or an empty id, is refused before
        any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the change may have been made.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            service_ids: the ids of the services to put in the group (at least one,
                none blank).

        Returns:
            Nothing: the services are in the group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``service_ids`` is empty or
                holds a blank id; no request is sent.
            BadRequestError: the API refuses the list, for example a service id it
                does not know.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def remove_service_group_services(
        self,
        service_group_id: str,
        service_ids: Sequence[str],
    ) -> None:
        """Takes services out of a group (DELETE with a body). An empty list, or an
        empty id, is refused before any request.

        Args:
            service_group_id: the group's id (a blank one is refused before any
                request).
            service_ids: the ids of the services to take out of the group (at least
                one, none blank).

        Returns:
            Nothing: the services are out of the group.

        Raises:
            NotFoundError: no service group has that id.
            InvalidArgumentError: ``service_group_id`` is blank, ``.``, ``..`` or
                over 8 KiB once percent-encoded, or ``service_ids`` is empty or
                holds a blank id; no request is sent.
            BadRequestError: the API refuses the list.
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_user_groups(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroup]:
        """One page of IAM user groups.

        The API pages this list by page number or by cursor; either way, a page's
        ``next_cursor`` is the continuation to pass back, unchanged, as ``cursor``.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of user groups, with the totals the API gives. Its
            ``next_cursor`` is set when more pages follow: pass it back as
            ``cursor`` to get the next one. It is ``None`` on the last page.

        Raises:
            InvalidArgumentError: ``per_page`` is below 1, or ``cursor`` is not one
                a page handed out (empty, holding whitespace or control characters,
                over 8 KiB, or a ``page:`` token that is not a page number from 1);
                no request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_groups(
        self,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[UserGroup]:
        """Every user group, fetched lazily page by page (the follow-all form of
        ``listUserGroups``).

        Nothing is sent until the first item is asked for. The walk ends at its
        first error; if the API points to the same next page twice, that step fails
        with :class:`DecodeError`.

        Args:
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each user group, fetching one page at a time when the items in hand run
            out.

        Raises:
            InvalidArgumentError: ``per_page`` is below 1 (no request is sent).
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_groups`` raises, and the errors every call may raise.
        """
    async def create_user_group(
        self,
        name: str,
        *,
        description: str | None = None,
    ) -> UserGroup:
        """Creates a user group.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once, since the group may have been created.
        Members, roles and service groups are added afterwards, with
        ``add_user_group_members``, ``add_user_group_roles`` and
        ``add_user_group_service_groups``.

        The optional fields: the group's ``description``.

        Args:
            name: the group's name (a blank one is refused before any request).
            description: The group's description: what it is for (none when unset).

        Returns:
            The new user group, as the API returns it.

        Raises:
            InvalidArgumentError: ``name`` is blank (no request is sent).
            BadRequestError: the API refuses the group (for example its name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def get_user_group(self, user_group_id: str) -> UserGroup:
        """One user group by id.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            The user group.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def update_user_group(
        self,
        user_group_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> UserGroup:
        """Changes a group's name or description (PATCH; only the fields set are sent,
        and at least one must be).

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        The fields to change: a new ``name``, a new ``description``, or both; a
        field left unset keeps its value.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            name: The new name (a blank one is refused before any request).
            description: The new description.

        Returns:
            The user group as updated.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``options`` sets neither ``name`` nor
                ``description``, or sets a blank ``name``, or ``user_group_id`` is
                blank, ``.``, ``..`` or over 8 KiB once percent-encoded; no request
                is sent.
            BadRequestError: the API refuses the change (for example the new name).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def delete_user_group(self, user_group_id: str) -> None:
        """Deletes a user group.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).

        Returns:
            Nothing: the group is deleted.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded (no request is sent).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[UserGroupMember]:
        """One page of a group's members (users and pending invitations).

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the group's members, users and pending invitations, with the
            totals the API gives. Its ``next_cursor`` is set when more pages follow:
            pass it back as ``cursor`` to get the next one. It is ``None`` on the
            last page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_members(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[UserGroupMember]:
        """Every member of a group (users and pending invitations), fetched lazily page
        by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each member, fetching one page at a time when the items in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_members`` raises, and the errors every call may
                raise.
        """
    async def add_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Adds users and pending invitations (by id) to a group. Both lists empty, or
        a blank id, is refused before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            user_ids: the ids of the users to add (may be empty if
                ``invitation_ids`` is not).
            invitation_ids: the ids of the pending invitations to add (may be empty
                if ``user_ids`` is not).

        Returns:
            Nothing: the members are added.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_ids`` and ``invitation_ids`` are both
                empty, either holds a blank id, or ``user_group_id`` is blank,
                ``.``, ``..`` or over 8 KiB once percent-encoded; no request is
                sent.
            BadRequestError: the API refuses the change (for example an id it does
                not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def remove_user_group_members(
        self,
        user_group_id: str,
        user_ids: Sequence[str] = ...,
        invitation_ids: Sequence[str] = ...,
    ) -> None:
        """Removes users and pending invitations (by id) from a group (DELETE with a
        body). Both lists empty, or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            user_ids: the ids of the users to remove (may be empty if
                ``invitation_ids`` is not).
            invitation_ids: the ids of the pending invitations to remove (may be
                empty if ``user_ids`` is not).

        Returns:
            Nothing: the members are removed.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_ids`` and ``invitation_ids`` are both
                empty, either holds a blank id, or ``user_group_id`` is blank,
                ``.``, ``..`` or over 8 KiB once percent-encoded; no request is
                sent.
            BadRequestError: the API refuses the change (for example an id it does
                not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[Role]:
        """One page of the roles a group grants.

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the roles the group grants, with the totals the API gives.
            Its ``next_cursor`` is set when more pages follow: pass it back as
            ``cursor`` to get the next one. It is ``None`` on the last page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_roles(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[Role]:
        """Every role a group grants, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each role the group grants, fetching one page at a time when the items
            in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_roles`` raises, and the errors every call may
                raise.
        """
    async def add_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """Grants roles (by id) to a group. An empty list, or a blank id, is refused
        before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            role_ids: the ids of the roles to grant (at least one).

        Returns:
            Nothing: the group grants the roles.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``role_ids`` is empty or holds a blank id, or
                ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``role_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def remove_user_group_roles(
        self,
        user_group_id: str,
        role_ids: Sequence[str],
    ) -> None:
        """Takes roles (by id) away from a group (DELETE with a body). An empty list,
        or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            role_ids: the ids of the roles to take away (at least one).

        Returns:
            Nothing: the group no longer grants the roles.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``role_ids`` is empty or holds a blank id, or
                ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``role_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def list_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> Page[ServiceGroup]:
        """One page of the service groups a group reaches.

        A page's ``next_cursor`` is the continuation to pass back, unchanged, as
        ``cursor``, whether the API pages this list by cursor or by page number.

        The page to fetch: its size (``per_page``) and where to start (``cursor``:
        the ``next_cursor`` of an earlier page; the first page when unset).

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: Items per page (the API's default when ``None``).
            cursor: Where to start: the ``next_cursor`` of an earlier ``Page``, or a
                cursor the API itself issued.

        Returns:
            One page of the service groups the group has access to, with the totals
            the API gives. Its ``next_cursor`` is set when more pages follow: pass
            it back as ``cursor`` to get the next one. It is ``None`` on the last
            page.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded; ``per_page`` is below 1; or ``cursor``
                is not one a page handed out (empty, holding whitespace or control
                characters, over 8 KiB, or a ``page:`` token that is not a page
                number from 1). No request is sent.
            BadRequestError: the API refuses the query (a page size or cursor it
                does not accept).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    def iter_user_group_service_groups(
        self,
        user_group_id: str,
        *,
        per_page: int | None = None,
    ) -> AsyncItemIterator[ServiceGroup]:
        """Every service group a group reaches, fetched lazily page by page.

        Nothing is sent until the first item is asked for; a refused
        ``user_group_id`` is the first step's error, still without any request. The
        walk ends at its first error; if the API points to the same next page twice,
        that step fails with :class:`DecodeError`.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            per_page: items per page, at least 1 (the API's default when unset).

        Yields:
            Each service group the group has access to, fetching one page at a time
            when the items in hand run out.

        Raises:
            NotFoundError: no user group has that id (raised by the first step).
            InvalidArgumentError: ``user_group_id`` is blank, ``.``, ``..`` or over
                8 KiB once percent-encoded, or ``per_page`` is below 1; no request
                is sent.
            FastlyError: Each step (fetching a page) may raise what
                ``list_user_group_service_groups`` raises, and the errors every call
                may raise.
        """
    async def add_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """Gives a group access to service groups (by id). An empty list, or a blank
        id, is refused before any request.

        Not retried once sent: a 5xx status, or a connection lost after the request
        went out, is returned at once.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            service_group_ids: the ids of the service groups to give access to (at
                least one).

        Returns:
            Nothing: the group has access to the service groups.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``service_group_ids`` is empty or holds a blank
                id, or ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``service_group_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
        """
    async def remove_user_group_service_groups(
        self,
        user_group_id: str,
        service_group_ids: Sequence[str],
    ) -> None:
        """Takes service groups (by id) away from a group (DELETE with a body). An
        empty list, or a blank id, is refused before any request.

        Args:
            user_group_id: the group's id (a blank one is refused before any
                request).
            service_group_ids: the ids of the service groups to take away (at least
                one).

        Returns:
            Nothing: the group no longer has access to the service groups.

        Raises:
            NotFoundError: no user group has that id.
            InvalidArgumentError: ``service_group_ids`` is empty or holds a blank
                id, or ``user_group_id`` is blank, ``.``, ``..`` or over 8 KiB once
                percent-encoded; no request is sent.
            BadRequestError: the API refuses the change (for example an id in
                ``service_group_ids`` it does not know).
            FastlyError: like every call, on authentication (401), permission (403),
                rate limit (429), server (5xx), network, timeout or decoding
                failures: its subclass for each.
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
