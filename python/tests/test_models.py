"""Models: immutable, compared by value, readable; the token never shows."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Dict

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox


def test_models_are_immutable(client: fa.Client) -> None:
    me = client.get_current_user()
    with pytest.raises(AttributeError):
        me.name = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        me.extra = 1  # type: ignore[attr-defined]
    page = client.list_roles(per_page=2)
    with pytest.raises(AttributeError):
        page.next_cursor = None  # type: ignore[misc]
    # `data` is a fresh list: changing it does not change the page.
    page.data.clear()
    assert len(page.data) == 2
    with pytest.raises(TypeError):
        fa.User()


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
    assert set(customer) == {
        "id", "name", "owner_id", "pricing_plan", "can_configure_wordpress", "legal_contact_id",
        "technical_contact_id", "security_contact_id", "created_at", "updated_at",
    }
    assert set(client.get_role("role-user").to_dict()) == {
        "id", "name", "description", "custom", "permissions_count", "created_at", "updated_at",
    }
    invitation = client.create_invitation("dict@example.com", "user").to_dict()
    assert set(invitation) == {"id", "email", "role", "status", "created_at"}
    page = client.list_user_groups(per_page=2).to_dict()
    assert set(page) == {"data", "next_cursor", "total"}
    assert page["data"][0]["id"] == "ug-platform"
    assert set(page["data"][0]) == {
        "id", "name", "description", "users_count", "roles_count", "service_groups_count",
        "created_at", "updated_at",
    }


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
