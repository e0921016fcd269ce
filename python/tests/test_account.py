"""The rest of the Account API (issue 10): deleting the customer, every
writable customer field, creating users, updating the current user, password
resets, listing and deleting invitations, and API tokens. Each operation end to
end against the sandbox: one success and at least one error, checking what
the client sent through the sandbox's request log."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

UTC = dt.timezone.utc
BULK = "application/vnd.api+json; ext=bulk"


def requests_to(sandbox: Sandbox, method: str, path: str) -> List[Dict[str, Any]]:
    return [r for r in sandbox.requests() if (r["method"], r["path"]) == (method, path)]


def last_request(sandbox: Sandbox) -> Dict[str, Any]:
    return sandbox.requests()[-1]


def refused_before_sending(sandbox: Sandbox, *calls: Callable[[], object]) -> None:
    """Each call raises InvalidArgumentError, and none reaches the sandbox."""
    sandbox.clear_requests()
    for call in calls:
        with pytest.raises(fa.InvalidArgumentError) as caught:
            call()
        assert caught.value.status is None and TOKEN not in str(caught.value)
    assert sandbox.requests() == []


def wrong_key_client(sandbox: Sandbox) -> fa.Client:
    return fa.Client("not-the-sandbox-key", endpoint=sandbox.url, max_retries=0)


# Customer.


def test_delete_customer(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    customer_id = seed["customer_id"]
    result: object = client.delete_customer(customer_id)  # type: ignore[func-returns-value]
    assert result is None
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == (
        "DELETE", f"/customer/{customer_id}", 200,
    )
    with pytest.raises(fa.NotFoundError):
        client.get_customer(customer_id)
    with pytest.raises(fa.NotFoundError):
        client.get_current_customer()


def test_delete_customer_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError) as caught:
        client.delete_customer("no-such-customer")
    assert caught.value.status == 404
    refused_before_sending(sandbox, lambda: client.delete_customer(""))


def test_update_customer_every_field(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    customer_id = seed["customer_id"]
    contact = seed["user_ids_by_role"]["billing"][0]
    updated = client.update_customer(
        customer_id,
        name="Renamed Corp",
        billing_contact_id=contact,
        legal_contact_id=contact,
        security_contact_id=contact,
        technical_contact_id=contact,
        owner_id=seed["owner_user_id"],
        phone_number="+1 555 0100",
        postal_address="1 Example Street",
        force_2fa=True,
        force_sso=False,
        ip_whitelist="192.0.2.0/24",
        can_reset_passwords=True,
        can_upload_vcl=True,
        can_configure_wordpress=True,
    )
    assert isinstance(updated, fa.Customer)
    assert (updated.name, updated.phone_number, updated.postal_address) == (
        "Renamed Corp", "+1 555 0100", "1 Example Street",
    )
    assert (updated.billing_contact_id, updated.legal_contact_id) == (contact, contact)
    assert (updated.security_contact_id, updated.technical_contact_id) == (contact, contact)
    assert updated.owner_id == seed["owner_user_id"]
    assert (updated.force_2fa, updated.force_sso, updated.ip_whitelist) == (True, False, "192.0.2.0/24")
    assert (updated.can_reset_passwords, updated.can_upload_vcl, updated.can_configure_wordpress) == (
        True, True, True,
    )
    request = last_request(sandbox)
    assert (request["method"], request["status"]) == ("PUT", 200)
    assert request["content_type"].startswith("application/x-www-form-urlencoded")
    assert client.get_current_customer() == updated
    # Only the fields given are sent: the others keep their values.
    again = client.update_customer(customer_id, force_2fa=False)
    assert (again.force_2fa, again.name, again.phone_number) == (False, "Renamed Corp", "+1 555 0100")


def test_update_customer_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    refused_before_sending(
        sandbox,
        lambda: client.update_customer(seed["customer_id"]),
        lambda: client.update_customer(seed["customer_id"], name=None, force_2fa=None),
    )
    with pytest.raises(fa.NotFoundError):
        client.update_customer("no-such-customer", phone_number="1")
    with pytest.raises(fa.BadRequestError) as caught:
        client.update_customer(seed["customer_id"], name="")
    assert caught.value.status == 400


# Users.


def test_create_user(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user = client.create_user(
        "new.person@example.com", "New Person", "engineer",
        roles=["role-engineer"], limit_services=True, locked=False, require_new_password=True,
    )
    assert isinstance(user, fa.User)
    assert (user.login, user.name, user.role, user.roles) == (
        "new.person@example.com", "New Person", "engineer", ["role-engineer"],
    )
    assert (user.limit_services, user.locked, user.require_new_password) == (True, False, True)
    assert user.customer_id == seed["customer_id"] and user.id
    assert user.created_at is not None and user.created_at.tzinfo is not None
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("POST", "/user", 200)
    assert request["content_type"].startswith("application/x-www-form-urlencoded")
    assert client.list_customer_users(seed["customer_id"])[-1] == user
    assert client.get_user(user.id) == user
    # The role may also be given by keyword, or left to the API's default.
    assert client.create_user("by.keyword@example.com", "K", role="billing").role == "billing"
    assert client.create_user("default.role@example.com", "D").role == "user"


def test_create_user_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.BadRequestError) as caught:
        client.create_user("owner@example.com", "Taken Login")
    assert caught.value.status == 400
    refused_before_sending(
        sandbox,
        lambda: client.create_user("not-an-email", "Name"),
        lambda: client.create_user("a@example.com", "  "),
        lambda: client.create_user("a@example.com", "Name", "admin"),
        lambda: client.create_user("a@example.com", "Name", roles=[]),
    )


def test_update_user_every_field(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["user"][0]
    updated = client.update_user(
        user_id, name="Uma Locked", role="tls_admin", roles=["role-user", "role-billing"],
        limit_services=True, locked=True, require_new_password=True,
    )
    assert (updated.name, updated.role, updated.roles) == (
        "Uma Locked", "tls_admin", ["role-user", "role-billing"],
    )
    assert (updated.limit_services, updated.locked, updated.require_new_password) == (True, True, True)
    assert client.get_user(user_id) == updated
    unlocked = client.update_user(user_id, locked=False)
    assert (unlocked.locked, unlocked.name) == (False, "Uma Locked")
    with pytest.raises(fa.NotFoundError):
        client.update_user("no-such-user", locked=True)
    refused_before_sending(sandbox, lambda: client.update_user(user_id, roles=[""]))


def test_update_current_user(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    me = client.update_current_user(name="Olivia Owner", require_new_password=True)
    assert isinstance(me, fa.User)
    assert (me.id, me.name, me.require_new_password) == (seed["owner_user_id"], "Olivia Owner", True)
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("PUT", "/current_user", 200)
    assert request["content_type"].startswith("application/x-www-form-urlencoded")
    assert client.get_current_user() == me


def test_update_current_user_errors(client: fa.Client, sandbox: Sandbox) -> None:
    refused_before_sending(
        sandbox,
        lambda: client.update_current_user(),
        lambda: client.update_current_user(role="admin"),
    )
    with pytest.raises(fa.BadRequestError):
        client.update_current_user(name="")


def test_request_password_reset(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    result: object = client.request_password_reset("owner@example.com")  # type: ignore[func-returns-value]
    assert result is None
    request = last_request(sandbox)
    assert request["method"] == "POST" and request["status"] == 200
    assert request["path"].endswith("/password/request_reset")
    resets = sandbox.control("GET", "/password_resets")["password_resets"]
    assert [(r["login"], r["user_id"]) for r in resets] == [("owner@example.com", seed["owner_user_id"])]


def test_request_password_reset_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError):
        client.request_password_reset("nobody@example.com")
    refused_before_sending(sandbox, lambda: client.request_password_reset(""))
    assert sandbox.control("GET", "/password_resets")["password_resets"] == []


def test_update_user_password(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    # The sandbox's owner is seeded with this password (fastly_sandbox::OWNER_PASSWORD).
    me = client.update_user_password("sandbox-owner-password", "a-new-password")
    assert isinstance(me, fa.User) and me.id == seed["owner_user_id"]
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("POST", "/current_user/password", 200)
    assert "password" not in json.dumps(request).replace("/current_user/password", "")


def test_update_user_password_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.BadRequestError) as raised:
        client.update_user_password("not-the-password", "a-new-password")
    shown = f"{raised.value!r} {raised.value}"
    assert "not-the-password" not in shown and "a-new-password" not in shown
    refused_before_sending(
        sandbox,
        lambda: client.update_user_password("", "x"),
        lambda: client.update_user_password("x", " "),
    )


def test_contacts(client: fa.Client, seed: Dict[str, Any]) -> None:
    customer = seed["customer_id"]
    assert len(client.list_contacts(customer)) == 2
    created = client.create_contact(
        customer, "general compliance", name="Compliance Office", email="compliance@example.com"
    )
    assert isinstance(created, fa.Contact) and created.contact_type == "general compliance"
    assert created.id in [c.id for c in client.list_contacts(customer)]
    client.delete_contact(customer, created.id)
    assert created.id not in [c.id for c in client.list_contacts(customer)]


def test_contacts_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    customer = seed["customer_id"]
    with pytest.raises(fa.BadRequestError):
        client.create_contact(customer, "security", name="No Phone", email="a@example.com")
    with pytest.raises(fa.NotFoundError):
        client.delete_contact(customer, "no-such-contact")
    refused_before_sending(
        sandbox,
        lambda: client.create_contact(customer, "janitor", name="X", email="x@example.com"),
        lambda: client.list_contacts(""),
    )


def test_customer_addresses(client: fa.Client) -> None:
    assert [a.type for a in client.list_customer_addresses()] == ["billing"]
    created = client.create_customer_address("tax", address_1="2 Side St", country="US")
    assert isinstance(created, fa.CustomerAddress) and created.id
    client.update_customer_address("tax", region="OR")
    tax = [a for a in client.list_customer_addresses() if a.type == "tax"][0]
    assert (tax.address_1, tax.region) == ("2 Side St", "OR")


def test_customer_addresses_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.BadRequestError):
        client.create_customer_address("billing", address_1="3 Other St")
    refused_before_sending(
        sandbox,
        lambda: client.create_customer_address("shipping", address_1="x"),
        lambda: client.update_customer_address("tax"),
        lambda: client.update_customer_address("tax", country="USA"),
    )


# Invitations.


def test_list_invitations(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    ids = seed["invitation_ids"]
    everything = client.list_invitations()
    assert isinstance(everything, fa.Page)
    assert [i.id for i in everything] == ids
    assert (everything.total, everything.next_page_number, everything.next_cursor) == (len(ids), None, None)
    assert last_request(sandbox)["accept"] == "application/vnd.api+json"

    first = client.list_invitations(page_size=3)
    assert [i.id for i in first] == ids[:3]
    assert all(isinstance(i, fa.Invitation) for i in first)
    assert (first.total, first.next_page_number) == (len(ids), 2)
    number = first.next_page_number
    assert number is not None
    second = client.list_invitations(page_number=number, page_size=3)
    assert [i.id for i in second] == ids[3:6]
    last = client.list_invitations(page_number=3, page_size=3)
    assert [i.id for i in last] == ids[6:]
    assert last.next_page_number is None and last.next_cursor is None
    # The seeded oddities arrive as sent.
    by_id = {i.id: i for i in everything}
    assert by_id[ids[2]].service_invitation_ids is None
    assert by_id[ids[3]].status_code == 0
    assert by_id[ids[5]].roles == ["role-tls-admin", "role-custom-auditor"]


def test_list_invitations_errors(client: fa.Client, sandbox: Sandbox) -> None:
    refused_before_sending(
        sandbox,
        lambda: client.list_invitations(page_number=0),
        lambda: client.list_invitations(page_size=0),
        lambda: client.list_invitations(page_size=-1),
        lambda: client.list_invitations(page_number=2**32),
        lambda: client.iter_invitations(page_size=-1),
    )
    with pytest.raises(fa.BadRequestError):
        client.list_invitations(page_size=5000)  # above the API's maximum
    sandbox.set_style("seed")  # the seed spec has no list of invitations
    with pytest.raises(fa.FastlyError) as caught:
        client.list_invitations()
    assert caught.value.status == 405


def test_iter_invitations_fetches_one_page_at_a_time(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    walk = client.iter_invitations(page_size=3)
    assert isinstance(walk, fa.ItemIterator)
    assert requests_to(sandbox, "GET", "/invitations") == [], "nothing is fetched before iterating"
    first = next(walk)
    assert isinstance(first, fa.Invitation) and first.id == seed["invitation_ids"][0]
    assert len(requests_to(sandbox, "GET", "/invitations")) == 1
    assert walk.pages_fetched == 1
    rest = list(walk)
    assert [first.id] + [i.id for i in rest] == seed["invitation_ids"]
    fetched = requests_to(sandbox, "GET", "/invitations")
    assert len(fetched) == 3, "pages of 3, 3 and 1; none after the last"
    assert walk.pages_fetched == 3
    assert repr(walk) == "<ItemIterator over invitations, 3 page(s) fetched>"
    with pytest.raises(StopIteration):
        next(walk)
    assert len(requests_to(sandbox, "GET", "/invitations")) == 3
    # Created invitations are walked too.
    created = client.create_invitation("late.comer@example.com", "user")
    assert [i.id for i in client.iter_invitations()][-1] == created.id


def test_iter_invitations_error_ends_the_walk(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 500}, path="/invitations", forever=True)
    walk = client.iter_invitations(page_size=3)
    with pytest.raises(fa.ServerError):
        next(walk)
    with pytest.raises(StopIteration):
        next(walk)


def test_delete_invitation(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    doomed = seed["invitation_ids"][1]
    result: object = client.delete_invitation(doomed)  # type: ignore[func-returns-value]
    assert result is None
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == (
        "DELETE", f"/invitations/{doomed}", 204,
    )
    remaining = [i.id for i in client.iter_invitations()]
    assert doomed not in remaining
    assert remaining == [i for i in seed["invitation_ids"] if i != doomed]


def test_delete_invitation_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError) as caught:
        client.delete_invitation("no-such-invitation")
    assert caught.value.status == 404 and caught.value.message
    client.delete_invitation(seed["invitation_ids"][0])
    with pytest.raises(fa.NotFoundError):
        client.delete_invitation(seed["invitation_ids"][0])  # already gone
    refused_before_sending(sandbox, lambda: client.delete_invitation(""))


# API tokens.


def test_list_tokens(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    tokens = client.list_tokens()
    assert isinstance(tokens, list) and all(isinstance(t, fa.Token) for t in tokens)
    assert [t.id for t in tokens] == seed["token_ids"][:2]  # the owner's two
    own, ci = tokens
    assert (own.id, own.name, own.scope, own.services) == (seed["self_token_id"], "sandbox", "global", [])
    assert (own.user_id, own.customer_id) == (seed["owner_user_id"], seed["customer_id"])
    assert own.last_used_at == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert own.expires_at == dt.datetime(2030, 1, 1, tzinfo=UTC)
    assert (own.ip, own.user_agent) == ("192.0.2.10", "fastly-cli/10.8.0")
    assert own.created_at is not None and own.created_at.tzinfo is not None
    assert (ci.name, ci.scope, ci.services) == (
        "CI purge", "purge_select", ["SU1Z0isxPaozGVKXdv0eY", "7i6HN3TK9wS159v2gPAZ8A"],
    )
    assert own.extra == {} and ci.extra == {}
    assert (last_request(sandbox)["method"], last_request(sandbox)["path"]) == ("GET", "/tokens")


def test_list_tokens_error(sandbox: Sandbox) -> None:
    with pytest.raises(fa.AuthenticationError) as caught:
        wrong_key_client(sandbox).list_tokens()
    assert caught.value.status == 401


def test_list_customer_tokens(client: fa.Client, seed: Dict[str, Any]) -> None:
    tokens = client.list_customer_tokens(seed["customer_id"])
    assert [t.id for t in tokens] == seed["token_ids"]
    sam = tokens[3]  # never used, never expires
    assert (sam.name, sam.scope) == ("Dashboards (read-only)", "global:read")
    assert (sam.last_used_at, sam.expires_at, sam.ip, sam.user_agent) == (None, None, None, None)
    assert sam.user_id == seed["user_ids_by_role"]["superuser"][0]
    assert tokens[4].ip == "2001:db8::5"


def test_list_customer_tokens_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError):
        client.list_customer_tokens("no-such-customer")
    refused_before_sending(sandbox, lambda: client.list_customer_tokens(""))


def test_get_current_token(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    token = client.get_current_token()
    assert isinstance(token, fa.Token)
    assert (token.id, token.name) == (seed["self_token_id"], "sandbox")
    assert token == client.list_tokens()[0]
    assert requests_to(sandbox, "GET", "/tokens/self")


def test_get_current_token_error(sandbox: Sandbox) -> None:
    with pytest.raises(fa.AuthenticationError):
        wrong_key_client(sandbox).get_current_token()


def test_get_token(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    erin = client.get_token(seed["token_ids"][2])
    assert (erin.id, erin.name, erin.scope) == (seed["token_ids"][2], "Deploy pipeline", "global purge_all")
    assert erin.user_id == seed["user_ids_by_role"]["engineer"][0]
    assert erin.user_agent == "terraform-provider-fastly/5.7.0"
    request = last_request(sandbox)
    assert (request["method"], request["path"]) == ("GET", f"/tokens/{seed['token_ids'][2]}")


def test_get_token_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError):
        client.get_token("no-such-token")
    # "self" would name the current token: refused, as is an empty id.
    refused_before_sending(sandbox, lambda: client.get_token("self"), lambda: client.get_token(""))


def test_revoke_token(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    ci = seed["token_ids"][1]
    assert ci in [t.id for t in client.list_tokens()]
    result: object = client.revoke_token(ci)  # type: ignore[func-returns-value]
    assert result is None
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("DELETE", f"/tokens/{ci}", 204)
    assert [t.id for t in client.list_tokens()] == [seed["self_token_id"]]
    assert ci not in [t.id for t in client.list_customer_tokens(seed["customer_id"])]
    with pytest.raises(fa.NotFoundError):
        client.get_token(ci)


def test_revoke_token_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError):
        client.revoke_token("no-such-token")
    refused_before_sending(sandbox, lambda: client.revoke_token("self"), lambda: client.revoke_token(""))


def test_revoke_current_token(client: fa.Client, sandbox: Sandbox) -> None:
    try:
        result: object = client.revoke_current_token()  # type: ignore[func-returns-value]
        assert result is None
        request = last_request(sandbox)
        assert (request["method"], request["path"], request["status"]) == ("DELETE", "/tokens/self", 204)
        with pytest.raises(fa.AuthenticationError) as caught:
            client.get_current_user()
        assert caught.value.status == 401 and TOKEN not in str(caught.value)
        # Revoking it again: the key no longer authenticates.
        with pytest.raises(fa.AuthenticationError):
            client.revoke_current_token()
    finally:
        sandbox.reset()  # restores the key for the tests that follow
    assert client.get_current_user().login == "owner@example.com"


def test_bulk_revoke_tokens(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    doomed = seed["token_ids"][2:4]
    result: object = client.bulk_revoke_tokens(doomed)  # type: ignore[func-returns-value]
    assert result is None
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == ("DELETE", "/tokens", 204)
    assert request["content_type"] == BULK
    left = [t.id for t in client.list_customer_tokens(seed["customer_id"])]
    assert left == [t for t in seed["token_ids"] if t not in doomed]
    # Any sequence of ids: a tuple works too.
    client.bulk_revoke_tokens((seed["token_ids"][4],))
    assert len(client.list_customer_tokens(seed["customer_id"])) == len(seed["token_ids"]) - 3


def test_bulk_revoke_tokens_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    refused_before_sending(
        sandbox,
        lambda: client.bulk_revoke_tokens([]),
        lambda: client.bulk_revoke_tokens(()),
        lambda: client.bulk_revoke_tokens([seed["token_ids"][1], ""]),
    )
    with pytest.raises(TypeError):
        client.bulk_revoke_tokens(seed["token_ids"][1])  # a str is not a list of ids
    assert sandbox.requests() == []
    # An unknown id: the API refuses the whole request, nothing is revoked.
    with pytest.raises(fa.BadRequestError) as caught:
        client.bulk_revoke_tokens([seed["token_ids"][1], "no-such-token"])
    assert caught.value.status == 400
    assert len(client.list_customer_tokens(seed["customer_id"])) == len(seed["token_ids"])


# The Token model.


def test_token_model_never_holds_a_secret(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    secret = "s3cr3t-Access-Token-value"
    token_id = seed["token_ids"][1]
    # The API sends a token's secret only when creating it; plant one anyway.
    sandbox.patch("token", token_id, {"access_token": secret, "new_field": 7})
    token = client.get_token(token_id)
    assert token.extra == {"new_field": 7}
    for text in (repr(token), str(token), repr(token.to_dict()), repr(client.list_tokens())):
        assert secret not in text
        assert TOKEN not in text
    own = client.get_current_token()
    assert TOKEN not in repr(own) and TOKEN not in repr(own.to_dict())
    assert repr(own).startswith("Token(id='tkSandboxx4xCwxxJxSelf', name='sandbox', ")


def test_token_model_behaves_like_the_others(client: fa.Client) -> None:
    token = client.get_current_token()
    assert fa.Token(**token.to_dict()) == token
    assert hash(fa.Token(**token.to_dict())) == hash(token)
    assert pickle.loads(pickle.dumps(token)) == token
    with pytest.raises(AttributeError):
        token.name = "renamed"  # type: ignore[misc]
    double = fa.Token(id="t1", scope="global", services=["svc"], expires_at=dt.datetime(2030, 1, 1, tzinfo=UTC))
    assert (double.id, double.scope, double.services, double.name) == ("t1", "global", ["svc"], None)
    with pytest.raises(TypeError):
        fa.Token("t1")  # type: ignore[call-arg]


# Signatures.


def test_optional_arguments_are_keyword_only(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    customer_id, user_id = seed["customer_id"], seed["owner_user_id"]
    positional: List[Callable[[], object]] = [
        lambda: client.update_customer(customer_id, "Name"),  # type: ignore[call-arg]
        lambda: client.update_user(user_id, "Name"),  # type: ignore[call-arg]
        lambda: client.update_current_user("Name"),  # type: ignore[call-arg]
        lambda: client.create_user("a@example.com", "A", "user", ["role-user"]),  # type: ignore[call-arg]
        lambda: client.list_invitations(1),  # type: ignore[call-arg]
        lambda: client.list_invitations(1, 3),  # type: ignore[call-arg]
        lambda: client.iter_invitations(3),  # type: ignore[call-arg]
    ]
    for call in positional:
        with pytest.raises(TypeError, match="positional"):
            call()
    assert sandbox.requests() == []
    with pytest.raises(TypeError):
        client.bulk_revoke_tokens()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        client.list_invitations(page_size="3")  # type: ignore[arg-type]


def test_page_next_page_number_is_derived(client: fa.Client, sandbox: Sandbox) -> None:
    # Page-number lists (the live style) say the next page's number ...
    page = client.list_roles(per_page=5)
    assert (page.next_cursor, page.next_page_number) == ("page:2", 2)
    # ... cursor lists (the seed style) do not; neither changes ==, repr or to_dict.
    sandbox.set_style("seed")
    page = client.list_roles(per_page=5)
    assert page.next_cursor is not None and page.next_page_number is None
    assert "next_page_number" not in repr(page) and "next_page_number" not in page.to_dict()
