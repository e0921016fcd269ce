//! API tokens: the seeded tokens, the lists, and revoking one, the caller's own
//! (then its key is refused until a reset) or several in bulk.

mod common;

use common::{control, get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, CUSTOMER_ID, OWNER_USER_ID, SELF_TOKEN_ID};
use serde_json::{json, Value};

const BULK: &str = "application/vnd.api+json; ext=bulk";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
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

fn customer_token_ids(sandbox: &Sandbox) -> Vec<String> {
    let listed = get(
        &sandbox.url(),
        &format!("/customer/{CUSTOMER_ID}/tokens"),
        Some(sandbox.token()),
    );
    assert_eq!(listed.status, 200);
    listed
        .json()
        .as_array()
        .expect("a bare array")
        .iter()
        .map(|t| t["id"].as_str().expect("id").to_owned())
        .collect()
}

fn bulk_revoke(sandbox: &Sandbox, content_type: &str, body: &str) -> common::Response {
    send_body(
        &sandbox.url(),
        "DELETE",
        "/tokens",
        sandbox.token(),
        content_type,
        body,
    )
}

fn assert_json_api_400(response: &common::Response, what: &str) {
    assert_eq!(response.status, 400, "{what}");
    assert_eq!(
        response.header("content-type"),
        Some("application/vnd.api+json"),
        "{what}"
    );
    let error = &response.json()["errors"][0];
    assert_eq!(error["title"], "Bad Request", "{what}");
    assert_eq!(error["status"], "400", "{what}");
    assert!(error["detail"].is_string(), "{what}");
}

#[test]
fn seeded_tokens_are_listed_in_the_live_shape_without_secrets() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    assert_eq!(seed.self_token_id, SELF_TOKEN_ID);
    assert_eq!(seed.token_ids.len(), 6);
    assert_eq!(seed.token_ids[0], SELF_TOKEN_ID);

    // The customer's tokens, in seed order.
    let all = get(
        &url,
        &format!("/customer/{CUSTOMER_ID}/tokens"),
        Some(token),
    );
    assert_eq!(all.status, 200);
    assert_eq!(all.header("content-type"), Some("application/json"));
    assert!(!String::from_utf8_lossy(&all.body).contains(token));
    let all = all.json();
    let all = all.as_array().expect("a bare array");
    let ids: Vec<&str> = all.iter().filter_map(|t| t["id"].as_str()).collect();
    assert_eq!(ids, seed.token_ids);
    let mut fields: Vec<&str> = all[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "created_at",
            "customer_id",
            "expires_at",
            "id",
            "ip",
            "last_used_at",
            "name",
            "scope",
            "services",
            "user_agent",
            "user_id"
        ]
    );
    for t in all {
        assert_eq!(t["customer_id"], CUSTOMER_ID);
        assert!(t["services"].is_array());
        assert!(t["scope"].is_string());
        assert!(t.get("secret").is_none() && t.get("access_token").is_none());
    }
    assert!(all
        .iter()
        .any(|t| t["expires_at"].is_null() && t["last_used_at"].is_null()));
    assert!(all
        .iter()
        .any(|t| t["services"].as_array().is_some_and(|s| !s.is_empty())));
    for scope in ["global", "global purge_all", "purge_select"] {
        assert!(all.iter().any(|t| t["scope"] == scope), "{scope}");
    }

    // The caller's own tokens: the owner's two.
    let own = get(&url, "/tokens", Some(token)).json();
    let own = own.as_array().expect("a bare array");
    assert_eq!(own.len(), 2);
    assert!(own.iter().all(|t| t["user_id"] == OWNER_USER_ID));
    assert_eq!(own[0]["id"], SELF_TOKEN_ID);

    let me = get(&url, "/tokens/self", Some(token));
    assert_eq!(me.status, 200);
    let me = me.json();
    assert_eq!(me["id"], SELF_TOKEN_ID);
    assert_eq!(me["name"], "sandbox");
    assert_eq!(me["user_id"], OWNER_USER_ID);
    assert_eq!(me["scope"], "global");

    let one = get(&url, &format!("/tokens/{}", seed.token_ids[2]), Some(token));
    assert_eq!(one.status, 200);
    assert_eq!(one.json(), all[2]);

    let unknown = get(&url, "/tokens/nope", Some(token));
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["msg"], "Record not found");
    assert_eq!(get(&url, "/customer/nope/tokens", Some(token)).status, 404);
    assert_eq!(get(&url, "/tokens", None).status, 401);
    let wrong_method =
        send(&url, "PUT", "/tokens", &[("Fastly-Key", token)], None).expect("a response");
    assert_eq!(wrong_method.status, 405);
    assert_eq!(wrong_method.header("allow"), Some("GET, POST, DELETE"));

    // Odd values can be planted into tokens too.
    sandbox
        .patch(
            "token",
            SELF_TOKEN_ID,
            json!({"expires_at": "2030-01-01 00:00:00"}),
        )
        .expect("patched");
    assert_eq!(
        get(&url, "/tokens/self", Some(token)).json()["expires_at"],
        "2030-01-01 00:00:00"
    );
    assert_eq!(
        get(&url, "/tokens", Some(token)).json()[0]["expires_at"],
        "2030-01-01 00:00:00"
    );
}

