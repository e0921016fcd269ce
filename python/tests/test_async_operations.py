"""Every operation of `Client` through `AsyncClient`, end to end against the
sandbox: the async call must send the same requests as the blocking one
(checked in the sandbox's request log, each answered 2xx) and give the same
result (models compare by value), from a freshly reset sandbox each time.
The blocking client's own tests (test_operations.py, test_iam.py, ...)
check those results against the seed; this proves the async surface gives
exactly them."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
from typing import Any, Callable, Dict, List, Tuple

import pytest

import fastly_account as fa
from conftest import Sandbox

Seed = Dict[str, Any]
Args = Tuple[Tuple[Any, ...], Dict[str, Any]]


def a(*args: Any, **kwargs: Any) -> Args:
    return args, kwargs


def first_member(client: fa.Client, group_id: str) -> Args:
    member = client.list_user_group_members(group_id).data[0]
    if member.object == "invitation":
        return a(group_id, invitation_ids=[member.id])
    return a(group_id, user_ids=[member.id])


def in_sudo(seed: Seed, client: fa.Client, args: Args) -> Args:
    """The arguments, once the token is in sudo mode (creating automation tokens)."""
    client.request_sudo_access(seed["owner_login"], seed["owner_password"])
    return args


def limited_token(seed: Seed, client: fa.Client) -> str:
    """An automation token limited to three services, created for the test."""
    client.request_sudo_access(seed["owner_login"], seed["owner_password"])
    token = client.create_automation_token("limited", "user", services=seed["service_ids"][:3])
    assert token.id
    return token.id


def without_billing_address(seed: Seed, client: fa.Client, args: Args) -> Args:
    """The arguments, once the seeded billing address is gone (one per customer)."""
    client.delete_billing_address(seed["customer_id"])
    return args


# operation -> its arguments, from the seed and (for what the seed does not
# name) the blocking client. Every operation of `Client` is here (checked
# by test_every_operation_is_covered).
OPERATIONS: Dict[str, Callable[[Seed, fa.Client], Args]] = {
    # Customer.
    "get_current_customer": lambda s, c: a(),
    "get_customer": lambda s, c: a(s["customer_id"]),
    "update_customer": lambda s, c: a(s["customer_id"], name="Async Corp", force_2fa=True),
    "delete_customer": lambda s, c: a(s["customer_id"]),
    "list_contacts": lambda s, c: a(s["customer_id"]),
    "list_customer_addresses": lambda s, c: a(),
    "create_customer_address": lambda s, c: a("tax", address_1="2 Side St", country="US"),
    "update_customer_address": lambda s, c: a("billing", region="CA"),
    "create_contact": lambda s, c: a(s["customer_id"], "billing", name="Bill", email="bill@example.com"),
    "delete_contact": lambda s, c: a(s["customer_id"], c.list_contacts(s["customer_id"])[0].id),
    # Users.
    "get_current_user": lambda s, c: a(),
    "get_user": lambda s, c: a(s["user_ids_by_role"]["tls_viewer"][0]),
    "update_user": lambda s, c: a(s["user_ids_by_role"]["user"][0], name="Uma", role="engineer"),
    "update_current_user": lambda s, c: a(name="Async Owner"),
    "create_user": lambda s, c: a("async.user@example.com", "Async User", "billing"),
    "delete_user": lambda s, c: a(s["user_ids_by_role"]["engineer"][1]),
    "request_password_reset": lambda s, c: a("owner@example.com"),
    "update_user_password": lambda s, c: a("sandbox-owner-password", "a-new-password"),
    "list_customer_users": lambda s, c: a(s["customer_id"]),
    # Invitations.
    "create_invitation": lambda s, c: a("async.invitee@example.com", "engineer", limit_services=True),
    "list_invitations": lambda s, c: a(page_size=3),
    "iter_invitations": lambda s, c: a(page_size=3),
    "delete_invitation": lambda s, c: a(s["invitation_ids"][0]),
    # Tokens.
    "list_tokens": lambda s, c: a(),
    "list_customer_tokens": lambda s, c: a(s["customer_id"]),
    "get_current_token": lambda s, c: a(),
    "get_token": lambda s, c: a(s["token_ids"][2]),
    "revoke_token": lambda s, c: a(s["token_ids"][1]),
    "revoke_current_token": lambda s, c: a(),
    "bulk_revoke_tokens": lambda s, c: a(s["token_ids"][2:4]),
    # Automation tokens and sudo mode.
    "list_automation_tokens": lambda s, c: a(per_page=1),
    "iter_automation_tokens": lambda s, c: a(per_page=1),
    "get_automation_token": lambda s, c: a(c.list_automation_tokens().data[0].id),
    "request_sudo_access": lambda s, c: a(s["owner_login"], s["owner_password"]),
    "create_automation_token": lambda s, c: in_sudo(s, c, a("ci", "engineer", scope="global")),
    "revoke_automation_token": lambda s, c: a(c.list_automation_tokens().data[0].id),
    "list_automation_token_services": lambda s, c: a(limited_token(s, c), per_page=1),
    "iter_automation_token_services": lambda s, c: a(limited_token(s, c), per_page=1),
    # Service authorizations.
    "list_service_authorizations": lambda s, c: a(per_page=1),
    "iter_service_authorizations": lambda s, c: a(per_page=1),
    "get_service_authorization": lambda s, c: a("saSeedx4xCwxxJxErin001"),
    "create_service_authorization": lambda s, c: a(
        s["user_ids_by_role"]["billing"][0], s["service_ids"][0], "purge_select"
    ),
    "update_service_authorization": lambda s, c: a("saSeedx4xCwxxJxErin001", "read_only"),
    "delete_service_authorization": lambda s, c: a("saSeedx4xCwxxJxUma0001"),
    "bulk_update_service_authorizations": lambda s, c: a(
        ["saSeedx4xCwxxJxErin001", "saSeedx4xCwxxJxUma0001"], "purge_all"
    ),
    "bulk_delete_service_authorizations": lambda s, c: a(["saSeedx4xCwxxJxUma0001"]),
    # The audit log.
    "list_events": lambda s, c: a(sort="-created_at", per_page=3),
    "iter_events": lambda s, c: a(event_type="logging.update", per_page=1),
    "get_event": lambda s, c: a(c.list_events().data[0].id),
    # The billing address.
    "get_billing_address": lambda s, c: a(s["customer_id"]),
    "add_billing_address": lambda s, c: without_billing_address(s, c, a(
        s["customer_id"], address_1="1 Main St", city="Springfield", country="US"
    )),
    "update_billing_address": lambda s, c: a(s["customer_id"], city="Shelbyville"),
    "delete_billing_address": lambda s, c: a(s["customer_id"]),
    # IAM roles.
    "list_roles": lambda s, c: a(per_page=5),
    "iter_roles": lambda s, c: a(per_page=5),
    "get_role": lambda s, c: a(s["role_ids"][1]),
    "create_role": lambda s, c: a("Async role", description="made by AsyncClient"),
    "update_role": lambda s, c: a("role-custom-deployer", name="Deployer 2"),
    "delete_role": lambda s, c: a("role-custom-auditor"),
    "list_role_permissions": lambda s, c: a("role-custom-deployer"),
    "add_role_permissions": lambda s, c: a("role-custom-deployer", s["permission_ids"][-2:]),
    "remove_role_permissions": lambda s, c: a(
        "role-custom-deployer", [c.list_role_permissions("role-custom-deployer")[0].id]
    ),
    "list_permissions": lambda s, c: a(),
    "list_iam_roles": lambda s, c: a(limit=4),
    "iter_iam_roles": lambda s, c: a(limit=4),
    "get_iam_role": lambda s, c: a(c.list_iam_roles(limit=1).data[0].id, include_permissions=True),
    # Service groups.
    "list_service_groups": lambda s, c: a(per_page=4),
    "iter_service_groups": lambda s, c: a(per_page=4),
    "create_service_group": lambda s, c: a("Async SG", description="d", services=s["service_ids"][-1:]),
    "get_service_group": lambda s, c: a(s["service_group_ids"][0]),
    "update_service_group": lambda s, c: a(s["service_group_ids"][0], description="async"),
    "delete_service_group": lambda s, c: a(s["service_group_ids"][2]),
    "list_service_group_services": lambda s, c: a(s["multi_page_service_group_id"], per_page=5),
    "iter_service_group_services": lambda s, c: a(s["multi_page_service_group_id"], per_page=5),
    "add_service_group_services": lambda s, c: a(s["service_group_ids"][0], s["service_ids"][-2:]),
    "remove_service_group_services": lambda s, c: a(
        s["multi_page_service_group_id"], s["service_ids"][:2]
    ),
    # User groups.
    "list_user_groups": lambda s, c: a(per_page=4),
    "iter_user_groups": lambda s, c: a(per_page=4),
    "create_user_group": lambda s, c: a("Async UG", description="d"),
    "get_user_group": lambda s, c: a(s["user_group_ids"][0]),
    "update_user_group": lambda s, c: a(s["user_group_ids"][0], name="Platform 2"),
    "delete_user_group": lambda s, c: a(s["user_group_ids"][2]),
    "list_user_group_members": lambda s, c: a(s["multi_page_user_group_id"], per_page=3),
    "iter_user_group_members": lambda s, c: a(s["multi_page_user_group_id"], per_page=3),
    "add_user_group_members": lambda s, c: a(
        s["user_group_ids"][1], [s["user_ids_by_role"]["tls_admin"][0]]
    ),
    "remove_user_group_members": lambda s, c: first_member(c, s["multi_page_user_group_id"]),
    "list_user_group_roles": lambda s, c: a(s["user_group_ids"][0], per_page=1),
    "iter_user_group_roles": lambda s, c: a(s["user_group_ids"][0], per_page=1),
    "add_user_group_roles": lambda s, c: a(s["user_group_ids"][1], ["role-tls-admin"]),
    "remove_user_group_roles": lambda s, c: a(
        s["user_group_ids"][0], [c.list_user_group_roles(s["user_group_ids"][0]).data[0].id]
    ),
    "list_user_group_service_groups": lambda s, c: a(s["user_group_ids"][0], per_page=1),
    "iter_user_group_service_groups": lambda s, c: a(s["user_group_ids"][0], per_page=1),
    "add_user_group_service_groups": lambda s, c: a(
        s["user_group_ids"][1], [s["service_group_ids"][1]]
    ),
    "remove_user_group_service_groups": lambda s, c: a(
        s["user_group_ids"][0],
        [c.list_user_group_service_groups(s["user_group_ids"][0]).data[0].id],
    ),
}


def operations_of(cls: type) -> List[str]:
    return sorted(n for n in vars(cls) if not n.startswith("_") and n != "rate_limit")


def test_every_operation_is_covered() -> None:
    assert sorted(OPERATIONS) == operations_of(fa.Client)


def test_async_client_has_every_operation_with_the_same_signature() -> None:
    assert operations_of(fa.AsyncClient) == operations_of(fa.Client)
    for name in operations_of(fa.Client):
        blocking = getattr(fa.Client, name).__text_signature__
        assert getattr(fa.AsyncClient, name).__text_signature__ == blocking, name
    assert fa.AsyncClient.__init__.__text_signature__ == fa.Client.__init__.__text_signature__


def normalised(value: Any) -> Any:
    """A result as comparable data: models as dicts, timestamps set by the
    sandbox at the call itself (creation, update) as "now"."""
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, fa.TokenSecret):
        return "a new secret"
    if isinstance(value, fa.Page):
        return {"page": normalised(value.to_dict())}
    if hasattr(value, "to_dict"):
        return normalised(value.to_dict())
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, dt.datetime):
        age = dt.datetime.now(dt.timezone.utc) - value
        return "now" if abs(age) < dt.timedelta(minutes=2) else value
    return value


def log(sandbox: Sandbox) -> List[Tuple[str, str, str, int]]:
    return [(r["method"], r["path"], r["query"], r["status"]) for r in sandbox.requests()]


def run_blocking(sandbox: Sandbox, name: str) -> Tuple[Any, List[Tuple[str, str, str, int]]]:
    sandbox.reset()
    client = sandbox.client()
    args, kwargs = OPERATIONS[name](sandbox.seed(), client)
    sandbox.clear_requests()
    result = getattr(client, name)(*args, **kwargs)
    if name.startswith("iter_"):
        result = list(result)
    return result, log(sandbox)


def run_async(sandbox: Sandbox, name: str) -> Tuple[Any, List[Tuple[str, str, str, int]]]:
    sandbox.reset()
    args, kwargs = OPERATIONS[name](sandbox.seed(), sandbox.client())
    sandbox.clear_requests()

    async def call() -> Any:
        client = sandbox.async_client()
        operation = getattr(client, name)
        if name.startswith("iter_"):
            walk = operation(*args, **kwargs)
            assert isinstance(walk, fa.AsyncItemIterator)
            return [item async for item in walk]
        awaitable = operation(*args, **kwargs)
        assert inspect.isawaitable(awaitable) and asyncio.iscoroutine(awaitable)
        return await awaitable

    return asyncio.run(call()), log(sandbox)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_through_async_client(sandbox: Sandbox, name: str) -> None:
    result, requests = run_async(sandbox, name)
    expected, expected_requests = run_blocking(sandbox, name)
    assert requests, "the async call made no request"
    assert all(200 <= status < 300 for (_, _, _, status) in requests), requests
    assert requests == expected_requests
    assert type(result) is type(expected)
    if isinstance(expected, list) and name.startswith(("iter_", "list_")):
        assert expected, "a list operation should find items in the seed"
    assert normalised(result) == normalised(expected)
