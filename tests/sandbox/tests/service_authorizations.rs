//! Service authorizations: the recorded JSON:API shapes, paging, writes one at
//! a time and in bulk, and the refusals.

mod common;

use common::{get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig};
use serde_json::{json, Value};

const JSON_API: &str = "application/vnd.api+json";
const BULK: &str = "application/vnd.api+json; ext=bulk";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn write(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    content_type: &str,
    body: &Value,
) -> common::Response {
    send_body(
        &sandbox.url(),
        method,
        path,
        sandbox.token(),
        content_type,
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

fn create_body(permission: Option<&str>, service: &str, user: &str) -> Value {
    let mut data = json!({
        "type": "service_authorization",
        "relationships": {
            "service": {"data": {"type": "service", "id": service}},
            "user": {"data": {"type": "user", "id": user}},
        }
    });
    if let Some(permission) = permission {
        data["attributes"] = json!({ "permission": permission });
    }
    json!({ "data": data })
}

fn listed_ids(sandbox: &Sandbox) -> Vec<String> {
    let listed = get(
        &sandbox.url(),
        "/service-authorizations?page[size]=100",
        Some(sandbox.token()),
    )
    .json();
    listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|a| a["id"].as_str().expect("id").to_owned())
        .collect()
}

fn assert_json_api_error(response: &common::Response, status: u16, what: &str) -> String {
    assert_eq!(response.status, status, "{what}");
    assert_eq!(response.header("content-type"), Some(JSON_API), "{what}");
    let error = &response.json()["errors"][0];
    assert_eq!(error["status"], status.to_string(), "{what}");
    assert!(error["title"].is_string(), "{what}");
    error["detail"].as_str().expect("detail").to_owned()
}

#[test]
fn seeded_authorizations_list_in_the_recorded_shape_and_page() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    assert_eq!(seed.service_authorization_ids.len(), 2);
    assert!(seed
        .service_authorization_ids
        .iter()
        .all(|id| id.len() == 22));

    let listed = get(&url, "/service-authorizations", Some(token));
    assert_eq!(listed.status, 200);
    assert_eq!(listed.header("content-type"), Some(JSON_API));
    // `&` is written as the JSON escape, as recorded.
    let text = String::from_utf8(listed.body.clone()).expect("utf-8");
    assert!(text.contains("\\u0026") && !text.contains('&'), "{text}");
    let listed = listed.json();
    assert_eq!(
        listed["meta"],
        json!({"current_page": 1, "per_page": 20, "record_count": 2, "total_pages": 1})
    );
    // One page: only `last`, an absolute URL back to the sandbox.
    assert_eq!(
        listed["links"],
        json!({"last": format!("{url}/service-authorizations?page%5Bnumber%5D=1&page%5Bsize%5D=20")})
    );
    let first = &listed["data"][0];
    assert_eq!(first["id"], seed.service_authorization_ids[0]);
    assert_eq!(first["type"], "service_authorization");
    let engineer = &seed.user_ids_by_role["engineer"][0];
    assert_eq!(
        first["relationships"],
        json!({
            "service": {"data": {"id": seed.service_ids[0], "type": "service"}},
            "user": {"data": {"id": engineer, "type": "user"}},
        })
    );
    let mut keys: Vec<&str> = first["attributes"]
        .as_object()
        .expect("attributes")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["created_at", "deleted_at", "permission", "updated_at"]
    );
    assert_eq!(first["attributes"]["permission"], "full");
    assert!(first["attributes"]["deleted_at"].is_null());

    // Pages of one: `next` on the first, not on the last.
    let page1 = get(
        &url,
        "/service-authorizations?page%5Bnumber%5D=1&page%5Bsize%5D=1",
        Some(token),
    )
    .json();
    assert_eq!(page1["data"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        page1["links"]["next"],
        format!("{url}/service-authorizations?page%5Bnumber%5D=2&page%5Bsize%5D=1")
    );
    assert_eq!(page1["meta"]["total_pages"], 2);
    let page2 = get(
        &url,
        "/service-authorizations?page[number]=2&page[size]=1",
        Some(token),
    )
    .json();
    assert_eq!(page2["data"][0]["id"], seed.service_authorization_ids[1]);
    assert!(page2["links"].get("next").is_none());
    let past = get(
        &url,
        "/service-authorizations?page[number]=5&page[size]=1",
        Some(token),
    )
    .json();
    assert_eq!(past["data"], json!([]));

    for bad in [
        "page[size]=0",
        "page[size]=101",
        "page[number]=0",
        "page[size]=ten",
    ] {
        let refused = get(&url, &format!("/service-authorizations?{bad}"), Some(token));
        assert_json_api_error(&refused, 400, bad);
    }

    let one = get(
        &url,
        &format!(
            "/service-authorizations/{}",
            seed.service_authorization_ids[1]
        ),
        Some(token),
    );
    assert_eq!(one.status, 200);
    assert_eq!(one.header("content-type"), Some(JSON_API));
    assert_eq!(one.json()["data"], listed["data"][1]);
    assert_eq!(
        one.json()["data"]["attributes"]["permission"],
        "purge_select"
    );

    let unknown = get(&url, "/service-authorizations/nope", Some(token));
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.header("content-type"), Some("application/json"));
    assert_eq!(
        unknown.json(),
        json!({"msg": "Record not found", "detail": "Cannot find serviceauthorization 'nope'"})
    );
    assert_eq!(get(&url, "/service-authorizations", None).status, 401);
}

