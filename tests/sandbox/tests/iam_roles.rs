//! Roles beyond the seed: `/iam/v1/roles` (cursor pages), writes to `/roles`, the
//! permission table and the permissions of a role.

mod common;

use std::collections::{HashMap, HashSet};

use common::{get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, Style};
use serde_json::{json, Value};

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

/// A request with a JSON body.
fn send_json(sandbox: &Sandbox, method: &str, path: &str, body: Value) -> common::Response {
    send_body(
        &sandbox.url(),
        method,
        path,
        sandbox.token(),
        "application/json",
        &body.to_string(),
    )
}

fn get_json(sandbox: &Sandbox, path: &str) -> Value {
    let response = get(&sandbox.url(), path, Some(sandbox.token()));
    assert_eq!(response.status, 200, "GET {path}: {}", response.json());
    response.json()
}

/// Asserts an RFC 7807 error of that status.
fn assert_problem(response: &common::Response, status: u16) {
    assert_eq!(
        response.status,
        status,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(
        response.header("content-type"),
        Some("application/problem+json")
    );
    let body = response.json();
    let keys: HashSet<&str> = body
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, HashSet::from(["type", "title", "status", "detail"]));
    assert_eq!(body["status"], status);
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
}

/// Every role of `/iam/v1/roles`, walking `next_cursor` with `limit`.
fn walk_iam_roles(sandbox: &Sandbox, limit: usize) -> (Vec<Value>, Vec<usize>) {
    let (mut roles, mut sizes) = (Vec::new(), Vec::new());
    let mut path = format!("/iam/v1/roles?limit={limit}");
    loop {
        let page = get_json(sandbox, &path);
        assert_eq!(page["limit"], limit);
        assert!(page.get("meta").is_none());
        let data = page["data"].as_array().expect("data").clone();
        sizes.push(data.len());
        roles.extend(data);
        match page["next_cursor"].as_str() {
            Some(cursor) => path = format!("/iam/v1/roles?limit={limit}&cursor={cursor}"),
            None => {
                assert!(page["next_cursor"].is_null());
                return (roles, sizes);
            }
        }
    }
}

