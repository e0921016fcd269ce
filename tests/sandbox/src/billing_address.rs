//! A customer's billing address: `GET`, `POST`, `PATCH` and `DELETE
//! /customer/{customer_id}/billing_address`, JSON:API (`application/vnd.api+json`)
//! both ways (fastly-py's `BillingAddressApi`, `*_billing_addr`).
//!
//! No live answer is recorded (go-fastly has no billing-address calls): the shapes
//! are the spec's, as fastly-py and fastly-rust generate them. The resource is
//! `{"id", "type": "billing_address", "attributes": {address_1, address_2, city,
//! country, locality, postal_code, state, customer_id}, "relationships":
//! {"customer": {"data": {"type": "customer", "id"}}}}`; `POST` answers 201,
//! `PATCH` 200 (a partial update; `data.id` may be sent), `DELETE` 204;
//! `skip_verification` is a top-level body field beside `data`; a failed
//! verification is 400 with `{"errors": [{"type", "title": "Could not validate
//! address", "detail", "status": 400, "candidates": [..]}]}`, `status` a number as
//! the spec's `BillingAddressVerificationErrorResponse` says.
//!
//! Not recorded (answered plausibly): `address_1`, `city` and `country` are
//! required on `POST` (the fields issue 23 names as required; Fastly's definition
//! requires none, and `postal_code`, non-nullable there, is accepted without) and
//! may not be emptied by `PATCH`; `country` must match `^[A-Z]{2}$`; an unknown
//! attribute, or a value of the wrong type, is a JSON:API 400 (`customer_id` is
//! read-only and ignored); verification fails for the postal code `00000` (the
//! candidate is the same address with `00001`) unless `skip_verification` is
//! true, and `PATCH` verifies the merged address; a second `POST` is a JSON:API
//! 400 ("the customer already has a billing address; update it"); a `PATCH`
//! whose `data.id` names another address is a JSON:API 409; the customer
//! without an address is a JSON:API 404; an unknown customer is the classic 404
//! of the customer routes.

use axum::http::StatusCode;
use serde_json::{json, Map, Value};

use crate::events::{self, Who};
use crate::respond::{self, Reply};
use crate::routes::{self, ApiRequest};
use crate::state::{Inner, Shared};

/// The seeded address's id.
pub(crate) const SEEDED_ID: &str = "baSeedx4xCwxxJxBilling";

/// The postal code that never verifies (the candidate has [`CANDIDATE_POSTAL_CODE`]).
const UNVERIFIABLE_POSTAL_CODE: &str = "00000";
const CANDIDATE_POSTAL_CODE: &str = "00001";

/// The attributes, in the spec's order; `required` ones may be neither absent
/// (on create), null nor empty.
const FIELDS: [(&str, bool); 7] = [
    ("address_1", true),
    ("address_2", false),
    ("city", true),
    ("country", true),
    ("locality", false),
    ("postal_code", false),
    ("state", false),
];

/// A billing address: each attribute of [`FIELDS`], by name.
#[derive(Debug, Clone)]
pub(crate) struct BillingAddress {
    pub id: String,
    pub fields: Map<String, Value>,
}

impl BillingAddress {
    /// Every attribute (null when unset), without `customer_id`.
    fn attributes(&self) -> Map<String, Value> {
        FIELDS
            .iter()
            .map(|(name, _)| {
                let value = self.fields.get(*name).cloned().unwrap_or(Value::Null);
                ((*name).to_owned(), value)
            })
            .collect()
    }

    fn resource(&self, customer_id: &str) -> Value {
        let mut attributes = self.attributes();
        attributes.insert("customer_id".to_owned(), json!(customer_id));
        json!({
            "data": {
                "id": self.id,
                "type": "billing_address",
                "attributes": attributes,
                "relationships": {
                    "customer": {"data": {"type": "customer", "id": customer_id}}
                }
            }
        })
    }
}

