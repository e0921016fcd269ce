//! The fake API's behaviour over real HTTP.

mod common;

use std::collections::HashSet;

use common::{control, get, send, send_body};
use fastly_sandbox::{CursorLocation, InvitationEnvelope, Sandbox, SandboxConfig, Settings, Style};

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn start_seed() -> Sandbox {
    Sandbox::start(SandboxConfig {
        style: Style::Seed,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts")
}

#[test]
fn missing_or_wrong_key_is_401_and_the_key_is_never_logged() {
    let sandbox = start();
    let url = sandbox.url();

    let missing = get(&url, "/current_user", None);
    assert_eq!(missing.status, 401);
    assert_eq!(
        missing.json()["msg"],
        "Provided credentials are missing or invalid"
    );
    assert_eq!(get(&url, "/current_user", Some("wrong")).status, 401);
    // Auth comes before routing.
    assert_eq!(get(&url, "/no/such/route", None).status, 401);

    let ok = get(&url, "/current_user", Some(sandbox.token()));
    assert_eq!(ok.status, 200);
    assert_eq!(ok.json()["id"], sandbox.seed().owner_user_id);

    let log = sandbox.requests();
    let flags: Vec<_> = log
        .iter()
        .map(|r| (r.status, r.fastly_key_present, r.fastly_key_valid))
        .collect();
    assert_eq!(
        flags,
        [
            (401, false, false),
            (401, true, false),
            (401, false, false),
            (200, true, true)
        ]
    );
    let over_http = String::from_utf8(get(&url, "/__sandbox/requests", None).body).unwrap();
    assert!(!over_http.contains(sandbox.token()), "{over_http}");
    assert!(!over_http.contains("wrong"), "{over_http}");
}

#[test]
fn seed_style_lists_follow_cursors_to_the_end() {
    let sandbox = Sandbox::start(SandboxConfig {
        roles: 45,
        style: Style::Seed,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    let url = sandbox.url();
    let token = sandbox.token();
    let total = sandbox.seed().roles_total;
    assert_eq!(total, 53);

    let mut ids = HashSet::new();
    let mut path = "/roles?per_page=20".to_owned();
    let mut pages = 0;
    loop {
        let page = get(&url, &path, Some(token)).json();
        pages += 1;
        assert_eq!(page["meta"]["total"], total);
        assert_eq!(page["meta"]["per_page"], 20);
        for role in page["data"].as_array().expect("data array") {
            assert!(ids.insert(role["id"].as_str().expect("id").to_owned()));
        }
        match page["meta"]["next_cursor"].as_str() {
            Some(cursor) => path = format!("/roles?per_page=20&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!((pages, ids.len()), (3, total));

    assert_eq!(get(&url, "/roles?per_page=0", Some(token)).status, 400);
    assert_eq!(get(&url, "/roles?per_page=1001", Some(token)).status, 400);
    assert_eq!(get(&url, "/roles?cursor=bogus", Some(token)).status, 400);

    sandbox.set_settings(Settings {
        cursor_location: CursorLocation::Top,
        ..Settings::seed()
    });
    let top = get(&url, "/service-groups?per_page=2", Some(token)).json();
    assert_eq!(top["total"], 3);
    assert!(top["next_cursor"].is_string());
    assert!(top["meta"].get("next_cursor").is_none());
}

#[test]
fn writes_change_the_data_until_reset() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let engineer = &seed.user_ids_by_role["engineer"][0];

    let updated = send_body(
        &url,
        "PUT",
        &format!("/user/{engineer}"),
        token,
        "application/x-www-form-urlencoded",
        "name=Renamed&role=billing",
    );
    assert_eq!(updated.status, 200);
    assert_eq!(updated.json()["role"], "billing");
    let json_body = send_body(
        &url,
        "PUT",
        &format!("/user/{engineer}"),
        token,
        "application/json",
        "{}",
    );
    assert_eq!(json_body.status, 400);
    let bad_role = send_body(
        &url,
        "PUT",
        &format!("/user/{engineer}"),
        token,
        "application/x-www-form-urlencoded",
        "role=admin",
    );
    assert_eq!(bad_role.status, 400);

    let deleted = send(
        &url,
        "DELETE",
        &format!("/user/{engineer}"),
        &[("Fastly-Key", token)],
        None,
    )
    .expect("a response");
    assert_eq!(
        (deleted.status, deleted.json()["status"].clone()),
        (200, "ok".into())
    );
    assert_eq!(
        get(&url, &format!("/user/{engineer}"), Some(token)).status,
        404
    );

    let created = send_body(
        &url,
        "POST",
        "/user-groups",
        token,
        "application/json",
        r#"{"name":"New group","description":"made by a test"}"#,
    );
    assert_eq!(created.status, 201);
    let new_id = created.json()["id"].as_str().expect("id").to_owned();
    let listed = get(&url, "/user-groups?per_page=100", Some(token)).json();
    assert!(listed["data"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["id"] == new_id.as_str()));
    let nameless = send_body(
        &url,
        "POST",
        "/user-groups",
        token,
        "application/json",
        "{}",
    );
    assert_eq!(nameless.status, 400);

    assert_eq!(control(&url, "POST", "/__sandbox/reset", "").status, 204);
    assert_eq!(
        get(&url, &format!("/user/{engineer}"), Some(token)).json()["role"],
        "engineer"
    );
    let listed = get(&url, "/user-groups?per_page=100", Some(token)).json();
    assert_eq!(listed["meta"]["record_count"], 3);
}

#[test]
fn encoded_ids_stay_one_segment() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    for path in [
        "/user/..%2Fcustomer%2Fx4xCwxxJxGCx123Rx5xTx",
        "/customer/x4xCwxxJxGCx123Rx5xTx%2Fusers",
        "/roles/role-user%3Fx%3D1",
    ] {
        assert_eq!(get(&url, path, Some(token)).status, 404, "{path}");
    }
    let role_404 = get(&url, "/roles/none", Some(token));
    assert_eq!(
        role_404.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(role_404.json()["status"], 404);
    assert_eq!(
        sandbox.requests()[0].path,
        "/user/..%2Fcustomer%2Fx4xCwxxJxGCx123Rx5xTx"
    );
}

#[test]
fn seed_style_invitations_use_json_api_in_either_envelope() {
    let sandbox = start_seed();
    let url = sandbox.url();
    let token = sandbox.token();
    let body = r#"{"data":{"type":"invitation","attributes":{"email":"new@example.com","role":"engineer"}}}"#;

    let wrapped = send_body(
        &url,
        "POST",
        "/invitations",
        token,
        "application/vnd.api+json",
        body,
    );
    assert_eq!(wrapped.status, 201);
    assert_eq!(
        wrapped.header("content-type"),
        Some("application/vnd.api+json")
    );
    assert_eq!(wrapped.json()["data"]["attributes"]["status"], "pending");

    sandbox.set_settings(Settings {
        invitation_envelope: InvitationEnvelope::Bare,
        ..Settings::seed()
    });
    let bare = send_body(
        &url,
        "POST",
        "/invitations",
        token,
        "application/vnd.api+json",
        body,
    );
    assert_eq!(bare.json()["type"], "invitation");

    let plain_json = send_body(
        &url,
        "POST",
        "/invitations",
        token,
        "application/json",
        body,
    );
    assert_eq!(plain_json.status, 400);
    assert_eq!(plain_json.json()["errors"][0]["status"], "400");
    let bad_email = body.replace("new@example.com", "not-an-email");
    let refused = send_body(
        &url,
        "POST",
        "/invitations",
        token,
        "application/vnd.api+json",
        &bad_email,
    );
    assert_eq!(refused.status, 400);
}

#[test]
fn many_users_seed_and_list_quickly() {
    let started = std::time::Instant::now();
    let sandbox = Sandbox::start(SandboxConfig {
        users: 20_000,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    let seed = sandbox.seed();
    let users = get(
        &sandbox.url(),
        &format!("/customer/{}/users", seed.customer_id),
        Some(sandbox.token()),
    )
    .json();
    assert_eq!(users.as_array().map(Vec::len), Some(seed.users_total));
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starts_and_stops_inside_another_runtime() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token().to_owned();
    let status =
        tokio::task::spawn_blocking(move || get(&url, "/current_customer", Some(&token)).status)
            .await
            .expect("the request thread");
    assert_eq!(status, 200);
    drop(sandbox);
}
