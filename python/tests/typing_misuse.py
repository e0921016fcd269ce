"""Checked by test_typing.py: every line marked `# E` must be a mypy error,
proving the stubs really constrain callers."""

from __future__ import annotations

import fastly_account as fa


def misuse(client: fa.Client) -> None:
    user = client.get_current_user()
    user.name = "x"  # E
    client.get_user(123)  # E
    client.list_roles(per_page="10")  # E
    client.create_invitation("a@b.co")  # E
    client.update_customer("id", nmae="x")  # E
    page = client.list_service_groups()
    role: fa.Role = page.data[0]  # E
    count: str = user.created_at  # E
    fa.Client("t", timeout="slow")  # E
    missing: int = fa.RateLimitError("m").reset  # E
    client.no_such_method()  # E
    fa.Client("t", max_response_bytes="1MB")  # E
    left = client.rate_limit.remaining  # E
    client.rate_limit = None  # E
    client.update_user("id", "engineer")  # E
    client.list_roles(5)  # E
    client.create_invitation("a@b.co", "user", ["role"])  # E
    fa.User("u1")  # E
    fa.User(created_at="2024-01-01")  # E
    fa.Client("t", ca_bundle=1)  # E
    fa.Client("t", "http://127.0.0.1:8080")  # E
    client.list_invitations(1)  # E
    client.update_current_user("name")  # E
    client.create_user("a@b.co", "A", "user", ["role"])  # E
    tokens: list[fa.User] = client.list_tokens()  # E
    client.get_current_token().scope = "global"  # E
    client.delete_invitation()  # E
    page_number: str = client.list_invitations().next_page_number  # E
    client.list_user_group_members("ug", 3)  # E
    members: fa.Page[fa.User] = client.list_user_group_members("ug")  # E
    client.add_role_permissions("role")  # E
    client.get_iam_role("role", True)  # E
    service_type: int = fa.Service(type="vcl").type  # E


async def async_misuse(client: fa.AsyncClient) -> None:
    user: fa.User = client.get_current_user()  # E
    for role in client.iter_roles():  # E
        pass
    page: fa.Page[fa.Role] = await client.list_service_groups()  # E
    await client.get_user(123)  # E
    await client.list_roles(5)  # E
    with fa.AsyncClient("t") as c:  # E
        pass
    fa.AsyncClient("t", timeout="slow")  # E
    await client.no_such_method()  # E


def testing_kit_misuse() -> None:
    from fastly_account.testing import Sandbox

    sandbox = Sandbox()
    sandbox.fail(503, "/current_user")  # E
    sandbox.fail(status="503")  # E
    path: int = sandbox.requests()[0].path  # E
    sandbox.endpoint = "http://elsewhere"  # E
    sandbox.fail(delay_ms=1.5)  # E
