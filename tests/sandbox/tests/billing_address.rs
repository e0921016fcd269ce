//! A customer's billing address: the seeded one, create, partial update,
//! verification, delete, and the refusals.

mod common;

use common::{get, send, send_body};
use fastly_sandbox::{Sandbox, SandboxConfig, CUSTOMER_ID};
use serde_json::{json, Value};

const JSON_API: &str = "application/vnd.api+json";

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

fn path() -> String {
    format!("/customer/{CUSTOMER_ID}/billing_address")
}

fn write(sandbox: &Sandbox, method: &str, body: &Value) -> common::Response {
    send_body(
        &sandbox.url(),
        method,
        &path(),
        sandbox.token(),
        JSON_API,
        &body.to_string(),
    )
}

fn delete(sandbox: &Sandbox) -> common::Response {
    send(
        &sandbox.url(),
        "DELETE",
        &path(),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response")
}

fn new_address(attributes: Value) -> Value {
    json!({"data": {"type": "billing_address", "attributes": attributes}})
}

fn full() -> Value {
    json!({"address_1": "80719 Dorothea Mountain", "address_2": "Apt. 652", "city": "New Rasheedville",
           "country": "US", "locality": "New Castle", "postal_code": "53538-5902", "state": "DE"})
}

fn assert_json_api_error(response: &common::Response, status: u16, what: &str) -> String {
    assert_eq!(
        response.status,
        status,
        "{what}: {}",
        String::from_utf8_lossy(&response.body)
    );
    assert_eq!(response.header("content-type"), Some(JSON_API), "{what}");
    let error = &response.json()["errors"][0];
    assert_eq!(error["status"], status.to_string(), "{what}");
    error["detail"].as_str().expect("detail").to_owned()
}

#[test]
fn the_seeded_address_in_the_spec_shape() {
    let sandbox = start();
    let seed = sandbox.seed();
    let got = get(&sandbox.url(), &path(), Some(sandbox.token()));
    assert_eq!(got.status, 200);
    assert_eq!(got.header("content-type"), Some(JSON_API));
    assert_eq!(
        got.json(),
        json!({"data": {
            "id": seed.billing_address_id,
            "type": "billing_address",
            "attributes": {"address_1": "1 Main St", "address_2": null, "city": "Springfield",
                           "country": "US", "locality": null, "postal_code": "97477", "state": "OR",
                           "customer_id": CUSTOMER_ID},
            "relationships": {"customer": {"data": {"type": "customer", "id": CUSTOMER_ID}}},
        }})
    );
    let unknown = get(
        &sandbox.url(),
        "/customer/nobody/billing_address",
        Some(sandbox.token()),
    );
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["msg"], "Record not found");
    assert_eq!(get(&sandbox.url(), &path(), None).status, 401);
    let wrong = send(
        &sandbox.url(),
        "PUT",
        &path(),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(wrong.status, 405);
}

#[test]
fn delete_create_update_and_verify() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();

    // An existing address cannot be added twice.
    let detail = assert_json_api_error(
        &write(&sandbox, "POST", &new_address(full())),
        400,
        "exists",
    );
    assert_eq!(
        detail,
        "the customer already has a billing address; update it"
    );

    let deleted = delete(&sandbox);
    assert_eq!(deleted.status, 204);
    assert!(deleted.body.is_empty());
    assert_json_api_error(&get(&url, &path(), Some(token)), 404, "gone");
    assert_json_api_error(&delete(&sandbox), 404, "deleted twice");
    let patch = json!({"data": {"type": "billing_address", "attributes": {"state": "CA"}}});
    assert_json_api_error(&write(&sandbox, "PATCH", &patch), 404, "nothing to update");

    let created = write(
        &sandbox,
        "POST",
        &json!({"skip_verification": false, "data": {"type": "billing_address", "attributes": full()}}),
    );
    assert_eq!(created.status, 201);
    assert_eq!(created.header("content-type"), Some(JSON_API));
    let created = created.json();
    let id = created["data"]["id"].as_str().expect("id").to_owned();
    assert_eq!(id.len(), 22);
    assert_ne!(id, sandbox.seed().billing_address_id);
    assert_eq!(created["data"]["attributes"]["city"], "New Rasheedville");
    assert_eq!(created["data"]["attributes"]["customer_id"], CUSTOMER_ID);
    assert_eq!(get(&url, &path(), Some(token)).json(), created);

    // Optional attributes may be left out (null).
    assert_eq!(delete(&sandbox).status, 204);
    let minimal = json!({"address_1": "2 Side St", "city": "Portland", "country": "GB", "postal_code": "SW1A 1AA"});
    let created = write(&sandbox, "POST", &new_address(minimal));
    assert_eq!(created.status, 201);
    let attributes = created.json()["data"]["attributes"].clone();
    assert!(
        attributes["address_2"].is_null()
            && attributes["state"].is_null()
            && attributes["locality"].is_null()
    );
    let id = created.json()["data"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    // A partial update, with the id as the developer hub's example sends it.
    let patch = json!({"skip_verification": false, "data": {"type": "billing_address", "id": id, "attributes": {"state": "DE", "locality": "Westminster"}}});
    let updated = write(&sandbox, "PATCH", &patch);
    assert_eq!(updated.status, 200);
    let updated = updated.json();
    assert_eq!(updated["data"]["attributes"]["state"], "DE");
    assert_eq!(updated["data"]["attributes"]["locality"], "Westminster");
    assert_eq!(updated["data"]["attributes"]["address_1"], "2 Side St");
    assert_eq!(get(&url, &path(), Some(token)).json(), updated);
    let other = json!({"data": {"type": "billing_address", "id": "another", "attributes": {"state": "CA"}}});
    assert_json_api_error(&write(&sandbox, "PATCH", &other), 409, "another id");

    // Verification: 00000 fails with a candidate, unless skipped.
    let unverifiable =
        json!({"data": {"type": "billing_address", "attributes": {"postal_code": "00000"}}});
    let refused = write(&sandbox, "PATCH", &unverifiable);
    assert_eq!(refused.status, 400);
    assert_eq!(refused.header("content-type"), Some(JSON_API));
    let error = refused.json()["errors"][0].clone();
    assert_eq!(error["type"], "address_verification");
    assert_eq!(error["title"], "Could not validate address");
    assert_eq!(error["status"], 400);
    assert!(error["detail"].is_string());
    assert_eq!(error["candidates"][0]["postal_code"], "00001");
    assert_eq!(error["candidates"][0]["address_1"], "2 Side St");
    assert_eq!(
        get(&url, &path(), Some(token)).json(),
        updated,
        "a refused update changes nothing"
    );
    let skipped = json!({"skip_verification": true, "data": {"type": "billing_address", "attributes": {"postal_code": "00000"}}});
    let saved = write(&sandbox, "PATCH", &skipped);
    assert_eq!(saved.status, 200);
    assert_eq!(saved.json()["data"]["attributes"]["postal_code"], "00000");

    assert_eq!(delete(&sandbox).status, 204);
    let mut unverified = full();
    unverified["postal_code"] = json!("00000");
    let refused = write(&sandbox, "POST", &new_address(unverified.clone()));
    assert_eq!(refused.status, 400);
    assert_eq!(
        refused.json()["errors"][0]["candidates"][0]["city"],
        "New Rasheedville"
    );
    assert_json_api_error(
        &get(&url, &path(), Some(token)),
        404,
        "a refused create adds nothing",
    );
    let skipped = json!({"skip_verification": true, "data": {"type": "billing_address", "attributes": unverified}});
    assert_eq!(write(&sandbox, "POST", &skipped).status, 201);

    // The writes are in the audit log; a reset brings the seeded address back.
    let events = get(&url, "/events?sort=-created_at&page[size]=100", Some(token)).json();
    let address_events = events["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter(|e| {
            e["attributes"]["event_type"]
                .as_str()
                .is_some_and(|t| t.starts_with("address."))
        })
        .count();
    assert_eq!(address_events, 8);
    sandbox.reset();
    assert_eq!(
        get(&url, &path(), Some(token)).json()["data"]["id"],
        sandbox.seed().billing_address_id
    );
}