#[test]
fn create_update_and_delete_one_authorization() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let user = &seed.user_ids_by_role["billing"][0];
    let service = &seed.service_ids[3];

    let created = write(
        &sandbox,
        "POST",
        "/service-authorizations",
        JSON_API,
        &create_body(Some("read_only"), service, user),
    );
    assert_eq!(created.status, 200);
    assert_eq!(created.header("content-type"), Some(JSON_API));
    let created = created.json()["data"].clone();
    let id = created["id"].as_str().expect("id").to_owned();
    assert_eq!(id.len(), 22);
    assert_eq!(created["attributes"]["permission"], "read_only");
    assert_eq!(created["relationships"]["service"]["data"]["id"], *service);
    assert_eq!(created["relationships"]["user"]["data"]["id"], *user);
    assert_eq!(
        created["attributes"]["created_at"],
        created["attributes"]["updated_at"]
    );
    assert_eq!(listed_ids(&sandbox).last(), Some(&id));
    assert_eq!(
        get(&url, &format!("/service-authorizations/{id}"), Some(token)).json()["data"],
        created
    );

    // The spec's flat relationships; no permission means `full`.
    let flat = json!({"data": {"type": "service_authorization", "relationships": {
        "service": {"type": "service", "id": seed.service_ids[4]},
        "user": {"type": "user", "id": user},
    }}});
    let flat = write(&sandbox, "POST", "/service-authorizations", JSON_API, &flat);
    assert_eq!(flat.status, 200);
    assert_eq!(flat.json()["data"]["attributes"]["permission"], "full");

    let update = json!({"data": {"type": "service_authorization", "id": id, "attributes": {"permission": "purge_select"}}});
    let updated = write(
        &sandbox,
        "PATCH",
        &format!("/service-authorizations/{id}"),
        JSON_API,
        &update,
    );
    assert_eq!(updated.status, 200);
    assert_eq!(
        updated.json()["data"]["attributes"]["permission"],
        "purge_select"
    );
    // The spec's `application/json` for the single PATCH works too.
    let update = json!({"data": {"type": "service_authorization", "attributes": {"permission": "purge_all"}}});
    let updated = write(
        &sandbox,
        "PATCH",
        &format!("/service-authorizations/{id}"),
        "application/json",
        &update,
    );
    assert_eq!(updated.status, 200);
    assert_eq!(
        updated.json()["data"]["attributes"]["permission"],
        "purge_all"
    );

    let deleted = delete(&sandbox, &format!("/service-authorizations/{id}"));
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    let again = delete(&sandbox, &format!("/service-authorizations/{id}"));
    assert_eq!(again.status, 404);
    assert_eq!(
        again.json()["detail"],
        format!("Cannot find serviceauthorization '{id}'")
    );
    assert_eq!(
        get(&url, &format!("/service-authorizations/{id}"), Some(token)).status,
        404
    );
    assert!(!listed_ids(&sandbox).contains(&id));
    let update =
        json!({"data": {"type": "service_authorization", "attributes": {"permission": "full"}}});
    assert_eq!(
        write(
            &sandbox,
            "PATCH",
            &format!("/service-authorizations/{id}"),
            JSON_API,
            &update
        )
        .status,
        404
    );

    // Deleting a user takes its authorizations with it; a reset brings the seed back.
    let erin = &seed.user_ids_by_role["engineer"][0];
    assert_eq!(delete(&sandbox, &format!("/user/{erin}")).status, 200);
    assert!(!listed_ids(&sandbox).contains(&seed.service_authorization_ids[0]));
    sandbox.reset();
    assert_eq!(listed_ids(&sandbox), seed.service_authorization_ids);
}

