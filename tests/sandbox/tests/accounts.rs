//! The account routes beyond the spec's: deleting the customer, every writable
//! customer field, creating users, updating the current user, password resets,
//! and listing and deleting invitations.

mod common;

use std::collections::HashSet;

use common::{control, get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, Style, CUSTOMER_ID, OWNER_USER_ID};
use serde_json::{json, Value};

const FORM: &str = "application/x-www-form-urlencoded";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn request(sandbox: &Sandbox, method: &str, path: &str) -> common::Response {
    send(
        &sandbox.url(),
        method,
        path,
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response")
}

fn form(sandbox: &Sandbox, method: &str, path: &str, body: &str) -> common::Response {
    send_body(&sandbox.url(), method, path, sandbox.token(), FORM, body)
}

fn assert_bad_request(response: &common::Response, what: &str) {
    assert_eq!(response.status, 400, "{what}");
    let body = response.json();
    assert_eq!(body["msg"], "Bad request", "{what}");
    assert!(body["detail"].is_string(), "{what}");
}

fn user_ids(sandbox: &Sandbox) -> Vec<String> {
    let users = get(
        &sandbox.url(),
        &format!("/customer/{CUSTOMER_ID}/users"),
        Some(sandbox.token()),
    )
    .json();
    users
        .as_array()
        .expect("a bare array")
        .iter()
        .map(|u| u["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn a_deleted_customer_is_404_until_reset() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let path = format!("/customer/{CUSTOMER_ID}");

    assert_eq!(request(&sandbox, "DELETE", "/customer/nope").status, 404);
    let deleted = request(&sandbox, "DELETE", &path);
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.json(), json!({"status": "ok"}));

    for gone in [
        path.clone(),
        "/current_customer".to_owned(),
        format!("{path}/users"),
        format!("{path}/tokens"),
    ] {
        let answer = get(&url, &gone, Some(token));
        assert_eq!(answer.status, 404, "{gone}");
        assert_eq!(answer.json()["msg"], "Record not found", "{gone}");
    }
    assert_eq!(form(&sandbox, "PUT", &path, "name=Back").status, 404);
    assert_eq!(request(&sandbox, "DELETE", &path).status, 404);
    assert!(sandbox.patch("customer", CUSTOMER_ID, json!({})).is_err());
    // The key and the users are still there.
    assert_eq!(get(&url, "/current_user", Some(token)).status, 200);

    assert_eq!(control(&url, "POST", "/__sandbox/reset", "").status, 204);
    let back = get(&url, "/current_customer", Some(token));
    assert_eq!(back.status, 200);
    assert_eq!(back.json()["deleted_at"], Value::Null);
}

#[test]
fn every_writable_customer_field_is_applied_and_echoed() {
    let sandbox = start();
    let url = sandbox.url();
    let path = format!("/customer/{CUSTOMER_ID}");
    let engineer = sandbox.seed().user_ids_by_role["engineer"][0].clone();
    let billing = sandbox.seed().user_ids_by_role["billing"][0].clone();
    let body = format!(
        "name=Renamed+Corp&billing_contact_id={billing}&legal_contact_id={engineer}\
         &security_contact_id={engineer}&technical_contact_id={engineer}&owner_id={engineer}\
         &phone_number=%2B44+20+7946+0000&postal_address=1+Main+St%2C+Springfield\
         &force_2fa=true&force_sso=1&ip_whitelist=192.0.2.0%2F24\
         &can_reset_passwords=false&can_upload_vcl=0&can_configure_wordpress=true"
    );
    let updated = form(&sandbox, "PUT", &path, &body);
    assert_eq!(updated.status, 200);
    let expected = json!({
        "name": "Renamed Corp",
        "billing_contact_id": billing,
        "legal_contact_id": engineer,
        "security_contact_id": engineer,
        "technical_contact_id": engineer,
        "owner_id": engineer,
        "phone_number": "+44 20 7946 0000",
        "postal_address": "1 Main St, Springfield",
        "force_2fa": true,
        "force_sso": true,
        "ip_whitelist": "192.0.2.0/24",
        "can_reset_passwords": false,
        "can_upload_vcl": false,
        "can_configure_wordpress": true,
    });
    let echoed = updated.json();
    let stored = get(&url, &path, Some(sandbox.token())).json();
    for (field, value) in expected.as_object().expect("an object") {
        assert_eq!(&echoed[field], value, "echoed {field}");
        assert_eq!(&stored[field], value, "stored {field}");
    }

    // Empty clears a nullable field; bad booleans are refused, changing nothing.
    let cleared = form(&sandbox, "PUT", &path, "postal_address=&legal_contact_id=").json();
    assert_eq!(cleared["postal_address"], Value::Null);
    assert_eq!(cleared["legal_contact_id"], Value::Null);
    for bad in [
        "can_upload_vcl=yes",
        "can_configure_wordpress=2",
        "can_reset_passwords=",
        "name=",
    ] {
        assert_bad_request(&form(&sandbox, "PUT", &path, bad), bad);
    }
    let wrong_type = send_body(
        &url,
        "PUT",
        &path,
        sandbox.token(),
        "application/json",
        r#"{"name":"x"}"#,
    );
    assert_bad_request(&wrong_type, "JSON body");
    assert_eq!(
        get(&url, &path, Some(sandbox.token())).json()["can_upload_vcl"],
        false
    );
}

#[test]
fn created_users_join_the_customer() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let before = user_ids(&sandbox);

    let created = form(
        &sandbox,
        "POST",
        "/user",
        "login=new%40example.com&name=New+Person&role=tls_admin\
         &roles=role-tls-admin%2Crole-user&limit_services=true\
         &locked=0&require_new_password=1",
    );
    assert_eq!(created.status, 200);
    assert_eq!(created.header("content-type"), Some("application/json"));
    let user = created.json();
    let id = user["id"].as_str().expect("an id").to_owned();
    assert_eq!(user["login"], "new@example.com");
    assert_eq!(user["name"], "New Person");
    assert_eq!(user["role"], "tls_admin");
    assert_eq!(user["roles"], json!(["role-tls-admin", "role-user"]));
    assert_eq!(user["limit_services"], true);
    assert_eq!(user["locked"], false);
    assert_eq!(user["require_new_password"], true);
    assert_eq!(user["customer_id"], CUSTOMER_ID);
    assert_eq!(user["deleted_at"], Value::Null);
    assert_eq!(user["last_active_at"], Value::Null);
    assert!(user["created_at"].is_string() && user["updated_at"].is_string());

    assert_eq!(get(&url, &format!("/user/{id}"), Some(token)).json(), user);
    let after = user_ids(&sandbox);
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after.last(), Some(&id));

    // Defaults, and the other `roles` encodings.
    let minimal = form(
        &sandbox,
        "POST",
        "/user",
        "login=min%40example.com&name=Min",
    )
    .json();
    assert_eq!(minimal["role"], "user");
    assert_eq!(minimal["roles"], json!([]));
    assert_eq!(minimal["limit_services"], false);
    assert_ne!(minimal["id"], user["id"]);
    // `roles` is one comma-separated field, as Fastly's definition sends it.
    let made = form(
        &sandbox,
        "POST",
        "/user",
        "login=enc%40example.com&name=Enc&roles=role-a%2Crole-b\
         &two_factor_auth_enabled=1&two_factor_setup_required=0",
    )
    .json();
    assert_eq!(made["roles"], json!(["role-a", "role-b"]));
    assert_eq!(made["two_factor_auth_enabled"], true);
    assert_eq!(made["two_factor_setup_required"], false);

    for bad in [
        "name=No+Login",
        "login=not-an-email&name=X",
        "login=NEW%40example.com&name=Taken",
        "login=owner%40example.com&name=Taken",
        "login=x%40example.com",
        "login=x%40example.com&name=",
        "login=x%40example.com&name=X&role=admin",
        "login=x%40example.com&name=X&locked=maybe",
        // Not the definition's encoding of a list: refused, not half-read.
        "login=x%40example.com&name=X&roles%5B%5D=role-a&roles%5B%5D=role-b",
        "login=x%40example.com&name=X&roles=role-a&roles=role-b",
        "login=x%40example.com&name=X&roles=role-a%2C",
    ] {
        assert_bad_request(&form(&sandbox, "POST", "/user", bad), bad);
    }
    let json_body = send_body(
        &url,
        "POST",
        "/user",
        token,
        "application/json",
        r#"{"login":"j@example.com","name":"J"}"#,
    );
    assert_bad_request(&json_body, "JSON body");
    assert_eq!(user_ids(&sandbox).len(), before.len() + 3);
    assert_eq!(request(&sandbox, "GET", "/user").status, 405);

    // A created user can be updated and deleted like a seeded one.
    let renamed = form(&sandbox, "PUT", &format!("/user/{id}"), "name=Renamed").json();
    assert_eq!(renamed["name"], "Renamed");
    assert_eq!(
        request(&sandbox, "DELETE", &format!("/user/{id}")).status,
        200
    );
    sandbox.reset();
    assert_eq!(user_ids(&sandbox), before);
}

