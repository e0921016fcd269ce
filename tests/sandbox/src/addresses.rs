//! The account's billing and tax addresses: `GET` and `POST
//! /billing/v3/customer-addresses`, `PUT /billing/v3/customer-addresses/{type}`
//! (fastly-py's `CustomerAddressesApi`; JSON both ways).

use axum::http::StatusCode;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::events::{self, Who};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::state::Shared;

/// The kinds of address the API keeps (`^(tax|billing)$`).
const ADDRESS_TYPES: [&str; 2] = ["billing", "tax"];

/// The fields an address has besides its type.
const FIELDS: [&str; 6] = [
    "address_1",
    "address_2",
    "locality",
    "region",
    "country",
    "postal_code",
];

/// One address (`CustomerAddress`), its fields as sent.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Address {
    #[serde(rename = "type")]
    pub address_type: String,
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// The JSON object of a request and its `type`, or why it is refused (the
/// detail of a 400).
fn read(req: &ApiRequest) -> Result<(Option<String>, Map<String, Value>), String> {
    if !req.has_media_type("application/json") {
        return Err("Content-Type must be application/json".to_owned());
    }
    let Ok(Value::Object(mut body)) = serde_json::from_slice::<Value>(&req.body) else {
        return Err("the body must be a JSON object".to_owned());
    };
    let address_type = body
        .remove("type")
        .and_then(|t| t.as_str().map(str::to_owned));
    if let Some(unknown) = body.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(format!("unknown field '{unknown}'"));
    }
    if body.values().any(|v| !v.is_string()) {
        return Err("every field must be a string".to_owned());
    }
    Ok((address_type, body))
}

/// `GET /billing/v3/customer-addresses`: `{"data": [...]}`.
pub(crate) fn list(shared: &Shared) -> Reply {
    let state = shared.lock();
    respond::json(StatusCode::OK, &json!({ "data": state.data.addresses }))
}

/// `POST /billing/v3/customer-addresses`: 201 `{"id": ...}`; 400 for a type
/// other than billing or tax, or one the account already has.
pub(crate) fn create(shared: &Shared, req: &ApiRequest) -> Reply {
    let (address_type, fields) = match read(req) {
        Ok(read) => read,
        Err(detail) => return respond::bad_request(detail),
    };
    let Some(address_type) = address_type.filter(|t| ADDRESS_TYPES.contains(&t.as_str())) else {
        return respond::bad_request("type must be billing or tax");
    };
    let mut state = shared.lock();
    if state
        .data
        .addresses
        .iter()
        .any(|a| a.address_type == address_type)
    {
        return respond::bad_request(format!("the account already has a {address_type} address"));
    }
    state.data.addresses_created += 1;
    let id = format!("adNewx4xCwxxJx{:06}", state.data.addresses_created);
    let description = format!("A {address_type} address was created");
    let metadata = json!({ "type": address_type, "id": id });
    events::record(
        &mut state,
        Who::Caller(req),
        "address.create",
        description,
        None,
        metadata,
    );
    state.data.addresses.push(Address {
        address_type,
        fields,
    });
    respond::json(StatusCode::CREATED, &json!({ "id": id }))
}

/// `PUT /billing/v3/customer-addresses/{type}`: 202, empty; 404 when the
/// account has no address of that type.
pub(crate) fn update(shared: &Shared, address_type: &str, req: &ApiRequest) -> Reply {
    let (_, fields) = match read(req) {
        Ok(read) => read,
        Err(detail) => return respond::bad_request(detail),
    };
    let mut state = shared.lock();
    let Some(address) = state
        .data
        .addresses
        .iter_mut()
        .find(|a| a.address_type == address_type)
    else {
        return respond::not_found(format!("the account has no {address_type} address"));
    };
    let names: Vec<String> = fields.keys().cloned().collect();
    address.fields.extend(fields);
    let description = format!("The {address_type} address was updated");
    let metadata = json!({ "type": address_type, "fields": names });
    events::record(
        &mut state,
        Who::Caller(req),
        "address.update",
        description,
        None,
        metadata,
    );
    respond::bytes(StatusCode::ACCEPTED, "application/json", "")
}

/// The seeded addresses: a billing address.
pub(crate) fn seed() -> Vec<Address> {
    let fields = [
        ("address_1", "1 Main St"),
        ("locality", "Springfield"),
        ("region", "OR"),
        ("country", "US"),
        ("postal_code", "97477"),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), json!(value)))
    .collect();
    vec![Address {
        address_type: "billing".to_owned(),
        fields,
    }]
}