#[test]
fn refusals_are_json_api_400s() {
    let sandbox = start();
    let seed = sandbox.seed();
    let user = &seed.user_ids_by_role["billing"][0];
    let service = &seed.service_ids[3];
    let post = |content_type: &str, body: &Value| {
        write(
            &sandbox,
            "POST",
            "/service-authorizations",
            content_type,
            body,
        )
    };

    let bad = post(JSON_API, &create_body(Some("admin"), service, user));
    assert_eq!(bad.status, 400);
    assert_eq!(
        bad.json(),
        json!({"errors": [{"status": "400", "title": "Bad Request",
            "detail": "permission must be one of full, read_only, purge_select, purge_all"}]})
    );
    let detail = assert_json_api_error(
        &post(JSON_API, &create_body(None, service, "nobody")),
        400,
        "user",
    );
    assert!(detail.contains("'nobody'"), "{detail}");
    let detail = assert_json_api_error(
        &post(JSON_API, &create_body(None, "nosvc", user)),
        400,
        "service",
    );
    assert!(detail.contains("'nosvc'"), "{detail}");
    let no_relationships =
        json!({"data": {"type": "service_authorization", "attributes": {"permission": "full"}}});
    assert_json_api_error(&post(JSON_API, &no_relationships), 400, "no relationships");
    let no_user = json!({"data": {"type": "service_authorization", "relationships": {
        "service": {"data": {"type": "service", "id": service}}}}});
    assert_json_api_error(&post(JSON_API, &no_user), 400, "no user");
    assert_json_api_error(
        &post(
            "application/x-www-form-urlencoded",
            &create_body(None, service, user),
        ),
        400,
        "form",
    );
    // The seeded pair exists already.
    let erin = &seed.user_ids_by_role["engineer"][0];
    assert_json_api_error(
        &post(JSON_API, &create_body(None, &seed.service_ids[0], erin)),
        400,
        "twice",
    );

    let id = &seed.service_authorization_ids[0];
    let path = format!("/service-authorizations/{id}");
    let patch = |body: &Value| write(&sandbox, "PATCH", &path, JSON_API, body);
    let wrong =
        json!({"data": {"type": "service_authorization", "attributes": {"permission": "owner"}}});
    assert_eq!(
        assert_json_api_error(&patch(&wrong), 400, "permission"),
        "permission must be one of full, read_only, purge_select, purge_all"
    );
    assert_json_api_error(
        &patch(&json!({"data": {"type": "service_authorization"}})),
        400,
        "no permission",
    );
    let other = json!({"data": {"type": "service_authorization", "id": "other", "attributes": {"permission": "full"}}});
    assert_json_api_error(&patch(&other), 409, "another id");
    // Nothing changed.
    assert_eq!(listed_ids(&sandbox), seed.service_authorization_ids);
    let first = get(&sandbox.url(), &path, Some(sandbox.token())).json();
    assert_eq!(first["data"]["attributes"]["permission"], "full");
}