#[test]
fn the_current_user_takes_the_same_fields_as_any_user() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();

    let updated = form(
        &sandbox,
        "PUT",
        "/current_user",
        "name=Olivia+O.&login=olivia%40example.com&roles=role-superuser%2Crole-billing\
         &limit_services=1&locked=false&require_new_password=true&role=superuser",
    );
    assert_eq!(updated.status, 200);
    let owner = updated.json();
    assert_eq!(owner["id"], OWNER_USER_ID);
    assert_eq!(owner["name"], "Olivia O.");
    assert_eq!(owner["login"], "olivia@example.com");
    assert_eq!(owner["roles"], json!(["role-superuser", "role-billing"]));
    assert_eq!(owner["limit_services"], true);
    assert_eq!(owner["require_new_password"], true);
    assert_eq!(get(&url, "/current_user", Some(token)).json(), owner);

    let taken = form(&sandbox, "PUT", "/current_user", "login=sam%40example.com");
    assert_bad_request(&taken, "login taken");
    // Its own login again is fine.
    let same = form(
        &sandbox,
        "PUT",
        "/current_user",
        "login=OLIVIA%40example.com",
    );
    assert_eq!(same.status, 200);
    for bad in ["role=admin", "name=", "locked=2", "login=nope"] {
        assert_bad_request(&form(&sandbox, "PUT", "/current_user", bad), bad);
    }
    let wrong_type = send_body(&url, "PUT", "/current_user", token, "text/plain", "name=x");
    assert_bad_request(&wrong_type, "text/plain");

    // PUT /user/{id} refuses another user's login too.
    let uma = &sandbox.seed().user_ids_by_role["user"][0];
    let clash = form(
        &sandbox,
        "PUT",
        &format!("/user/{uma}"),
        "login=erin%40example.com",
    );
    assert_bad_request(&clash, "login of another user");
}

