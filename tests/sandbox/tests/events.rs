//! The audit log: the recorded shapes, every filter, sorting and paging, and the
//! events the sandbox's own writes add.

mod common;

use common::{get, send, send_body};
use fastly_sandbox::{
    Sandbox, SandboxConfig, CUSTOMER_ID, OWNER_PASSWORD, OWNER_USER_ID, SELF_TOKEN_ID,
};
use serde_json::{json, Value};

const JSON_API: &str = "application/vnd.api+json";
const FORM: &str = "application/x-www-form-urlencoded";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn events(sandbox: &Sandbox, query: &str) -> Value {
    let listed = get(
        &sandbox.url(),
        &format!("/events?{query}"),
        Some(sandbox.token()),
    );
    assert_eq!(
        listed.status,
        200,
        "{query}: {}",
        String::from_utf8_lossy(&listed.body)
    );
    assert_eq!(listed.header("content-type"), Some(JSON_API));
    listed.json()
}

fn ids(listed: &Value) -> Vec<String> {
    listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_owned())
        .collect()
}

fn types(listed: &Value) -> Vec<String> {
    listed["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|e| {
            e["attributes"]["event_type"]
                .as_str()
                .expect("type")
                .to_owned()
        })
        .collect()
}

fn assert_json_api_400(response: &common::Response, what: &str) {
    assert_eq!(response.status, 400, "{what}");
    assert_eq!(response.header("content-type"), Some(JSON_API), "{what}");
    let error = &response.json()["errors"][0];
    assert_eq!(error["status"], "400", "{what}");
    assert!(error["detail"].is_string(), "{what}");
}

#[test]
fn seeded_events_list_in_the_recorded_shape() {
    let sandbox = start();
    let url = sandbox.url();
    let seed = sandbox.seed();
    assert_eq!(seed.event_ids.len(), 6);

    let all = events(&sandbox, "");
    assert_eq!(ids(&all), seed.event_ids);
    assert_eq!(
        all["meta"],
        json!({"record_count": 6, "current_page": 1, "total_pages": 1, "per_page": 20})
    );
    assert_eq!(
        all["links"],
        json!({"last": format!("{url}/events?page[number]=1&page[size]=20")})
    );
    let logging = &all["data"][2];
    assert_eq!(logging["type"], "event");
    let attributes = &logging["attributes"];
    let mut keys: Vec<&str> = attributes
        .as_object()
        .expect("attributes")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "admin",
            "created_at",
            "customer_id",
            "description",
            "event_type",
            "ip",
            "metadata",
            "service_id",
            "token_id",
            "user_id"
        ]
    );
    assert_eq!(attributes["event_type"], "logging.update");
    assert_eq!(attributes["customer_id"], CUSTOMER_ID);
    assert_eq!(
        attributes["metadata"]["new"]["name"],
        "new-test-elasticsearch"
    );
    assert_eq!(attributes["admin"], false);
    assert!(all["data"]
        .as_array()
        .expect("data")
        .iter()
        .any(|e| e["attributes"]["admin"] == true));
    assert!(all["data"][0]["attributes"]["service_id"].is_null());

    // The recorded request: page 1 of size 1 has `next` and `last`, raw brackets.
    let first = get(
        &url,
        "/events?page%5Bnumber%5D=1&page%5Bsize%5D=1",
        Some(sandbox.token()),
    )
    .json();
    assert_eq!(
        first["links"],
        json!({"next": format!("{url}/events?page[number]=2&page[size]=1"),
               "last": format!("{url}/events?page[number]=6&page[size]=1")})
    );
    assert_eq!(first["meta"]["total_pages"], 6);
    let last = events(&sandbox, "page[number]=6&page[size]=1");
    assert!(last["links"].get("next").is_none());
    assert_eq!(ids(&last), [seed.event_ids[5].clone()]);

    let one = get(
        &url,
        &format!("/events/{}", seed.event_ids[2]),
        Some(sandbox.token()),
    );
    assert_eq!(one.status, 200);
    assert_eq!(one.header("content-type"), Some(JSON_API));
    assert_eq!(one.json(), json!({"data": logging}));
    let unknown = get(&url, "/events/nope", Some(sandbox.token()));
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.header("content-type"), Some(JSON_API));
    assert_eq!(unknown.json()["errors"][0]["status"], "404");
    assert_eq!(get(&url, "/events", None).status, 401);
}