#[test]
fn refused_bodies_are_json_api_400s() {
    let sandbox = start();
    assert_eq!(delete(&sandbox).status, 204);
    let mut missing_city = full();
    missing_city.as_object_mut().expect("object").remove("city");
    let mut lower_country = full();
    lower_country["country"] = json!("us");
    let mut long_country = full();
    long_country["country"] = json!("USA");
    let mut empty_street = full();
    empty_street["address_1"] = json!("  ");
    let mut number_zip = full();
    number_zip["postal_code"] = json!(12345);
    let mut unknown = full();
    unknown["region"] = json!("OR");
    for (what, body) in [
        ("no city", new_address(missing_city)),
        ("lower-case country", new_address(lower_country)),
        ("three-letter country", new_address(long_country)),
        ("empty address_1", new_address(empty_street)),
        ("numeric postal code", new_address(number_zip)),
        ("unknown attribute", new_address(unknown)),
        (
            "wrong type",
            json!({"data": {"type": "address", "attributes": full()}}),
        ),
        (
            "no attributes",
            json!({"data": {"type": "billing_address"}}),
        ),
        (
            "skip_verification not a boolean",
            json!({"skip_verification": "yes", "data": {"type": "billing_address", "attributes": full()}}),
        ),
        ("no data", json!({"type": "billing_address"})),
    ] {
        assert_json_api_error(&write(&sandbox, "POST", &body), 400, what);
    }
    let form = send_body(
        &sandbox.url(),
        "POST",
        &path(),
        sandbox.token(),
        "application/json",
        &new_address(full()).to_string(),
    );
    assert_json_api_error(&form, 400, "plain JSON");
    assert_json_api_error(
        &get(&sandbox.url(), &path(), Some(sandbox.token())),
        404,
        "nothing was created",
    );

    // The customer_id attribute is read-only: accepted and ignored.
    let mut with_customer = full();
    with_customer["customer_id"] = json!("someone-else");
    let created = write(&sandbox, "POST", &new_address(with_customer));
    assert_eq!(created.status, 201);
    assert_eq!(
        created.json()["data"]["attributes"]["customer_id"],
        CUSTOMER_ID
    );

    for (what, attributes) in [
        ("null city", json!({"city": null})),
        ("empty address line", json!({"address_1": ""})),
        ("bad country", json!({"country": "Deutschland"})),
    ] {
        let patch = json!({"data": {"type": "billing_address", "attributes": attributes}});
        assert_json_api_error(&write(&sandbox, "PATCH", &patch), 400, what);
    }
    // Nullable ones may be cleared.
    let clear = json!({"data": {"type": "billing_address", "attributes": {"address_2": null}}});
    let cleared = write(&sandbox, "PATCH", &clear);
    assert_eq!(cleared.status, 200);
    assert!(cleared.json()["data"]["attributes"]["address_2"].is_null());

    // A deleted customer has no address routes.
    let gone = send(
        &sandbox.url(),
        "DELETE",
        &format!("/customer/{CUSTOMER_ID}"),
        &[("Fastly-Key", sandbox.token())],
        None,
    )
    .expect("a response");
    assert_eq!(gone.status, 200);
    let after = get(&sandbox.url(), &path(), Some(sandbox.token()));
    assert_eq!(after.status, 404);
    assert_eq!(after.json()["msg"], "Record not found");
}