#[test]
fn password_resets_are_recorded() {
    let sandbox = start();
    let url = sandbox.url();

    let reset = request(
        &sandbox,
        "POST",
        "/user/owner%40example.com/password/request_reset",
    );
    assert_eq!(reset.status, 200);
    assert_eq!(reset.json(), json!({"status": "ok"}));
    assert_eq!(
        request(
            &sandbox,
            "POST",
            "/user/erin@example.com/password/request_reset"
        )
        .status,
        200
    );
    let unknown = request(
        &sandbox,
        "POST",
        "/user/nobody%40example.com/password/request_reset",
    );
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["msg"], "Record not found");
    assert_eq!(
        request(
            &sandbox,
            "GET",
            "/user/owner%40example.com/password/request_reset"
        )
        .status,
        405
    );

    let recorded = sandbox.password_resets();
    let who: Vec<(&str, &str)> = recorded
        .iter()
        .map(|r| (r.login.as_str(), r.user_id.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("owner@example.com", OWNER_USER_ID),
            ("erin@example.com", "4kYH1qEngx4xCwxxJxx001")
        ]
    );
    let over_http = get(&url, "/__sandbox/password_resets", None).json();
    assert_eq!(
        over_http["password_resets"].as_array().map(Vec::len),
        Some(2)
    );
    assert!(over_http["password_resets"][0]["requested_at"].is_string());
    let logged: Vec<(String, u16)> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/request_reset"))
        .map(|r| (r.method, r.status))
        .collect();
    assert_eq!(logged[0], ("POST".to_owned(), 200));

    sandbox.reset();
    assert!(sandbox.password_resets().is_empty());
}

