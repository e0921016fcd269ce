"""The rest of the Account API (issue 23): service authorizations, the audit
log, the billing address, automation tokens and sudo mode, and logging in
with ``create_token``. Each operation end to end against the sandbox: one
success and at least one error, and what the sandbox saw."""

from __future__ import annotations

import asyncio
import logging
import pickle
from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

BULK = "application/vnd.api+json; ext=bulk"
ERIN_AUTHORIZATION = "saSeedx4xCwxxJxErin001"
UMA_AUTHORIZATION = "saSeedx4xCwxxJxUma0001"


def refused_before_sending(sandbox: Sandbox, *calls: Callable[[], object]) -> None:
    """Each call raises InvalidArgumentError, and none reaches the sandbox."""
    sandbox.clear_requests()
    for call in calls:
        with pytest.raises(fa.InvalidArgumentError) as caught:
            call()
        assert caught.value.status is None and TOKEN not in str(caught.value)
    assert sandbox.requests() == []


def issued_secrets(sandbox: Sandbox) -> List[str]:
    """The secrets the sandbox issued, as its testing hook tells them."""
    return [s["secret"] for s in sandbox.control("GET", "/secrets")["secrets"]]


def login_of(client: fa.Client) -> str:
    login = client.get_current_user().login
    assert login
    return login


# Service authorizations.