#[test]
fn a_revoked_token_is_gone_from_the_lists() {
    let sandbox = start();
    let url = sandbox.url();
    let seed = sandbox.seed();
    let victim = &seed.token_ids[2];

    let revoked = delete(&sandbox, &format!("/tokens/{victim}"));
    assert_eq!(revoked.status, 204);
    assert!(revoked.body.is_empty());
    assert_eq!(
        get(&url, &format!("/tokens/{victim}"), Some(sandbox.token())).status,
        404
    );
    let remaining = customer_token_ids(&sandbox);
    assert_eq!(remaining.len(), 5);
    assert!(!remaining.contains(victim));

    let again = delete(&sandbox, &format!("/tokens/{victim}"));
    assert_eq!(again.status, 404);
    assert_eq!(again.json()["msg"], "Record not found");

    // The owner's other token goes from GET /tokens.
    assert_eq!(
        delete(&sandbox, &format!("/tokens/{}", seed.token_ids[1])).status,
        204
    );
    let own = get(&url, "/tokens", Some(sandbox.token())).json();
    assert_eq!(
        own,
        json!([get(&url, "/tokens/self", Some(sandbox.token())).json()])
    );

    // Deleting a user revokes its tokens.
    let sam_token = seed.token_ids[3].clone();
    let sam = &seed.user_ids_by_role["superuser"][0];
    assert_eq!(delete(&sandbox, &format!("/user/{sam}")).status, 200);
    assert!(!customer_token_ids(&sandbox).contains(&sam_token));

    sandbox.reset();
    assert_eq!(customer_token_ids(&sandbox), seed.token_ids);
}

#[test]
fn revoking_the_own_token_makes_the_next_call_401_until_reset() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();

    let revoked = delete(&sandbox, "/tokens/self");
    assert_eq!(revoked.status, 204);
    let refused = get(&url, "/current_user", Some(token));
    assert_eq!(refused.status, 401);
    assert_eq!(
        refused.json()["msg"],
        "Provided credentials are missing or invalid"
    );
    assert_eq!(get(&url, "/tokens/self", Some(token)).status, 401);
    let log = sandbox.requests();
    let last = log.last().expect("logged");
    assert!(last.fastly_key_present && !last.fastly_key_valid);

    assert_eq!(control(&url, "POST", "/__sandbox/reset", "").status, 204);
    assert_eq!(get(&url, "/current_user", Some(token)).status, 200);
    assert!(sandbox.requests().iter().all(|r| r.fastly_key_valid));

    // Revoking it by id has the same effect; so does the Rust reset.
    let by_id = delete(&sandbox, &format!("/tokens/{SELF_TOKEN_ID}"));
    assert_eq!(by_id.status, 204);
    assert_eq!(get(&url, "/tokens", Some(token)).status, 401);
    sandbox.reset();
    assert_eq!(get(&url, "/tokens", Some(token)).status, 200);
}

#[test]
fn bulk_revocation_takes_json_api_with_the_bulk_extension() {
    let sandbox = start();
    let seed = sandbox.seed();
    let (a, b) = (&seed.token_ids[3], &seed.token_ids[4]);
    let body =
        json!({"data": [{"type": "token", "id": a}, {"type": "token", "id": b}]}).to_string();

    for content_type in [
        "application/vnd.api+json",
        "application/json",
        "application/x-www-form-urlencoded",
    ] {
        assert_json_api_400(&bulk_revoke(&sandbox, content_type, &body), content_type);
    }
    let unknown = json!({"data": [{"type": "token", "id": a}, {"type": "token", "id": "nope"}]});
    for (what, bad) in [
        ("empty list", r#"{"data":[]}"#.to_owned()),
        ("missing id", r#"{"data":[{"type":"token"}]}"#.to_owned()),
        ("unknown id", unknown.to_string()),
        (
            "wrong type",
            format!(r#"{{"data":[{{"type":"user","id":"{a}"}}]}}"#),
        ),
        ("no data", "{}".to_owned()),
        ("not JSON", "nope".to_owned()),
    ] {
        assert_json_api_400(&bulk_revoke(&sandbox, BULK, &bad), what);
    }
    // Refused bodies revoke nothing.
    assert_eq!(customer_token_ids(&sandbox), seed.token_ids);

    let revoked = bulk_revoke(&sandbox, "application/vnd.api+json; ext=\"bulk\"", &body);
    assert_eq!(revoked.status, 204);
    assert!(revoked.body.is_empty());
    let remaining = customer_token_ids(&sandbox);
    assert_eq!(remaining.len(), 4);
    assert!(!remaining.contains(a) && !remaining.contains(b));
    // Already revoked: now unknown.
    assert_json_api_400(&bulk_revoke(&sandbox, BULK, &body), "revoked twice");

    // Naming the own token revokes the key too.
    let own = json!({"data": [{"type": "token", "id": SELF_TOKEN_ID}]}).to_string();
    assert_eq!(bulk_revoke(&sandbox, BULK, &own).status, 204);
    let after: Value = get(&sandbox.url(), "/tokens", Some(sandbox.token())).json();
    assert_eq!(after["msg"], "Provided credentials are missing or invalid");
}