#[test]
fn invitations_paginate_with_links_and_can_be_deleted() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    assert_eq!(seed.invitation_ids.len(), 7);

    // Walk the pages by following links.next.
    let mut path = "/invitations?page%5Bsize%5D=3".to_owned();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let page = get(&url, &path, Some(token));
        assert_eq!(page.status, 200);
        assert_eq!(
            page.header("content-type"),
            Some("application/vnd.api+json")
        );
        let page = page.json();
        pages += 1;
        assert_eq!(
            page["meta"],
            json!({"current_page": pages, "per_page": 3, "record_count": 7, "total_pages": 3})
        );
        assert_eq!(
            page["links"]["self"],
            format!("/invitations?page%5Bnumber%5D={pages}&page%5Bsize%5D=3")
        );
        assert_eq!(
            page["links"]["first"],
            "/invitations?page%5Bnumber%5D=1&page%5Bsize%5D=3"
        );
        assert_eq!(
            page["links"]["last"],
            "/invitations?page%5Bnumber%5D=3&page%5Bsize%5D=3"
        );
        assert_eq!(page["links"]["prev"].is_null(), pages == 1);
        for invitation in page["data"].as_array().expect("data") {
            assert_eq!(invitation["type"], "invitation");
            seen.push(invitation["id"].as_str().expect("id").to_owned());
        }
        match page["links"]["next"].as_str() {
            Some(next) => path = next.to_owned(),
            None => break,
        }
    }
    assert_eq!((pages, &seen), (3, &seed.invitation_ids));

    // The seeded invitations vary like live data.
    let all = get(&url, "/invitations", Some(token)).json();
    let all = all["data"].as_array().expect("data").clone();
    assert_eq!(all.len(), 7);
    let roles: HashSet<&str> = all
        .iter()
        .filter_map(|i| i["attributes"]["role"].as_str())
        .collect();
    assert!(roles.len() >= 5);
    assert!(all.iter().any(|i| i["attributes"]["status_code"] == 0));
    assert!(all.iter().any(|i| i["attributes"]["roles"].is_null()));
    assert!(all
        .iter()
        .any(|i| i["relationships"]["service_invitations"]["data"].is_null()));
    assert!(all.iter().any(|i| {
        i["relationships"]["service_invitations"]["data"][0]["type"] == "service_invitation"
    }));
    for invitation in &all {
        assert_eq!(
            invitation["relationships"]["customer"]["data"],
            json!({"id": CUSTOMER_ID, "type": "customer"})
        );
        assert_eq!(invitation["attributes"]["deleted_at"], Value::Null);
    }

    // Delete one: 204, gone from the list; again: a JSON:API 404.
    let victim = &seed.invitation_ids[1];
    let deleted = request(&sandbox, "DELETE", &format!("/invitations/{victim}"));
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    let listed = get(&url, "/invitations", Some(token)).json();
    assert_eq!(listed["meta"]["record_count"], 6);
    assert!(listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .all(|i| i["id"] != victim.as_str()));
    let again = request(&sandbox, "DELETE", &format!("/invitations/{victim}"));
    assert_eq!(again.status, 404);
    assert_eq!(
        again.header("content-type"),
        Some("application/vnd.api+json")
    );
    assert_eq!(again.json()["errors"][0]["title"], "Not Found");
    assert!(again.json()["errors"][0]["detail"].is_string());

    // Created invitations come after the seeded ones and can be deleted too.
    let created = send_body(
        &url,
        "POST",
        "/invitations",
        token,
        "application/vnd.api+json",
        r#"{"data":{"type":"invitation","attributes":{"email":"late@example.com","role":"user"}}}"#,
    )
    .json();
    let created_id = created["data"]["id"].as_str().expect("id").to_owned();
    let listed = get(
        &url,
        "/invitations?page%5Bsize%5D=3&page%5Bnumber%5D=3",
        Some(token),
    )
    .json();
    assert_eq!(listed["data"][0]["id"], created_id.as_str());
    assert!(listed["links"]["next"].is_null());
    assert_eq!(
        request(&sandbox, "DELETE", &format!("/invitations/{created_id}")).status,
        204
    );

    for bad in ["page%5Bsize%5D=0", "page%5Bnumber%5D=0", "page%5Bsize%5D=x"] {
        let refused = get(&url, &format!("/invitations?{bad}"), Some(token));
        assert_eq!(refused.status, 400, "{bad}");
        assert_eq!(refused.json()["errors"][0]["title"], "Bad Request", "{bad}");
    }

    // The seed style deletes the same way.
    sandbox.set_style(Style::Seed);
    let seed_style = request(
        &sandbox,
        "DELETE",
        &format!("/invitations/{}", seed.invitation_ids[0]),
    );
    assert_eq!(seed_style.status, 204);

    sandbox.reset();
    let restored = get(&url, "/invitations?page%5Bsize%5D=100", Some(token)).json();
    assert_eq!(restored["meta"]["record_count"], 7);
}