def test_service_authorizations(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    page = client.list_service_authorizations(per_page=1)
    assert len(page.data) == 1 and page.total == 2 and page.next_cursor
    assert isinstance(page.data[0], fa.ServiceAuthorization)
    second = client.list_service_authorizations(per_page=1, cursor=page.next_cursor)
    assert second.next_cursor is None
    assert client.get_service_authorization(ERIN_AUTHORIZATION).permission == "full"

    user, service = seed["user_ids_by_role"]["billing"][0], seed["service_ids"][0]
    created = client.create_service_authorization(user, service, "read_only")
    assert (created.user_id, created.service_id, created.permission) == (user, service, "read_only")
    assert client.update_service_authorization(created.id, "purge_all").permission == "purge_all"
    client.delete_service_authorization(created.id)
    with pytest.raises(fa.NotFoundError):
        client.get_service_authorization(created.id)


def test_service_authorizations_bulk_and_walk(client: fa.Client, sandbox: Sandbox) -> None:
    ids = [ERIN_AUTHORIZATION, UMA_AUTHORIZATION]
    updated = client.bulk_update_service_authorizations(ids, "read_only")
    assert [a.permission for a in updated] == ["read_only", "read_only"]
    assert sandbox.requests()[-1]["content_type"] == BULK
    sandbox.clear_requests()
    assert len(list(client.iter_service_authorizations(per_page=1))) == 2
    assert len(sandbox.requests()) == 2, "a page a step"
    client.bulk_delete_service_authorizations(ids)
    assert client.list_service_authorizations().data == []


def test_service_authorizations_errors(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    service = seed["service_ids"][0]
    with pytest.raises(fa.BadRequestError):
        client.create_service_authorization("nobody", service, "full")
    with pytest.raises(fa.BadRequestError):
        client.bulk_delete_service_authorizations([ERIN_AUTHORIZATION, "unknown"])
    with pytest.raises(fa.NotFoundError):
        client.delete_service_authorization("unknown")
    refused_before_sending(
        sandbox,
        lambda: client.create_service_authorization("u", service, "admin"),
        lambda: client.update_service_authorization(ERIN_AUTHORIZATION, "FULL"),
        lambda: client.list_service_authorizations(per_page=101),
        lambda: client.bulk_update_service_authorizations([], "full"),
        lambda: client.get_service_authorization(" "),
    )


# The audit log.


def test_events(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    everything = client.list_events()
    assert len(everything.data) >= 6 and isinstance(everything.data[0], fa.Event)
    times = [e.created_at for e in everything.data]
    assert times == sorted(times)
    newest = client.list_events(sort="-created_at", per_page=2)
    assert newest.data[0].created_at >= newest.data[1].created_at and newest.next_cursor
    typed = client.list_events(event_type="logging.update")
    assert typed.data and all(e.event_type == "logging.update" for e in typed.data)
    assert "metadata" in typed.data[0].extra
    window = client.list_events(created_at_gte="2023-06-01T00:00:00Z", created_at_lt="2024-01-01")
    assert window.data and all(
        "2023-06-01" <= e.created_at.isoformat() < "2024-01-01" for e in window.data
    )
    assert client.get_event(typed.data[0].id) == typed.data[0]

    # The sandbox's own writes are recorded, with the token that made them.
    client.delete_user(seed["user_ids_by_role"]["user"][0])
    mine = client.list_events(event_type="user.destroy", token_id=seed["self_token_id"])
    assert len(mine.data) == 1 and mine.data[0].customer_id == seed["customer_id"]

    sandbox.clear_requests()
    walked = list(client.iter_events(per_page=2, sort="-created_at"))
    assert len(sandbox.requests()) == (len(walked) + 1) // 2
    assert all("sort=-created_at" in (r["query"] or "") for r in sandbox.requests())


def test_events_errors(client: fa.Client, sandbox: Sandbox) -> None:
    with pytest.raises(fa.NotFoundError):
        client.get_event("evNoSuchEvent")
    with pytest.raises(fa.BadRequestError):
        client.list_events(created_at_gt="yesterday")
    refused_before_sending(
        sandbox,
        lambda: client.list_events(sort="newest"),
        lambda: client.list_events(user_id=" "),
        lambda: client.list_events(per_page=0),
        lambda: next(iter(client.iter_events(sort="newest"))),
    )


# The billing address.


def test_billing_address(client: fa.Client, seed: Dict[str, Any]) -> None:
    customer = seed["customer_id"]
    seeded = client.get_billing_address(customer)
    assert isinstance(seeded, fa.BillingAddress) and seeded.address_1 and seeded.country
    updated = client.update_billing_address(customer, state="DE")
    assert (updated.state, updated.address_1) == ("DE", seeded.address_1)
    client.delete_billing_address(customer)
    with pytest.raises(fa.NotFoundError):
        client.get_billing_address(customer)
    added = client.add_billing_address(
        customer, address_1="80719 Dorothea Mountain", city="New Rasheedville", country="US",
        postal_code="53538",
    )
    assert (added.city, added.postal_code) == ("New Rasheedville", "53538")


def test_billing_address_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    customer = seed["customer_id"]
    address = dict(address_1="1 Main St", city="Springfield", country="US", postal_code="00000")
    with pytest.raises(fa.BadRequestError):
        client.add_billing_address(customer, **address)  # already has one
    client.delete_billing_address(customer)
    with pytest.raises(fa.BadRequestError, match="Could not validate address"):
        client.add_billing_address(customer, **address)
    assert client.add_billing_address(customer, skip_verification=True, **address).postal_code == "00000"
    with pytest.raises(TypeError):
        client.add_billing_address(customer, city="X", country="US")  # type: ignore[call-arg]
    refused_before_sending(
        sandbox,
        lambda: client.add_billing_address(customer, address_1="x", city="y", country="us"),
        lambda: client.update_billing_address(customer),
        lambda: client.update_billing_address(customer, city=""),
        lambda: client.get_billing_address(""),
    )


# Automation tokens and sudo mode.


def test_automation_tokens(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    listed = client.list_automation_tokens()
    assert listed.data and all(isinstance(t, fa.AutomationToken) for t in listed.data)
    assert listed.data[0].scope
    assert client.get_automation_token(listed.data[0].id).id == listed.data[0].id

    with pytest.raises(fa.PermissionDeniedError):
        client.create_automation_token("ci", "engineer")
    sudo = client.request_sudo_access(login_of(client), seed["owner_password"])
    assert isinstance(sudo, fa.SudoAccess) and sudo.expiry_time
    created = client.create_automation_token(
        "ci", "engineer", scope="global:read", services=seed["service_ids"][:3], tls_access=True
    )
    assert isinstance(created, fa.NewAutomationToken) and created.name == "ci"
    secret = created.secret
    assert isinstance(secret, fa.TokenSecret) and secret.reveal() in issued_secrets(sandbox)
    assert secret.reveal() not in repr(created) and secret.reveal() not in str(created.to_dict())
    with pytest.raises(TypeError):
        pickle.dumps(created)

    services = client.list_automation_token_services(created.id, per_page=2)
    assert [s.id for s in services.data] == seed["service_ids"][:2]
    assert [s.id for s in client.iter_automation_token_services(created.id, per_page=2)] == (
        seed["service_ids"][:3]
    )

    as_token = fa.Client(secret.reveal(), endpoint=sandbox.url, max_retries=0)
    assert as_token.get_current_customer().id == seed["customer_id"]
    client.revoke_automation_token(created.id)
    with pytest.raises(fa.AuthenticationError):
        as_token.get_current_customer()
    assert created.id not in [t.id for t in client.iter_automation_tokens(per_page=2)]


def test_automation_tokens_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    with pytest.raises(fa.PermissionDeniedError):
        client.request_sudo_access(login_of(client), "not-the-password")
    with pytest.raises(fa.NotFoundError):
        client.get_automation_token("unknown")
    with pytest.raises(fa.NotFoundError):
        client.revoke_automation_token("unknown")
    refused_before_sending(
        sandbox,
        lambda: client.create_automation_token("ci", "superuser"),
        lambda: client.create_automation_token(" ", "user"),
        lambda: client.create_automation_token("ci", "user", scope="everything"),
        lambda: client.create_automation_token("ci", "user", expires_at="tomorrow"),
        lambda: client.request_sudo_access("owner@example.com", ""),
        lambda: client.list_automation_tokens(per_page=101),
    )


# Logging in.


def test_create_token(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    login = login_of(client)
    token = fa.create_token(
        login, seed["owner_password"], name="laptop", scope="global:read", endpoint=sandbox.url
    )
    assert isinstance(token, fa.NewToken) and (token.name, token.scope) == ("laptop", "global:read")
    assert token.secret is not None and token.secret.reveal() in issued_secrets(sandbox)
    assert token.secret.reveal() not in repr(token)
    login_request = [r for r in sandbox.requests() if (r["method"], r["path"]) == ("POST", "/tokens")]
    assert login_request and not login_request[-1]["fastly_key_present"]
    me = fa.Client(token.secret.reveal(), endpoint=sandbox.url).get_current_user()
    assert me.login == login

    # Two-factor authentication: the code, asked for by 2fa.verify.
    user, password = seed["two_factor_login"], seed["two_factor_password"]
    with pytest.raises(fa.BadRequestError, match="2fa.verify"):
        fa.create_token(user, password, endpoint=sandbox.url)
    with pytest.raises(fa.BadRequestError):
        fa.create_token(user, password, otp="000000", endpoint=sandbox.url)
    assert fa.create_token(user, password, otp=seed["one_time_code"], endpoint=sandbox.url).secret

    async def log_in() -> fa.NewToken:
        return await fa.create_token_async(login, seed["owner_password"], endpoint=sandbox.url)

    assert asyncio.run(log_in()).secret is not None


def test_create_token_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    login = login_of(client)
    with pytest.raises(fa.BadRequestError):
        fa.create_token(login, "wrong", endpoint=sandbox.url)
    for call in (
        lambda: fa.create_token(" ", "x", endpoint=sandbox.url),
        lambda: fa.create_token(login, "", endpoint=sandbox.url),
        lambda: fa.create_token(login, "x", scope="all", endpoint=sandbox.url),
        lambda: fa.create_token(login, "x", otp=" ", endpoint=sandbox.url),
    ):
        with pytest.raises(fa.InvalidArgumentError):
            call()


def test_secrets_never_reach_logs_reprs_or_errors(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """A known password, one-time code and new secret fed through every path:
    none is in a log record, a repr, a str or an error."""
    caplog.set_level(logging.DEBUG, logger="fastly_account")
    login, password = login_of(client), seed["owner_password"]
    shown: List[str] = []
    token = fa.create_token(login, password, endpoint=sandbox.url)
    shown += [repr(token), str(token), repr(token.to_dict()), repr(token.secret), str(token.secret)]
    for call in (
        lambda: fa.create_token(login, "wrong-Pa55word", endpoint=sandbox.url),
        lambda: fa.create_token(
            seed["two_factor_login"], seed["two_factor_password"], otp="987654", endpoint=sandbox.url
        ),
        lambda: client.request_sudo_access(login, "wrong-Pa55word"),
    ):
        with pytest.raises(fa.FastlyError) as caught:
            call()
        shown += [str(caught.value), repr(caught.value), repr(caught.value.__dict__)]
    client.request_sudo_access(login, password)
    created = client.create_automation_token("ci", "user")
    shown += [repr(created), str(created.to_dict())]
    client.update_user_password(password, "new-Pa55word-1")
    shown.append(repr(sandbox.requests()))
    records = [r.getMessage() + repr(r.__dict__) for r in caplog.records]
    assert records, "the calls were logged"
    assert token.secret is not None and created.secret is not None
    secrets = [
        password, "wrong-Pa55word", "new-Pa55word-1", seed["two_factor_password"], "987654",
        token.secret.reveal(), created.secret.reveal(),
    ]
    for text in shown + records:
        for secret in secrets:
            assert secret not in text, (secret, text)
