//! Service groups and user groups beyond the seed: one group (get, update,
//! delete) and the lists that hang off them (services; members, roles and
//! service groups), with their counts and the state rules between them.

mod common;

use std::collections::HashSet;

use common::{control, get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, Settings, Style};
use serde_json::{json, Value};

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

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

fn delete(sandbox: &Sandbox, path: &str) -> common::Response {
    send(
        &sandbox.url(),
        "DELETE",
        path,
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response")
}

fn get_json(sandbox: &Sandbox, path: &str) -> Value {
    let response = get(&sandbox.url(), path, Some(sandbox.token()));
    assert_eq!(
        response.status,
        200,
        "GET {path}: {}",
        String::from_utf8_lossy(&response.body)
    );
    response.json()
}

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
}

/// Every item of a list, page by page in the current style: page numbers (live)
/// or cursors (seed). Returns the items and the page sizes.
fn walk(sandbox: &Sandbox, path: &str, per_page: usize) -> (Vec<Value>, Vec<usize>) {
    let (mut items, mut sizes) = (Vec::new(), Vec::new());
    let live = sandbox.settings().style == Style::Live;
    let mut query = format!("per_page={per_page}");
    for page in 1.. {
        let body = get_json(sandbox, &format!("{path}?{query}"));
        let data = body["data"].as_array().expect("data").clone();
        sizes.push(data.len());
        items.extend(data);
        if live {
            let meta = &body["meta"];
            assert_eq!(meta["current_page"], page);
            assert_eq!(meta["per_page"], per_page);
            if page >= meta["total_pages"].as_u64().expect("total_pages") {
                assert_eq!(meta["record_count"], items.len());
                break;
            }
            query = format!("per_page={per_page}&page={}", page + 1);
        } else {
            match body["meta"]["next_cursor"].as_str() {
                Some(cursor) => query = format!("per_page={per_page}&cursor={cursor}"),
                None => {
                    assert_eq!(body["meta"]["total"], items.len());
                    break;
                }
            }
        }
    }
    (items, sizes)
}

fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn the_seed_info_names_services_permissions_and_multi_page_groups() {
    let sandbox = start();
    let seed = sandbox.seed();
    assert_eq!(seed.service_ids.len(), 18);
    assert_eq!(seed.permission_ids.len(), 212);
    assert_eq!(seed.multi_page_service_group_id, "sg-production");
    assert_eq!(seed.multi_page_user_group_id, "ug-platform");
    let body = control(&sandbox.url(), "GET", "/__sandbox/seed", "").json();
    assert_eq!(body["service_ids"], json!(seed.service_ids));
    assert_eq!(body["permission_ids"], json!(seed.permission_ids));
    assert_eq!(body["multi_page_service_group_id"], "sg-production");
    assert_eq!(body["multi_page_user_group_id"], "ug-platform");
    // The first two services are those the seeded `CI purge` token is limited to.
    assert_eq!(
        seed.service_ids[..2],
        ["SU1Z0isxPaozGVKXdv0eY", "7i6HN3TK9wS159v2gPAZ8A"]
    );
}

#[test]
fn get_update_and_delete_a_service_group() {
    let sandbox = start();
    let group = get_json(&sandbox, "/service-groups/sg-production");
    assert_eq!(group["name"], "Production");
    assert_eq!(group["services_count"], 12);
    assert_eq!(group["object"], "service_group");
    let listed = get_json(&sandbox, "/service-groups");
    assert_eq!(listed["data"][0], group);

    let renamed = send_json(
        &sandbox,
        "PATCH",
        "/service-groups/sg-production",
        json!({"name": "Prod Services"}),
    );
    assert_eq!(renamed.status, 200);
    let renamed = renamed.json();
    assert_eq!(renamed["name"], "Prod Services");
    assert_eq!(renamed["description"], "Customer-facing services.");
    assert_eq!(renamed["services_count"], 12);
    assert_ne!(renamed["updated_at"], group["updated_at"]);
    assert_eq!(get_json(&sandbox, "/service-groups/sg-production"), renamed);
    let described = send_json(
        &sandbox,
        "PATCH",
        "/service-groups/sg-staging",
        json!({"description": "Pre-production."}),
    )
    .json();
    assert_eq!(
        (described["name"].clone(), described["description"].clone()),
        (json!("Staging"), json!("Pre-production."))
    );
    for bad in [json!({}), json!({"name": ""}), json!({"description": 1})] {
        assert_problem(
            &send_json(&sandbox, "PATCH", "/service-groups/sg-staging", bad),
            400,
        );
    }
    assert_problem(
        &send_json(
            &sandbox,
            "PATCH",
            "/service-groups/sg-nope",
            json!({"name": "x"}),
        ),
        404,
    );
    assert_problem(
        &get(
            &sandbox.url(),
            "/service-groups/sg-nope",
            Some(sandbox.token()),
        ),
        404,
    );

    let deleted = delete(&sandbox, "/service-groups/sg-internal-tools");
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    assert_problem(
        &get(
            &sandbox.url(),
            "/service-groups/sg-internal-tools",
            Some(sandbox.token()),
        ),
        404,
    );
    assert_problem(&delete(&sandbox, "/service-groups/sg-internal-tools"), 404);
    let listed = get_json(&sandbox, "/service-groups");
    assert_eq!(listed["meta"]["record_count"], 2);
}

