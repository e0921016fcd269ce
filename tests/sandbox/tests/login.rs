//! Logging in (`POST /tokens`) with form fields or HTTP Basic, two-factor
//! codes, the issued secrets and the testing hook that lists them, and password
//! changes with HTTP Basic.

mod common;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use common::{control, get, send};
use fastly_sandbox::{
    Sandbox, SandboxConfig, TokenKind, CUSTOMER_ID, ONE_TIME_CODE, OWNER_LOGIN, OWNER_PASSWORD,
    OWNER_USER_ID, TWO_FACTOR_LOGIN, TWO_FACTOR_PASSWORD, TWO_FACTOR_USER_ID,
};
use serde_json::{json, Value};

const FORM: &str = "application/x-www-form-urlencoded";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

/// `POST /tokens` with a form body and extra headers, no `Fastly-Key`.
fn log_in(sandbox: &Sandbox, headers: &[(&str, &str)], form: &str) -> common::Response {
    let mut all = vec![("Content-Type", FORM)];
    all.extend_from_slice(headers);
    send(
        &sandbox.url(),
        "POST",
        "/tokens",
        &all,
        Some(form.as_bytes()),
    )
    .expect("a response")
}

fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", STANDARD.encode(format!("{user}:{password}")))
}

fn encoded(text: &str) -> String {
    text.replace('@', "%40")
}

fn owner_form(extra: &str) -> String {
    format!(
        "username={}&password={OWNER_PASSWORD}{extra}",
        encoded(OWNER_LOGIN)
    )
}

