"""Type-checked with `mypy --strict` by test_typing.py: every operation, model,
attribute and exception of the public API, as a user would write them.
Not collected by pytest (no `test_` prefix) and never run against a server."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Iterator, List, Optional

import fastly_account as fa


def tour(client: fa.Client, customer_id: str, user_id: str) -> None:
    customer: fa.Customer = client.get_current_customer()
    customer = client.get_customer(customer_id)
    customer = client.update_customer(customer_id, name="New name")
    customer_fields: List[Optional[str]] = [
        customer.id, customer.name, customer.owner_id, customer.pricing_plan,
        customer.legal_contact_id, customer.technical_contact_id, customer.security_contact_id,
    ]
    wordpress: Optional[bool] = customer.can_configure_wordpress
    customer_times: List[Optional[datetime]] = [customer.created_at, customer.updated_at]

    me: fa.User = client.get_current_user()
    user: fa.User = client.get_user(user_id)
    user = client.update_user(user_id, name="Name", role="engineer")
    user = client.update_user(user_id, role="user")
    client.delete_user(user_id)
    users: List[fa.User] = client.list_customer_users(customer_id)
    user_texts: List[Optional[str]] = [
        me.id, me.login, me.name, me.role, me.customer_id, me.email_hash,
    ]
    user_flags: List[Optional[bool]] = [
        user.two_factor_auth_enabled, user.limit_services, user.locked, user.require_new_password,
    ]
    user_times: List[Optional[datetime]] = [user.created_at, user.updated_at, user.deleted_at]

    invitation: fa.Invitation = client.create_invitation("someone@example.com", "billing")
    invitation_texts: List[Optional[str]] = [
        invitation.id, invitation.email, invitation.role, invitation.status,
    ]
    invited_at: Optional[datetime] = invitation.created_at

    roles: fa.Page[fa.Role] = client.list_roles()
    roles = client.list_roles(per_page=10, cursor=roles.next_cursor)
    role_list: List[fa.Role] = roles.data
    total: Optional[int] = roles.total
    count: int = len(roles)
    for role in roles:
        role_name: Optional[str] = role.name
    every_role: Iterator[fa.Role] = client.iter_roles(per_page=50)
    walk: fa.ItemIterator[fa.Role] = client.iter_roles()
    pages: int = walk.pages_fetched
    first: fa.Role = next(walk)
    role = client.get_role("role-id")
    role_texts: List[Optional[str]] = [role.id, role.name, role.description]
    custom: Optional[bool] = role.custom
    permissions: Optional[int] = role.permissions_count
    role_times: List[Optional[datetime]] = [role.created_at, role.updated_at]

    service_groups: fa.Page[fa.ServiceGroup] = client.list_service_groups(per_page=5)
    service_groups = client.list_service_groups(cursor="abc")
    for group in client.iter_service_groups(per_page=5):
        services: Optional[int] = group.services_count
    group = client.create_service_group("name", description="d", services=["svc"])
    group = client.create_service_group("name")
    group_texts: List[Optional[str]] = [group.id, group.name, group.description]
    group_times: List[Optional[datetime]] = [group.created_at, group.updated_at]

    user_groups: fa.Page[fa.UserGroup] = client.list_user_groups(per_page=5, cursor=None)
    for user_group in client.iter_user_groups():
        counts: List[Optional[int]] = [
            user_group.users_count, user_group.roles_count, user_group.service_groups_count,
        ]
    user_group = client.create_user_group("name", description="d")
    user_group = client.create_user_group("name")
    ug_texts: List[Optional[str]] = [user_group.id, user_group.name, user_group.description]
    ug_times: List[Optional[datetime]] = [user_group.created_at, user_group.updated_at]

    dicts: List[Dict[str, Any]] = [
        customer.to_dict(), me.to_dict(), invitation.to_dict(), role.to_dict(),
        group.to_dict(), user_group.to_dict(), roles.to_dict(),
    ]
    same: bool = me == user and roles == roles
    hashes: int = hash(me) + hash(role)


def errors(client: fa.Client) -> Optional[str]:
    try:
        client.get_current_user()
    except fa.RateLimitError as e:
        remaining: Optional[int] = e.remaining
        reset: Optional[int] = e.reset
        return f"{remaining} {reset}"
    except (
        fa.AuthenticationError,
        fa.PermissionDeniedError,
        fa.NotFoundError,
        fa.BadRequestError,
        fa.ServerError,
        fa.UnexpectedStatusError,
        fa.RequestTimeoutError,
        fa.NetworkError,
        fa.DecodeError,
    ) as e:
        status: Optional[int] = e.status
        return f"{status} {e.message} {e}"
    except fa.InvalidArgumentError as e:
        value_error: ValueError = e
        return str(value_error)
    except fa.FastlyError as e:
        return e.message
    return None


def construct() -> List[fa.Client]:
    from_env = fa.Client()
    full = fa.Client(
        "TOKEN",
        endpoint="http://127.0.0.1:8080",
        timeout=30.0,
        connect_timeout=10,
        max_retries=3,
        max_response_bytes=1 << 20,
    )
    limit: Optional[fa.RateLimit] = full.rate_limit
    if limit is not None:
        left: Optional[int] = limit.remaining
        reset_at: Optional[int] = limit.reset
        limits: Dict[str, Any] = limit.to_dict()
    with fa.Client("TOKEN") as managed:
        text: str = repr(managed)
    version: str = fa.__version__
    return [from_env, full, managed]
