//! The live style (the default): page-number IAM lists, live invitations, users
//! and customers; switching styles; planting odd values with patches.

mod common;

use std::collections::HashSet;

use common::{control, get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, Settings, Style, CUSTOMER_ID};
use serde_json::{json, Value};

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn invite(sandbox: &Sandbox, body: &str) -> common::Response {
    send_body(
        &sandbox.url(),
        "POST",
        "/invitations",
        sandbox.token(),
        "application/vnd.api+json",
        body,
    )
}

#[test]
fn live_lists_page_by_number_with_meta() {
    let sandbox = Sandbox::start(SandboxConfig {
        roles: 45,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    let url = sandbox.url();
    let token = sandbox.token();
    let total = sandbox.seed().roles_total;
    assert_eq!(total, 53);

    let mut ids = HashSet::new();
    for page in 1..=3 {
        let body = get(
            &url,
            &format!("/roles?per_page=20&page={page}"),
            Some(token),
        )
        .json();
        assert_eq!(
            body["meta"],
            json!({"current_page": page, "per_page": 20, "record_count": 53, "total_pages": 3})
        );
        assert!(body.get("next_cursor").is_none());
        let data = body["data"].as_array().expect("data array");
        assert_eq!(data.len(), if page < 3 { 20 } else { 13 });
        for role in data {
            assert!(ids.insert(role["id"].as_str().expect("id").to_owned()));
            assert_eq!(role["object"], "role");
        }
    }
    assert_eq!(ids.len(), total);

    // Past the end: empty data, same meta.
    let past = get(&url, "/roles?per_page=20&page=9", Some(token)).json();
    assert_eq!(past["data"], json!([]));
    assert_eq!(
        past["meta"],
        json!({"current_page": 9, "per_page": 20, "record_count": 53, "total_pages": 3})
    );

    // Defaults: page 1, 20 per page; `cursor` is ignored.
    let first = get(&url, "/roles?cursor=bogus", Some(token)).json();
    assert_eq!(first["meta"]["current_page"], 1);
    assert_eq!(first["meta"]["per_page"], 20);
    assert_eq!(first["data"][0]["id"], "role-superuser");

    for bad in [
        "per_page=0",
        "per_page=1001",
        "per_page=x",
        "page=0",
        "page=-1",
    ] {
        let refused = get(&url, &format!("/roles?{bad}"), Some(token));
        assert_eq!(refused.status, 400, "{bad}");
        assert_eq!(refused.json()["msg"], "Bad request", "{bad}");
    }

    // A short list still has one page.
    let groups = get(&url, "/service-groups", Some(token)).json();
    assert_eq!(
        groups["meta"],
        json!({"current_page": 1, "per_page": 20, "record_count": 3, "total_pages": 1})
    );
    let user_groups = get(&url, "/user-groups?per_page=2&page=2", Some(token)).json();
    assert_eq!(user_groups["meta"]["total_pages"], 2);
    assert_eq!(user_groups["data"][0]["id"], "ug-contractors");
    assert_eq!(user_groups["data"][0]["invitations_count"], 0);
}

#[test]
fn the_style_switches_over_control_and_reset_restores_the_started_one() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    assert_eq!(
        get(&url, "/__sandbox/settings", None).json(),
        json!({"cursor_location": "meta", "invitation_envelope": "data", "style": "live"})
    );
    let set = control(&url, "PUT", "/__sandbox/settings", r#"{"style":"seed"}"#);
    assert_eq!(set.status, 204);
    let seeded = get(&url, "/roles?per_page=5", Some(token)).json();
    assert_eq!(seeded["meta"]["total"], 8);
    assert!(seeded["meta"]["next_cursor"].is_string());
    assert_eq!(sandbox.settings().style, Style::Seed);
    assert_eq!(
        control(&url, "PUT", "/__sandbox/settings", r#"{"style":"other"}"#).status,
        400
    );

    assert_eq!(control(&url, "POST", "/__sandbox/reset", "").status, 204);
    assert_eq!(sandbox.settings(), Settings::default());
    let live = get(&url, "/roles?per_page=5", Some(token)).json();
    assert_eq!(live["meta"]["record_count"], 8);

    sandbox.set_style(Style::Seed);
    assert_eq!(sandbox.settings(), Settings::seed());

    // Started in the seed style, a reset goes back to it.
    let seed_sandbox = Sandbox::start(SandboxConfig {
        style: Style::Seed,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts");
    seed_sandbox.set_style(Style::Live);
    seed_sandbox.reset();
    assert_eq!(seed_sandbox.settings().style, Style::Seed);
}

#[test]
fn live_invitations_accept_six_roles_and_answer_the_live_shape() {
    let sandbox = start();
    let roles = [
        "user",
        "tls_viewer",
        "tls_admin",
        "billing",
        "engineer",
        "superuser",
    ];
    for (n, role) in roles.iter().enumerate() {
        let body = json!({"data": {"type": "invitation", "attributes": {
            "email": format!("new{n}@example.com"), "role": role}}});
        let created = invite(&sandbox, &body.to_string());
        assert_eq!(created.status, 200, "{role}");
        assert_eq!(
            created.header("content-type"),
            Some("application/vnd.api+json")
        );
        let data = &created.json()["data"];
        assert_eq!(data["type"], "invitation");
        assert!(data["id"].is_string());
        let attributes = &data["attributes"];
        assert_eq!(attributes["role"], *role);
        assert_eq!(attributes["roles"], Value::Null);
        assert_eq!(attributes["limit_services"], false);
        assert_eq!(attributes["status_code"], 1);
        assert_eq!(attributes["deleted_at"], Value::Null);
        assert!(attributes["created_at"].is_string());
        assert!(attributes["updated_at"].is_string());
        assert!(attributes.get("status").is_none());
        assert_eq!(
            data["relationships"],
            json!({"customer": {"data": {"id": CUSTOMER_ID, "type": "customer"}},
                   "service_invitations": {"data": []}})
        );
    }

    let full = json!({"data": {"type": "invitation",
        "attributes": {"email": "full@example.com", "role": "engineer",
                       "roles": ["role-engineer", "role-custom-deployer"], "limit_services": true},
        "relationships": {"customer": {"data": {"id": CUSTOMER_ID, "type": "customer"}}}}});
    let created = invite(&sandbox, &full.to_string()).json();
    assert_eq!(
        created["data"]["attributes"]["roles"],
        json!(["role-engineer", "role-custom-deployer"])
    );
    assert_eq!(created["data"]["attributes"]["limit_services"], true);

    for bad in [
        r#"{"data":{"type":"invitation","attributes":{"email":"a@example.com","role":"admin"}}}"#,
        r#"{"data":{"type":"invitation","attributes":{"email":"a@example.com","role":"user","roles":"user"}}}"#,
        r#"{"data":{"type":"invitation","attributes":{"email":"a@example.com","role":"user","roles":[1]}}}"#,
        r#"{"data":{"type":"invitation","attributes":{"email":"a@example.com","role":"user","limit_services":"yes"}}}"#,
        r#"{"data":{"type":"invitation","attributes":{"email":"not-an-email","role":"user"}}}"#,
        r#"{"data":{"type":"user","attributes":{"email":"a@example.com","role":"user"}}}"#,
        r#"{"data":{"type":"invitation"}}"#,
        r#"{"data":{"type":"invitation","attributes":{"email":"owner@example.com","role":"user"}}}"#,
        "not json",
    ] {
        let refused = invite(&sandbox, bad);
        assert_eq!(refused.status, 400, "{bad}");
        let error = &refused.json()["errors"][0];
        assert_eq!(error["title"], "Bad Request", "{bad}");
        assert!(error["detail"].is_string(), "{bad}");
    }
    let wrong_type = send_body(
        &sandbox.url(),
        "POST",
        "/invitations",
        sandbox.token(),
        "application/json",
        &full.to_string(),
    );
    assert_eq!(wrong_type.status, 400);

    // The created invitations are listed after the 7 seeded ones, JSON:API style.
    let listed = get(
        &sandbox.url(),
        "/invitations?page%5Bsize%5D=5&page%5Bnumber%5D=3",
        Some(sandbox.token()),
    );
    assert_eq!(listed.status, 200);
    let listed = listed.json();
    assert_eq!(
        listed["meta"],
        json!({"current_page": 3, "per_page": 5, "record_count": 14, "total_pages": 3})
    );
    assert_eq!(listed["data"].as_array().map(Vec::len), Some(4));
    assert_eq!(listed["data"][3]["attributes"]["email"], "full@example.com");
    assert!(listed["links"]["next"].is_null());
    assert!(listed["links"]["prev"].is_string());

    // Service invitations: wrapped in {"data": ...} as the generated clients
    // send them, or bare as Fastly's reference example writes them.
    let service = sandbox.seed().service_ids[0].clone();
    let item = |permission: &str| {
        json!({"type": "service_invitation", "attributes": {"permission": permission},
               "relationships": {"service": {"data": {"type": "service", "id": service}}}})
    };
    let generated = json!({"type": "service_invitation", "attributes": {"permission": "purge_all"},
        "relationships": {"service": {"type": "service", "id": service}}});
    for (n, items) in [json!([{ "data": generated }]), json!([item("read_only")])]
        .into_iter()
        .enumerate()
    {
        let body = json!({"data": {"type": "invitation",
            "attributes": {"email": format!("svc{n}@example.com"), "role": "user", "limit_services": true},
            "relationships": {"service_invitations": {"data": items}}}});
        let created = invite(&sandbox, &body.to_string());
        assert_eq!(created.status, 200, "{body}");
        let listed = &created.json()["data"]["relationships"]["service_invitations"]["data"];
        assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
        assert_eq!(listed[0]["type"], "service_invitation");
    }
    for (what, items) in [
        ("unknown permission", json!([item("admin")])),
        (
            "unknown service",
            json!([{"data": {"type": "service_invitation",
            "attributes": {"permission": "full"},
            "relationships": {"service": {"data": {"type": "service", "id": "no-such-service"}}}}}]),
        ),
        (
            "no service",
            json!([{"type": "service_invitation", "attributes": {"permission": "full"}}]),
        ),
        ("not a list", json!({"type": "service_invitation"})),
    ] {
        let body = json!({"data": {"type": "invitation",
            "attributes": {"email": "svc-bad@example.com", "role": "user"},
            "relationships": {"service_invitations": {"data": items}}}});
        assert_eq!(invite(&sandbox, &body.to_string()).status, 400, "{what}");
    }
}

#[test]
fn live_users_and_customers_carry_the_live_fields() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    assert_eq!(seed.users_total, 12, "11 and the two-factor user");
    assert_eq!(seed.user_ids_by_role["tls_admin"].len(), 1);

    let owner = get(&url, "/current_user", Some(token)).json();
    assert_eq!(owner["roles"], json!(["role-superuser"]));
    for field in [
        "id",
        "login",
        "name",
        "role",
        "roles",
        "customer_id",
        "email_hash",
        "limit_services",
        "locked",
        "require_new_password",
        "two_factor_auth_enabled",
        "two_factor_setup_required",
        "last_active_at",
        "created_at",
        "updated_at",
        "deleted_at",
    ] {
        assert!(owner.get(field).is_some(), "user field {field}");
    }

    let users = get(&url, &format!("/customer/{CUSTOMER_ID}/users"), Some(token)).json();
    let users = users.as_array().expect("a bare array");
    assert!(users.iter().any(|u| u["role"] == "tls_admin"));
    assert!(users.iter().any(|u| u["roles"].is_null()));
    assert!(users.iter().any(|u| u["roles"] == json!([])));
    assert!(users.iter().any(|u| u["last_active_at"].is_null()));

    let customer = get(&url, "/current_customer", Some(token)).json();
    for field in [
        "id",
        "name",
        "owner_id",
        "pricing_plan",
        "pricing_plan_id",
        "can_configure_wordpress",
        "can_reset_passwords",
        "can_upload_vcl",
        "can_edit_matches",
        "can_stream_syslog",
        "force_2fa",
        "force_sso",
        "has_account_panel",
        "has_improved_events",
        "has_improved_ssl_config",
        "has_openstack_logging",
        "has_pci",
        "has_pci_passwords",
        "ip_whitelist",
        "billing_contact_id",
        "legal_contact_id",
        "security_contact_id",
        "technical_contact_id",
        "phone_number",
        "postal_address",
        "readonly",
        "billing_network_type",
        "billing_ref",
        "created_at",
        "updated_at",
        "deleted_at",
    ] {
        assert!(customer.get(field).is_some(), "customer field {field}");
    }
    assert!(customer["billing_contact_id"].is_null());

    // Live updates take the writable customer fields too.
    let updated = send_body(
        &url,
        "PUT",
        &format!("/customer/{CUSTOMER_ID}"),
        token,
        "application/x-www-form-urlencoded",
        "force_2fa=true&billing_ref=PO-1&phone_number=%2B1+555+0199&has_pci=0",
    );
    assert_eq!(updated.status, 200);
    let updated = updated.json();
    assert_eq!(updated["force_2fa"], true);
    assert_eq!(updated["billing_ref"], "PO-1");
    assert_eq!(updated["phone_number"], "+1 555 0199");
    assert_eq!(updated["has_pci"], false);
    assert_eq!(updated["name"], "Example Corp");
    let refused = send_body(
        &url,
        "PUT",
        &format!("/customer/{CUSTOMER_ID}"),
        token,
        "application/x-www-form-urlencoded",
        "force_sso=maybe",
    );
    assert_eq!(refused.status, 400);

    // Six roles in updates; roles and flags too.
    let user = &seed.user_ids_by_role["user"][0];
    let form = "application/x-www-form-urlencoded";
    for role in ["tls_admin", "tls_viewer", "superuser"] {
        let updated = send_body(
            &url,
            "PUT",
            &format!("/user/{user}"),
            token,
            form,
            &format!("role={role}"),
        );
        assert_eq!(updated.status, 200, "{role}");
        assert_eq!(updated.json()["role"], role);
    }
    let updated = send_body(
        &url,
        "PUT",
        &format!("/user/{user}"),
        token,
        form,
        "roles=role-user%2Crole-billing&locked=true&login=uma2%40example.com",
    )
    .json();
    assert_eq!(updated["roles"], json!(["role-user", "role-billing"]));
    assert_eq!(updated["locked"], true);
    assert_eq!(updated["login"], "uma2@example.com");
    let csv = send_body(
        &url,
        "PUT",
        &format!("/user/{user}"),
        token,
        form,
        "roles=role-a%2Crole-b",
    )
    .json();
    assert_eq!(csv["roles"], json!(["role-a", "role-b"]));
    let refused = send_body(
        &url,
        "PUT",
        &format!("/user/{user}"),
        token,
        form,
        "role=admin",
    );
    assert_eq!(refused.status, 400);

    let deleted = send(
        &url,
        "DELETE",
        &format!("/user/{user}"),
        &[("Fastly-Key", token)],
        None,
    )
    .expect("a response");
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.json(), json!({"status": "ok"}));
}

#[test]
fn seed_style_keeps_four_roles_for_writes() {
    let sandbox = start();
    sandbox.set_style(Style::Seed);
    let user = &sandbox.seed().user_ids_by_role["user"][0];
    let refused = send_body(
        &sandbox.url(),
        "PUT",
        &format!("/user/{user}"),
        sandbox.token(),
        "application/x-www-form-urlencoded",
        "role=tls_admin",
    );
    assert_eq!(refused.status, 400);
    let invitation = invite(
        &sandbox,
        r#"{"data":{"type":"invitation","attributes":{"email":"t@example.com","role":"tls_viewer"}}}"#,
    );
    assert_eq!(invitation.status, 400);
    let created = invite(
        &sandbox,
        r#"{"data":{"type":"invitation","attributes":{"email":"t@example.com","role":"user"}}}"#,
    );
    assert_eq!(created.status, 201);
    assert_eq!(created.json()["data"]["attributes"]["status"], "pending");
    // The live-only list is not there in the seed style.
    assert_eq!(
        get(&sandbox.url(), "/invitations", Some(sandbox.token())).status,
        405
    );
}

#[test]
fn patches_plant_raw_values_until_reset() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let owner = &seed.owner_user_id;

    let planted = control(
        &url,
        "POST",
        "/__sandbox/patch",
        &json!({"resource": "user", "id": owner,
                "fields": {"created_at": "2022-11-04 18:02:15", "locked": 0, "surprise": [1]}})
        .to_string(),
    );
    assert_eq!(planted.status, 204);
    for path in [
        "/current_user".to_owned(),
        format!("/user/{owner}"),
        format!("/customer/{CUSTOMER_ID}/users"),
    ] {
        let body = get(&url, &path, Some(token)).json();
        let user = match body.as_array() {
            Some(users) => users
                .iter()
                .find(|u| u["id"] == owner.as_str())
                .cloned()
                .expect("the owner is listed"),
            None => body,
        };
        assert_eq!(user["created_at"], "2022-11-04 18:02:15", "{path}");
        assert_eq!(user["locked"], 0, "{path}");
        assert_eq!(user["surprise"], json!([1]), "{path}");
        assert_eq!(user["login"], "owner@example.com", "{path}");
    }
    // Later patches add to earlier ones; writes keep the patch on top.
    sandbox
        .patch("user", owner, json!({"locked": null}))
        .expect("patched");
    let renamed = send_body(
        &url,
        "PUT",
        &format!("/user/{owner}"),
        token,
        "application/x-www-form-urlencoded",
        "name=New",
    )
    .json();
    assert_eq!(renamed["name"], "New");
    assert_eq!(renamed["locked"], Value::Null);
    assert_eq!(renamed["created_at"], "2022-11-04 18:02:15");

    sandbox
        .patch("customer", CUSTOMER_ID, json!({"billing_network_type": 7}))
        .expect("patched");
    assert_eq!(
        get(&url, "/current_customer", Some(token)).json()["billing_network_type"],
        7
    );
    sandbox
        .patch("role", "role-billing", json!({"custom": "false"}))
        .expect("patched");
    let roles = get(&url, "/roles", Some(token)).json();
    assert_eq!(roles["data"][2]["custom"], "false");
    assert_eq!(
        get(&url, "/roles/role-billing", Some(token)).json()["custom"],
        "false"
    );
    sandbox
        .patch("user_group", "ug-finance", json!({"users_count": null}))
        .expect("patched");
    let groups = get(&url, "/user-groups", Some(token)).json();
    assert_eq!(groups["data"][1]["users_count"], Value::Null);
    sandbox
        .patch("service_group", "sg-staging", json!({"name": ""}))
        .expect("patched");
    assert_eq!(
        get(&url, "/service-groups", Some(token)).json()["data"][1]["name"],
        ""
    );

    let created = invite(
        &sandbox,
        r#"{"data":{"type":"invitation","attributes":{"email":"p@example.com","role":"user"}}}"#,
    )
    .json();
    let invitation = created["data"]["id"].as_str().expect("id").to_owned();
    sandbox
        .patch("invitation", &invitation, json!({"status_code": "1"}))
        .expect("patched");
    let listed = get(&url, "/invitations", Some(token)).json();
    let patched = listed["data"]
        .as_array()
        .and_then(|data| data.iter().find(|i| i["id"] == invitation.as_str()))
        .expect("the created invitation is listed");
    assert_eq!(patched["attributes"]["status_code"], "1");

    // Refusals.
    assert!(sandbox.patch("user", "nobody", json!({})).is_err());
    assert!(sandbox.patch("widget", owner, json!({})).is_err());
    assert!(sandbox.patch("user", owner, json!([1])).is_err());
    let unknown = control(
        &url,
        "POST",
        "/__sandbox/patch",
        r#"{"resource":"user","id":"nobody","fields":{}}"#,
    );
    assert_eq!(unknown.status, 404);
    for bad in [
        r#"{"resource":"widget","id":"x","fields":{}}"#,
        r#"{"resource":"user","id":"x","fields":[]}"#,
        r#"{"resource":"user","fields":{}}"#,
        r#"{"resource":"user","id":"x","fields":{},"extra":1}"#,
        "nope",
    ] {
        let refused = control(&url, "POST", "/__sandbox/patch", bad);
        assert_eq!(refused.status, 400, "{bad}");
        assert_eq!(refused.json()["msg"], "Bad request");
    }

    // Reset clears them.
    sandbox.reset();
    let owner_json = get(&url, "/current_user", Some(token)).json();
    assert_eq!(owner_json["created_at"], "2016-07-28T19:24:50Z");
    assert_eq!(owner_json["locked"], false);
    assert!(owner_json.get("surprise").is_none());
}
