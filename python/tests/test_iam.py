"""The IAM operations (issue 11): `/iam/v1/roles`, role writes and permissions,
one service group and its services, one user group with its members, roles and
service groups. Each operation end to end against the sandbox: one success
and at least one error (404 unknown id, 400 unknown id in an add body, or
`InvalidArgumentError` with no request sent), the lazy walks over the lists of
one group (one request per page, in both sandbox styles), and the state the
API keeps between operations."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

STYLES = ["live", "seed"]


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


def not_found(call: Callable[[], object]) -> None:
    with pytest.raises(fa.NotFoundError) as caught:
        call()
    assert caught.value.status == 404 and caught.value.message


def bad_request(call: Callable[[], object]) -> None:
    with pytest.raises(fa.BadRequestError) as caught:
        call()
    assert caught.value.status == 400 and caught.value.message


def answered(sandbox: Sandbox, method: str, path: str, status: int) -> None:
    """The last request the sandbox saw was `method path`, answered `status`."""
    request = last_request(sandbox)
    assert (request["method"], request["path"], request["status"]) == (method, path, status)


# /iam/v1/roles.


def test_list_iam_roles(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    page = client.list_iam_roles(limit=5)
    assert isinstance(page, fa.Page) and len(page) == 5
    assert all(isinstance(role, fa.IamRole) for role in page)
    assert [role.id for role in page] == seed["role_ids"][:5]
    first = page.data[0]
    assert (first.name, first.display_name, first.permissions) == ("Superuser", "Superuser", None)
    request = last_request(sandbox)
    assert (request["path"], request["query"]) == ("/iam/v1/roles", "limit=5")
    assert page.next_cursor is not None
    second = client.list_iam_roles(limit=5, cursor=page.next_cursor)
    assert [role.id for role in second] == seed["role_ids"][5:8] + ["role-gen-000001", "role-gen-000002"]


def test_list_iam_roles_errors(client: fa.Client, sandbox: Sandbox) -> None:
    bad_request(lambda: client.list_iam_roles(cursor="not-a-cursor"))
    bad_request(lambda: client.list_iam_roles(limit=1001))
    refused_before_sending(sandbox, lambda: client.list_iam_roles(limit=-1))


def test_iter_iam_roles_fetches_one_page_at_a_time(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox
) -> None:
    sandbox.clear_requests()
    walk = client.iter_iam_roles(limit=5)
    assert isinstance(walk, fa.ItemIterator) and iter(walk) is walk
    assert requests_to(sandbox, "GET", "/iam/v1/roles") == []
    assert next(walk).id == seed["role_ids"][0]
    assert walk.pages_fetched == 1 and len(requests_to(sandbox, "GET", "/iam/v1/roles")) == 1
    rest = list(walk)
    assert 1 + len(rest) == seed["roles_total"]  # 18: pages of 5, 5, 5, 3
    assert walk.pages_fetched == 4 and len(requests_to(sandbox, "GET", "/iam/v1/roles")) == 4


def test_iter_iam_roles_error_ends_the_walk(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 500}, path="/iam/v1/roles")
    walk = client.iter_iam_roles(limit=5)
    with pytest.raises(fa.ServerError):
        next(walk)
    assert list(walk) == []


def test_iam_roles_and_roles_describe_the_same_roles(client: fa.Client) -> None:
    iam = [(role.id, role.name) for role in client.iter_iam_roles(limit=7)]
    classic = [(role.id, role.name) for role in client.iter_roles(per_page=7)]
    assert iam == classic and len(iam) == 18


def test_get_iam_role(client: fa.Client, sandbox: Sandbox) -> None:
    role = client.get_iam_role("role-custom-auditor")
    assert isinstance(role, fa.IamRole)
    assert (role.id, role.name, role.permissions) == ("role-custom-auditor", "Auditor", None)
    assert last_request(sandbox)["query"] is None
    with_permissions = client.get_iam_role("role-custom-auditor", include_permissions=True)
    assert last_request(sandbox)["query"] == "include=permissions"
    assert with_permissions.permissions is not None
    # The API names the permissions: the names of the role's permission table rows.
    names = with_permissions.permissions
    assert names == ["user.read", "role.read", "user_group.read"]
    assert names == [p.name for p in client.list_role_permissions("role-custom-auditor")]


def test_get_iam_role_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.get_iam_role("no-such-role"))
    not_found(lambda: client.get_iam_role("no-such-role", include_permissions=True))
    refused_before_sending(sandbox, lambda: client.get_iam_role(""))


# Role writes and permissions.


def test_create_role(client: fa.Client, sandbox: Sandbox) -> None:
    role = client.create_role("Deployer 2", description="Ships code")
    assert isinstance(role, fa.Role)
    assert (role.id, role.name, role.description) == ("role-new-000001", "Deployer 2", "Ships code")
    assert (role.custom, role.permissions_count) == (True, 0)
    answered(sandbox, "POST", "/roles", 201)
    assert last_request(sandbox)["content_type"].startswith("application/json")
    assert list(client.iter_roles(per_page=100))[-1] == role
    assert client.get_iam_role(role.id or "").name == "Deployer 2"
    assert client.create_role("Bare").description is None


def test_create_role_errors(client: fa.Client, sandbox: Sandbox) -> None:
    refused_before_sending(
        sandbox, lambda: client.create_role(""), lambda: client.create_role("  ", description="d"),
    )


def test_update_role(client: fa.Client, sandbox: Sandbox) -> None:
    role = client.update_role("role-custom-deployer", description="Deploys")
    assert (role.id, role.name, role.description) == ("role-custom-deployer", "Deployer", "Deploys")
    answered(sandbox, "PATCH", "/roles/role-custom-deployer", 200)
    renamed = client.update_role("role-custom-deployer", name="Shipper")
    assert (renamed.name, renamed.description) == ("Shipper", "Deploys")
    assert client.get_role("role-custom-deployer") == renamed


def test_update_role_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.update_role("no-such-role", name="x"))
    refused_before_sending(
        sandbox,
        lambda: client.update_role("role-custom-deployer"),
        lambda: client.update_role("role-custom-deployer", name=None, description=None),
        lambda: client.update_role("role-custom-deployer", name=""),
        lambda: client.update_role("", name="x"),
    )


def test_delete_role(client: fa.Client, sandbox: Sandbox) -> None:
    before = client.get_user_group("ug-platform")
    result: object = client.delete_role("role-engineer")  # type: ignore[func-returns-value]
    assert result is None
    answered(sandbox, "DELETE", "/roles/role-engineer", 204)
    not_found(lambda: client.get_role("role-engineer"))
    not_found(lambda: client.get_iam_role("role-engineer"))
    # It leaves every user group that had it.
    assert [r.id for r in client.iter_user_group_roles("ug-platform")] == ["role-tls-admin"]
    after = client.get_user_group("ug-platform")
    assert after.roles_count == (before.roles_count or 0) - 1


def test_delete_role_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.delete_role("no-such-role"))
    refused_before_sending(sandbox, lambda: client.delete_role(""))


def test_list_permissions(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    permissions = client.list_permissions()
    assert isinstance(permissions, list) and len(permissions) == 212
    assert all(isinstance(p, fa.Permission) for p in permissions)
    assert [p.id for p in permissions] == seed["permission_ids"]
    first = permissions[0]
    assert (first.id, first.name, first.scope) == ("perm-service-read", "service.read", "service")
    assert first.resource_name == "Service" and first.description and first.resource_description
    assert (first.object, first.extra) == ("permission", {})
    answered(sandbox, "GET", "/permissions", 200)


def test_list_permissions_error(sandbox: Sandbox) -> None:
    wrong_key = fa.Client("not-the-sandbox-key", endpoint=sandbox.url, max_retries=0)
    with pytest.raises(fa.AuthenticationError):
        wrong_key.list_permissions()


def test_list_role_permissions(client: fa.Client, sandbox: Sandbox) -> None:
    table = {p.id: p for p in client.list_permissions()}
    for role in client.iter_roles(per_page=100):
        permissions = client.list_role_permissions(role.id or "")
        assert len(permissions) == role.permissions_count
        # A role's permissions are rows of the permission table.
        assert all(table[p.id or ""] == p for p in permissions)
    engineer = client.list_role_permissions("role-engineer")
    assert {p.scope for p in engineer} == {"service"}
    answered(sandbox, "GET", "/roles/role-engineer/permissions", 200)


def test_list_role_permissions_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.list_role_permissions("no-such-role"))
    refused_before_sending(sandbox, lambda: client.list_role_permissions(""))


def test_add_role_permissions(client: fa.Client, sandbox: Sandbox) -> None:
    ids = ["perm-billing-read", "perm-user-read"]  # perm-user-read is already there
    result: object = client.add_role_permissions(  # type: ignore[func-returns-value]
        "role-custom-auditor", ids,
    )
    assert result is None
    answered(sandbox, "POST", "/roles/role-custom-auditor/permissions", 201)
    assert last_request(sandbox)["content_type"].startswith("application/json")
    after = [p.id for p in client.list_role_permissions("role-custom-auditor")]
    assert after == ["perm-user-read", "perm-role-read", "perm-user-group-read", "perm-billing-read"]
    assert client.get_role("role-custom-auditor").permissions_count == 4
    client.add_role_permissions("role-custom-auditor", ("perm-purge-all",))  # any sequence
    assert len(client.list_role_permissions("role-custom-auditor")) == 5


def test_add_role_permissions_errors(client: fa.Client, sandbox: Sandbox) -> None:
    bad_request(lambda: client.add_role_permissions("role-custom-auditor", ["perm-no-such"]))
    assert len(client.list_role_permissions("role-custom-auditor")) == 3  # nothing changed
    not_found(lambda: client.add_role_permissions("no-such-role", ["perm-user-read"]))
    refused_before_sending(
        sandbox,
        lambda: client.add_role_permissions("role-custom-auditor", []),
        lambda: client.add_role_permissions("role-custom-auditor", [""]),
        lambda: client.add_role_permissions("", ["perm-user-read"]),
    )
    with pytest.raises(TypeError):
        client.add_role_permissions("role-custom-auditor", "perm-user-read")  # type: ignore[arg-type]


def test_remove_role_permissions(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.remove_role_permissions(  # type: ignore[func-returns-value]
        "role-custom-auditor", ["perm-role-read", "perm-billing-read"],  # the second: not there
    )
    assert result is None
    answered(sandbox, "DELETE", "/roles/role-custom-auditor/permissions", 204)
    after = [p.id for p in client.list_role_permissions("role-custom-auditor")]
    assert after == ["perm-user-read", "perm-user-group-read"]


def test_remove_role_permissions_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.remove_role_permissions("no-such-role", ["perm-user-read"]))
    refused_before_sending(
        sandbox, lambda: client.remove_role_permissions("role-custom-auditor", []),
    )


# One service group.


def test_get_service_group(client: fa.Client, sandbox: Sandbox) -> None:
    group = client.get_service_group("sg-production")
    assert isinstance(group, fa.ServiceGroup)
    assert (group.id, group.name, group.services_count) == ("sg-production", "Production", 12)
    answered(sandbox, "GET", "/service-groups/sg-production", 200)
    assert group in client.list_service_groups(per_page=3).data


def test_get_service_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.get_service_group("no-such-group"))
    refused_before_sending(sandbox, lambda: client.get_service_group(""))


def test_update_service_group(client: fa.Client, sandbox: Sandbox) -> None:
    group = client.update_service_group("sg-staging", name="Pre-production", description="QA")
    assert (group.id, group.name, group.description) == ("sg-staging", "Pre-production", "QA")
    answered(sandbox, "PATCH", "/service-groups/sg-staging", 200)
    assert client.update_service_group("sg-staging", description="Q").name == "Pre-production"
    assert client.get_service_group("sg-staging").description == "Q"


def test_update_service_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.update_service_group("no-such-group", name="x"))
    refused_before_sending(
        sandbox,
        lambda: client.update_service_group("sg-staging"),
        lambda: client.update_service_group("sg-staging", name=""),
    )


def test_delete_service_group_leaves_every_user_group(client: fa.Client, sandbox: Sandbox) -> None:
    holders = {
        group.id: group.service_groups_count
        for group in client.iter_user_groups(per_page=100)
        if "sg-staging" in [sg.id for sg in client.iter_user_group_service_groups(group.id or "")]
    }
    assert {"ug-platform", "ug-contractors"} <= set(holders)
    result: object = client.delete_service_group("sg-staging")  # type: ignore[func-returns-value]
    assert result is None
    answered(sandbox, "DELETE", "/service-groups/sg-staging", 204)
    not_found(lambda: client.get_service_group("sg-staging"))
    assert "sg-staging" not in [g.id for g in client.iter_service_groups(per_page=100)]
    for group in client.iter_user_groups(per_page=100):
        ids = [sg.id for sg in client.iter_user_group_service_groups(group.id or "")]
        assert "sg-staging" not in ids
        if group.id in holders:
            assert group.service_groups_count == (holders[group.id] or 0) - 1


def test_delete_service_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.delete_service_group("no-such-group"))
    refused_before_sending(sandbox, lambda: client.delete_service_group(""))


def test_list_service_group_services(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    group_id = seed["multi_page_service_group_id"]
    page = client.list_service_group_services(group_id, per_page=5)
    assert isinstance(page, fa.Page) and page.total == 12
    assert all(isinstance(service, fa.Service) for service in page)
    assert [s.id for s in page] == seed["service_ids"][:5]
    first = page.data[0]
    assert (first.id, first.name, first.type) == ("SU1Z0isxPaozGVKXdv0eY", "www.example.com", "vcl")
    assert page.data[1].type == "wasm"
    assert first.created_at is not None and first.created_at.tzinfo is not None
    assert "type" in first.to_dict() and fa.Service(**first.to_dict()) == first
    answered(sandbox, "GET", f"/service-groups/{group_id}/services", 200)
    assert page.next_cursor is not None
    second = client.list_service_group_services(group_id, per_page=5, cursor=page.next_cursor)
    assert [s.id for s in second] == seed["service_ids"][5:10]


def test_list_service_group_services_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.list_service_group_services("no-such-group"))
    bad_request(lambda: client.list_service_group_services("sg-production", per_page=1001))
    refused_before_sending(sandbox, lambda: client.list_service_group_services(""))


def test_add_service_group_services(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    free = seed["service_ids"][-2:]  # in no group
    result: object = client.add_service_group_services(  # type: ignore[func-returns-value]
        "sg-internal-tools", free,
    )
    assert result is None
    answered(sandbox, "POST", "/service-groups/sg-internal-tools/services", 201)
    assert [s.id for s in client.iter_service_group_services("sg-internal-tools")] == free
    assert client.get_service_group("sg-internal-tools").services_count == 2


def test_add_service_group_services_errors(client: fa.Client, sandbox: Sandbox) -> None:
    bad_request(lambda: client.add_service_group_services("sg-internal-tools", ["svc-no-such"]))
    assert client.get_service_group("sg-internal-tools").services_count == 0
    not_found(lambda: client.add_service_group_services("no-such-group", ["svc-no-such"]))
    refused_before_sending(
        sandbox,
        lambda: client.add_service_group_services("sg-internal-tools", []),
        lambda: client.add_service_group_services("", ["x"]),
    )


def test_remove_service_group_services(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    removed = seed["service_ids"][:2]
    result: object = client.remove_service_group_services(  # type: ignore[func-returns-value]
        "sg-production", removed,
    )
    assert result is None
    answered(sandbox, "DELETE", "/service-groups/sg-production/services", 204)
    remaining = [s.id for s in client.iter_service_group_services("sg-production", per_page=5)]
    assert remaining == seed["service_ids"][2:12]
    assert client.get_service_group("sg-production").services_count == 10


def test_remove_service_group_services_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.remove_service_group_services("no-such-group", ["x"]))
    refused_before_sending(
        sandbox, lambda: client.remove_service_group_services("sg-production", []),
    )


# One user group.


def test_get_user_group(client: fa.Client, sandbox: Sandbox) -> None:
    group = client.get_user_group("ug-platform")
    assert isinstance(group, fa.UserGroup)
    assert (group.id, group.users_count, group.invitations_count) == ("ug-platform", 6, 1)
    assert (group.roles_count, group.service_groups_count) == (2, 2)
    answered(sandbox, "GET", "/user-groups/ug-platform", 200)


def test_get_user_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.get_user_group("no-such-group"))
    refused_before_sending(sandbox, lambda: client.get_user_group(""))


def test_update_user_group(client: fa.Client, sandbox: Sandbox) -> None:
    group = client.update_user_group("ug-finance", name="Finance team", description="Money")
    assert (group.id, group.name, group.description) == ("ug-finance", "Finance team", "Money")
    answered(sandbox, "PATCH", "/user-groups/ug-finance", 200)
    assert client.get_user_group("ug-finance") == group


def test_update_user_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.update_user_group("no-such-group", description="x"))
    refused_before_sending(
        sandbox,
        lambda: client.update_user_group("ug-finance"),
        lambda: client.update_user_group("ug-finance", name="  "),
    )


def test_delete_user_group(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.delete_user_group("ug-finance")  # type: ignore[func-returns-value]
    assert result is None
    answered(sandbox, "DELETE", "/user-groups/ug-finance", 204)
    not_found(lambda: client.get_user_group("ug-finance"))
    assert "ug-finance" not in [g.id for g in client.iter_user_groups(per_page=100)]


def test_delete_user_group_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.delete_user_group("no-such-group"))
    refused_before_sending(sandbox, lambda: client.delete_user_group(""))


def test_list_user_group_members(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    group_id = seed["multi_page_user_group_id"]
    page = client.list_user_group_members(group_id, per_page=3)
    assert isinstance(page, fa.Page) and len(page) == 3 and page.total == 7
    assert all(isinstance(member, fa.UserGroupMember) for member in page)
    erin = page.data[0]
    assert (erin.object, erin.login, erin.role, erin.email) == ("user", "erin@example.com", "engineer", None)
    answered(sandbox, "GET", f"/user-groups/{group_id}/members", 200)
    assert page.next_cursor is not None
    second = client.list_user_group_members(group_id, per_page=3, cursor=page.next_cursor)
    invitation = second.data[0]
    assert (invitation.id, invitation.object) == ("invSeed01x4xCwxxJ", "invitation")
    assert (invitation.email, invitation.login, invitation.role) == ("nina@example.com", None, "engineer")


def test_list_user_group_members_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.list_user_group_members("no-such-group"))
    bad_request(lambda: client.list_user_group_members("ug-platform", per_page=1001))
    refused_before_sending(
        sandbox,
        lambda: client.list_user_group_members(""),
        lambda: client.list_user_group_members("ug-platform", per_page=0),
    )


def test_add_user_group_members(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    user_id = seed["user_ids_by_role"]["user"][0]
    invitation_id = seed["invitation_ids"][1]
    before = client.get_user_group("ug-finance")
    result: object = client.add_user_group_members(  # type: ignore[func-returns-value]
        "ug-finance", [user_id], invitation_ids=[invitation_id],
    )
    assert result is None
    answered(sandbox, "POST", "/user-groups/ug-finance/members", 201)
    members = list(client.iter_user_group_members("ug-finance"))
    assert [(m.id, m.object) for m in members[-2:]] == [(user_id, "user"), (invitation_id, "invitation")]
    after = client.get_user_group("ug-finance")
    assert after.users_count == (before.users_count or 0) + 1
    assert after.invitations_count == (before.invitations_count or 0) + 1
    # Either list may be left out.
    client.add_user_group_members("ug-contractors", invitation_ids=[invitation_id])
    assert [m.id for m in client.iter_user_group_members("ug-contractors")] == [invitation_id]


def test_add_user_group_members_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    bad_request(lambda: client.add_user_group_members("ug-finance", ["no-such-user"]))
    assert client.get_user_group("ug-finance").users_count == 2
    not_found(lambda: client.add_user_group_members("no-such-group", [seed["owner_user_id"]]))
    refused_before_sending(
        sandbox,
        lambda: client.add_user_group_members("ug-finance"),
        lambda: client.add_user_group_members("ug-finance", [], invitation_ids=()),
        lambda: client.add_user_group_members("ug-finance", [""]),
        lambda: client.add_user_group_members("", [seed["owner_user_id"]]),
    )


def test_remove_user_group_members(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    sam = seed["user_ids_by_role"]["superuser"][0]
    result: object = client.remove_user_group_members(  # type: ignore[func-returns-value]
        "ug-platform", user_ids=[sam], invitation_ids=["invSeed01x4xCwxxJ"],
    )
    assert result is None
    answered(sandbox, "DELETE", "/user-groups/ug-platform/members", 204)
    ids = [m.id for m in client.iter_user_group_members("ug-platform", per_page=3)]
    assert len(ids) == 5 and sam not in ids and "invSeed01x4xCwxxJ" not in ids
    group = client.get_user_group("ug-platform")
    assert (group.users_count, group.invitations_count) == (5, 0)


def test_remove_user_group_members_errors(client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox) -> None:
    not_found(lambda: client.remove_user_group_members("no-such-group", [seed["owner_user_id"]]))
    refused_before_sending(sandbox, lambda: client.remove_user_group_members("ug-platform"))


def test_list_user_group_roles(client: fa.Client, sandbox: Sandbox) -> None:
    page = client.list_user_group_roles("ug-platform", per_page=1)
    assert isinstance(page, fa.Page) and page.total == 2
    assert page.data == [client.get_role("role-engineer")]
    assert page.next_cursor is not None
    second = client.list_user_group_roles("ug-platform", per_page=1, cursor=page.next_cursor)
    assert [r.id for r in second] == ["role-tls-admin"] and second.next_cursor is None


def test_list_user_group_roles_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.list_user_group_roles("no-such-group"))
    refused_before_sending(sandbox, lambda: client.list_user_group_roles(""))


def test_add_user_group_roles(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.add_user_group_roles(  # type: ignore[func-returns-value]
        "ug-finance", ["role-custom-auditor", "role-billing"],  # role-billing: already there
    )
    assert result is None
    answered(sandbox, "POST", "/user-groups/ug-finance/roles", 201)
    assert [r.id for r in client.iter_user_group_roles("ug-finance")] == ["role-billing", "role-custom-auditor"]
    assert client.get_user_group("ug-finance").roles_count == 2


def test_add_user_group_roles_errors(client: fa.Client, sandbox: Sandbox) -> None:
    bad_request(lambda: client.add_user_group_roles("ug-finance", ["no-such-role"]))
    not_found(lambda: client.add_user_group_roles("no-such-group", ["role-billing"]))
    refused_before_sending(sandbox, lambda: client.add_user_group_roles("ug-finance", []))


def test_remove_user_group_roles(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.remove_user_group_roles(  # type: ignore[func-returns-value]
        "ug-platform", ["role-engineer"],
    )
    assert result is None
    answered(sandbox, "DELETE", "/user-groups/ug-platform/roles", 204)
    assert [r.id for r in client.list_user_group_roles("ug-platform")] == ["role-tls-admin"]
    assert client.get_user_group("ug-platform").roles_count == 1
    assert client.get_role("role-engineer").id == "role-engineer"  # the role itself stays


def test_remove_user_group_roles_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.remove_user_group_roles("no-such-group", ["role-engineer"]))
    refused_before_sending(sandbox, lambda: client.remove_user_group_roles("ug-platform", [" "]))


def test_list_user_group_service_groups(client: fa.Client, sandbox: Sandbox) -> None:
    page = client.list_user_group_service_groups("ug-platform", per_page=1)
    assert isinstance(page, fa.Page) and page.total == 2
    assert page.data == [client.get_service_group("sg-production")]
    second = client.list_user_group_service_groups("ug-platform", per_page=1, cursor=page.next_cursor)
    assert [g.id for g in second] == ["sg-staging"]


def test_list_user_group_service_groups_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.list_user_group_service_groups("no-such-group"))
    refused_before_sending(sandbox, lambda: client.list_user_group_service_groups(""))


def test_add_user_group_service_groups(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.add_user_group_service_groups(  # type: ignore[func-returns-value]
        "ug-finance", ["sg-internal-tools"],
    )
    assert result is None
    answered(sandbox, "POST", "/user-groups/ug-finance/service-groups", 201)
    assert [g.id for g in client.iter_user_group_service_groups("ug-finance")] == ["sg-internal-tools"]
    assert client.get_user_group("ug-finance").service_groups_count == 1


def test_add_user_group_service_groups_errors(client: fa.Client, sandbox: Sandbox) -> None:
    bad_request(lambda: client.add_user_group_service_groups("ug-finance", ["no-such-group"]))
    assert client.get_user_group("ug-finance").service_groups_count == 0
    not_found(lambda: client.add_user_group_service_groups("no-such-group", ["sg-staging"]))
    refused_before_sending(sandbox, lambda: client.add_user_group_service_groups("ug-finance", []))


def test_remove_user_group_service_groups(client: fa.Client, sandbox: Sandbox) -> None:
    result: object = client.remove_user_group_service_groups(  # type: ignore[func-returns-value]
        "ug-platform", ["sg-staging"],
    )
    assert result is None
    answered(sandbox, "DELETE", "/user-groups/ug-platform/service-groups", 204)
    assert [g.id for g in client.iter_user_group_service_groups("ug-platform")] == ["sg-production"]
    assert client.get_service_group("sg-staging").id == "sg-staging"  # the group itself stays


def test_remove_user_group_service_groups_errors(client: fa.Client, sandbox: Sandbox) -> None:
    not_found(lambda: client.remove_user_group_service_groups("no-such-group", ["sg-staging"]))
    refused_before_sending(
        sandbox, lambda: client.remove_user_group_service_groups("ug-platform", []),
    )


# The lazy walks over the lists of one group.

# name -> (iter_* operation, parent id, path, per_page, expected ids)
SUB_LISTS: Dict[str, Any] = {
    "services": (
        "iter_service_group_services", "sg-production", "/service-groups/sg-production/services", 3,
        lambda seed: seed["service_ids"][:12],
    ),
    "members": (
        "iter_user_group_members", "ug-platform", "/user-groups/ug-platform/members", 3,
        lambda seed: [
            *seed["user_ids_by_role"]["engineer"], seed["user_ids_by_role"]["superuser"][0],
            "invSeed01x4xCwxxJ", seed["user_ids_by_role"]["superuser"][1],
            *seed["user_ids_by_role"]["tls_admin"], *seed["user_ids_by_role"]["tls_viewer"],
        ],
    ),
    "roles": (
        "iter_user_group_roles", "ug-platform", "/user-groups/ug-platform/roles", 1,
        lambda seed: ["role-engineer", "role-tls-admin"],
    ),
    "service_groups": (
        "iter_user_group_service_groups", "ug-platform", "/user-groups/ug-platform/service-groups", 1,
        lambda seed: ["sg-production", "sg-staging"],
    ),
}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", sorted(SUB_LISTS))
def test_sub_list_walks_fetch_one_page_at_a_time(
    client: fa.Client, seed: Dict[str, Any], sandbox: Sandbox, style: str, name: str
) -> None:
    sandbox.set_style(style)
    operation, parent, path, per_page, expected_ids = SUB_LISTS[name]
    expected = expected_ids(seed)
    pages = -(-len(expected) // per_page)
    assert pages >= 2
    sandbox.clear_requests()
    walk = getattr(client, operation)(parent, per_page=per_page)
    assert isinstance(walk, fa.ItemIterator) and iter(walk) is walk
    assert sandbox.requests() == [], "nothing is fetched before iterating"
    seen = []
    for number in range(1, pages + 1):
        for _ in range(per_page if number < pages else len(expected) - per_page * (pages - 1)):
            seen.append(next(walk).id)
        assert walk.pages_fetched == number
        assert len(requests_to(sandbox, "GET", path)) == number, "one request per page"
    assert list(walk) == []
    assert seen == expected
    fetched = requests_to(sandbox, "GET", path)
    assert len(fetched) == pages and all(r["status"] == 200 for r in fetched)
    if style == "live":
        assert fetched[1]["query"] == f"per_page={per_page}&page=2"
    else:
        assert (fetched[1]["query"] or "").startswith(f"per_page={per_page}&cursor=")


@pytest.mark.parametrize("name", sorted(SUB_LISTS))
def test_sub_list_walk_errors(client: fa.Client, sandbox: Sandbox, name: str) -> None:
    operation = SUB_LISTS[name][0]
    walk = getattr(client, operation)("no-such-group")
    with pytest.raises(fa.NotFoundError):
        next(walk)
    assert list(walk) == []
    # An empty parent id is refused at the first next(), before any request.
    sandbox.clear_requests()
    empty = getattr(client, operation)("")
    with pytest.raises(fa.InvalidArgumentError):
        next(empty)
    assert sandbox.requests() == []


def test_sub_list_walk_repr(client: fa.Client) -> None:
    walk = client.iter_user_group_members("ug-platform", per_page=3)
    assert repr(walk) == "<ItemIterator over user group members, 0 page(s) fetched>"
    list(walk)
    assert repr(walk) == "<ItemIterator over user group members, 3 page(s) fetched>"


# Signatures and models.


def test_optional_arguments_are_keyword_only(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    positional: List[Callable[[], object]] = [
        lambda: client.list_iam_roles(5),  # type: ignore[call-arg]
        lambda: client.iter_iam_roles(5),  # type: ignore[call-arg]
        lambda: client.get_iam_role("role-user", True),  # type: ignore[misc]
        lambda: client.create_role("R", "description"),  # type: ignore[call-arg]
        lambda: client.update_role("role-user", "New"),  # type: ignore[call-arg]
        lambda: client.update_service_group("sg-staging", "New"),  # type: ignore[call-arg]
        lambda: client.update_user_group("ug-finance", "New"),  # type: ignore[call-arg]
        lambda: client.list_service_group_services("sg-production", 3),  # type: ignore[call-arg]
        lambda: client.iter_service_group_services("sg-production", 3),  # type: ignore[call-arg]
        lambda: client.list_user_group_members("ug-platform", 3),  # type: ignore[call-arg]
        lambda: client.iter_user_group_members("ug-platform", 3),  # type: ignore[call-arg]
        lambda: client.list_user_group_roles("ug-platform", 3),  # type: ignore[call-arg]
        lambda: client.iter_user_group_roles("ug-platform", 3),  # type: ignore[call-arg]
        lambda: client.list_user_group_service_groups("ug-platform", 3),  # type: ignore[call-arg]
        lambda: client.iter_user_group_service_groups("ug-platform", 3),  # type: ignore[call-arg]
    ]
    for call in positional:
        with pytest.raises(TypeError, match="positional"):
            call()
    assert sandbox.requests() == []


def test_new_models_behave_like_the_others(client: fa.Client) -> None:
    import pickle

    models: List[Any] = [
        client.get_iam_role("role-custom-deployer", include_permissions=True),
        client.list_permissions()[0],
        client.list_service_group_services("sg-production").data[0],
        client.list_user_group_members("ug-platform").data[0],
    ]
    for model in models:
        assert type(model)(**model.to_dict()) == model
        assert pickle.loads(pickle.dumps(model)) == model
        assert hash(model) == hash(type(model)(**model.to_dict()))
        assert repr(model).startswith(type(model).__name__ + "(")
        with pytest.raises(AttributeError):
            model.id = "x"
    # Keyword-constructible test doubles.
    service = fa.Service(id="s", type="wasm", extra={"customer_id": "c"})
    assert (service.type, service.extra) == ("wasm", {"customer_id": "c"})
    assert repr(service).startswith("Service(id='s', name=None, type='wasm'")
    role = fa.IamRole(id="r", permissions=["service.read"])
    assert role.permissions == ["service.read"]
    assert fa.UserGroupMember(object="invitation", role="engineer").role == "engineer"
    with pytest.raises(TypeError):
        fa.IamRole(permissions=[fa.Permission(name="service.read")])  # type: ignore[list-item]