#[test]
fn every_filter_sort_and_page_parameter() {
    let sandbox = start();
    let seed = sandbox.seed();
    let e = &seed.event_ids;
    let erin = &seed.user_ids_by_role["engineer"][0];

    assert_eq!(
        ids(&events(&sandbox, "filter[event_type]=logging.update")),
        [e[2].clone()]
    );
    assert_eq!(
        ids(&events(&sandbox, &format!("filter[user_id]={erin}"))),
        [e[1].clone(), e[2].clone()]
    );
    assert_eq!(
        ids(&events(
            &sandbox,
            &format!("filter[service_id]={}", seed.service_ids[0])
        )),
        [e[1].clone(), e[4].clone()]
    );
    assert_eq!(
        ids(&events(&sandbox, "filter[token_id]=tkUmaPurgx4xCwxxJxx006")),
        [e[4].clone()]
    );
    assert_eq!(
        ids(&events(
            &sandbox,
            &format!("filter[customer_id]={CUSTOMER_ID}")
        ))
        .len(),
        6
    );
    assert!(ids(&events(&sandbox, "filter[customer_id]=someone-else")).is_empty());
    // Filters combine.
    assert_eq!(
        ids(&events(
            &sandbox,
            &format!("filter[user_id]={erin}&filter[event_type]=version.activate")
        )),
        [e[1].clone()]
    );

    // A day, an instant, bounds as timestamps or days.
    assert_eq!(
        ids(&events(&sandbox, "filter[created_at]=2024-01-05")),
        [e[4].clone()]
    );
    assert_eq!(
        ids(&events(&sandbox, "filter[created_at]=2023-11-03T16:29:29Z")),
        [e[2].clone()]
    );
    assert!(ids(&events(&sandbox, "filter[created_at]=2023-11-03T16:29:30Z")).is_empty());
    assert_eq!(
        ids(&events(
            &sandbox,
            "filter%5Bcreated_at%5D%5Bgte%5D=2024-01-01T00:00:00Z"
        )),
        [e[3].clone(), e[4].clone(), e[5].clone()]
    );
    assert_eq!(
        ids(&events(
            &sandbox,
            "filter[created_at][gt]=2024-01-02T03:04:05Z&filter[created_at][lt]=2024-04-15"
        )),
        [e[4].clone()]
    );
    assert_eq!(
        ids(&events(&sandbox, "filter[created_at][lte]=2023-06-01")),
        [e[0].clone(), e[1].clone()]
    );
    assert_eq!(
        ids(&events(&sandbox, "filter[created_at][gt]=2024-01-05")),
        [e[5].clone()]
    );

    let newest_first = events(&sandbox, "sort=-created_at");
    let mut reversed = e.clone();
    reversed.reverse();
    assert_eq!(ids(&newest_first), reversed);
    assert_eq!(ids(&events(&sandbox, "sort=created_at")), *e);

    // Pages of a sorted, filtered list; the links carry the filters.
    let page = events(
        &sandbox,
        "sort=-created_at&filter[created_at][gte]=2023-06-01&page[size]=2&page[number]=1",
    );
    assert_eq!(ids(&page), [e[5].clone(), e[4].clone()]);
    assert_eq!(page["meta"]["record_count"], 5);
    let next = page["links"]["next"].as_str().expect("next");
    assert!(
        next.ends_with("/events?page[number]=2&page[size]=2&sort=-created_at&filter[created_at][gte]=2023-06-01"),
        "{next}"
    );
    let path = &next[next.find("/events").expect("a path")..];
    let second = get(&sandbox.url(), path, Some(sandbox.token())).json();
    assert_eq!(ids(&second), [e[3].clone(), e[2].clone()]);

    for bad in [
        "filter[created_at][gte]=last-week",
        "filter[created_at]=2024-02-30",
        "filter[created_at][since]=2024-01-01",
        "filter[colour]=red",
        "sort=event_type",
        "page[size]=0",
        "page[size]=101",
        "page[number]=0",
    ] {
        let refused = get(
            &sandbox.url(),
            &format!("/events?{bad}"),
            Some(sandbox.token()),
        );
        assert_json_api_400(&refused, bad);
    }
}

