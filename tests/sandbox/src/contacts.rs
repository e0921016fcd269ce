//! A customer's contacts: `GET` and `POST /customer/{id}/contacts`,
//! `DELETE /customer/{id}/contacts/{contact_id}` (fastly-py's `ContactApi`).
//! The contacts live with the customer; deleting the customer hides them.

use axum::http::StatusCode;
use serde::Serialize;

use crate::resources::now_timestamp;
use crate::respond::{self, Reply};
use crate::routes::{self, form_field, parse_form, ApiRequest};
use crate::state::Shared;

/// The kinds of contact the API takes (fastly-py's `Contact.contact_type`).
pub(crate) const CONTACT_TYPES: [&str; 6] = [
    "primary",
    "billing",
    "technical",
    "security",
    "emergency",
    "general compliance",
];

/// The kinds that need a phone number (fastly-py's documentation of `phone`).
const NEED_PHONE: [&str; 3] = ["primary", "technical", "security"];

/// A contact (`ContactResponse`): a user of the account, or a name and email.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Contact {
    pub id: String,
    pub contact_type: String,
    pub user_id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub customer_id: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// `GET /customer/{customer_id}/contacts`: every contact, as a bare array.
pub(crate) fn list(shared: &Shared, customer_id: &str) -> Reply {
    let state = shared.lock();
    if !routes::customer_exists(&state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    respond::json(StatusCode::OK, &state.data.contacts)
}

/// `POST /customer/{customer_id}/contacts` (form): `contact_type` (one of the
/// six), `user_id` (a user of the account) or `name` and `email`, and `phone`
/// (required for `primary`, `technical` and `security`). 200 with the contact.
pub(crate) fn create(shared: &Shared, customer_id: &str, req: &ApiRequest) -> Reply {
    let form = match parse_form(req) {
        Ok(form) => form,
        Err(detail) => return respond::bad_request(detail),
    };
    let field = |name: &str| form_field(&form, name).map(str::to_owned);
    let mut guard = shared.lock();
    let state = &mut *guard;
    if !routes::customer_exists(state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    let Some(contact_type) = field("contact_type") else {
        return respond::bad_request("contact_type is required");
    };
    if !CONTACT_TYPES.contains(&contact_type.as_str()) {
        return respond::bad_request(format!(
            "contact_type must be one of {}",
            CONTACT_TYPES.join(", ")
        ));
    }
    let user_id = field("user_id");
    if let Some(id) = &user_id {
        if state.data.users.get(id).is_none() {
            return respond::bad_request(format!("user_id '{id}' is not a user of the customer"));
        }
    } else if field("name").is_none() || field("email").is_none() {
        return respond::bad_request("a contact needs a user_id, or a name and an email");
    }
    let phone = field("phone");
    if phone.is_none() && NEED_PHONE.contains(&contact_type.as_str()) {
        return respond::bad_request(format!("a {contact_type} contact needs a phone"));
    }
    state.data.contacts_created += 1;
    let now = now_timestamp();
    let contact = Contact {
        id: format!("ctNewx4xCwxxJx{:06}", state.data.contacts_created),
        contact_type,
        user_id,
        name: field("name"),
        email: field("email"),
        phone,
        customer_id: customer_id.to_owned(),
        created_at: now.clone(),
        updated_at: now,
        deleted_at: None,
    };
    state.data.contacts.push(contact.clone());
    respond::json(StatusCode::OK, &contact)
}

/// `DELETE /customer/{customer_id}/contacts/{contact_id}`: 200 `{"status":"ok"}`.
pub(crate) fn delete(shared: &Shared, customer_id: &str, contact_id: &str) -> Reply {
    let mut state = shared.lock();
    if !routes::customer_exists(&state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    let before = state.data.contacts.len();
    state.data.contacts.retain(|c| c.id != contact_id);
    if state.data.contacts.len() == before {
        return respond::not_found(format!("Cannot find contact '{contact_id}'"));
    }
    respond::json(StatusCode::OK, &serde_json::json!({"status": "ok"}))
}

/// The seeded contacts: the owner as billing contact, and a security contact
/// who is not a user.
pub(crate) fn seed(customer_id: &str, owner_id: &str) -> Vec<Contact> {
    let at = "2023-03-01T10:00:00Z".to_owned();
    vec![
        Contact {
            id: "ctSeedx4xCwxxJxBilling".to_owned(),
            contact_type: "billing".to_owned(),
            user_id: Some(owner_id.to_owned()),
            name: None,
            email: None,
            phone: None,
            customer_id: customer_id.to_owned(),
            created_at: at.clone(),
            updated_at: at.clone(),
            deleted_at: None,
        },
        Contact {
            id: "ctSeedx4xCwxxJxSecurity".to_owned(),
            contact_type: "security".to_owned(),
            user_id: None,
            name: Some("Security Desk".to_owned()),
            email: Some("security@example.com".to_owned()),
            phone: Some("+1 555 0199".to_owned()),
            customer_id: customer_id.to_owned(),
            created_at: at.clone(),
            updated_at: at,
            deleted_at: None,
        },
    ]
}