#[test]
fn iam_v1_roles_page_with_a_top_level_cursor_in_both_styles() {
    let sandbox = Sandbox::start(SandboxConfig {
        roles: 5,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    for style in [Style::Live, Style::Seed] {
        sandbox.set_style(style);
        let (roles, sizes) = walk_iam_roles(&sandbox, 5);
        assert_eq!(sizes, [5, 5, 3]);
        let ids: HashSet<&str> = roles.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(ids.len(), 13);
        for role in &roles {
            let keys: HashSet<&str> = role
                .as_object()
                .expect("object")
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                HashSet::from(["id", "name", "display_name", "description"]),
                "list items carry no permissions"
            );
        }
    }

    // Defaults: 100 per page, one page; an empty cursor is the first page.
    let first = get_json(&sandbox, "/iam/v1/roles?cursor=");
    assert_eq!(first["limit"], 100);
    assert_eq!(first["data"].as_array().map(Vec::len), Some(13));
    assert!(first["next_cursor"].is_null());
    assert_eq!(first["data"][0]["id"], "role-superuser");

    let url = sandbox.url();
    for bad in [
        "limit=0",
        "limit=1001",
        "limit=x",
        "cursor=bogus",
        "cursor=cm9sZXM6Mg",
    ] {
        let response = get(&url, &format!("/iam/v1/roles?{bad}"), Some(sandbox.token()));
        assert_problem(&response, 400);
    }
    // A cursor of another list (the seed-style /roles) is refused too.
    sandbox.set_style(Style::Seed);
    let seed_page = get_json(&sandbox, "/roles?per_page=2");
    let other = seed_page["meta"]["next_cursor"].as_str().expect("cursor");
    let response = get(
        &url,
        &format!("/iam/v1/roles?cursor={other}"),
        Some(sandbox.token()),
    );
    assert_problem(&response, 400);
}

#[test]
fn iam_v1_roles_and_roles_describe_the_same_roles() {
    let sandbox = start();
    let (current, _) = walk_iam_roles(&sandbox, 3);
    let older = get_json(&sandbox, "/roles?per_page=1000");
    let older = older["data"].as_array().expect("data");
    assert_eq!(current.len(), older.len());
    for (new, old) in current.iter().zip(older) {
        assert_eq!(new["id"], old["id"]);
        assert_eq!(new["name"], old["name"]);
        assert_eq!(new["display_name"], old["name"]);
        assert_eq!(new["description"], old["description"]);
    }
    assert_eq!(
        current.iter().map(|r| r["id"].clone()).collect::<Vec<_>>(),
        sandbox.seed().role_ids
    );
}

#[test]
fn an_iam_v1_role_includes_its_permission_names_on_request() {
    let sandbox = start();
    let bare = get_json(&sandbox, "/iam/v1/roles/role-custom-auditor");
    assert_eq!(bare["name"], "Auditor");
    assert_eq!(bare["display_name"], "Auditor");
    assert!(bare["description"].is_null());
    assert!(bare.get("permissions").is_none());

    let table = get_json(&sandbox, "/permissions");
    let names: HashSet<&str> = table["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for role_id in sandbox.seed().role_ids {
        let full = get_json(
            &sandbox,
            &format!("/iam/v1/roles/{role_id}?include=permissions"),
        );
        let permissions = full["permissions"].as_array().expect("permissions");
        assert!(permissions
            .iter()
            .all(|p| p.as_str().is_some_and(|name| names.contains(name))));
        let older = get_json(&sandbox, &format!("/roles/{role_id}"));
        assert_eq!(permissions.len() as u64, older["permissions_count"]);
    }
    let auditor = get_json(
        &sandbox,
        "/iam/v1/roles/role-custom-auditor?include=permissions",
    );
    assert_eq!(
        auditor["permissions"],
        json!(["user.read", "role.read", "user_group.read"])
    );

    let missing = get(
        &sandbox.url(),
        "/iam/v1/roles/role-nope?include=permissions",
        Some(sandbox.token()),
    );
    assert_problem(&missing, 404);
    let encoded = get(
        &sandbox.url(),
        "/iam/v1/roles/..%2Froles",
        Some(sandbox.token()),
    );
    assert_problem(&encoded, 404);
}

#[test]
fn the_permission_table_has_both_scopes_and_matches_the_seed_info() {
    let sandbox = start();
    let response = get(&sandbox.url(), "/permissions", Some(sandbox.token()));
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("application/json"));
    let body = response.json();
    assert_eq!(
        body.as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>()),
        Some(vec!["data".to_owned()])
    );
    let data = body["data"].as_array().expect("data");
    assert_eq!(data.len(), 212);
    let mut scopes = HashSet::new();
    let mut ids = Vec::new();
    for permission in data {
        let keys: HashSet<&str> = permission
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            HashSet::from([
                "id",
                "object",
                "name",
                "description",
                "resource_name",
                "resource_description",
                "scope"
            ])
        );
        assert_eq!(permission["object"], "permission");
        for key in [
            "name",
            "description",
            "resource_name",
            "resource_description",
        ] {
            assert!(permission[key].as_str().is_some_and(|v| !v.is_empty()));
        }
        scopes.insert(permission["scope"].as_str().expect("scope").to_owned());
        ids.push(permission["id"].as_str().expect("id").to_owned());
    }
    assert_eq!(
        scopes,
        HashSet::from(["account".to_owned(), "service".to_owned()])
    );
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    assert_eq!(ids, sandbox.seed().permission_ids);
    assert!(data.iter().any(|p| p["name"] == "service.read"));
    assert!(data.iter().any(|p| p["name"] == "purge.all"));
}

