//! The API's routes: authentication, routing on raw path segments, and the
//! customer, user and invitation operations. IAM operations live in `iam`.

use axum::body::Bytes;
use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::iam;
use crate::resources::{now_timestamp, ASSIGNABLE_ROLES};
use crate::respond::{self, Reply};
use crate::seed::OWNER_USER_ID;
use crate::settings::InvitationEnvelope;
use crate::state::Shared;

/// An API request, read in full, as the routes need it.
#[derive(Debug)]
pub(crate) struct ApiRequest {
    pub method: Method,
    /// Raw path, percent-encoding intact.
    pub path: String,
    /// Raw query string, if any.
    pub query: Option<String>,
    pub content_type: Option<String>,
    pub key_valid: bool,
    pub body: Bytes,
}

impl ApiRequest {
    /// The media type of `Content-Type`, lower-cased, without parameters.
    fn media_type(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        let essence = ct.split(';').next().unwrap_or_default().trim();
        Some(essence.to_ascii_lowercase())
    }

    fn has_media_type(&self, expected: &str) -> bool {
        self.media_type().as_deref() == Some(expected)
    }
}

/// Answers an API request: auth first, then the route.
pub(crate) fn respond(shared: &Shared, req: &ApiRequest) -> Reply {
    if !req.key_valid {
        return respond::msg(
            StatusCode::UNAUTHORIZED,
            "Provided credentials are missing or invalid",
            "send the sandbox token in the Fastly-Key header",
        );
    }
    // Segments stay percent-encoded while routing, so an encoded `/` in an id can
    // never split it into more segments (and never reach another route).
    let trimmed = req.path.strip_prefix('/').unwrap_or(&req.path);
    let segments: Vec<&str> = trimmed.split('/').collect();
    let m = &req.method;
    match segments.as_slice() {
        ["current_customer"] => match *m {
            Method::GET => get_current_customer(shared),
            _ => respond::method_not_allowed("GET"),
        },
        ["customer", id] => match *m {
            Method::GET => get_customer(shared, &decode_segment(id)),
            Method::PUT => update_customer(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, PUT"),
        },
        ["customer", id, "users"] => match *m {
            Method::GET => list_customer_users(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET"),
        },
        ["current_user"] => match *m {
            Method::GET => get_user(shared, OWNER_USER_ID),
            _ => respond::method_not_allowed("GET"),
        },
        ["user", id] => match *m {
            Method::GET => get_user(shared, &decode_segment(id)),
            Method::PUT => update_user(shared, &decode_segment(id), req),
            Method::DELETE => delete_user(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET, PUT, DELETE"),
        },
        ["invitations"] => match *m {
            Method::POST => create_invitation(shared, req),
            _ => respond::method_not_allowed("POST"),
        },
        ["roles"] => match *m {
            Method::GET => iam::list_roles(shared, req.query.as_deref()),
            _ => respond::method_not_allowed("GET"),
        },
        ["roles", id] => match *m {
            Method::GET => iam::get_role(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET"),
        },
        ["service-groups"] => match *m {
            Method::GET => iam::list_service_groups(shared, req.query.as_deref()),
            Method::POST if !req.has_media_type(respond::JSON) => {
                respond::bad_request("Content-Type must be application/json")
            }
            Method::POST => iam::create_service_group(shared, &req.body),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["user-groups"] => match *m {
            Method::GET => iam::list_user_groups(shared, req.query.as_deref()),
            Method::POST if !req.has_media_type(respond::JSON) => {
                respond::bad_request("Content-Type must be application/json")
            }
            Method::POST => iam::create_user_group(shared, &req.body),
            _ => respond::method_not_allowed("GET, POST"),
        },
        _ => respond::not_found(format!("no route for {} {}", req.method, req.path)),
    }
}

/// Percent-decodes one path segment. Undecodable input cannot name a record, so it
/// becomes a string that matches none (the caller answers 404).
pub(crate) fn decode_segment(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Parses a form-urlencoded body into its pairs, or says why it cannot.
fn parse_form(req: &ApiRequest) -> Result<Vec<(String, String)>, String> {
    if !req.has_media_type("application/x-www-form-urlencoded") {
        return Err("Content-Type must be application/x-www-form-urlencoded".to_owned());
    }
    serde_urlencoded::from_bytes(&req.body)
        .map_err(|e| format!("the form body could not be parsed: {e}"))
}

/// The last value of form field `name`, if present.
fn form_field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn get_current_customer(shared: &Shared) -> Reply {
    respond::json(StatusCode::OK, &shared.lock().data.customer)
}

fn customer_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find customer '{id}'"))
}

fn get_customer(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    if state.data.customer.id != id {
        return customer_not_found(id);
    }
    respond::json(StatusCode::OK, &state.data.customer)
}

fn update_customer(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    if state.data.customer.id != id {
        return customer_not_found(id);
    }
    let form = match parse_form(req) {
        Ok(form) => form,
        Err(detail) => return respond::bad_request(detail),
    };
    let name = form_field(&form, "name");
    if name.is_some_and(|n| n.trim().is_empty()) {
        return respond::bad_request("name must not be empty");
    }
    let customer = &mut state.data.customer;
    if let Some(name) = name {
        customer.name = name.to_owned();
    }
    customer.updated_at = now_timestamp();
    respond::json(StatusCode::OK, customer)
}

fn user_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find user '{id}'"))
}

fn get_user(shared: &Shared, id: &str) -> Reply {
    match shared.lock().data.users.get(id) {
        Some(user) => respond::json(StatusCode::OK, user),
        None => user_not_found(id),
    }
}

fn update_user(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    let Some(user) = state.data.users.get_mut(id) else {
        return user_not_found(id);
    };
    let form = match parse_form(req) {
        Ok(form) => form,
        Err(detail) => return respond::bad_request(detail),
    };
    let name = form_field(&form, "name");
    if name.is_some_and(|n| n.trim().is_empty()) {
        return respond::bad_request("name must not be empty");
    }
    let role = form_field(&form, "role");
    if let Some(role) = role.filter(|r| !ASSIGNABLE_ROLES.contains(r)) {
        return respond::bad_request(format!(
            "role '{role}' is not one of user, billing, engineer, superuser"
        ));
    }
    if let Some(name) = name {
        user.name = Some(name.to_owned());
    }
    if let Some(role) = role {
        user.role = role.to_owned();
    }
    user.updated_at = now_timestamp();
    respond::json(StatusCode::OK, user)
}

fn delete_user(shared: &Shared, id: &str) -> Reply {
    if id == OWNER_USER_ID {
        return respond::bad_request("the account owner cannot be deleted");
    }
    match shared.lock().data.users.remove(id) {
        Some(_) => respond::json(StatusCode::OK, &serde_json::json!({ "status": "ok" })),
        None => user_not_found(id),
    }
}

fn list_customer_users(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    if state.data.customer.id != id {
        return customer_not_found(id);
    }
    // Every seeded user belongs to the one customer: serialise the table as is.
    respond::json(StatusCode::OK, state.data.users.items())
}

fn create_invitation(shared: &Shared, req: &ApiRequest) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    if !req.has_media_type(respond::JSON_API) {
        return invalid("Content-Type must be application/vnd.api+json".to_owned());
    }
    let body: Value = match serde_json::from_slice(&req.body) {
        Ok(body) => body,
        Err(e) => return invalid(format!("the body is not valid JSON: {e}")),
    };
    let Some(data) = body.get("data").filter(|d| d.is_object()) else {
        return invalid("the body must be an object with a \"data\" object".to_owned());
    };
    if data.get("type").and_then(Value::as_str) != Some("invitation") {
        return invalid("data.type must be \"invitation\"".to_owned());
    }
    let attributes = data.get("attributes");
    let Some(email) = attributes
        .and_then(|a| a.get("email"))
        .and_then(Value::as_str)
    else {
        return invalid("data.attributes.email is required".to_owned());
    };
    if !looks_like_email(email) {
        return invalid(format!("'{email}' is not a valid email address"));
    }
    let Some(role) = attributes
        .and_then(|a| a.get("role"))
        .and_then(Value::as_str)
    else {
        return invalid("data.attributes.role is required".to_owned());
    };
    if !ASSIGNABLE_ROLES.contains(&role) {
        return invalid(format!(
            "role '{role}' is not one of user, billing, engineer, superuser"
        ));
    }

    let mut state = shared.lock();
    let member = state
        .data
        .users
        .items()
        .iter()
        .any(|u| u.login.eq_ignore_ascii_case(email));
    if member {
        return invalid(format!("'{email}' is already a member of this account"));
    }
    state.data.invitations_created += 1;
    let resource = serde_json::json!({
        "id": format!("inv{:06}x4xCwxxJ", state.data.invitations_created),
        "type": "invitation",
        "attributes": {
            "email": email,
            "role": role,
            "status": "pending",
            "created_at": now_timestamp(),
        },
        "relationships": {
            "customer": { "data": { "id": state.data.customer.id, "type": "customer" } }
        }
    });
    let body = match state.settings.invitation_envelope {
        InvitationEnvelope::Data => serde_json::json!({ "data": resource }),
        InvitationEnvelope::Bare => resource,
    };
    respond::json_as(StatusCode::CREATED, respond::JSON_API, &body)
}

/// A plausibility check, as an API would do: `local@domain.tld`, no spaces.
pub(crate) fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= 254
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_segments_and_keeps_bad_escapes() {
        assert_eq!(decode_segment("abc"), "abc");
        assert_eq!(decode_segment("..%2Fcustomer%2Fx"), "../customer/x");
        assert_eq!(decode_segment("a%20b"), "a b");
        assert_eq!(decode_segment("100%"), "100%");
        assert_eq!(decode_segment("%zz"), "%zz");
        assert_eq!(decode_segment("%ff"), "\u{fffd}");
    }

    #[test]
    fn checks_emails() {
        assert!(looks_like_email("new@example.com"));
        assert!(!looks_like_email("new@example"));
        assert!(!looks_like_email("@example.com"));
        assert!(!looks_like_email("a b@example.com"));
        assert!(!looks_like_email("a@b@example.com"));
        assert!(!looks_like_email("not-an-email"));
    }
}
