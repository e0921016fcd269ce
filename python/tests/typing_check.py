"""Type-checked with `mypy --strict` by test_typing.py: every operation, model,
attribute and exception of the public API, as a user would write them.
Not collected by pytest (no `test_` prefix) and never run against a server."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, AsyncIterator, Dict, Iterator, List, Optional

import fastly_account as fa


def tour(client: fa.Client, customer_id: str, user_id: str) -> None:
    customer: fa.Customer = client.get_current_customer()
    customer = client.get_customer(customer_id)
    customer = client.update_customer(customer_id, name="New name")
    customer_fields: List[Optional[str]] = [
        customer.id, customer.name, customer.owner_id, customer.pricing_plan,
        customer.pricing_plan_id, customer.billing_contact_id, customer.legal_contact_id,
        customer.security_contact_id, customer.technical_contact_id, customer.phone_number,
        customer.postal_address, customer.ip_whitelist, customer.billing_network_type,
        customer.billing_ref,
    ]
    customer_flags: List[Optional[bool]] = [
        customer.can_configure_wordpress, customer.can_reset_passwords, customer.can_upload_vcl,
        customer.can_edit_matches, customer.can_stream_syslog, customer.force_2fa,
        customer.force_sso, customer.has_account_panel, customer.has_improved_events,
        customer.has_improved_ssl_config, customer.has_openstack_logging, customer.has_pci,
        customer.has_pci_passwords, customer.readonly,
    ]
    customer_times: List[Optional[datetime]] = [
        customer.created_at, customer.updated_at, customer.deleted_at,
    ]
    customer_extra: Dict[str, Any] = customer.extra

    me: fa.User = client.get_current_user()
    user: fa.User = client.get_user(user_id)
    user = client.update_user(user_id, name="Name", role="engineer")
    user = client.update_user(user_id, role="user")
    user = client.update_user(user_id, role="tls_admin")
    client.delete_user(user_id)
    users: List[fa.User] = client.list_customer_users(customer_id)
    user_texts: List[Optional[str]] = [
        me.id, me.login, me.name, me.role, me.customer_id, me.email_hash,
    ]
    user_flags: List[Optional[bool]] = [
        user.two_factor_auth_enabled, user.two_factor_setup_required, user.limit_services,
        user.locked, user.require_new_password,
    ]
    user_roles: Optional[List[str]] = user.roles
    user_times: List[Optional[datetime]] = [
        user.last_active_at, user.created_at, user.updated_at, user.deleted_at,
    ]
    user_extra: Dict[str, Any] = user.extra

    invitation: fa.Invitation = client.create_invitation("someone@example.com", "billing")
    invitation = client.create_invitation(
        "someone@example.com", "tls_viewer", roles=["role-id"], limit_services=True,
        customer_id=customer_id,
    )
    invitation = client.create_invitation("someone@example.com", "user", roles=("a", "b"))
    invitation_texts: List[Optional[str]] = [
        invitation.id, invitation.email, invitation.role, invitation.status,
        invitation.customer_id,
    ]
    invitation_lists: List[Optional[List[str]]] = [
        invitation.roles, invitation.service_invitation_ids,
    ]
    status_code: Optional[int] = invitation.status_code
    limited: Optional[bool] = invitation.limit_services
    invitation_times: List[Optional[datetime]] = [
        invitation.created_at, invitation.updated_at, invitation.deleted_at,
    ]

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
    role_texts: List[Optional[str]] = [role.id, role.object, role.name, role.description]
    custom: Optional[bool] = role.custom
    permissions: Optional[int] = role.permissions_count
    role_times: List[Optional[datetime]] = [role.created_at, role.updated_at]

    service_groups: fa.Page[fa.ServiceGroup] = client.list_service_groups(per_page=5)
    service_groups = client.list_service_groups(cursor="abc")
    for group in client.iter_service_groups(per_page=5):
        services: Optional[int] = group.services_count
    group = client.create_service_group("name", description="d", services=["svc"])
    group = client.create_service_group("name")
    group_texts: List[Optional[str]] = [group.id, group.object, group.name, group.description]
    group_times: List[Optional[datetime]] = [group.created_at, group.updated_at]

    user_groups: fa.Page[fa.UserGroup] = client.list_user_groups(per_page=5, cursor=None)
    for user_group in client.iter_user_groups():
        counts: List[Optional[int]] = [
            user_group.users_count, user_group.invitations_count, user_group.roles_count,
            user_group.service_groups_count,
        ]
    user_group = client.create_user_group("name", description="d")
    user_group = client.create_user_group("name")
    ug_texts: List[Optional[str]] = [
        user_group.id, user_group.object, user_group.name, user_group.description,
    ]
    ug_times: List[Optional[datetime]] = [user_group.created_at, user_group.updated_at]

    customer = client.update_customer(
        customer_id, phone_number="+1 555 0100", force_2fa=True, can_upload_vcl=False,
        billing_contact_id=user_id, owner_id=user_id, ip_whitelist="192.0.2.0/24",
    )
    client.delete_customer(customer_id)
    created: fa.User = client.create_user("new@example.com", "New", "engineer", roles=["r"])
    created = client.create_user("new@example.com", "New", role="billing", locked=False)
    created = client.create_user("new@example.com", "New", require_new_password=True)
    user = client.update_user(user_id, roles=("a", "b"), limit_services=True, locked=True)
    me = client.update_current_user(name="Me", require_new_password=False)
    client.request_password_reset("someone@example.com")

    invitations: fa.InvitationPage = client.list_invitations(page_number=2, page_size=10)
    same_page: fa.Page[fa.Invitation] = invitations
    next_number: Optional[int] = invitations.next_page_number
    if next_number is not None:
        invitations = client.list_invitations(page_number=next_number)
    invitation_walk: fa.ItemIterator[fa.Invitation] = client.iter_invitations(page_size=50)
    for pending in client.iter_invitations():
        pending_code: Optional[int] = pending.status_code
    client.delete_invitation("invitation-id")

    tokens: List[fa.Token] = client.list_tokens()
    tokens = client.list_customer_tokens(customer_id)
    token: fa.Token = client.get_current_token()
    token = client.get_token("token-id")
    token_texts: List[Optional[str]] = [
        token.id, token.name, token.user_id, token.customer_id, token.scope, token.ip,
        token.user_agent,
    ]
    token_services: Optional[List[str]] = token.services
    token_times: List[Optional[datetime]] = [
        token.created_at, token.last_used_at, token.expires_at,
    ]
    token_extra: Dict[str, Any] = token.extra
    client.revoke_token("token-id")
    client.bulk_revoke_tokens(["a", "b"])
    client.bulk_revoke_tokens(("a",))
    client.revoke_current_token()

    dicts: List[Dict[str, Any]] = [
        customer.to_dict(), me.to_dict(), invitation.to_dict(), role.to_dict(),
        group.to_dict(), user_group.to_dict(), roles.to_dict(), token.to_dict(),
    ]
    same: bool = me == user and roles == roles
    hashes: int = hash(me) + hash(role)


def iam(client: fa.Client, group_id: str) -> None:
    """The IAM operations of issue 11."""
    iam_roles: fa.Page[fa.IamRole] = client.list_iam_roles(limit=5)
    iam_roles = client.list_iam_roles(limit=5, cursor=iam_roles.next_cursor)
    iam_walk: fa.ItemIterator[fa.IamRole] = client.iter_iam_roles(limit=100)
    iam_role: fa.IamRole = client.get_iam_role("role-id", include_permissions=True)
    granted: Optional[List[str]] = iam_role.permissions
    iam_texts: List[Optional[str]] = [iam_role.display_name, iam_role.description]
    role: fa.Role = client.create_role("Deployer", description="d")
    role = client.update_role("role-id", name="New name")
    client.delete_role("role-id")
    permissions: List[fa.Permission] = client.list_role_permissions("role-id")
    permissions = client.list_permissions()
    permission_texts: List[Optional[str]] = [
        permissions[0].id, permissions[0].name, permissions[0].scope,
        permissions[0].resource_name, permissions[0].resource_description,
    ]
    client.add_role_permissions("role-id", ["perm-a", "perm-b"])
    client.remove_role_permissions("role-id", ("perm-a",))

    group: fa.ServiceGroup = client.get_service_group(group_id)
    group = client.update_service_group(group_id, description="d")
    services: fa.Page[fa.Service] = client.list_service_group_services(group_id, per_page=3)
    for service in client.iter_service_group_services(group_id, per_page=100):
        service_type: Optional[str] = service.type
    client.add_service_group_services(group_id, ["svc"])
    client.remove_service_group_services(group_id, ["svc"])
    client.delete_service_group(group_id)

    user_group: fa.UserGroup = client.get_user_group(group_id)
    user_group = client.update_user_group(group_id, name="n", description=None)
    members: fa.Page[fa.UserGroupMember] = client.list_user_group_members(group_id, cursor="c")
    member_walk: fa.ItemIterator[fa.UserGroupMember] = client.iter_user_group_members(group_id)
    for member in member_walk:
        member_texts: List[Optional[str]] = [
            member.object, member.login, member.email, member.name, member.role,
        ]
    client.add_user_group_members(group_id, ["user-id"])
    client.add_user_group_members(group_id, invitation_ids=["invitation-id"])
    client.remove_user_group_members(group_id, user_ids=("user-id",), invitation_ids=())
    group_roles: fa.Page[fa.Role] = client.list_user_group_roles(group_id, per_page=1)
    role_walk: fa.ItemIterator[fa.Role] = client.iter_user_group_roles(group_id)
    client.add_user_group_roles(group_id, ["role-id"])
    client.remove_user_group_roles(group_id, ["role-id"])
    group_service_groups: fa.Page[fa.ServiceGroup] = client.list_user_group_service_groups(group_id)
    group_walk: fa.ItemIterator[fa.ServiceGroup] = client.iter_user_group_service_groups(
        group_id, per_page=2
    )
    client.add_user_group_service_groups(group_id, ["sg-id"])
    client.remove_user_group_service_groups(group_id, ["sg-id"])
    client.delete_user_group(group_id)
    doubles: List[object] = [
        fa.IamRole(id="r", permissions=["service.read"]),
        fa.Service(id="s", type="vcl"),
        fa.UserGroupMember(id="u", object="user", role="engineer"),
    ]


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


def doubles() -> List[object]:
    """Models built by hand, as test doubles."""
    at = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    user = fa.User(id="u1", login="a@b.co", role="engineer", roles=["r"], created_at=at)
    copy = fa.User(**user.to_dict())
    return [
        user,
        copy,
        fa.Customer(id="c", name="n", force_2fa=True, extra={"new": [1, "x"]}),
        fa.Invitation(email="a@b.co", status_code=1, service_invitation_ids=[]),
        fa.Role(id="r", permissions_count=3, custom=False),
        fa.ServiceGroup(name="g", services_count=2),
        fa.UserGroup(name="g", invitations_count=0, extra=None),
        fa.RateLimit(remaining=1, reset=2),
        fa.Token(id="t", services=["svc"], expires_at=at, extra={"k": "v"}),
    ]


def construct() -> List[fa.Client]:
    from_env = fa.Client()
    full = fa.Client(
        "TOKEN",
        endpoint="http://127.0.0.1:8080",
        timeout=30.0,
        connect_timeout=10,
        max_retries=3,
        retry_base_delay=0.25,
        retry_max_delay=8,
        rate_limit_wait=0,
        max_response_bytes=1 << 20,
        max_idle_connections=16,
        ca_bundle="/etc/ssl/private-ca.pem",
        allow_insecure_http=False,
    )
    with_path = fa.Client("TOKEN", ca_bundle=Path("ca.pem"))
    limit: Optional[fa.RateLimit] = full.rate_limit
    if limit is not None:
        left: Optional[int] = limit.remaining
        reset_at: Optional[int] = limit.reset
        limits: Dict[str, Any] = limit.to_dict()
    with fa.Client("TOKEN") as managed:
        text: str = repr(managed)
    version: str = fa.__version__
    return [from_env, full, with_path, managed]


async def async_tour(client: fa.AsyncClient, customer_id: str, user_id: str, group_id: str) -> None:
    """The async surface: every operation awaited, every walk async-iterated."""
    import asyncio

    customer: fa.Customer = await client.get_current_customer()
    customer = await client.get_customer(customer_id)
    customer = await client.update_customer(customer_id, name="n", force_2fa=True)
    await client.delete_customer(customer_id)

    me: fa.User = await client.get_current_user()
    user: fa.User = await client.get_user(user_id)
    user = await client.update_user(user_id, name="Name", role="engineer", roles=("a",))
    me = await client.update_current_user(name="Me")
    created: fa.User = await client.create_user("new@example.com", "New", "engineer", locked=False)
    await client.delete_user(user_id)
    await client.request_password_reset("someone@example.com")
    users: List[fa.User] = await client.list_customer_users(customer_id)

    invitation: fa.Invitation = await client.create_invitation("a@b.co", "user", roles=["r"])
    invitations: fa.InvitationPage = await client.list_invitations(page_number=2, page_size=10)
    async for pending in client.iter_invitations(page_size=50):
        code: Optional[int] = pending.status_code
    await client.delete_invitation("invitation-id")

    tokens: List[fa.Token] = await client.list_tokens()
    tokens = await client.list_customer_tokens(customer_id)
    token: fa.Token = await client.get_current_token()
    token = await client.get_token("token-id")
    await client.revoke_token("token-id")
    await client.bulk_revoke_tokens(["a", "b"])
    await client.revoke_current_token()

    roles: fa.Page[fa.Role] = await client.list_roles(per_page=10, cursor=None)
    walk: fa.AsyncItemIterator[fa.Role] = client.iter_roles(per_page=50)
    every_role: AsyncIterator[fa.Role] = client.iter_roles()
    pages: int = walk.pages_fetched
    first: fa.Role = await walk.__anext__()
    async for role in walk:
        role_name: Optional[str] = role.name
    role = await client.get_role("role-id")
    role = await client.create_role("Deployer", description="d")
    role = await client.update_role("role-id", name="n")
    await client.delete_role("role-id")
    permissions: List[fa.Permission] = await client.list_role_permissions("role-id")
    permissions = await client.list_permissions()
    await client.add_role_permissions("role-id", ["p"])
    await client.remove_role_permissions("role-id", ("p",))
    iam_roles: fa.Page[fa.IamRole] = await client.list_iam_roles(limit=5, cursor="c")
    iam_walk: fa.AsyncItemIterator[fa.IamRole] = client.iter_iam_roles(limit=100)
    iam_role: fa.IamRole = await client.get_iam_role("role-id", include_permissions=True)

    groups: fa.Page[fa.ServiceGroup] = await client.list_service_groups(per_page=5)
    async for group in client.iter_service_groups(per_page=5):
        services_count: Optional[int] = group.services_count
    group = await client.create_service_group("name", description="d", services=["svc"])
    group = await client.get_service_group(group_id)
    group = await client.update_service_group(group_id, description="d")
    await client.delete_service_group(group_id)
    services: fa.Page[fa.Service] = await client.list_service_group_services(group_id, per_page=3)
    service_walk: fa.AsyncItemIterator[fa.Service] = client.iter_service_group_services(group_id)
    await client.add_service_group_services(group_id, ["svc"])
    await client.remove_service_group_services(group_id, ["svc"])

    user_groups: fa.Page[fa.UserGroup] = await client.list_user_groups(per_page=5)
    user_group_walk: fa.AsyncItemIterator[fa.UserGroup] = client.iter_user_groups()
    user_group: fa.UserGroup = await client.create_user_group("name", description="d")
    user_group = await client.get_user_group(group_id)
    user_group = await client.update_user_group(group_id, name="n")
    await client.delete_user_group(group_id)
    members: fa.Page[fa.UserGroupMember] = await client.list_user_group_members(group_id)
    member_walk: fa.AsyncItemIterator[fa.UserGroupMember] = client.iter_user_group_members(group_id)
    await client.add_user_group_members(group_id, ["user-id"], invitation_ids=())
    await client.remove_user_group_members(group_id, user_ids=("user-id",))
    group_roles: fa.Page[fa.Role] = await client.list_user_group_roles(group_id, per_page=1)
    group_role_walk: fa.AsyncItemIterator[fa.Role] = client.iter_user_group_roles(group_id)
    await client.add_user_group_roles(group_id, ["role-id"])
    await client.remove_user_group_roles(group_id, ["role-id"])
    group_sgs: fa.Page[fa.ServiceGroup] = await client.list_user_group_service_groups(group_id)
    group_sg_walk: fa.AsyncItemIterator[fa.ServiceGroup] = client.iter_user_group_service_groups(
        group_id, per_page=2
    )
    await client.add_user_group_service_groups(group_id, ["sg-id"])
    await client.remove_user_group_service_groups(group_id, ["sg-id"])

    # Composed with asyncio like any coroutine.
    task: "asyncio.Task[fa.User]" = asyncio.create_task(client.get_current_user())
    both: List[fa.User] = list(await asyncio.gather(client.get_current_user(), task))
    timed: fa.Customer = await asyncio.wait_for(client.get_current_customer(), 5.0)
    limit: Optional[fa.RateLimit] = client.rate_limit
    try:
        await client.get_current_user()
    except fa.RateLimitError as e:
        reset: Optional[int] = e.reset


async def async_construct() -> List[fa.AsyncClient]:
    from_env = fa.AsyncClient()
    full = fa.AsyncClient(
        "TOKEN", endpoint="http://127.0.0.1:8080", timeout=30.0, connect_timeout=10,
        max_retries=3, retry_base_delay=0.25, retry_max_delay=8, rate_limit_wait=0,
        max_response_bytes=1 << 20, max_idle_connections=16, ca_bundle=Path("ca.pem"),
        allow_insecure_http=False,
    )
    async with fa.AsyncClient("TOKEN") as managed:
        text: str = repr(managed)
    return [from_env, full, managed]


def testing_kit() -> None:
    """fastly_account.testing and the pytest fixture, as a user's tests use them."""
    from fastly_account.pytest_plugin import fastly_sandbox
    from fastly_account.testing import DEFAULT_TOKEN, Sandbox, SandboxRequest

    with Sandbox() as sandbox:
        endpoint: str = sandbox.endpoint
        token: str = sandbox.token
        running: bool = sandbox.running
        client: fa.Client = sandbox.client(max_retries=0, timeout=5.0)
        aclient: fa.AsyncClient = sandbox.async_client(max_retries=1)
        sandbox.fail(status=503, retry_after=2, path="/current_user", method="GET", times=2)
        sandbox.fail(rate_limit=True, remaining=0, reset_at=4102444800)
        sandbox.fail(delay_ms=500, forever=True)
        sandbox.fail(reset=True)
        sandbox.fail(close=True)
        sandbox.fail(truncate=True)
        sandbox.fail(malformed=True)
        sandbox.arm({"fault": {"type": "huge", "bytes": 1000}, "times": 1})
        log: List[SandboxRequest] = sandbox.requests()
        first: SandboxRequest = log[0]
        fields: List[object] = [
            first.seq, first.method, first.path, first.query, first.status, first.fault,
            first.fastly_key_present, first.fastly_key_valid,
        ]
        sandbox.clear_requests()
        sandbox.reset()
    sandbox.stop()
    other = Sandbox(token=DEFAULT_TOKEN)
    other.stop()
    fixture: object = fastly_sandbox
