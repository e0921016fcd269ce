"""Models: immutable, compared by value, readable; the token never shows."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox


def test_models_are_immutable(client: fa.Client) -> None:
    me = client.get_current_user()
    with pytest.raises(AttributeError):
        me.name = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        me.extra = {}  # type: ignore[misc]
    with pytest.raises(AttributeError):
        me.not_a_field = 1  # type: ignore[attr-defined]
    # `extra` is a fresh dict: changing it does not change the model.
    me.extra["sso_provider"] = "changed"
    assert me.extra == {"sso_provider": None}
    page = client.list_roles(per_page=2)
    with pytest.raises(AttributeError):
        page.next_cursor = None  # type: ignore[misc]
    # `data` is a fresh list: changing it does not change the page.
    page.data.clear()
    assert len(page.data) == 2
    with pytest.raises(TypeError):
        fa.User("u1")  # type: ignore[call-arg]


def test_equality_and_hash(client: fa.Client, seed: Dict[str, Any]) -> None:
    a, b = client.get_current_user(), client.get_user(seed["owner_user_id"])
    assert a == b and hash(a) == hash(b)
    assert len({a, b}) == 1
    other = client.get_user(seed["user_ids_by_role"]["billing"][0])
    assert a != other
    assert a != "not a user"
    assert client.list_roles(per_page=3) == client.list_roles(per_page=3)
    assert client.list_roles(per_page=3) != client.list_roles(per_page=4)


def test_repr_names_the_fields(client: fa.Client) -> None:
    me = client.get_current_user()
    text = repr(me)
    assert text.startswith("User(id='")
    assert "login='owner@example.com'" in text and "role='superuser'" in text
    assert "deleted_at=None" in text
    assert "created_at=datetime.datetime(2016, 7, 28, 19, 24, 50, tzinfo=datetime.timezone.utc)" in text
    page = client.list_service_groups(per_page=1)
    assert repr(page).startswith("Page(data=[ServiceGroup(id='sg-production'")
    assert "next_cursor=" in repr(page) and "total=" in repr(page)
    assert type(me).__module__ == "fastly_account"


def test_to_dict(client: fa.Client, seed: Dict[str, Any]) -> None:
    customer = client.get_current_customer().to_dict()
    assert customer["id"] == seed["customer_id"]
    assert customer["legal_contact_id"] is None
    assert isinstance(customer["created_at"], dt.datetime)
    assert len(customer) == 32  # the 31 documented fields and `extra`
    assert customer["extra"] == {}
    assert set(client.get_role("role-user").to_dict()) == {
        "id", "object", "name", "description", "custom", "permissions_count", "created_at",
        "updated_at", "extra",
    }
    invitation = client.create_invitation("dict@example.com", "user").to_dict()
    assert set(invitation) == {
        "id", "email", "role", "roles", "limit_services", "status_code", "status", "customer_id",
        "service_invitation_ids", "created_at", "updated_at", "deleted_at", "extra",
    }
    page = client.list_user_groups(per_page=2).to_dict()
    assert set(page) == {"data", "next_cursor", "total", "current_page", "per_page", "total_pages"}
    assert page["data"][0]["id"] == "ug-platform"
    assert set(page["data"][0]) == {
        "id", "object", "name", "description", "users_count", "invitations_count", "roles_count",
        "service_groups_count", "created_at", "updated_at", "extra",
    }
    # Members the client does not model are in `extra`, also in to_dict().
    assert page["data"][0]["extra"] == {"customer_id": seed["customer_id"]}
    me = client.get_current_user().to_dict()
    assert me["extra"] == {"sso_provider": None}


def test_page_is_generic_at_runtime() -> None:
    alias = fa.Page[fa.Role]
    assert alias.__origin__ is fa.Page  # type: ignore[attr-defined]


def test_token_never_shows(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = sandbox.client()
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    assert repr(client) == f"Client(endpoint='{sandbox.url}', token='***')"
    texts = [repr(client.get_current_user()), repr(client.list_roles())]
    for fault in ({"type": "status", "status": 500}, {"type": "malformed"}, {"type": "close"}):
        sandbox.arm(fault, path="/current_user")
        with pytest.raises(fa.FastlyError) as caught:
            client.get_current_user()
        texts += [str(caught.value), repr(caught.value)]
    with pytest.raises(fa.FastlyError) as caught:
        fa.Client(TOKEN + " \n", endpoint=sandbox.url)
    texts.append(str(caught.value))
    texts += [record.getMessage() for record in caplog.records]
    assert all(TOKEN not in text for text in texts)


# --- Models built by users (test doubles) ------------------------------------

UTC = dt.timezone.utc


def test_models_are_built_from_keyword_arguments() -> None:
    user = fa.User(id="u1", login="a@b.co")
    assert (user.id, user.login, user.name, user.role, user.roles, user.extra) == (
        "u1", "a@b.co", None, None, None, {},
    )
    assert user == fa.User(login="a@b.co", id="u1") and hash(user) == hash(fa.User(id="u1", login="a@b.co"))
    assert user != fa.User(id="u1")
    assert repr(user).startswith("User(id='u1', login='a@b.co', name=None")
    for model in (fa.Customer, fa.User, fa.Invitation, fa.Role, fa.ServiceGroup, fa.UserGroup):
        empty = model()
        assert all(value is None for key, value in empty.to_dict().items() if key != "extra")
        assert empty.extra == {}
    with pytest.raises(TypeError):
        fa.Role("role-1")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        fa.Role(nmae="x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        fa.User(roles="engineer")  # a str is not a list of roles
    with pytest.raises(TypeError):
        fa.Role(permissions_count="3")  # type: ignore[arg-type]
    limit = fa.RateLimit(remaining=3, reset=10)
    assert (limit.remaining, limit.reset) == (3, 10) and limit == fa.RateLimit(reset=10, remaining=3)


def test_models_take_aware_datetimes_as_utc() -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    role = fa.Role(id="r", created_at=dt.datetime(2024, 5, 6, 9, 8, 9, tzinfo=paris))
    assert role.created_at == dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert role.created_at is not None and role.created_at.utcoffset() == dt.timedelta(0)
    assert role == fa.Role(id="r", created_at=dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC))
    with pytest.raises(TypeError, match="timezone-aware"):
        fa.Role(created_at=dt.datetime(2024, 5, 6, 7, 8, 9))
    with pytest.raises(TypeError):
        fa.Role(created_at="2024-05-06T07:08:09Z")  # type: ignore[arg-type]
    import zoneinfo

    try:
        berlin = zoneinfo.ZoneInfo("Europe/Berlin")
    except zoneinfo.ZoneInfoNotFoundError:
        return
    winter = fa.User(last_active_at=dt.datetime(2024, 1, 10, 12, 0, tzinfo=berlin))
    assert winter.last_active_at == dt.datetime(2024, 1, 10, 11, 0, tzinfo=UTC)


def test_extra_is_part_of_the_value() -> None:
    extra = {"sso_provider": None, "nested": {"b": [1, 2.5, "x", True], "a": {}}, "big": 2**63}
    user = fa.User(id="u1", extra=extra)
    assert user.extra == extra
    assert user.extra is not user.extra  # a fresh dict every time
    # Same members in another order: the same value.
    reordered = {"big": 2**63, "nested": {"a": {}, "b": [1, 2.5, "x", True]}, "sso_provider": None}
    assert user == fa.User(id="u1", extra=reordered)
    assert hash(user) == hash(fa.User(id="u1", extra=reordered))
    assert user != fa.User(id="u1") and user != fa.User(id="u1", extra={"sso_provider": "okta"})
    assert fa.User(extra={}) == fa.User(extra=None) == fa.User()
    # Tuples are JSON arrays.
    assert fa.Role(extra={"t": (1, 2)}).extra == {"t": [1, 2]}
    # repr shows extra last, and only when there is any.
    assert repr(user).endswith(", extra=" + repr(user.extra) + ")")
    assert "extra" not in repr(fa.User(id="u1"))
    bad_extras: List[Dict[Any, Any]] = [{1: "x"}, {"x": object()}, {"x": float("nan")}, {"x": 2**64}]
    for bad in bad_extras:
        with pytest.raises((TypeError, ValueError)):
            fa.User(extra=bad)
    with pytest.raises(TypeError):
        fa.User(extra=[("a", 1)])  # type: ignore[arg-type]
    deep: Dict[str, Any] = {}
    for _ in range(200):
        deep = {"d": deep}
    with pytest.raises(ValueError):
        fa.User(extra=deep)


def test_to_dict_round_trips_through_the_constructor(client: fa.Client) -> None:
    fetched = [
        client.get_current_customer(),
        client.get_current_user(),
        client.create_invitation("round.trip@example.com", "tls_viewer", roles=["role-x"]),
        client.get_role("role-user"),
        *client.list_service_groups(per_page=2),
        *client.list_user_groups(per_page=2),
    ]
    for model in fetched:
        rebuilt = type(model)(**model.to_dict())
        assert rebuilt == model and hash(rebuilt) == hash(model)
        assert repr(rebuilt) == repr(model)


def test_models_pickle(client: fa.Client) -> None:
    import pickle

    me = client.get_current_user()
    copy = pickle.loads(pickle.dumps(me))
    assert copy == me and type(copy) is fa.User and copy.extra == me.extra
    group = fa.UserGroup(id="g", extra={"customer_id": "c"})
    assert pickle.loads(pickle.dumps(group)) == group
