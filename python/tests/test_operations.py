"""Every operation, end to end against the sandbox, checking what the client
sends (through the sandbox's request log) and what it gives back."""

from __future__ import annotations

import datetime as dt
from typing import Any, Dict

import pytest

import fastly_account as fa
from conftest import Sandbox

UTC = dt.timezone.utc


def last_request(sandbox: Sandbox) -> Dict[str, Any]:
    return sandbox.requests()[-1]


def test_get_current_customer(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    customer = client.get_current_customer()
    assert isinstance(customer, fa.Customer)
    assert customer.id == seed["customer_id"]
    assert customer.name == "Example Corp"
    assert customer.owner_id == seed["owner_user_id"]
    assert customer.can_configure_wordpress is False
    assert customer.legal_contact_id is None  # null in the seed
    assert customer.created_at == dt.datetime(2016, 7, 28, 19, 24, 50, tzinfo=UTC)
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("GET", "/current_customer", 200)
    assert request["fastly_key_valid"] is True
    assert request["user_agent"].startswith("fastly-account/") and "(python)" in request["user_agent"]


def test_get_customer(client: fa.Client, seed: Dict[str, Any]) -> None:
    customer = client.get_customer(seed["customer_id"])
    assert customer == client.get_current_customer()


def test_update_customer(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    updated = client.update_customer(seed["customer_id"], name="Renamed Corp")
    assert updated.name == "Renamed Corp"
    request = last_request(sandbox)
    assert request["method"] == "PUT"
    assert request["content_type"].startswith("application/x-www-form-urlencoded")
    assert client.get_current_customer().name == "Renamed Corp"


def test_get_current_user(client: fa.Client, seed: Dict[str, Any]) -> None:
    me = client.get_current_user()
    assert isinstance(me, fa.User)
    assert me.id == seed["owner_user_id"]
    assert me.role == "superuser"
    assert me.login == "owner@example.com"
    assert me.customer_id == seed["customer_id"]
    assert me.two_factor_auth_enabled is True
    assert me.deleted_at is None
    assert me.created_at is not None and me.created_at.tzinfo is not None
    assert me.created_at.utcoffset() == dt.timedelta(0)


def test_get_user_keeps_unknown_roles_and_nulls(client: fa.Client, seed: Dict[str, Any]) -> None:
    tls = client.get_user(seed["user_ids_by_role"]["tls_viewer"][0])
    assert tls.role == "tls_viewer"
    ulysses = client.get_user(seed["user_ids_by_role"]["user"][1])
    assert ulysses.name is None and ulysses.email_hash is None


def test_update_user(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["user"][0]
    updated = client.update_user(user_id, name="Uma Engineer", role="engineer")
    assert (updated.name, updated.role) == ("Uma Engineer", "engineer")
    assert client.get_user(user_id).role == "engineer"
    assert client.update_user(user_id, role="billing").name == "Uma Engineer"
    assert client.update_user(user_id, name="Uma B").role == "billing"
    assert last_request(sandbox)["method"] == "PUT"
    assert client.get_user(user_id).name == "Uma B"


def test_delete_user(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["engineer"][1]
    result: object = client.delete_user(user_id)  # type: ignore[func-returns-value]
    assert result is None
    assert last_request(sandbox)["method"] == "DELETE"
    with pytest.raises(fa.NotFoundError):
        client.get_user(user_id)


def test_list_customer_users(client: fa.Client, seed: Dict[str, Any]) -> None:
    users = client.list_customer_users(seed["customer_id"])
    assert isinstance(users, list)
    assert all(isinstance(user, fa.User) for user in users)
    assert len(users) == seed["users_total"]
    ids = {user.id for user in users}
    assert seed["owner_user_id"] in ids
    assert {user.role for user in users} >= {"user", "billing", "engineer", "superuser", "tls_viewer"}


def test_create_invitation(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    invitation = client.create_invitation("new.person@example.com", "engineer")
    assert isinstance(invitation, fa.Invitation)
    assert invitation.id
    assert invitation.email == "new.person@example.com"
    assert invitation.role == "engineer"
    # The live shape: status_code (1 = active), no `status`.
    assert (invitation.status_code, invitation.status) == (1, None)
    assert invitation.limit_services is False
    assert invitation.customer_id == seed["customer_id"]
    assert invitation.service_invitation_ids == []
    assert isinstance(invitation.created_at, dt.datetime) and invitation.created_at.tzinfo is not None
    assert invitation.updated_at is not None and invitation.deleted_at is None
    request = last_request(sandbox)
    assert (request["method"], request["path"]) == ("POST", "/invitations")
    assert request["content_type"].startswith("application/vnd.api+json")


def test_create_invitation_seed_shape(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    sandbox.set_style("seed")
    invitation = client.create_invitation("seed.shape@example.com", "billing")
    assert (invitation.email, invitation.role, invitation.status) == ("seed.shape@example.com", "billing", "pending")
    assert invitation.status_code is None and invitation.updated_at is None
    assert invitation.customer_id == seed["customer_id"]
    assert isinstance(invitation.created_at, dt.datetime)


def test_create_invitation_bare_envelope(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.set_style("seed")
    sandbox.control("PUT", "/settings", {"invitation_envelope": "bare"})
    invitation = client.create_invitation("bare@example.com", "user")
    assert (invitation.email, invitation.role, invitation.status) == ("bare@example.com", "user", "pending")


@pytest.mark.parametrize("style", ["live", "seed"])
def test_list_roles_page(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox, style: str) -> None:
    sandbox.set_style(style)
    page = client.list_roles(per_page=5)
    assert isinstance(page, fa.Page)
    assert len(page.data) == 5 and len(page) == 5
    assert all(isinstance(role, fa.Role) for role in page.data)
    assert list(page) == page.data
    assert page.total == seed["roles_total"]
    assert page.next_cursor is not None
    assert last_request(sandbox)["query"] == "per_page=5"
    second = client.list_roles(per_page=5, cursor=page.next_cursor)
    assert {r.id for r in second}.isdisjoint({r.id for r in page})
    if style == "live":  # page numbers
        assert last_request(sandbox)["query"] == "per_page=5&page=2"
    else:  # the API's cursor, which may also come at the top level of the envelope
        assert "cursor=" in last_request(sandbox)["query"]
        sandbox.control("PUT", "/settings", {"cursor_location": "top"})
        assert client.list_roles(per_page=5) == page


def test_list_roles_defaults(client: fa.Client, seed: Dict[str, Any]) -> None:
    page = client.list_roles()
    assert len(page.data) == min(seed["roles_total"], 20)


def test_get_role(client: fa.Client, seed: Dict[str, Any]) -> None:
    role = client.get_role("role-custom-auditor")
    assert (role.id, role.name, role.custom, role.permissions_count) == ("role-custom-auditor", "Auditor", True, 3)
    assert role.description is None
    assert role.id in seed["role_ids"]


def test_list_service_groups(client: fa.Client, seed: Dict[str, Any]) -> None:
    page = client.list_service_groups(per_page=2)
    assert [type(g) for g in page] == [fa.ServiceGroup, fa.ServiceGroup]
    assert page.total == seed["service_groups_total"]
    assert page.data[0].id == "sg-production" and page.data[0].services_count == 12


def test_create_service_group(client: fa.Client, sandbox: Sandbox) -> None:
    group = client.create_service_group("Edge", description="Edge services", services=["svc1", "svc2"])
    assert isinstance(group, fa.ServiceGroup)
    assert (group.name, group.description, group.services_count) == ("Edge", "Edge services", 2)
    assert group.id and group.created_at is not None
    assert last_request(sandbox)["content_type"].startswith("application/json")
    bare = client.create_service_group("Bare")
    assert (bare.description, bare.services_count) == (None, 0)
    assert client.create_service_group("Tuple", services=("a",)).services_count == 1


def test_list_user_groups(client: fa.Client, seed: Dict[str, Any]) -> None:
    page = client.list_user_groups(per_page=3)
    assert [g.id for g in page][:1] == ["ug-platform"]
    assert page.data[0].users_count == 6 and page.data[0].service_groups_count == 2
    assert page.total == seed["user_groups_total"]


def test_create_user_group(client: fa.Client) -> None:
    group = client.create_user_group("SRE", description="On call")
    assert isinstance(group, fa.UserGroup)
    assert (group.name, group.description) == ("SRE", "On call")
    assert client.create_user_group("Plain").description is None
    names = {g.name for g in client.iter_user_groups(per_page=50)}
    assert {"SRE", "Plain"} <= names


def test_iter_service_groups_and_user_groups(client: fa.Client, seed: Dict[str, Any]) -> None:
    groups = list(client.iter_service_groups(per_page=4))
    assert len(groups) == seed["service_groups_total"]
    assert len({g.id for g in groups}) == len(groups)
    user_groups = list(client.iter_user_groups(per_page=4))
    assert len(user_groups) == seed["user_groups_total"]
    assert all(isinstance(g, fa.UserGroup) for g in user_groups)


def test_context_manager(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        assert isinstance(client, fa.Client)
        assert client.get_current_user().role == "superuser"


def test_client_from_environment(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTLY_API_TOKEN", sandbox.token)
    monkeypatch.setenv("FASTLY_API_ENDPOINT", sandbox.url)
    client = fa.Client()
    assert client.get_current_user().login == "owner@example.com"
    assert sandbox.url in repr(client)
    monkeypatch.delenv("FASTLY_API_TOKEN")
    with pytest.raises(fa.InvalidArgumentError, match="FASTLY_API_TOKEN"):
        fa.Client()


def test_client_options_are_validated(sandbox: Sandbox) -> None:
    for options in (
        {"timeout": -1.0},
        {"timeout": 0},
        {"connect_timeout": float("nan")},
        {"max_retries": -1},
        {"max_response_bytes": -1},
    ):
        with pytest.raises(fa.InvalidArgumentError):
            fa.Client(sandbox.token, endpoint=sandbox.url, **options)
    with pytest.raises(fa.InvalidArgumentError):
        fa.Client(sandbox.token, endpoint="http://example.com")  # plain http off loopback
    # Integers are accepted as seconds.
    assert fa.Client(
        sandbox.token, endpoint=sandbox.url, timeout=3, connect_timeout=1, max_retries=2,
        max_response_bytes=1 << 20,
    )


def test_retries_recover_from_a_503(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 503}, path="/current_user", times=1)
    client = sandbox.client(max_retries=2)
    assert client.get_current_user().role == "superuser"
    statuses = [r["status"] for r in sandbox.requests() if r["path"] == "/current_user"]
    assert statuses == [503, 200]


def test_rate_limit_reports_the_last_headers_seen(client: fa.Client, sandbox: Sandbox) -> None:
    client.get_current_user()
    assert client.rate_limit is None  # the sandbox sends the headers only with a 429
    sandbox.arm({"type": "rate_limit", "remaining": 7, "reset": 2_000_000_000}, path="/current_user")
    with pytest.raises(fa.RateLimitError):
        client.get_current_user()
    limit = client.rate_limit
    assert isinstance(limit, fa.RateLimit)
    assert (limit.remaining, limit.reset) == (7, 2_000_000_000)
    assert repr(limit) == "RateLimit(remaining=7, reset=2000000000)"
    assert limit.to_dict() == {"remaining": 7, "reset": 2_000_000_000}
    assert limit == client.rate_limit and hash(limit) == hash(client.rate_limit)
    # Per client: another client has seen nothing.
    assert sandbox.client().rate_limit is None
