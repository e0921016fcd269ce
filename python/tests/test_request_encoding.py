"""What the requests send, as Fastly's own definitions say: one comma-joined
``roles`` field, the official request models' arguments, per-service
invitations, page metadata and the official models' fields. The sandbox reads
each field the way Fastly's definition sends it and refuses other encodings
(``roles[]=...``), so a request encoded otherwise fails here."""

from __future__ import annotations

import asyncio
from typing import Any, Dict

import pytest

import fastly_account as fa
from conftest import Sandbox


def test_update_user_sends_roles_as_one_comma_joined_field(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    user_id = seed["user_ids_by_role"]["engineer"][0]
    updated = client.update_user(user_id, roles=["role-engineer", "role-billing"], limit_services=True)
    assert updated.roles == ["role-engineer", "role-billing"]
    assert updated.limit_services is True
    assert client.get_user(user_id).roles == ["role-engineer", "role-billing"]
    me = client.update_current_user(roles=["role-superuser"])
    assert me.roles == ["role-superuser"]
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="comma"):
        client.update_user(user_id, roles=["a,b"])
    assert sandbox.requests() == []


def test_async_update_user_sends_roles_as_one_comma_joined_field(
    sandbox: Sandbox, seed: Dict[str, Any]
) -> None:
    user_id = seed["user_ids_by_role"]["engineer"][0]

    async def call() -> fa.User:
        return await sandbox.async_client().update_user(user_id, roles=["role-user", "role-billing"])

    assert asyncio.run(call()).roles == ["role-user", "role-billing"]


def test_the_official_request_models_arguments(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    user_id = seed["user_ids_by_role"]["billing"][0]
    assert client.update_user(user_id, login="moved@example.com").login == "moved@example.com"
    created = client.create_user(
        "twofactor@example.com", "Two Factor", roles=["role-user", "role-tls-viewer"],
        two_factor_auth_enabled=True, two_factor_setup_required=False,
    )
    assert created.roles == ["role-user", "role-tls-viewer"]
    assert (created.two_factor_auth_enabled, created.two_factor_setup_required) == (True, False)

    customer = client.update_customer(
        seed["customer_id"], billing_network_type="private", billing_ref="PO-42",
        has_account_panel=True, has_improved_events=False, has_openstack_logging=True,
        has_pci=True, pricing_plan="enterprise", pricing_plan_id="plan-7",
    )
    assert (customer.billing_network_type, customer.billing_ref) == ("private", "PO-42")
    assert (customer.has_account_panel, customer.has_improved_events) == (True, False)
    assert (customer.has_openstack_logging, customer.has_pci) == (True, True)
    assert (customer.pricing_plan, customer.pricing_plan_id) == ("enterprise", "plan-7")

    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="public, private"):
        client.update_customer(seed["customer_id"], billing_network_type="shared")
    with pytest.raises(fa.InvalidArgumentError):
        client.update_user(user_id, login="not an email")
    assert sandbox.requests() == []


def test_create_invitation_grants_access_per_service(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    services = seed["service_ids"]
    invitation = client.create_invitation(
        "per.service@example.com", "user", limit_services=True,
        service_invitations={services[0]: "purge_all", services[1]: "read_only"},
    )
    assert invitation.service_invitation_ids is not None
    assert len(invitation.service_invitation_ids) == 2
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="purge_all"):
        client.create_invitation("x@example.com", "user", service_invitations={services[0]: "admin"})
    assert sandbox.requests() == []
    with pytest.raises(fa.BadRequestError):
        client.create_invitation("y@example.com", "user", service_invitations={"no-such-service": "full"})


def test_a_new_service_group_holds_the_services_it_was_created_with(
    client: fa.Client, seed: Dict[str, Any]
) -> None:
    services = seed["service_ids"][:2]
    group = client.create_service_group("Two services", services=services)
    assert group.id is not None
    listed = [s.id for s in client.list_service_group_services(group.id)]
    assert listed == services


def test_pages_say_where_they_are(client: fa.Client) -> None:
    page = client.list_invitations(page_number=2, page_size=3)
    assert (page.current_page, page.per_page) == (2, 3)
    assert page.total_pages is not None and page.total_pages >= 2
    roles = client.list_roles(per_page=2)
    assert (roles.current_page, roles.per_page) == (1, 2)
    assert roles.total is not None and roles.total_pages == (roles.total + 1) // 2
    as_dict = roles.to_dict()
    assert (as_dict["current_page"], as_dict["per_page"]) == (1, 2)


def test_official_model_fields_are_reachable(client: fa.Client, seed: Dict[str, Any]) -> None:
    role = client.get_iam_role(seed["role_ids"][0], include_permissions=True)
    assert role.permissions and all(isinstance(name, str) and name for name in role.permissions)
    assert client.get_iam_role(seed["role_ids"][0]).permissions is None
    permission = client.list_permissions()[0]
    assert permission.object == "permission"
    token = fa.Token(id="t1", updated_at=None, deleted_at=None)
    assert (token.updated_at, token.deleted_at) == (None, None)
