"""The iter_* walks: every item across several pages, each page fetched only
when the items in hand run out (checked in the sandbox's request log)."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

import fastly_account as fa
from conftest import Sandbox


def list_requests(sandbox: Sandbox, path: str) -> List[Dict[str, Any]]:
    return [r for r in sandbox.requests() if r["path"] == path]


def test_iter_roles_fetches_pages_lazily(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    total = seed["roles_total"]
    per_page = 5
    pages = -(-total // per_page)
    assert pages >= 3, "the sandbox must be seeded with enough roles for 3+ pages"

    roles = client.iter_roles(per_page=per_page)
    assert isinstance(roles, fa.ItemIterator)
    assert iter(roles) is roles
    assert list_requests(sandbox, "/roles") == [], "nothing is fetched before iterating"
    assert roles.pages_fetched == 0

    seen = []
    for index in range(total):
        seen.append(next(roles))
        fetched = list_requests(sandbox, "/roles")
        # Item i comes from page i // per_page: exactly that many pages so far.
        assert len(fetched) == index // per_page + 1, f"after item {index}"
        assert roles.pages_fetched == len(fetched)
    with pytest.raises(StopIteration):
        next(roles)
    with pytest.raises(StopIteration):
        next(roles)

    fetched = list_requests(sandbox, "/roles")
    assert len(fetched) == pages
    assert fetched[0]["query"] == f"per_page={per_page}"
    assert all("cursor=" in r["query"] for r in fetched[1:])
    assert all(isinstance(role, fa.Role) for role in seen)
    assert len({role.id for role in seen}) == total
    assert seen == list(client.list_roles(per_page=100))


def test_iter_with_top_level_cursor(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    sandbox.control("PUT", "/settings", {"cursor_location": "top"})
    groups = list(client.iter_service_groups(per_page=3))
    assert len(groups) == seed["service_groups_total"]
    assert len(list_requests(sandbox, "/service-groups")) >= 3


def test_iter_stops_after_an_error(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 500}, path="/user-groups", times=1)
    groups = client.iter_user_groups(per_page=4)
    with pytest.raises(fa.ServerError):
        next(groups)
    with pytest.raises(StopIteration):
        next(groups)


def test_iter_error_mid_walk(client: fa.Client, sandbox: Sandbox) -> None:
    roles = client.iter_roles(per_page=5)
    first_page = [next(roles) for _ in range(5)]
    assert len(first_page) == 5
    sandbox.arm({"type": "status", "status": 403}, path="/roles")
    with pytest.raises(fa.PermissionDeniedError):
        next(roles)