#[test]
fn deleting_a_service_group_removes_it_from_every_user_group() {
    let sandbox = start();
    // sg-staging is in ug-platform and ug-contractors.
    assert_eq!(
        get_json(&sandbox, "/user-groups/ug-platform")["service_groups_count"],
        2
    );
    assert_eq!(
        get_json(&sandbox, "/user-groups/ug-contractors")["service_groups_count"],
        1
    );
    assert_eq!(delete(&sandbox, "/service-groups/sg-staging").status, 204);
    let platform = get_json(&sandbox, "/user-groups/ug-platform");
    assert_eq!(platform["service_groups_count"], 1);
    let linked = get_json(&sandbox, "/user-groups/ug-platform/service-groups");
    assert_eq!(
        ids(linked["data"].as_array().expect("data")),
        ["sg-production"]
    );
    let contractors = get_json(&sandbox, "/user-groups/ug-contractors");
    assert_eq!(contractors["service_groups_count"], 0);
    let linked = get_json(&sandbox, "/user-groups/ug-contractors/service-groups");
    assert_eq!(linked["data"], json!([]));
}

#[test]
fn the_services_of_a_service_group_span_pages_in_both_styles() {
    let sandbox = start();
    let seed = sandbox.seed();
    let path = format!(
        "/service-groups/{}/services",
        seed.multi_page_service_group_id
    );
    let (services, sizes) = walk(&sandbox, &path, 3);
    assert_eq!(sizes, [3, 3, 3, 3]);
    assert_eq!(ids(&services), seed.service_ids[..12]);
    for service in &services {
        assert!(service["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(["vcl", "wasm"].contains(&service["type"].as_str().expect("type")));
    }
    assert!(services.iter().any(|s| s["type"] == "vcl"));
    assert!(services.iter().any(|s| s["type"] == "wasm"));
    let past = get_json(&sandbox, &format!("{path}?per_page=3&page=9"));
    assert_eq!(past["data"], json!([]));
    assert_eq!(past["meta"]["total_pages"], 4);
    let first = get_json(&sandbox, &path);
    assert_eq!(first["meta"]["per_page"], 20);

    sandbox.set_style(Style::Seed);
    let (seed_services, seed_sizes) = walk(&sandbox, &path, 5);
    assert_eq!(seed_sizes, [5, 5, 2]);
    assert_eq!(seed_services, services);
    sandbox.set_settings(Settings {
        cursor_location: fastly_sandbox::CursorLocation::Top,
        ..Settings::seed()
    });
    let top = get_json(&sandbox, &format!("{path}?per_page=5"));
    assert!(top["next_cursor"].as_str().is_some());
    assert_eq!(top["total"], 12);

    // Bad paging is a 400 in the IAM error shape; so is another list's cursor.
    sandbox.set_style(Style::Seed);
    let other = get_json(&sandbox, "/service-groups?per_page=1")["next_cursor"].clone();
    let other = other.as_str().expect("a cursor").to_owned();
    for bad in ["per_page=0".to_owned(), format!("cursor={other}")] {
        let response = get(
            &sandbox.url(),
            &format!("{path}?{bad}"),
            Some(sandbox.token()),
        );
        assert_problem(&response, 400);
    }
    sandbox.set_style(Style::Live);
    for bad in ["per_page=0", "page=0", "per_page=x"] {
        let response = get(
            &sandbox.url(),
            &format!("{path}?{bad}"),
            Some(sandbox.token()),
        );
        assert_problem(&response, 400);
    }
    assert_problem(
        &get(
            &sandbox.url(),
            "/service-groups/sg-nope/services",
            Some(sandbox.token()),
        ),
        404,
    );
}

#[test]
fn add_and_remove_services_of_a_service_group() {
    let sandbox = start();
    let seed = sandbox.seed();
    let path = "/service-groups/sg-internal-tools/services";
    let (a, b, c) = (
        &seed.service_ids[16],
        &seed.service_ids[17],
        &seed.service_ids[0],
    );
    let added = send_json(
        &sandbox,
        "POST",
        path,
        json!({"services": [{"id": a}, {"id": b}]}),
    );
    assert_eq!(added.status, 201);
    let added = added.json();
    assert_eq!(added["id"], "sg-internal-tools");
    assert_eq!(added["services_count"], 2);
    let again = send_json(
        &sandbox,
        "POST",
        path,
        json!({"services": [{"id": b}, {"id": c}]}),
    )
    .json();
    assert_eq!(again["services_count"], 3);
    let listed = get_json(&sandbox, path);
    assert_eq!(
        ids(listed["data"].as_array().expect("data")),
        [a.as_str(), b.as_str(), c.as_str()]
    );
    assert_eq!(
        get_json(&sandbox, "/service-groups/sg-internal-tools")["services_count"],
        3
    );

    // Unknown ids are refused and change nothing.
    let unknown = send_json(
        &sandbox,
        "POST",
        path,
        json!({"services": [{"id": seed.service_ids[3]}, {"id": "svc-nope"}]}),
    );
    assert_problem(&unknown, 400);
    assert_eq!(
        get_json(&sandbox, "/service-groups/sg-internal-tools")["services_count"],
        3
    );
    for bad in [
        json!({"services": []}),
        json!({"services": [a]}),
        json!({"services": [{"name": "x"}]}),
        json!({"members": [{"id": a}]}),
        json!("services"),
    ] {
        assert_problem(&send_json(&sandbox, "POST", path, bad), 400);
    }
    let wrong_type = send_body(
        &sandbox.url(),
        "POST",
        path,
        sandbox.token(),
        "text/plain",
        &json!({"services": [{"id": a}]}).to_string(),
    );
    assert_problem(&wrong_type, 400);
    assert_problem(
        &send_json(
            &sandbox,
            "POST",
            "/service-groups/sg-nope/services",
            json!({"services": [{"id": a}]}),
        ),
        404,
    );

    // DELETE with the same body removes: 204.
    let removed = send_json(
        &sandbox,
        "DELETE",
        path,
        json!({"services": [{"id": a}, {"id": c}]}),
    );
    assert_eq!(removed.status, 204);
    assert!(removed.body.is_empty());
    let listed = get_json(&sandbox, path);
    assert_eq!(ids(listed["data"].as_array().expect("data")), [b.as_str()]);
    assert_eq!(
        get_json(&sandbox, "/service-groups/sg-internal-tools")["services_count"],
        1
    );
    assert_problem(
        &send_json(
            &sandbox,
            "DELETE",
            path,
            json!({"services": [{"id": "svc-nope"}]}),
        ),
        400,
    );
}

#[test]
fn services_given_as_strings_at_creation_are_listed_as_sent() {
    let sandbox = start();
    let seed = sandbox.seed();
    let created = send_json(
        &sandbox,
        "POST",
        "/service-groups",
        json!({"name": "Edge", "services": [seed.service_ids[0], "svc1"]}),
    );
    assert_eq!(created.status, 201);
    let created = created.json();
    assert_eq!(created["services_count"], 2);
    let id = created["id"].as_str().expect("id");
    let listed = get_json(&sandbox, &format!("/service-groups/{id}/services"));
    assert_eq!(listed["data"][0]["name"], "www.example.com");
    assert_eq!(
        listed["data"][1],
        json!({"id": "svc1", "name": null, "type": null})
    );
    // An id the group holds can be removed even if it names no service.
    let removed = send_json(
        &sandbox,
        "DELETE",
        &format!("/service-groups/{id}/services"),
        json!({"services": [{"id": "svc1"}]}),
    );
    assert_eq!(removed.status, 204);
    assert_eq!(
        get_json(&sandbox, &format!("/service-groups/{id}"))["services_count"],
        1
    );
}

#[test]
fn get_update_and_delete_a_user_group() {
    let sandbox = start();
    let group = get_json(&sandbox, "/user-groups/ug-platform");
    assert_eq!(group["name"], "Platform team");
    assert_eq!(
        (
            group["users_count"].clone(),
            group["invitations_count"].clone(),
            group["roles_count"].clone(),
            group["service_groups_count"].clone()
        ),
        (json!(6), json!(1), json!(2), json!(2))
    );
    assert_eq!(get_json(&sandbox, "/user-groups")["data"][0], group);

    let renamed = send_json(
        &sandbox,
        "PATCH",
        "/user-groups/ug-platform",
        json!({"name": "Security Engineers", "description": null}),
    );
    assert_eq!(renamed.status, 200);
    let renamed = renamed.json();
    assert_eq!(renamed["name"], "Security Engineers");
    assert!(renamed["description"].is_null());
    assert_eq!(renamed["users_count"], 6);
    assert_eq!(get_json(&sandbox, "/user-groups/ug-platform"), renamed);
    for bad in [json!({}), json!({"name": "  "}), json!(["name"])] {
        assert_problem(
            &send_json(&sandbox, "PATCH", "/user-groups/ug-finance", bad),
            400,
        );
    }
    assert_problem(
        &send_json(
            &sandbox,
            "PATCH",
            "/user-groups/ug-nope",
            json!({"name": "x"}),
        ),
        404,
    );

    assert_eq!(delete(&sandbox, "/user-groups/ug-finance").status, 204);
    assert_problem(
        &get(
            &sandbox.url(),
            "/user-groups/ug-finance",
            Some(sandbox.token()),
        ),
        404,
    );
    assert_problem(
        &get(
            &sandbox.url(),
            "/user-groups/ug-finance/members",
            Some(sandbox.token()),
        ),
        404,
    );
    assert_eq!(
        get_json(&sandbox, "/user-groups")["meta"]["record_count"],
        2
    );
}

#[test]
fn the_members_of_a_user_group_span_pages_in_both_styles() {
    let sandbox = start();
    let seed = sandbox.seed();
    let path = format!("/user-groups/{}/members", seed.multi_page_user_group_id);
    let (members, sizes) = walk(&sandbox, &path, 3);
    assert_eq!(sizes, [3, 3, 1]);
    let users: Vec<&Value> = members.iter().filter(|m| m["object"] == "user").collect();
    let invitations: Vec<&Value> = members
        .iter()
        .filter(|m| m["object"] == "invitation")
        .collect();
    assert_eq!((users.len(), invitations.len()), (6, 1));
    for user in &users {
        let keys: HashSet<&str> = user
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            HashSet::from(["id", "object", "login", "name", "role"])
        );
        let id = user["id"].as_str().expect("id");
        let record = get_json(&sandbox, &format!("/user/{id}"));
        assert_eq!(user["login"], record["login"]);
        assert_eq!(user["name"], record["name"]);
        assert_eq!(user["role"], record["role"]);
    }
    assert_eq!(
        *invitations[0],
        json!({"id": "invSeed01x4xCwxxJ", "object": "invitation",
               "email": "nina@example.com", "name": null, "role": "engineer"})
    );

    sandbox.set_style(Style::Seed);
    let (seed_members, seed_sizes) = walk(&sandbox, &path, 3);
    assert_eq!(seed_sizes, [3, 3, 1]);
    assert_eq!(seed_members, members);
}

#[test]
fn adding_and_removing_members_moves_the_counts() {
    let sandbox = start();
    let seed = sandbox.seed();
    let path = "/user-groups/ug-finance/members";
    let user = &seed.user_ids_by_role["user"][0];
    let invitation = &seed.invitation_ids[4];

    let added = send_json(
        &sandbox,
        "POST",
        path,
        json!({"members": [{"id": user, "object": "user"},
                           {"id": invitation, "object": "invitation"}]}),
    );
    assert_eq!(added.status, 201);
    let added = added.json();
    assert_eq!(added["id"], "ug-finance");
    assert_eq!(added["users_count"], 3);
    assert_eq!(added["invitations_count"], 1);
    let listed = get_json(&sandbox, path);
    let listed = listed["data"].as_array().expect("data");
    assert_eq!(listed.len(), 4);
    assert!(listed
        .iter()
        .any(|m| m["id"] == user.as_str() && m["object"] == "user"));
    assert!(listed
        .iter()
        .any(|m| m["id"] == invitation.as_str() && m["email"] == "rosa@example.com"));
    // Adding someone twice keeps one.
    let again = send_json(
        &sandbox,
        "POST",
        path,
        json!({"members": [{"id": user, "object": "user"}]}),
    )
    .json();
    assert_eq!(again["users_count"], 3);

    for bad in [
        json!({"members": []}),
        json!({"members": [{"id": "nobody", "object": "user"}]}),
        json!({"members": [{"id": user, "object": "invitation"}]}),
        json!({"members": [{"id": invitation, "object": "user"}]}),
        json!({"members": [{"id": user}]}),
        json!({"members": [{"id": user, "object": "group"}]}),
        json!({"members": [user]}),
    ] {
        assert_problem(&send_json(&sandbox, "POST", path, bad.clone()), 400);
    }
    assert_eq!(
        get_json(&sandbox, "/user-groups/ug-finance")["users_count"],
        3
    );
    assert_problem(
        &send_json(
            &sandbox,
            "POST",
            "/user-groups/ug-nope/members",
            json!({"members": [{"id": user, "object": "user"}]}),
        ),
        404,
    );

    let removed = send_json(
        &sandbox,
        "DELETE",
        path,
        json!({"members": [{"id": user, "object": "user"},
                           {"id": invitation, "object": "invitation"}]}),
    );
    assert_eq!(removed.status, 204);
    let group = get_json(&sandbox, "/user-groups/ug-finance");
    assert_eq!(
        (
            group["users_count"].clone(),
            group["invitations_count"].clone()
        ),
        (json!(2), json!(0))
    );
    let listed = get_json(&sandbox, path);
    assert!(listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .all(|m| m["id"] != user.as_str()));
    assert_problem(
        &send_json(&sandbox, "DELETE", path, json!({"members": []})),
        400,
    );
}

#[test]
fn deleting_a_user_or_an_invitation_removes_it_from_its_groups() {
    let sandbox = start();
    let seed = sandbox.seed();
    let erin = &seed.user_ids_by_role["engineer"][0];
    let path = "/user-groups/ug-platform/members";
    let before = walk(&sandbox, path, 100).0;
    assert!(before.iter().any(|m| m["id"] == erin.as_str()));

    let deleted = send(
        &sandbox.url(),
        "DELETE",
        &format!("/user/{erin}"),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(deleted.status, 200);
    assert_eq!(
        delete(&sandbox, "/invitations/invSeed01x4xCwxxJ").status,
        204
    );

    let group = get_json(&sandbox, "/user-groups/ug-platform");
    assert_eq!(group["users_count"], 5);
    assert_eq!(group["invitations_count"], 0);
    let after = walk(&sandbox, path, 100).0;
    assert_eq!(after.len(), 5);
    assert!(after.iter().all(|m| m["object"] == "user"));
    assert!(after.iter().all(|m| m["id"] != erin.as_str()));
}

#[test]
fn roles_of_a_user_group_can_be_added_and_removed() {
    let sandbox = start();
    let path = "/user-groups/ug-platform/roles";
    let (roles, sizes) = walk(&sandbox, path, 1);
    assert_eq!(sizes, [1, 1]);
    assert_eq!(ids(&roles), ["role-engineer", "role-tls-admin"]);
    // Role objects, as /roles serves them.
    assert_eq!(roles[0], get_json(&sandbox, "/roles/role-engineer"));

    let added = send_json(
        &sandbox,
        "POST",
        path,
        json!({"roles": [{"id": "role-billing"}]}),
    );
    assert_eq!(added.status, 201);
    assert_eq!(added.json()["roles_count"], 3);
    let removed = send_json(
        &sandbox,
        "DELETE",
        path,
        json!({"roles": [{"id": "role-engineer"}]}),
    );
    assert_eq!(removed.status, 204);
    let listed = get_json(&sandbox, path);
    assert_eq!(
        ids(listed["data"].as_array().expect("data")),
        ["role-tls-admin", "role-billing"]
    );
    assert_eq!(
        get_json(&sandbox, "/user-groups/ug-platform")["roles_count"],
        2
    );
    // A role created through the API can be assigned.
    let role = send_json(&sandbox, "POST", "/roles", json!({"name": "Ops"})).json();
    let added = send_json(
        &sandbox,
        "POST",
        path,
        json!({"roles": [{"id": role["id"]}]}),
    );
    assert_eq!(added.json()["roles_count"], 3);

    for bad in [
        json!({"roles": [{"id": "role-nope"}]}),
        json!({"roles": []}),
        json!({"roles": ["role-user"]}),
        json!({"role_ids": [{"id": "role-user"}]}),
    ] {
        assert_problem(&send_json(&sandbox, "POST", path, bad), 400);
    }
    assert_problem(
        &send_json(
            &sandbox,
            "DELETE",
            path,
            json!({"roles": [{"id": "role-nope"}]}),
        ),
        400,
    );
}

#[test]
fn service_groups_of_a_user_group_can_be_added_and_removed() {
    let sandbox = start();
    let path = "/user-groups/ug-finance/service-groups";
    assert_eq!(get_json(&sandbox, path)["data"], json!([]));
    let added = send_json(
        &sandbox,
        "POST",
        path,
        json!({"service_groups": [{"id": "sg-production"}, {"id": "sg-internal-tools"}]}),
    );
    assert_eq!(added.status, 201);
    assert_eq!(added.json()["service_groups_count"], 2);
    let listed = get_json(&sandbox, path);
    let listed = listed["data"].as_array().expect("data");
    assert_eq!(ids(listed), ["sg-production", "sg-internal-tools"]);
    assert_eq!(
        listed[0],
        get_json(&sandbox, "/service-groups/sg-production")
    );

    let removed = send_json(
        &sandbox,
        "DELETE",
        path,
        json!({"service_groups": [{"id": "sg-production"}]}),
    );
    assert_eq!(removed.status, 204);
    assert_eq!(
        get_json(&sandbox, "/user-groups/ug-finance")["service_groups_count"],
        1
    );
    assert_problem(
        &send_json(
            &sandbox,
            "POST",
            path,
            json!({"service_groups": [{"id": "sg-nope"}]}),
        ),
        400,
    );
    assert_problem(
        &send_json(
            &sandbox,
            "POST",
            path,
            json!({"services": [{"id": "sg-staging"}]}),
        ),
        400,
    );
}

#[test]
fn group_routes_need_the_key_and_name_their_methods() {
    let sandbox = start();
    let url = sandbox.url();
    for path in [
        "/service-groups/sg-production",
        "/service-groups/sg-production/services",
        "/user-groups/ug-platform",
        "/user-groups/ug-platform/members",
        "/user-groups/ug-platform/roles",
        "/user-groups/ug-platform/service-groups",
    ] {
        assert_eq!(get(&url, path, None).status, 401, "{path}");
        let response =
            send(&url, "PUT", path, &[("Fastly-Key", sandbox.token())], None).expect("a response");
        assert_eq!(response.status, 405, "{path}");
        let allow = if path.matches('/').count() == 2 {
            "GET, PATCH, DELETE"
        } else {
            "GET, POST, DELETE"
        };
        assert_eq!(response.header("allow"), Some(allow), "{path}");
    }
    // An encoded id stays one segment.
    assert_problem(
        &get(
            &url,
            "/user-groups/ug-platform%2Fmembers",
            Some(sandbox.token()),
        ),
        404,
    );
    assert_eq!(
        get(
            &url,
            "/user-groups/ug-platform/other",
            Some(sandbox.token())
        )
        .status,
        404
    );
}

#[test]
fn generated_groups_hold_real_members_services_and_roles() {
    let sandbox = Sandbox::start(SandboxConfig {
        service_groups: 8,
        user_groups: 12,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    for n in 1..=8 {
        let id = format!("sg-gen-{n:06}");
        let group = get_json(&sandbox, &format!("/service-groups/{id}"));
        let services = walk(&sandbox, &format!("/service-groups/{id}/services"), 100).0;
        assert_eq!(group["services_count"], services.len());
        assert!(services.iter().all(|s| s["name"].is_string()));
    }
    for n in 1..=12 {
        let id = format!("ug-gen-{n:06}");
        let group = get_json(&sandbox, &format!("/user-groups/{id}"));
        for (list, count) in [
            ("members", "users_count"),
            ("roles", "roles_count"),
            ("service-groups", "service_groups_count"),
        ] {
            let items = walk(&sandbox, &format!("/user-groups/{id}/{list}"), 100).0;
            assert_eq!(group[count], items.len(), "{id} {list}");
            assert!(items
                .iter()
                .all(|i| i["name"].is_string() || i["object"] == "user"));
        }
    }
}
