//! Sudo mode and automation tokens: the recorded shapes, creating one in sudo
//! mode, its secret as a key, revoking it both ways, and the refusals.

mod common;

use common::{get, send, send_body};
use fastly_sandbox::{
    Sandbox, SandboxConfig, TokenKind, AUTOMATION_TOKEN_ID, AUTOMATION_TOKEN_SECRET, CUSTOMER_ID,
    ONE_TIME_CODE, OWNER_LOGIN, OWNER_PASSWORD, OWNER_USER_ID, TWO_FACTOR_LOGIN,
    TWO_FACTOR_PASSWORD,
};
use serde_json::{json, Value};

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
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

fn sudo(sandbox: &Sandbox, key: &str, content_type: &str, body: &str) -> common::Response {
    send_body(&sandbox.url(), "POST", "/sudo", key, content_type, body)
}

fn owner_sudo_form() -> String {
    format!(
        "username={}&password={OWNER_PASSWORD}",
        OWNER_LOGIN.replace('@', "%40")
    )
}

fn create(sandbox: &Sandbox, key: &str, body: &Value) -> common::Response {
    send_body(
        &sandbox.url(),
        "POST",
        "/automation-tokens",
        key,
        JSON,
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

fn listed_ids(sandbox: &Sandbox) -> Vec<String> {
    let listed = get(
        &sandbox.url(),
        "/automation-tokens?per_page=100",
        Some(sandbox.token()),
    )
    .json();
    listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|t| t["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn seeded_automation_tokens_in_the_recorded_shapes() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    assert_eq!(seed.automation_token_ids.len(), 2);
    assert_eq!(seed.automation_token_ids[0], AUTOMATION_TOKEN_ID);

    let listed = get(&url, "/automation-tokens", Some(token));
    assert_eq!(listed.status, 200);
    assert_eq!(listed.header("content-type"), Some(JSON));
    assert!(!String::from_utf8_lossy(&listed.body).contains(AUTOMATION_TOKEN_SECRET));
    let listed = listed.json();
    assert_eq!(sorted_keys(&listed), ["data", "meta"]);
    assert_eq!(
        listed["meta"],
        json!({"per_page": 20, "current_page": 1, "record_count": 2, "total_pages": 1})
    );
    let first = &listed["data"][0];
    assert_eq!(
        sorted_keys(first),
        [
            "access_token",
            "created_at",
            "creator_id",
            "customer_id",
            "expires_at",
            "id",
            "ip",
            "last_used_at",
            "name",
            "role",
            "scopes",
            "service_id",
            "services",
            "sudo_expires_at",
            "tls_access",
            "user_agent"
        ]
    );
    assert_eq!(first["access_token"], "");
    assert_eq!(first["scopes"], "global:read");
    assert_eq!(first["creator_id"], OWNER_USER_ID);
    assert_eq!(first["customer_id"], CUSTOMER_ID);
    assert!(first["service_id"].is_null() && first["sudo_expires_at"].is_null());
    let second = &listed["data"][1];
    assert_eq!(second["services"], json!([seed.service_ids[0]]));
    assert!(second["ip"].is_null() && second["last_used_at"].is_null());
    assert_eq!(second["tls_access"], true);

    let paged = get(&url, "/automation-tokens?page=2&per_page=1", Some(token)).json();
    assert_eq!(paged["data"][0]["id"], seed.automation_token_ids[1]);
    assert_eq!(
        paged["meta"],
        json!({"per_page": 1, "current_page": 2, "record_count": 2, "total_pages": 2})
    );
    for bad in ["per_page=0", "per_page=101", "page=0", "per_page=many"] {
        let refused = get(&url, &format!("/automation-tokens?{bad}"), Some(token));
        assert_eq!(refused.status, 400, "{bad}");
        assert!(refused.json()["msg"].is_string(), "{bad}");
    }

    let one = get(
        &url,
        &format!("/automation-tokens/{AUTOMATION_TOKEN_ID}"),
        Some(token),
    );
    assert_eq!(one.status, 200);
    let one = one.json();
    assert_eq!(
        sorted_keys(&one),
        [
            "access_token",
            "created_at",
            "expires_at",
            "id",
            "ip",
            "last_used_at",
            "name",
            "role",
            "scope",
            "services",
            "user_agent"
        ]
    );
    assert_eq!(
        (one["scope"].as_str(), one["access_token"].as_str()),
        (Some("global:read"), Some(""))
    );
    let unknown = get(&url, "/automation-tokens/nope", Some(token));
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["msg"], "Token lookup failed");

    let services = get(
        &url,
        &format!(
            "/automation-tokens/{}/services",
            seed.automation_token_ids[1]
        ),
        Some(token),
    )
    .json();
    assert_eq!(
        services,
        json!({"data": [seed.service_ids[0]], "meta": {"per_page": 20, "current_page": 1, "record_count": 1, "total_pages": 1}})
    );
    assert_eq!(
        get(&url, "/automation-tokens/nope/services", Some(token)).status,
        404
    );
    assert_eq!(get(&url, "/automation-tokens", None).status, 401);

    // The seeded secret is a key: it acts for its creator.
    assert_eq!(
        get(&url, "/current_customer", Some(AUTOMATION_TOKEN_SECRET)).status,
        200
    );
    assert_eq!(
        get(&url, "/current_user", Some(AUTOMATION_TOKEN_SECRET)).json()["id"],
        OWNER_USER_ID
    );
    assert_eq!(
        get(&url, "/tokens/self", Some(AUTOMATION_TOKEN_SECRET)).json(),
        one
    );
}

#[test]
fn sudo_mode_then_create_use_and_revoke() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let body = json!({"name": "my-test-token", "role": "engineer", "scope": "global",
                      "services": [seed.service_ids[0], seed.service_ids[1], seed.service_ids[2]], "tls_access": false});

    // Not in sudo mode yet.
    let refused = create(&sandbox, token, &body);
    assert_eq!(
        (refused.status, refused.json()),
        (403, json!({"msg": "sudo mode required"}))
    );

    // Wrong password, another user's login: 403 {"msg"}.
    let wrong = sudo(
        &sandbox,
        token,
        FORM,
        &format!("username={}&password=nope", OWNER_LOGIN.replace('@', "%40")),
    );
    assert_eq!(wrong.status, 403);
    assert!(wrong.json()["msg"].is_string());
    assert_eq!(
        sudo(
            &sandbox,
            token,
            FORM,
            &format!("username=erin%40example.com&password={OWNER_PASSWORD}")
        )
        .status,
        403
    );
    assert_eq!(
        sudo(&sandbox, token, FORM, "username=x").status,
        400,
        "no password"
    );
    assert_eq!(create(&sandbox, token, &body).status, 403);

    // As go-fastly sends it (a form with extra fields): 200, five minutes.
    let before = chrono::Utc::now();
    let granted = sudo(
        &sandbox,
        token,
        FORM,
        &format!(
            "name=my-test-token&{}&role=engineer&scope=global",
            owner_sudo_form()
        ),
    );
    assert_eq!(granted.status, 200);
    assert_eq!(granted.header("cache-control"), Some("no-store"));
    let expiry = granted.json()["expiry_time"]
        .as_str()
        .expect("expiry_time")
        .to_owned();
    assert!(expiry.ends_with("+00:00"), "{expiry}");
    let expiry = chrono::DateTime::parse_from_rfc3339(&expiry).expect("RFC 3339");
    let minutes = (expiry.with_timezone(&chrono::Utc) - before).num_seconds();
    assert!((290..=301).contains(&minutes), "{minutes}");
    // As fastly-py sends it (JSON), and as fastly/cli does (no username).
    let json_sudo = sudo(
        &sandbox,
        token,
        JSON,
        &json!({"username": OWNER_LOGIN, "password": OWNER_PASSWORD}).to_string(),
    );
    assert_eq!(json_sudo.status, 200);
    assert_eq!(
        sudo(
            &sandbox,
            token,
            JSON,
            &json!({"password": OWNER_PASSWORD}).to_string()
        )
        .status,
        200
    );

    let created = create(&sandbox, token, &body);
    assert_eq!(
        created.status,
        200,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    assert_eq!(created.header("content-type"), Some(JSON));
    let created = created.json();
    assert_eq!(
        sorted_keys(&created),
        [
            "access_token",
            "created_at",
            "customer_id",
            "expires_at",
            "id",
            "ip",
            "last_used_at",
            "name",
            "role",
            "scope",
            "services",
            "tls_access",
            "user_agent"
        ]
    );
    for unset in ["ip", "last_used_at", "expires_at", "user_agent"] {
        assert_eq!(created[unset], "", "{unset}");
    }
    assert_eq!(created["customer_id"], CUSTOMER_ID);
    assert_eq!(created["role"], "engineer");
    let id = created["id"].as_str().expect("id").to_owned();
    let secret = created["access_token"].as_str().expect("secret").to_owned();
    assert_eq!(id.len(), 22);
    assert!(
        secret.len() == 32 && secret.bytes().all(|b| b.is_ascii_alphanumeric()),
        "{secret}"
    );
    assert!(!secret.contains(&id));
    let issued = sandbox.issued_secrets();
    assert_eq!(issued.len(), 1);
    assert_eq!(
        (issued[0].token_id.as_str(), issued[0].kind),
        (id.as_str(), TokenKind::Automation)
    );
    assert_eq!(issued[0].secret, secret);
    assert_eq!(
        get(&url, "/__sandbox/secrets", None).json()["secrets"][0]["kind"],
        "automation"
    );

    // Listed (last), readable, its services paged, and its secret a key.
    assert_eq!(listed_ids(&sandbox).last(), Some(&id));
    let one = get(&url, &format!("/automation-tokens/{id}"), Some(token)).json();
    assert_eq!(one["access_token"], "");
    assert!(one["ip"].is_null());
    let services = get(
        &url,
        &format!("/automation-tokens/{id}/services?per_page=2&page=2"),
        Some(token),
    )
    .json();
    assert_eq!(services["data"], json!([seed.service_ids[2]]));
    assert_eq!(services["meta"]["total_pages"], 2);
    assert_eq!(get(&url, "/current_customer", Some(&secret)).status, 200);
    assert_eq!(get(&url, "/tokens/self", Some(&secret)).json()["id"], id);
    let text = String::from_utf8(get(&url, "/__sandbox/requests", None).body).expect("utf-8");
    assert!(!text.contains(&secret) && !text.contains(OWNER_PASSWORD));

    // Revoked through /automation-tokens: gone, and its key refused.
    let revoked = delete(&sandbox, &format!("/automation-tokens/{id}"));
    assert_eq!(revoked.status, 204);
    assert!(revoked.body.is_empty());
    assert_eq!(get(&url, "/current_customer", Some(&secret)).status, 401);
    assert!(!listed_ids(&sandbox).contains(&id));
    assert_eq!(
        get(&url, &format!("/automation-tokens/{id}"), Some(token)).status,
        404
    );
    assert_eq!(
        delete(&sandbox, &format!("/automation-tokens/{id}")).status,
        404
    );

    // Revoked through DELETE /tokens/{id}, as go-fastly does it.
    let wrapped =
        json!({"attributes": {"name": "second", "role": "user", "scope": "purge_all global:read"}});
    let second = create(&sandbox, token, &wrapped);
    assert_eq!(second.status, 200);
    let second = second.json();
    assert_eq!(second["scope"], "purge_all global:read");
    assert!(second["services"].is_null());
    let second_id = second["id"].as_str().expect("id").to_owned();
    let second_secret = second["access_token"].as_str().expect("secret").to_owned();
    assert_ne!(second_secret, secret);
    assert_eq!(get(&url, "/tokens", Some(&second_secret)).status, 200);
    assert_eq!(
        delete(&sandbox, &format!("/tokens/{second_id}")).status,
        204
    );
    assert_eq!(get(&url, "/tokens", Some(&second_secret)).status, 401);
    // And through the bulk revoke; an automation token may revoke itself.
    let third = create(
        &sandbox,
        token,
        &json!({"name": "third", "role": "billing"}),
    )
    .json();
    let third_secret = third["access_token"].as_str().expect("secret").to_owned();
    let bulk = json!({"data": [{"type": "token", "id": third["id"]}]}).to_string();
    let fourth = create(
        &sandbox,
        token,
        &json!({"name": "fourth", "role": "billing"}),
    )
    .json();
    let fourth_secret = fourth["access_token"].as_str().expect("secret").to_owned();
    assert_eq!(
        send_body(
            &url,
            "DELETE",
            "/tokens",
            token,
            "application/vnd.api+json; ext=bulk",
            &bulk
        )
        .status,
        204
    );
    assert_eq!(get(&url, "/current_user", Some(&third_secret)).status, 401);
    let gone = send(
        &url,
        "DELETE",
        "/tokens/self",
        &[("Fastly-Key", &fourth_secret)],
        None,
    )
    .expect("a response");
    assert_eq!(gone.status, 204);
    assert_eq!(get(&url, "/current_user", Some(&fourth_secret)).status, 401);
    assert_eq!(listed_ids(&sandbox), seed.automation_token_ids);
    assert_eq!(sandbox.issued_secrets().len(), 4);

    // The audit log: four creations and four revocations, by the owner's token.
    let events = get(
        &url,
        "/events?filter[token_id]=tkSandboxx4xCwxxJxSelf&page[size]=100",
        Some(token),
    )
    .json();
    let types: Vec<&str> = events["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|e| e["attributes"]["event_type"].as_str())
        .collect();
    assert_eq!(types.iter().filter(|t| **t == "token.create").count(), 4);
    assert_eq!(types.iter().filter(|t| **t == "token.destroy").count(), 3);
    let own = get(
        &url,
        "/events?filter[event_type]=token.destroy&sort=-created_at&page[size]=1",
        Some(token),
    )
    .json();
    assert_eq!(
        own["data"][0]["attributes"]["token_id"], fourth["id"],
        "revoking itself"
    );

    sandbox.reset();
    assert_eq!(listed_ids(&sandbox), seed.automation_token_ids);
    assert!(sandbox.issued_secrets().is_empty());
    assert_eq!(
        create(&sandbox, token, &body).status,
        403,
        "a reset ends sudo mode"
    );
}

#[test]
fn refused_creations() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    assert_eq!(sudo(&sandbox, token, FORM, &owner_sudo_form()).status, 200);
    for (what, body) in [
        ("no name", json!({"role": "user"})),
        ("blank name", json!({"name": " ", "role": "user"})),
        ("no role", json!({"name": "x"})),
        ("superuser role", json!({"name": "x", "role": "superuser"})),
        (
            "bad scope",
            json!({"name": "x", "role": "user", "scope": "global everything"}),
        ),
        (
            "unknown service",
            json!({"name": "x", "role": "user", "services": ["nosuchservice"]}),
        ),
        (
            "services not a list",
            json!({"name": "x", "role": "user", "services": "a"}),
        ),
        (
            "tls_access not a boolean",
            json!({"name": "x", "role": "user", "tls_access": "yes"}),
        ),
    ] {
        let refused = create(&sandbox, token, &body);
        assert_eq!(refused.status, 400, "{what}");
        assert!(refused.json()["msg"].is_string(), "{what}");
    }
    let expiry = create(
        &sandbox,
        token,
        &json!({"name": "x", "role": "user", "expires_at": "tomorrow"}),
    );
    assert_eq!(expiry.status, 422);
    let form = send_body(
        &url,
        "POST",
        "/automation-tokens",
        token,
        FORM,
        "name=x&role=user",
    );
    assert_eq!(form.status, 400);
    assert!(sandbox.issued_secrets().is_empty());

    // An automation token can neither enter sudo mode nor create tokens.
    assert_eq!(
        sudo(&sandbox, AUTOMATION_TOKEN_SECRET, FORM, &owner_sudo_form()).status,
        403
    );
    let by_automation = create(
        &sandbox,
        AUTOMATION_TOKEN_SECRET,
        &json!({"name": "x", "role": "user"}),
    );
    assert_eq!(by_automation.status, 403);

    // A user who is not a superuser, in sudo mode: 403.
    let login = send(
        &url,
        "POST",
        "/tokens",
        &[("Content-Type", FORM), ("Fastly-OTP", ONE_TIME_CODE)],
        Some(
            format!(
                "username={}&password={TWO_FACTOR_PASSWORD}",
                TWO_FACTOR_LOGIN.replace('@', "%40")
            )
            .as_bytes(),
        ),
    )
    .expect("a response");
    assert_eq!(login.status, 200);
    let user_secret = login.json()["access_token"]
        .as_str()
        .expect("secret")
        .to_owned();
    let user_sudo = sudo(
        &sandbox,
        &user_secret,
        JSON,
        &json!({"username": TWO_FACTOR_LOGIN, "password": TWO_FACTOR_PASSWORD}).to_string(),
    );
    assert_eq!(user_sudo.status, 200);
    let refused = create(
        &sandbox,
        &user_secret,
        &json!({"name": "x", "role": "user"}),
    );
    assert_eq!(refused.status, 403);
    assert_eq!(
        refused.json()["msg"],
        "only superusers can create automation tokens"
    );
    // Sudo mode belongs to the token that asked for it.
    let other = send(
        &url,
        "POST",
        "/tokens",
        &[("Content-Type", FORM)],
        Some(
            format!(
                "username={}&password={OWNER_PASSWORD}",
                OWNER_LOGIN.replace('@', "%40")
            )
            .as_bytes(),
        ),
    )
    .expect("a response")
    .json();
    let other_secret = other["access_token"].as_str().expect("secret");
    assert_eq!(
        create(
            &sandbox,
            other_secret,
            &json!({"name": "x", "role": "user"})
        )
        .status,
        403
    );
    assert_eq!(
        create(&sandbox, token, &json!({"name": "x", "role": "user"})).status,
        200
    );
}