#[test]
fn the_sandboxs_writes_add_events_until_a_reset() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let seed = sandbox.seed();
    let before = chrono_now();

    let form = |method: &str, path: &str, body: &str| {
        let answer = send_body(&url, method, path, token, FORM, body);
        assert_eq!(
            answer.status,
            200,
            "{method} {path}: {}",
            String::from_utf8_lossy(&answer.body)
        );
        answer.json()
    };
    let created = form("POST", "/user", "login=new%40example.com&name=New");
    let new_id = created["id"].as_str().expect("id").to_owned();
    form(
        "PUT",
        &format!("/user/{new_id}"),
        "name=Renamed&role=engineer",
    );
    form(
        "PUT",
        &format!("/customer/{CUSTOMER_ID}"),
        &format!("name=Renamed+Corp&billing_contact_id={OWNER_USER_ID}"),
    );
    form(
        "POST",
        "/current_user/password",
        &format!("old_password={OWNER_PASSWORD}&new_password=another-one"),
    );
    let delete = |path: &str| {
        send(&url, "DELETE", path, &[("Fastly-Key", token)], None).expect("a response")
    };
    assert_eq!(delete(&format!("/user/{new_id}")).status, 200);
    let invitation = json!({"data": {"type": "invitation", "attributes": {"email": "guest@example.com", "role": "user"}}});
    assert_eq!(
        send_body(
            &url,
            "POST",
            "/invitations",
            token,
            JSON_API,
            &invitation.to_string()
        )
        .status,
        200
    );
    assert_eq!(
        delete(&format!("/tokens/{}", seed.token_ids[2])).status,
        204
    );
    let bulk = json!({"data": [{"type": "token", "id": seed.token_ids[3]}, {"type": "token", "id": seed.token_ids[4]}]});
    assert_eq!(
        send_body(
            &url,
            "DELETE",
            "/tokens",
            token,
            "application/vnd.api+json; ext=bulk",
            &bulk.to_string()
        )
        .status,
        204
    );
    let authorization = json!({"data": {"type": "service_authorization", "attributes": {"permission": "read_only"},
        "relationships": {"service": {"data": {"type": "service", "id": seed.service_ids[5]}},
                          "user": {"data": {"type": "user", "id": seed.user_ids_by_role["billing"][0]}}}}});
    let authorization = send_body(
        &url,
        "POST",
        "/service-authorizations",
        token,
        JSON_API,
        &authorization.to_string(),
    );
    assert_eq!(authorization.status, 200);
    let authorization_id = authorization.json()["data"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let bulk_delete = json!({"data": [
        {"type": "service_authorization", "id": authorization_id},
        {"type": "service_authorization", "id": seed.service_authorization_ids[0]},
    ]});
    assert_eq!(
        send_body(
            &url,
            "DELETE",
            "/service-authorizations",
            token,
            "application/vnd.api+json; ext=bulk",
            &bulk_delete.to_string()
        )
        .status,
        200
    );

    let recorded = events(
        &sandbox,
        &format!("filter[created_at][gte]={before}&page[size]=100"),
    );
    assert_eq!(
        types(&recorded),
        [
            "user.create",
            "user.update",
            "customer.update",
            "billing.contact_update",
            "user.password_update",
            "user.destroy",
            "invitation.sent",
            "token.destroy",
            "token.destroy",
            "token.destroy",
            "service_authorization.create",
            "service_authorization.delete",
            "service_authorization.delete",
        ]
    );
    for event in recorded["data"].as_array().expect("data") {
        let attributes = &event["attributes"];
        assert_eq!(event["id"].as_str().map(str::len), Some(22));
        assert_eq!(attributes["user_id"], OWNER_USER_ID);
        assert_eq!(attributes["token_id"], SELF_TOKEN_ID);
        assert_eq!(attributes["customer_id"], CUSTOMER_ID);
        assert_eq!(attributes["ip"], "127.0.0.1");
        assert_eq!(attributes["admin"], false);
        assert!(attributes["metadata"].is_object());
        assert!(attributes["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()));
        assert!(attributes["created_at"].as_str().expect("created_at") >= before.as_str());
    }
    let data = recorded["data"].as_array().expect("data");
    assert_eq!(
        data[0]["attributes"]["metadata"]["login"],
        "new@example.com"
    );
    assert_eq!(
        data[7]["attributes"]["metadata"]["token_id"],
        seed.token_ids[2]
    );
    assert_eq!(data[10]["attributes"]["service_id"], seed.service_ids[5]);
    // The password never reaches the log.
    assert!(!recorded.to_string().contains("another-one"));
    assert!(!recorded.to_string().contains(OWNER_PASSWORD));
    // Newest first, they lead the list.
    let newest = events(&sandbox, "sort=-created_at&page[size]=1");
    assert_eq!(types(&newest), ["service_authorization.delete"]);
    assert_eq!(events(&sandbox, "").as_object().map(|o| o.len()), Some(3));

    sandbox.reset();
    assert_eq!(ids(&events(&sandbox, "page[size]=100")), seed.event_ids);
}

/// Now, RFC 3339 to the second, as the sandbox writes times.
fn chrono_now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
