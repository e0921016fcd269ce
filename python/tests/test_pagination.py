"""The iter_* walks and list_* pages, in both styles the sandbox answers in:
`live` (the default: pages by number, `meta.current_page/total_pages/
record_count`) and `seed` (cursors). Every item arrives, each page is fetched
only when the items in hand run out, one request per page (checked in the
sandbox's request log)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import Sandbox

STYLES = ["live", "seed"]

# (path, iter_*, list_*, seed total key, model)
LISTS = {
    "roles": ("/roles", "iter_roles", "list_roles", "roles_total", fa.Role),
    "service_groups": (
        "/service-groups", "iter_service_groups", "list_service_groups", "service_groups_total",
        fa.ServiceGroup,
    ),
    "user_groups": (
        "/user-groups", "iter_user_groups", "list_user_groups", "user_groups_total", fa.UserGroup,
    ),
}


def list_requests(sandbox: Sandbox, path: str) -> List[Dict[str, Any]]:
    return [r for r in sandbox.requests() if r["path"] == path]


def next_page_query(style: str, per_page: int, number: int) -> Callable[[str], bool]:
    """Whether a logged query asks for page `number` (1-based) in `style`."""
    if style == "live":
        return lambda query: query == f"per_page={per_page}&page={number}"
    return lambda query: query.startswith(f"per_page={per_page}&cursor=")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", sorted(LISTS))
def test_iter_walks_every_page_lazily(
    client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any], style: str, name: str
) -> None:
    sandbox.set_style(style)
    path, iter_name, list_name, total_key, model = LISTS[name]
    total = seed[total_key]
    per_page = 4
    pages = -(-total // per_page)
    assert pages >= 3, "the sandbox must be seeded with enough items for 3+ pages"

    walk = getattr(client, iter_name)(per_page=per_page)
    assert isinstance(walk, fa.ItemIterator)
    assert iter(walk) is walk
    assert list_requests(sandbox, path) == [], "nothing is fetched before iterating"
    assert walk.pages_fetched == 0

    seen = []
    for index in range(total):
        seen.append(next(walk))
        fetched = list_requests(sandbox, path)
        # Item i comes from page i // per_page: exactly that many pages so far.
        assert len(fetched) == index // per_page + 1, f"after item {index}"
        assert walk.pages_fetched == len(fetched)
    with pytest.raises(StopIteration):
        next(walk)
    with pytest.raises(StopIteration):
        next(walk)

    fetched = list_requests(sandbox, path)
    assert len(fetched) == pages, "one request per page, none after the last"
    assert fetched[0]["query"] == f"per_page={per_page}"
    for number, request in enumerate(fetched[1:], start=2):
        assert next_page_query(style, per_page, number)(request["query"]), request
    assert all(r["status"] == 200 for r in fetched)
    assert all(isinstance(item, model) for item in seen)
    assert len({item.id for item in seen}) == total
    assert seen == list(getattr(client, list_name)(per_page=1000))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", sorted(LISTS))
def test_list_pages_chain_through_next_cursor(
    client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any], style: str, name: str
) -> None:
    sandbox.set_style(style)
    path, _, list_name, total_key, _ = LISTS[name]
    total = seed[total_key]
    list_page = getattr(client, list_name)
    page = list_page(per_page=5)
    items = list(page)
    count = 1
    while page.next_cursor is not None:
        assert page.total == total
        if style == "live":
            assert page.next_cursor == f"page:{count + 1}"
        page = list_page(per_page=5, cursor=page.next_cursor)
        items += page
        count += 1
        assert count < 100, "the pages never ended"
    assert page.total == total
    assert count == -(-total // 5) == len(list_requests(sandbox, path))
    assert len({item.id for item in items}) == len(items) == total


def test_iter_with_top_level_cursor(client: fa.Client, sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    sandbox.set_style("seed")
    sandbox.control("PUT", "/settings", {"cursor_location": "top"})
    groups = list(client.iter_service_groups(per_page=3))
    assert len(groups) == seed["service_groups_total"]
    assert len(list_requests(sandbox, "/service-groups")) == -(-seed["service_groups_total"] // 3)


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