/// The seeded customer's address (as its `/billing/v3/customer-addresses` one).
pub(crate) fn seed() -> Option<BillingAddress> {
    let fields = [
        ("address_1", json!("1 Main St")),
        ("address_2", Value::Null),
        ("city", json!("Springfield")),
        ("country", json!("US")),
        ("locality", Value::Null),
        ("postal_code", json!("97477")),
        ("state", json!("OR")),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    Some(BillingAddress {
        id: SEEDED_ID.to_owned(),
        fields,
    })
}

fn invalid(detail: impl Into<String>) -> Reply {
    respond::json_api_error(StatusCode::BAD_REQUEST, detail)
}

fn none_yet(customer_id: &str) -> Reply {
    respond::json_api_error(
        StatusCode::NOT_FOUND,
        format!("customer '{customer_id}' has no billing address"),
    )
}

fn answer(status: StatusCode, address: &BillingAddress, customer_id: &str) -> Reply {
    respond::json_as(status, respond::JSON_API, &address.resource(customer_id))
}

/// A write's body: `skip_verification`, `data.id` and the checked attributes
/// (those present; `required` ones also when `creating` and absent).
struct Write {
    skip_verification: bool,
    id: Option<String>,
    fields: Map<String, Value>,
}

fn read_write(req: &ApiRequest, creating: bool) -> Result<Write, String> {
    if !req.has_media_type(respond::JSON_API) {
        return Err("Content-Type must be application/vnd.api+json".to_owned());
    }
    let body: Value = serde_json::from_slice(&req.body)
        .map_err(|e| format!("the body is not valid JSON: {e}"))?;
    let skip_verification = match body.get("skip_verification") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(skip)) => *skip,
        Some(_) => return Err("skip_verification must be a boolean".to_owned()),
    };
    let Some(data) = body.get("data").filter(|d| d.is_object()) else {
        return Err("the body must be an object with a \"data\" object".to_owned());
    };
    if data.get("type").and_then(Value::as_str) != Some("billing_address") {
        return Err("data.type must be \"billing_address\"".to_owned());
    }
    let id = match data.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(_) => return Err("data.id must be a string".to_owned()),
    };
    let attributes = match data.get("attributes") {
        Some(Value::Object(attributes)) => attributes.clone(),
        None if !creating => Map::new(),
        _ => return Err("data.attributes must be an object".to_owned()),
    };
    let mut fields = Map::new();
    for (name, value) in attributes {
        if name == "customer_id" {
            continue; // read-only
        }
        let Some(&(_, required)) = FIELDS.iter().find(|(field, _)| *field == name) else {
            return Err(format!(
                "unknown attribute '{name}': use address_1, address_2, city, country, \
                 locality, postal_code, state"
            ));
        };
        match &value {
            Value::String(text) if required && text.trim().is_empty() => {
                return Err(format!("{name} must not be empty"))
            }
            Value::String(_) => {}
            Value::Null if required => return Err(format!("{name} is required")),
            Value::Null => {}
            _ => return Err(format!("{name} must be a string")),
        }
        if name == "country" && !value.as_str().is_some_and(is_country_code) {
            return Err(format!(
                "country must be an ISO 3166-1 two-letter code (^[A-Z]{{2}}$), got {value}"
            ));
        }
        fields.insert(name, value);
    }
    if creating {
        if let Some((missing, _)) = FIELDS
            .iter()
            .find(|(name, required)| *required && !fields.contains_key(*name))
        {
            return Err(format!("{missing} is required"));
        }
    }
    Ok(Write {
        skip_verification,
        id,
        fields,
    })
}

fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The 400 of a failed verification, or `None` when `address` verifies.
fn verify(address: &BillingAddress) -> Option<Reply> {
    let postal_code = address.fields.get("postal_code").and_then(Value::as_str);
    if postal_code != Some(UNVERIFIABLE_POSTAL_CODE) {
        return None;
    }
    let mut candidate = address.attributes();
    candidate.insert("postal_code".to_owned(), json!(CANDIDATE_POSTAL_CODE));
    let body = json!({
        "errors": [{
            "type": "address_verification",
            "title": "Could not validate address",
            "detail": format!(
                "the postal code {UNVERIFIABLE_POSTAL_CODE} could not be verified; \
                 did you mean {CANDIDATE_POSTAL_CODE}? (send skip_verification: true to save it as it is)"
            ),
            "status": 400,
            "candidates": [candidate],
        }]
    });
    Some(respond::json_as(
        StatusCode::BAD_REQUEST,
        respond::JSON_API,
        &body,
    ))
}