#[test]
fn bulk_writes_are_all_or_none() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let (a, b) = (
        &seed.service_authorization_ids[0],
        &seed.service_authorization_ids[1],
    );
    let patch = json!({"data": [
        {"type": "service_authorization", "id": a, "attributes": {"permission": "read_only"}},
        {"type": "service_authorization", "id": b, "attributes": {"permission": "purge_all"}},
    ]});

    for content_type in [JSON_API, "application/json"] {
        assert_json_api_error(
            &write(
                &sandbox,
                "PATCH",
                "/service-authorizations",
                content_type,
                &patch,
            ),
            400,
            content_type,
        );
        assert_json_api_error(
            &write(
                &sandbox,
                "DELETE",
                "/service-authorizations",
                content_type,
                &patch,
            ),
            400,
            content_type,
        );
    }
    let unknown = json!({"data": [
        {"type": "service_authorization", "id": a, "attributes": {"permission": "read_only"}},
        {"type": "service_authorization", "id": "ghost", "attributes": {"permission": "read_only"}},
    ]});
    let detail = assert_json_api_error(
        &write(&sandbox, "PATCH", "/service-authorizations", BULK, &unknown),
        400,
        "unknown",
    );
    assert!(detail.contains("'ghost'"), "{detail}");
    let bad_permission = json!({"data": [
        {"type": "service_authorization", "id": a, "attributes": {"permission": "everything"}},
    ]});
    assert_json_api_error(
        &write(
            &sandbox,
            "PATCH",
            "/service-authorizations",
            BULK,
            &bad_permission,
        ),
        400,
        "permission",
    );
    let detail = assert_json_api_error(
        &write(
            &sandbox,
            "DELETE",
            "/service-authorizations",
            BULK,
            &unknown,
        ),
        400,
        "unknown",
    );
    assert!(detail.contains("'ghost'"), "{detail}");
    assert_json_api_error(
        &write(
            &sandbox,
            "DELETE",
            "/service-authorizations",
            BULK,
            &json!({"data": []}),
        ),
        400,
        "empty",
    );
    // Nothing changed.
    let one = get(&url, &format!("/service-authorizations/{a}"), Some(token)).json();
    assert_eq!(one["data"]["attributes"]["permission"], "full");
    assert_eq!(listed_ids(&sandbox), seed.service_authorization_ids);

    let updated = write(&sandbox, "PATCH", "/service-authorizations", BULK, &patch);
    assert_eq!(updated.status, 200);
    let updated = updated.json();
    let permissions: Vec<&Value> = updated["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|a| &a["attributes"]["permission"])
        .collect();
    assert_eq!(permissions, [&json!("read_only"), &json!("purge_all")]);
    let one = get(&url, &format!("/service-authorizations/{b}"), Some(token)).json();
    assert_eq!(one["data"], updated["data"][1]);

    let delete_body = json!({"data": [
        {"type": "service_authorization", "id": a},
        {"type": "service_authorization", "id": b},
    ]});
    let deleted = write(
        &sandbox,
        "DELETE",
        "/service-authorizations",
        BULK,
        &delete_body,
    );
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.json(), updated);
    assert!(listed_ids(&sandbox).is_empty());
    let empty = get(&url, "/service-authorizations", Some(token)).json();
    assert_eq!(empty["meta"]["record_count"], 0);
    assert_eq!(empty["meta"]["total_pages"], 1);
}