#[test]
fn a_roles_permissions_are_rows_of_the_table_and_match_its_count() {
    let sandbox = start();
    let table = get_json(&sandbox, "/permissions");
    let by_id: HashMap<&str, &Value> = table["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|p| (p["id"].as_str().expect("id"), p))
        .collect();
    let expected_counts = [212, 148, 17, 41, 9, 23, 5, 3];
    for (role_id, count) in sandbox.seed().role_ids.iter().zip(expected_counts) {
        let role = get_json(&sandbox, &format!("/roles/{role_id}"));
        assert_eq!(role["permissions_count"], count, "{role_id}");
        let list = get_json(&sandbox, &format!("/roles/{role_id}/permissions"));
        let data = list["data"].as_array().expect("data");
        assert_eq!(data.len(), count, "{role_id}");
        for permission in data {
            let id = permission["id"].as_str().expect("id");
            assert_eq!(Some(&permission), by_id.get(id), "{role_id}");
        }
    }
    let tls_viewer = get_json(&sandbox, "/roles/role-tls-viewer/permissions");
    assert!(tls_viewer["data"]
        .as_array()
        .expect("data")
        .iter()
        .all(|p| p["scope"] == "account"));
    let missing = get(
        &sandbox.url(),
        "/roles/role-nope/permissions",
        Some(sandbox.token()),
    );
    assert_problem(&missing, 404);
}

#[test]
fn create_update_and_delete_a_role() {
    let sandbox = start();
    let created = send_json(
        &sandbox,
        "POST",
        "/roles",
        json!({"name": "Security Engineer", "description": "Reads TLS."}),
    );
    assert_eq!(created.status, 201);
    let role = created.json();
    assert_eq!(role["id"], "role-new-000001");
    assert_eq!(role["name"], "Security Engineer");
    assert_eq!(role["description"], "Reads TLS.");
    assert_eq!(role["custom"], true);
    assert_eq!(role["permissions_count"], 0);
    assert_eq!(role["object"], "role");
    assert!(role["created_at"].as_str().is_some());
    let id = "role-new-000001";

    let listed = get_json(&sandbox, "/roles?per_page=1000");
    assert_eq!(
        listed["data"].as_array().and_then(|d| d.last()),
        Some(&role)
    );
    let current = get_json(&sandbox, &format!("/iam/v1/roles/{id}"));
    assert_eq!(current["name"], "Security Engineer");

    // Without a description: null.
    let bare = send_json(&sandbox, "POST", "/roles", json!({"name": "Bare"})).json();
    assert_eq!(bare["id"], "role-new-000002");
    assert!(bare["description"].is_null());

    // PATCH changes only what it is given.
    let renamed = send_json(
        &sandbox,
        "PATCH",
        &format!("/roles/{id}"),
        json!({"name": "Security"}),
    );
    assert_eq!(renamed.status, 200);
    let renamed = renamed.json();
    assert_eq!(renamed["name"], "Security");
    assert_eq!(renamed["description"], "Reads TLS.");
    assert_eq!(get_json(&sandbox, &format!("/roles/{id}")), renamed);
    let cleared = send_json(
        &sandbox,
        "PATCH",
        &format!("/roles/{id}"),
        json!({"description": null}),
    )
    .json();
    assert!(cleared["description"].is_null());
    assert_eq!(cleared["name"], "Security");

    for bad in [
        json!({}),
        json!({"name": ""}),
        json!({"name": 5}),
        json!([]),
    ] {
        let response = send_json(&sandbox, "PATCH", &format!("/roles/{id}"), bad);
        assert_problem(&response, 400);
    }
    let empty = send(
        &sandbox.url(),
        "PATCH",
        &format!("/roles/{id}"),
        &[
            ("Fastly-Key", sandbox.token()),
            ("Content-Type", "application/json"),
        ],
        Some(b""),
    )
    .expect("a response");
    assert_problem(&empty, 400);
    let form = send_body(
        &sandbox.url(),
        "PATCH",
        &format!("/roles/{id}"),
        sandbox.token(),
        "application/x-www-form-urlencoded",
        "name=x",
    );
    assert_problem(&form, 400);
    let unknown = send_json(&sandbox, "PATCH", "/roles/role-nope", json!({"name": "x"}));
    assert_problem(&unknown, 404);
    for bad in [
        json!({}),
        json!({"description": "no name"}),
        json!({"name": " "}),
    ] {
        assert_problem(&send_json(&sandbox, "POST", "/roles", bad), 400);
    }

    // DELETE: gone from both role lists.
    let deleted = send(
        &sandbox.url(),
        "DELETE",
        &format!("/roles/{id}"),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    assert_problem(
        &get(
            &sandbox.url(),
            &format!("/roles/{id}"),
            Some(sandbox.token()),
        ),
        404,
    );
    assert_problem(
        &get(
            &sandbox.url(),
            &format!("/iam/v1/roles/{id}"),
            Some(sandbox.token()),
        ),
        404,
    );
    let again = send(
        &sandbox.url(),
        "DELETE",
        &format!("/roles/{id}"),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_problem(&again, 404);
    let (current, _) = walk_iam_roles(&sandbox, 100);
    assert!(current.iter().all(|r| r["id"] != id));
}

#[test]
fn deleting_a_role_removes_it_from_every_user_group() {
    let sandbox = start();
    let before = get_json(&sandbox, "/user-groups/ug-platform");
    assert_eq!(before["roles_count"], 2);
    let deleted = send(
        &sandbox.url(),
        "DELETE",
        "/roles/role-engineer",
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(deleted.status, 204);
    let after = get_json(&sandbox, "/user-groups/ug-platform");
    assert_eq!(after["roles_count"], 1);
    let roles = get_json(&sandbox, "/user-groups/ug-platform/roles");
    assert_eq!(roles["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(roles["data"][0]["id"], "role-tls-admin");
    let listed = get_json(&sandbox, "/roles?per_page=100");
    assert_eq!(listed["meta"]["record_count"], 7);
}

#[test]
fn add_and_remove_permissions_of_a_role() {
    let sandbox = start();
    let seed = sandbox.seed();
    let (first, second, third) = (
        &seed.permission_ids[0],
        &seed.permission_ids[1],
        &seed.permission_ids[100],
    );
    let role = send_json(&sandbox, "POST", "/roles", json!({"name": "Ops"})).json();
    let id = role["id"].as_str().expect("id").to_owned();
    let path = format!("/roles/{id}/permissions");

    let added = send_json(
        &sandbox,
        "POST",
        &path,
        json!({"permissions": [{"id": first}, {"id": second}]}),
    );
    assert_eq!(added.status, 201);
    let added = added.json();
    assert_eq!(added["id"], id.as_str());
    assert_eq!(added["permissions_count"], 2);
    // Adding again (and a third) keeps one of each.
    let again = send_json(
        &sandbox,
        "POST",
        &path,
        json!({"permissions": [{"id": second}, {"id": third}]}),
    )
    .json();
    assert_eq!(again["permissions_count"], 3);
    let list = get_json(&sandbox, &path);
    let ids: Vec<&str> = list["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(ids, [first.as_str(), second.as_str(), third.as_str()]);
    let current = get_json(&sandbox, &format!("/iam/v1/roles/{id}?include=permissions"));
    assert_eq!(current["permissions"].as_array().map(Vec::len), Some(3));
    assert_eq!(current["permissions"][0], list["data"][0]["name"]);

    // An unknown permission: 400, nothing changes.
    let unknown = send_json(
        &sandbox,
        "POST",
        &path,
        json!({"permissions": [{"id": seed.permission_ids[5]}, {"id": "perm-nope"}]}),
    );
    assert_problem(&unknown, 400);
    assert_eq!(
        get_json(&sandbox, &format!("/roles/{id}"))["permissions_count"],
        3
    );
    for bad in [
        json!({"permissions": []}),
        json!({"permissions": [first]}),
        json!({"permissions": [{"id": ""}]}),
        json!({"services": [{"id": first}]}),
    ] {
        assert_problem(&send_json(&sandbox, "POST", &path, bad), 400);
    }
    let missing_role = send_json(
        &sandbox,
        "POST",
        "/roles/role-nope/permissions",
        json!({"permissions": [{"id": first}]}),
    );
    assert_problem(&missing_role, 404);

    // DELETE with the same body removes: 204.
    let removed = send_json(
        &sandbox,
        "DELETE",
        &path,
        json!({"permissions": [{"id": first}, {"id": third}]}),
    );
    assert_eq!(removed.status, 204);
    assert!(removed.body.is_empty());
    let list = get_json(&sandbox, &path);
    assert_eq!(list["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["data"][0]["id"], second.as_str());
    assert_eq!(
        get_json(&sandbox, &format!("/roles/{id}"))["permissions_count"],
        1
    );
    let unknown = send_json(
        &sandbox,
        "DELETE",
        &path,
        json!({"permissions": [{"id": "perm-nope"}]}),
    );
    assert_problem(&unknown, 400);

    // Seeded roles can be changed too; a reset restores them.
    let removed = send_json(
        &sandbox,
        "DELETE",
        "/roles/role-custom-auditor/permissions",
        json!({"permissions": [{"id": "perm-user-read"}]}),
    );
    assert_eq!(removed.status, 204);
    assert_eq!(
        get_json(&sandbox, "/roles/role-custom-auditor")["permissions_count"],
        2
    );
    sandbox.reset();
    assert_eq!(
        get_json(&sandbox, "/roles/role-custom-auditor")["permissions_count"],
        3
    );
}

#[test]
fn role_routes_need_the_key_and_name_their_methods() {
    let sandbox = start();
    let url = sandbox.url();
    for path in [
        "/iam/v1/roles",
        "/iam/v1/roles/role-user",
        "/permissions",
        "/roles/role-user/permissions",
    ] {
        assert_eq!(get(&url, path, None).status, 401, "{path}");
    }
    for (method, path, allow) in [
        ("PUT", "/roles", "GET, POST"),
        ("PUT", "/roles/role-user", "GET, PATCH, DELETE"),
        ("PATCH", "/roles/role-user/permissions", "GET, POST, DELETE"),
        ("POST", "/permissions", "GET"),
        ("POST", "/iam/v1/roles", "GET"),
        ("DELETE", "/iam/v1/roles/role-user", "GET"),
    ] {
        let response =
            send(&url, method, path, &[("Fastly-Key", sandbox.token())], None).expect("a response");
        assert_eq!(response.status, 405, "{method} {path}");
        assert_eq!(response.header("allow"), Some(allow), "{method} {path}");
    }
}