/// One line of the audit log for a write to the address.
fn record(
    state: &mut Inner,
    req: &ApiRequest,
    event_type: &'static str,
    id: &str,
    fields: Vec<String>,
) {
    let verb = match event_type {
        "address.create" => "created",
        "address.update" => "updated",
        _ => "deleted",
    };
    let description = format!("A customer billing address was {verb}");
    let metadata = json!({ "billing_address_id": id, "fields": fields });
    events::record(
        state,
        Who::Caller(req),
        event_type,
        description,
        None,
        metadata,
    );
}

/// `GET /customer/{customer_id}/billing_address`.
pub(crate) fn get(shared: &Shared, customer_id: &str) -> Reply {
    let state = shared.lock();
    if !routes::customer_exists(&state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    match &state.data.billing_address {
        Some(address) => answer(StatusCode::OK, address, customer_id),
        None => none_yet(customer_id),
    }
}

/// `POST /customer/{customer_id}/billing_address`: 201 with the new address.
pub(crate) fn create(shared: &Shared, customer_id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    if !routes::customer_exists(state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    let write = match read_write(req, true) {
        Ok(write) => write,
        Err(detail) => return invalid(detail),
    };
    if state.data.billing_address.is_some() {
        return invalid("the customer already has a billing address; update it");
    }
    let names = write.fields.keys().cloned().collect();
    let mut fields = write.fields;
    for (name, _) in FIELDS {
        fields.entry(name).or_insert(Value::Null);
    }
    let address = BillingAddress {
        id: format!(
            "baNewx4xCwxxJx{:08}",
            state.data.billing_addresses_created + 1
        ),
        fields,
    };
    if !write.skip_verification {
        if let Some(refusal) = verify(&address) {
            return refusal;
        }
    }
    state.data.billing_addresses_created += 1;
    record(state, req, "address.create", &address.id, names);
    let reply = answer(StatusCode::CREATED, &address, customer_id);
    state.data.billing_address = Some(address);
    reply
}

/// `PATCH /customer/{customer_id}/billing_address`: the given attributes
/// change, 200 with the whole address.
pub(crate) fn update(shared: &Shared, customer_id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    if !routes::customer_exists(state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    let write = match read_write(req, false) {
        Ok(write) => write,
        Err(detail) => return invalid(detail),
    };
    let Some(current) = &state.data.billing_address else {
        return none_yet(customer_id);
    };
    if let Some(other) = write.id.as_deref().filter(|id| *id != current.id) {
        return respond::json_api_error(
            StatusCode::CONFLICT,
            format!(
                "data.id '{other}' is not the customer's billing address '{}'",
                current.id
            ),
        );
    }
    let mut address = current.clone();
    let names = write.fields.keys().cloned().collect();
    address.fields.extend(write.fields);
    if !write.skip_verification {
        if let Some(refusal) = verify(&address) {
            return refusal;
        }
    }
    record(state, req, "address.update", &address.id, names);
    let reply = answer(StatusCode::OK, &address, customer_id);
    state.data.billing_address = Some(address);
    reply
}

/// `DELETE /customer/{customer_id}/billing_address`: 204, then `GET` is 404.
pub(crate) fn delete(shared: &Shared, customer_id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    if !routes::customer_exists(state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    match state.data.billing_address.take() {
        Some(address) => {
            record(state, req, "address.delete", &address.id, Vec::new());
            respond::no_content()
        }
        None => none_yet(customer_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_two_capitals() {
        assert!(is_country_code("US"));
        for bad in ["us", "USA", "U", "", "U1", "ÜS"] {
            assert!(!is_country_code(bad), "{bad}");
        }
    }

    #[test]
    fn an_unverifiable_address_gets_a_candidate() {
        let mut address = seed().expect("seeded");
        assert!(verify(&address).is_none());
        address
            .fields
            .insert("postal_code".to_owned(), json!("00000"));
        let refusal = verify(&address).expect("refused");
        assert_eq!(refusal.status(), StatusCode::BAD_REQUEST);
    }
}