fn sorted_keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn form_login_issues_a_secret_that_works_as_the_key() {
    let sandbox = start();
    let url = sandbox.url();
    let seed = sandbox.seed();
    let form = owner_form(&format!(
        "&name=laptop&scope=global%3Aread+purge_select&services%5B%5D={}&services%5B%5D={}",
        seed.service_ids[0], seed.service_ids[1]
    ));
    let created = log_in(&sandbox, &[], &form);
    assert_eq!(
        created.status,
        200,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    assert_eq!(created.header("content-type"), Some("application/json"));
    let created = created.json();
    assert_eq!(
        sorted_keys(&created),
        [
            "access_token",
            "created_at",
            "customer_id",
            "expires_at",
            "id",
            "name",
            "scope",
            "service_id",
            "services",
            "updated_at",
            "user_id"
        ]
    );
    assert_eq!(created["name"], "laptop");
    assert_eq!(created["user_id"], OWNER_USER_ID);
    assert_eq!(created["customer_id"], CUSTOMER_ID);
    assert_eq!(created["scope"], "global:read purge_select");
    assert_eq!(
        created["services"],
        json!([seed.service_ids[0], seed.service_ids[1]])
    );
    assert_eq!(created["service_id"], seed.service_ids[1]);
    assert!(created["expires_at"].is_null());
    assert_eq!(created["created_at"], created["updated_at"]);
    let id = created["id"].as_str().expect("id").to_owned();
    let secret = created["access_token"].as_str().expect("secret").to_owned();
    assert_eq!(id.len(), 22);
    assert_eq!(secret.len(), 32);
    assert!(
        secret.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{secret}"
    );

    // The testing hook names it, over HTTP and in Rust.
    let issued = sandbox.issued_secrets();
    assert_eq!(issued.len(), 1);
    assert_eq!(
        (
            issued[0].token_id.as_str(),
            issued[0].kind,
            issued[0].secret.as_str()
        ),
        (id.as_str(), TokenKind::User, secret.as_str())
    );
    assert_eq!(
        get(&url, "/__sandbox/secrets", None).json(),
        json!({"secrets": [{"token_id": id, "kind": "user", "secret": secret}]})
    );

    // The new secret is a key for every route, as the owner.
    let me = get(&url, "/current_user", Some(&secret));
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["id"], OWNER_USER_ID);
    let this = get(&url, "/tokens/self", Some(&secret)).json();
    assert_eq!(this["id"], id);
    assert_eq!(this["scope"], "global:read purge_select");
    assert!(this.get("access_token").is_none());
    let own = get(&url, "/tokens", Some(sandbox.token())).json();
    assert_eq!(own.as_array().map(Vec::len), Some(3));
    assert_eq!(own[2]["id"], id);
    let customer_tokens = get(
        &url,
        &format!("/customer/{CUSTOMER_ID}/tokens"),
        Some(&secret),
    )
    .json();
    assert!(customer_tokens
        .as_array()
        .expect("tokens")
        .iter()
        .any(|t| t["id"] == id));

    // Logged with no key, and neither the password nor the secret anywhere.
    let log = sandbox.requests();
    let login = log
        .iter()
        .find(|r| r.method == "POST" && r.path == "/tokens")
        .expect("logged");
    assert!(!login.fastly_key_present && !login.fastly_key_valid);
    assert_eq!(login.status, 200);
    let with_secret = log
        .iter()
        .find(|r| r.path == "/current_user")
        .expect("logged");
    assert!(with_secret.fastly_key_valid);
    let text = String::from_utf8(get(&url, "/__sandbox/requests", None).body).expect("utf-8");
    assert!(
        !text.contains(OWNER_PASSWORD) && !text.contains(&secret),
        "{text}"
    );

    // The audit log: token.create by the owner, with the new token.
    let events = get(
        &url,
        "/events?filter[event_type]=token.create&sort=-created_at",
        Some(&secret),
    )
    .json();
    let event = &events["data"][0]["attributes"];
    assert_eq!(event["user_id"], OWNER_USER_ID);
    assert_eq!(event["token_id"], id);
    assert!(!events.to_string().contains(&secret));

    // Revoked, the secret is refused; a reset forgets the issued secrets.
    let revoked = send(
        &url,
        "DELETE",
        &format!("/tokens/{id}"),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(revoked.status, 204);
    assert_eq!(get(&url, "/current_user", Some(&secret)).status, 401);
    assert_eq!(
        sandbox.issued_secrets().len(),
        1,
        "revoked secrets stay listed"
    );
    assert_eq!(control(&url, "POST", "/__sandbox/reset", "").status, 204);
    assert!(sandbox.issued_secrets().is_empty());
    assert_eq!(
        get(&url, "/__sandbox/secrets", None).json(),
        json!({"secrets": []})
    );
}

#[test]
fn http_basic_login_and_the_defaults() {
    let sandbox = start();
    let url = sandbox.url();
    // As fastly-py sends it: Basic credentials, a form content type, no body
    // fields, and the key too (which is not needed).
    let auth = basic(OWNER_LOGIN, OWNER_PASSWORD);
    let created = send(
        &url,
        "POST",
        "/tokens",
        &[
            ("Authorization", &auth),
            ("Content-Type", FORM),
            ("Fastly-Key", sandbox.token()),
        ],
        Some(b""),
    )
    .expect("a response");
    assert_eq!(
        created.status,
        200,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    let created = created.json();
    assert_eq!(created["scope"], "global");
    assert_eq!(created["services"], json!([]));
    assert!(created["service_id"].is_null());
    assert_eq!(created["name"], "");
    // No body at all, and services comma-joined in one field.
    let bare =
        send(&url, "POST", "/tokens", &[("Authorization", &auth)], None).expect("a response");
    assert_eq!(bare.status, 200);
    let seed = sandbox.seed();
    let joined = log_in(
        &sandbox,
        &[("Authorization", &auth)],
        &format!(
            "services={},{}&expires_at=2030-01-31T13%3A00%3A00%2B01%3A00",
            seed.service_ids[2], seed.service_ids[3]
        ),
    );
    assert_eq!(joined.status, 200);
    assert_eq!(
        joined.json()["services"],
        json!([seed.service_ids[2], seed.service_ids[3]])
    );
    assert_eq!(joined.json()["expires_at"], "2030-01-31T12:00:00Z");
    assert_eq!(sandbox.issued_secrets().len(), 3);
    let issued = sandbox.issued_secrets();
    let mut unique: Vec<&str> = issued.iter().map(|s| s.secret.as_str()).collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 3, "every secret is new");

    // The Authorization header is never logged.
    let text = String::from_utf8(get(&url, "/__sandbox/requests", None).body).expect("utf-8");
    assert!(
        !text.contains(&auth[6..]) && !text.contains(OWNER_PASSWORD),
        "{text}"
    );
}

#[test]
fn refused_logins() {
    let sandbox = start();
    let url = sandbox.url();
    let invalid_grant = json!({"code": "invalid_grant", "msg": "invalid_grant"});
    for (what, form) in [
        (
            "wrong password",
            format!("username={}&password=nope", encoded(OWNER_LOGIN)),
        ),
        (
            "unknown user",
            format!("username=nobody%40example.com&password={OWNER_PASSWORD}"),
        ),
        (
            "a user without a password",
            format!("username=erin%40example.com&password={OWNER_PASSWORD}"),
        ),
        (
            "empty username",
            format!("username=&password={OWNER_PASSWORD}"),
        ),
    ] {
        let refused = log_in(&sandbox, &[], &form);
        assert_eq!(refused.status, 400, "{what}");
        assert_eq!(refused.json(), invalid_grant, "{what}");
    }
    let wrong_basic = send(
        &url,
        "POST",
        "/tokens",
        &[("Authorization", &basic(OWNER_LOGIN, "nope"))],
        None,
    )
    .expect("a response");
    assert_eq!(wrong_basic.json(), invalid_grant);
    let garbled = send(
        &url,
        "POST",
        "/tokens",
        &[("Authorization", "Basic %%%")],
        None,
    )
    .expect("a response");
    assert_eq!(garbled.json(), invalid_grant);

    let scope = log_in(&sandbox, &[], &owner_form("&scope=global+everything"));
    assert_eq!(
        (scope.status, scope.json()),
        (
            400,
            json!({"code": "invalid_scope", "msg": "invalid_scope"})
        )
    );
    let service = log_in(&sandbox, &[], &owner_form("&services%5B%5D=nosuchservice"));
    assert_eq!(service.status, 400);
    assert_eq!(service.json()["code"], "invalid_request");
    let expiry = log_in(&sandbox, &[], &owner_form("&expires_at=next+week"));
    assert_eq!(expiry.status, 422);
    assert!(expiry.json()["msg"]
        .as_str()
        .is_some_and(|m| m.contains("expires_at")));
    let not_a_form = send(
        &url,
        "POST",
        "/tokens",
        &[("Content-Type", "text/plain")],
        Some(b"username=x"),
    )
    .expect("a response");
    assert_eq!(not_a_form.status, 401, "no credentials and no key");

    // Without credentials the key is needed, and a key alone cannot log in.
    assert_eq!(
        send(&url, "POST", "/tokens", &[], None)
            .expect("a response")
            .status,
        401
    );
    let key_only = send(
        &url,
        "POST",
        "/tokens",
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(key_only.status, 400);
    assert_eq!(key_only.json()["code"], "invalid_request");

    // A locked user.
    let locked = send(
        &url,
        "PUT",
        "/current_user",
        &[("Fastly-Key", sandbox.token()), ("Content-Type", FORM)],
        Some(b"locked=true"),
    )
    .expect("a response");
    assert_eq!(locked.status, 200);
    let refused = log_in(&sandbox, &[], &owner_form(""));
    assert_eq!(
        refused.json(),
        json!({"code": "account_locked", "msg": "account_locked"})
    );

    assert!(
        sandbox.issued_secrets().is_empty(),
        "no refused login issues a secret"
    );

    // A token whose expires_at has passed is refused.
    sandbox.reset();
    let past = log_in(
        &sandbox,
        &[],
        &owner_form("&expires_at=2020-01-01T00%3A00%3A00Z"),
    );
    assert_eq!(past.status, 200);
    let secret = past.json()["access_token"]
        .as_str()
        .expect("secret")
        .to_owned();
    assert_eq!(get(&url, "/current_user", Some(&secret)).status, 401);
}

#[test]
fn two_factor_logins_need_the_one_time_code() {
    let sandbox = start();
    let url = sandbox.url();
    let seed = sandbox.seed();
    assert_eq!(seed.two_factor_user_id, TWO_FACTOR_USER_ID);
    assert_eq!(
        (
            seed.two_factor_login.as_str(),
            seed.two_factor_password.as_str(),
            seed.one_time_code.as_str()
        ),
        (TWO_FACTOR_LOGIN, TWO_FACTOR_PASSWORD, ONE_TIME_CODE)
    );
    assert_eq!(
        (seed.owner_login.as_str(), seed.owner_password.as_str()),
        (OWNER_LOGIN, OWNER_PASSWORD)
    );
    assert!(seed
        .user_ids_by_role
        .values()
        .flatten()
        .all(|id| id != TWO_FACTOR_USER_ID));
    let user = get(
        &url,
        &format!("/user/{TWO_FACTOR_USER_ID}"),
        Some(sandbox.token()),
    )
    .json();
    assert_eq!(user["login"], TWO_FACTOR_LOGIN);
    assert_eq!(user["two_factor_auth_enabled"], true);

    let form = format!(
        "username={}&password={TWO_FACTOR_PASSWORD}&name=phone",
        encoded(TWO_FACTOR_LOGIN)
    );
    let asked = log_in(&sandbox, &[], &form);
    assert_eq!(
        (asked.status, asked.json()),
        (400, json!({"code": "2fa.verify", "msg": "2fa.verify"}))
    );
    let wrong = log_in(&sandbox, &[("Fastly-OTP", "000000")], &form);
    assert_eq!(
        (wrong.status, wrong.json()),
        (
            400,
            json!({"code": "invalid_grant", "msg": "Invalid one-time password"})
        )
    );
    // A wrong password says nothing about the code.
    let bad_password = log_in(
        &sandbox,
        &[],
        &format!("username={}&password=nope", encoded(TWO_FACTOR_LOGIN)),
    );
    assert_eq!(bad_password.json()["code"], "invalid_grant");
    assert!(sandbox.issued_secrets().is_empty());

    let created = log_in(&sandbox, &[("Fastly-OTP", ONE_TIME_CODE)], &form);
    assert_eq!(created.status, 200);
    let created = created.json();
    assert_eq!(created["user_id"], TWO_FACTOR_USER_ID);
    let secret = created["access_token"].as_str().expect("secret");
    assert_eq!(
        get(&url, "/current_user", Some(secret)).json()["id"],
        TWO_FACTOR_USER_ID
    );
    let own = get(&url, "/tokens", Some(secret)).json();
    assert_eq!(own.as_array().map(Vec::len), Some(1));
    // Basic credentials with the code work too.
    let basic_login = send(
        &url,
        "POST",
        "/tokens",
        &[
            (
                "Authorization",
                &basic(TWO_FACTOR_LOGIN, TWO_FACTOR_PASSWORD),
            ),
            ("Fastly-OTP", ONE_TIME_CODE),
        ],
        None,
    )
    .expect("a response");
    assert_eq!(basic_login.status, 200);
    let text = String::from_utf8(get(&url, "/__sandbox/requests", None).body).expect("utf-8");
    assert!(
        !text.contains(ONE_TIME_CODE) && !text.contains(TWO_FACTOR_PASSWORD),
        "{text}"
    );
}

#[test]
fn password_changes_take_http_basic_or_the_key() {
    let sandbox = start();
    let url = sandbox.url();
    let change = |auth: &[(&str, &str)], old: &str, new: &str| {
        let mut headers = vec![("Content-Type", FORM)];
        headers.extend_from_slice(auth);
        let body = format!("old_password={old}&new_password={new}");
        send(
            &url,
            "POST",
            "/current_user/password",
            &headers,
            Some(body.as_bytes()),
        )
        .expect("a response")
    };
    let auth = basic(OWNER_LOGIN, OWNER_PASSWORD);
    let changed = change(
        &[("Authorization", &auth)],
        OWNER_PASSWORD,
        "second-password",
    );
    assert_eq!(
        changed.status,
        200,
        "{}",
        String::from_utf8_lossy(&changed.body)
    );
    assert_eq!(changed.json()["id"], OWNER_USER_ID);
    let old_login = log_in(&sandbox, &[], &owner_form(""));
    assert_eq!(old_login.status, 400);
    let new_login = log_in(
        &sandbox,
        &[],
        &format!("username={}&password=second-password", encoded(OWNER_LOGIN)),
    );
    assert_eq!(new_login.status, 200);
    // The old Basic credentials no longer authenticate: 401.
    assert_eq!(
        change(&[("Authorization", &auth)], OWNER_PASSWORD, "x").status,
        401
    );
    // The key still works.
    let by_key = change(
        &[("Fastly-Key", sandbox.token())],
        "second-password",
        "third-password",
    );
    assert_eq!(by_key.status, 200);
    assert_eq!(
        change(&[("Fastly-Key", sandbox.token())], "wrong", "x").status,
        400
    );
    assert_eq!(change(&[], "third-password", "x").status, 401);

    // The two-factor user changes its own password with Basic (no code needed).
    let two_factor = basic(TWO_FACTOR_LOGIN, TWO_FACTOR_PASSWORD);
    let changed = change(
        &[("Authorization", &two_factor)],
        TWO_FACTOR_PASSWORD,
        "new-2fa-password",
    );
    assert_eq!(changed.status, 200);
    assert_eq!(changed.json()["id"], TWO_FACTOR_USER_ID);
    let events = get(
        &url,
        "/events?filter[event_type]=user.password_update",
        Some(sandbox.token()),
    )
    .json();
    let users: Vec<&Value> = events["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|e| &e["attributes"]["user_id"])
        .collect();
    assert_eq!(
        users,
        [
            &json!(OWNER_USER_ID),
            &json!(OWNER_USER_ID),
            &json!(TWO_FACTOR_USER_ID)
        ]
    );

    let text = String::from_utf8(get(&url, "/__sandbox/requests", None).body).expect("utf-8");
    for secret in [
        "second-password",
        "third-password",
        "new-2fa-password",
        OWNER_PASSWORD,
        &auth[6..],
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    sandbox.reset();
    assert_eq!(log_in(&sandbox, &[], &owner_form("")).status, 200);
}
