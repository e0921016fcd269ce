"""What the live API sends and takes, as the sandbox imitates it by default:
the six roles, the rich invitation, every documented field plus unknown ones
(`extra`), and odd values that must not fail a response."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any, Dict, List, Sequence

import pytest

import fastly_account as fa
from conftest import Sandbox

UTC = dt.timezone.utc

SIX_ROLES = ["user", "tls_viewer", "tls_admin", "billing", "engineer", "superuser"]


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def check_against_raw(model: Any, raw: Dict[str, Any], may_lack: Sequence[str] = ()) -> None:
    """Every documented attribute of `model` is in the raw JSON (but those in
    `may_lack`) and has its value; every other raw member is in `extra`, as sent."""
    attributes = {key: value for key, value in model.to_dict().items() if key != "extra"}
    missing = set(attributes) - set(raw) - set(may_lack)
    assert not missing, f"documented fields the sandbox does not send: {missing}"
    for key, value in raw.items():
        if key in attributes:
            if key.endswith("_at") and isinstance(value, str):
                value = parse_time(value)
            assert attributes[key] == value, key
    assert model.extra == {key: value for key, value in raw.items() if key not in attributes}


# --- (b) the six roles ---------------------------------------------------------


@pytest.mark.parametrize("role", SIX_ROLES)
def test_update_user_accepts_every_role(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox, role: str
) -> None:
    user_id = seed["user_ids_by_role"]["user"][0]
    updated = client.update_user(user_id, role=role)
    assert updated.role == role
    request = sandbox.requests()[-1]
    assert (request["method"], request["status"]) == ("PUT", 200)
    assert client.get_user(user_id).role == role  # the API stored it


@pytest.mark.parametrize("role", SIX_ROLES)
def test_create_invitation_accepts_every_role(client: fa.Client, sandbox: Sandbox, role: str) -> None:
    invitation = client.create_invitation(f"invitee.{role}@example.com", role)
    assert invitation.role == role
    request = sandbox.requests()[-1]
    assert (request["method"], request["path"], request["status"]) == ("POST", "/invitations", 200)


def test_unknown_roles_read_back_as_sent(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["tls_admin"][0]
    assert client.get_user(user_id).role == "tls_admin"
    sandbox.patch("user", user_id, {"role": "future_role"})
    assert client.get_user(user_id).role == "future_role"


# --- (c) invitations: live and seed shapes -------------------------------------


def test_invitation_live_shape(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    before = dt.datetime.now(UTC).replace(microsecond=0)
    invitation = client.create_invitation(
        "live.shape@example.com",
        "tls_admin",
        roles=["role-tls-admin", "role-custom-auditor"],
        limit_services=True,
        customer_id=seed["customer_id"],
    )
    assert invitation.id and invitation.email == "live.shape@example.com"
    assert invitation.role == "tls_admin"
    assert invitation.roles == ["role-tls-admin", "role-custom-auditor"]
    assert invitation.limit_services is True
    assert invitation.status_code == 1
    assert invitation.status is None  # the seed's field; the live API does not send it
    assert invitation.customer_id == seed["customer_id"]
    assert invitation.service_invitation_ids == []
    assert invitation.created_at is not None and invitation.created_at >= before
    assert invitation.updated_at is not None and invitation.updated_at >= before
    assert invitation.deleted_at is None
    assert invitation.extra == {}
    # Without the options the API's defaults come back.
    plain = client.create_invitation("live.plain@example.com", "user")
    assert (plain.roles, plain.limit_services, plain.status_code) == (None, False, 1)
    requests = [r for r in sandbox.requests() if r["path"] == "/invitations"]
    assert [r["status"] for r in requests] == [200, 200]


def test_invitation_seed_shape(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    sandbox.set_style("seed")
    invitation = client.create_invitation("seed.style@example.com", "engineer")
    assert invitation.status == "pending"
    assert (invitation.status_code, invitation.roles, invitation.limit_services) == (None, None, None)
    assert invitation.customer_id == seed["customer_id"]
    assert isinstance(invitation.created_at, dt.datetime)
    # The seed spec knows four roles: the sandbox refuses the others there.
    with pytest.raises(fa.BadRequestError):
        client.create_invitation("seed.tls@example.com", "tls_viewer")


# --- (d) every documented field, unknown ones in `extra` -----------------------


def test_customer_has_every_documented_field(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    customer = client.get_current_customer()
    raw = sandbox.api("/current_customer")
    check_against_raw(customer, raw)
    assert len(customer.to_dict()) == 32
    assert customer.pricing_plan_id == "7Lx5sWkNE0GUcIABgbzhTr"
    assert (customer.can_reset_passwords, customer.force_2fa, customer.readonly) == (True, False, False)
    assert (customer.phone_number, customer.postal_address) == ("+1 555 0100", None)
    assert customer.deleted_at is None
    # A field the client does not know arrives in `extra`.
    sandbox.patch("customer", seed["customer_id"], {"brand_new": {"x": [1, "two"]}})
    assert client.get_current_customer().extra == {"brand_new": {"x": [1, "two"]}}


def test_user_has_every_documented_field(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    users = client.list_customer_users(seed["customer_id"])
    raw_users = sandbox.api(f"/customer/{seed['customer_id']}/users")
    assert len(users) == len(raw_users) == seed["users_total"]
    for user, raw in zip(users, raw_users):
        check_against_raw(user, raw)
        assert user.extra == {"sso_provider": None}
    me = client.get_current_user()
    assert me.roles == ["role-superuser"]
    assert me.last_active_at == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert me.two_factor_setup_required is False


def test_iam_models_have_every_documented_field(client: fa.Client, sandbox: Sandbox) -> None:
    role = client.get_role("role-custom-auditor")
    check_against_raw(role, sandbox.api("/roles/role-custom-auditor"))
    assert role.object == "role"
    raw_groups = sandbox.api("/service-groups?per_page=3")["data"]
    for group, raw in zip(client.list_service_groups(per_page=3), raw_groups):
        check_against_raw(group, raw)
        assert group.object == "service_group" and "customer_id" in group.extra
    raw_user_groups = sandbox.api("/user-groups?per_page=3")["data"]
    for user_group, raw in zip(client.list_user_groups(per_page=3), raw_user_groups):
        # The sandbox's user groups do not carry `object` (yet); it stays None.
        check_against_raw(user_group, raw, may_lack=["object"])
        assert user_group.invitations_count is not None


# --- (e) lenient decoding -----------------------------------------------------


def test_odd_values_leave_the_field_empty(
    client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    user_id = seed["user_ids_by_role"]["engineer"][0]
    odd = {"created_at": "2022-11-04 18:02:15", "locked": 1, "updated_at": ""}
    sandbox.patch("user", user_id, odd)
    caplog.set_level(logging.DEBUG, logger="fastly_account")
    users = client.list_customer_users(seed["customer_id"])
    assert len(users) == seed["users_total"]
    user = next(u for u in users if u.id == user_id)
    assert (user.created_at, user.locked, user.updated_at) == (None, None, None)
    assert user.extra == {**odd, "sso_provider": None}
    assert user.to_dict()["extra"]["created_at"] == "2022-11-04 18:02:15"
    # The other users and the other fields are untouched.
    assert user.login and user.role == "engineer"
    assert all(u.created_at is not None for u in users if u.id != user_id)
    # One debug line per field; it names the field, never the value.
    lines = [r.getMessage() for r in caplog.records if "field left empty" in r.getMessage()]
    assert any("field=created_at" in line for line in lines), lines
    assert not any("2022-11-04" in line for line in lines)
    # get_user reads it the same way.
    assert client.get_user(user_id) == user


def test_odd_values_in_lists_and_invitations(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.patch("role", "role-user", {"custom": "no", "permissions_count": "12", "description": 5})
    role = next(r for r in client.iter_roles(per_page=3) if r.id == "role-user")
    assert role.custom is None and role.extra == {"custom": "no"}
    assert role.permissions_count == 12  # an integer sent as text still reads
    assert role.description == "5"  # a number sent for a string is kept as its text


# --- (i) errors in a 200, and updates with nothing to update -------------------


def test_delete_user_error_status_in_a_200(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["billing"][0]
    body = {"status": "error", "msg": "User could not be deleted"}
    sandbox.arm({"type": "body", "status": 200, "body": body}, method="DELETE", path=f"/user/{user_id}")
    with pytest.raises(fa.FastlyError) as caught:
        client.delete_user(user_id)
    assert isinstance(caught.value, fa.UnexpectedStatusError)
    assert caught.value.status == 200
    assert "User could not be deleted" in caught.value.message
    deletes = [r for r in sandbox.requests() if r["method"] == "DELETE"]
    assert [(r["status"], r["fault"]) for r in deletes] == [(200, "body")]
    # The user is still there, and a real delete (`{"status":"ok"}`) works.
    assert client.get_user(user_id).id == user_id
    client.delete_user(user_id)
    with pytest.raises(fa.NotFoundError):
        client.get_user(user_id)


def test_updates_with_nothing_to_update_are_refused(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError):
        client.update_user(seed["user_ids_by_role"]["user"][0])
    with pytest.raises(fa.InvalidArgumentError):
        client.update_user(seed["user_ids_by_role"]["user"][0], name=None, role=None)
    with pytest.raises(fa.InvalidArgumentError):
        client.update_customer(seed["customer_id"])
    assert sandbox.requests() == []


def test_requests_carry_the_new_fields(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    """The invitation's options reach the API (the sandbox echoes what it stored)."""
    client.create_invitation("echo@example.com", "billing", roles=["role-billing"], limit_services=False)
    listed: List[Dict[str, Any]] = sandbox.api("/invitations")["data"]
    attributes = listed[-1]["attributes"]
    assert (attributes["email"], attributes["role"], attributes["roles"], attributes["limit_services"]) == (
        "echo@example.com", "billing", ["role-billing"], False,
    )
    assert json.dumps(listed)  # plain JSON all the way
