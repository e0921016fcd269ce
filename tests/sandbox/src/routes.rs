//! The API's routes: authentication, routing on raw path segments, and the
//! customer, user and invitation operations. IAM operations live in `iam`.

use axum::body::Bytes;
use axum::http::{Method, StatusCode};
use serde_json::Value;

use crate::iam;
use crate::patches::Resource;
use crate::resources::{now_timestamp, Customer, Invitation, ASSIGNABLE_ROLES, LIVE_ROLES};
use crate::respond::{self, Reply};
use crate::seed::OWNER_USER_ID;
use crate::settings::InvitationEnvelope;
use crate::state::{Inner, Shared};

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
            Method::GET if shared.lock().live() => list_invitations(shared, req.query.as_deref()),
            _ if shared.lock().live() => respond::method_not_allowed("GET, POST"),
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

fn customer_json(state: &Inner) -> Value {
    let customer = &state.data.customer;
    state
        .patches
        .render(Resource::Customer, &customer.id, customer)
}

fn get_current_customer(shared: &Shared) -> Reply {
    respond::json(StatusCode::OK, &customer_json(&shared.lock()))
}

fn customer_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find customer '{id}'"))
}

fn get_customer(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    if state.data.customer.id != id {
        return customer_not_found(id);
    }
    respond::json(StatusCode::OK, &customer_json(&state))
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
    let live = state.live();
    let customer = &mut state.data.customer;
    if live {
        if let Err(detail) = apply_live_customer_form(customer, &form) {
            return respond::bad_request(detail);
        }
    }
    if let Some(name) = name {
        customer.name = name.to_owned();
    }
    customer.updated_at = now_timestamp();
    respond::json(StatusCode::OK, &customer_json(&state))
}

/// The writable live customer fields other than `name` (the read-only ones the
/// generated clients also send are accepted and ignored). Checks every field
/// before changing any.
fn apply_live_customer_form(
    customer: &mut Customer,
    form: &[(String, String)],
) -> Result<(), String> {
    const FLAGS: [&str; 6] = [
        "force_2fa",
        "force_sso",
        "has_account_panel",
        "has_improved_events",
        "has_openstack_logging",
        "has_pci",
    ];
    let mut flags = Vec::new();
    for name in FLAGS {
        if let Some(value) = form_bool(form, name)? {
            flags.push((name, value));
        }
    }
    for (name, value) in flags {
        let slot = match name {
            "force_2fa" => &mut customer.force_2fa,
            "force_sso" => &mut customer.force_sso,
            "has_account_panel" => &mut customer.has_account_panel,
            "has_improved_events" => &mut customer.has_improved_events,
            "has_openstack_logging" => &mut customer.has_openstack_logging,
            _ => &mut customer.has_pci,
        };
        *slot = value;
    }
    let text = |name: &str| form_field(form, name).map(str::to_owned);
    // An empty value clears a nullable field.
    let nullable = |name: &str| text(name).map(|v| (!v.is_empty()).then_some(v));
    if let Some(v) = nullable("billing_contact_id") {
        customer.billing_contact_id = v;
    }
    if let Some(v) = nullable("billing_ref") {
        customer.billing_ref = v;
    }
    if let Some(v) = nullable("legal_contact_id") {
        customer.legal_contact_id = v;
    }
    if let Some(v) = nullable("security_contact_id") {
        customer.security_contact_id = v;
    }
    if let Some(v) = nullable("technical_contact_id") {
        customer.technical_contact_id = v;
    }
    if let Some(v) = nullable("postal_address") {
        customer.postal_address = v;
    }
    if let Some(v) = text("billing_network_type") {
        customer.billing_network_type = v;
    }
    if let Some(v) = text("ip_whitelist") {
        customer.ip_whitelist = v;
    }
    if let Some(v) = text("phone_number") {
        customer.phone_number = v;
    }
    if let Some(v) = text("pricing_plan") {
        customer.pricing_plan = v;
    }
    if let Some(v) = text("pricing_plan_id") {
        customer.pricing_plan_id = v;
    }
    if let Some(v) = text("owner_id") {
        customer.owner_id = v;
    }
    Ok(())
}

fn user_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find user '{id}'"))
}

fn get_user(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.users.get(id) {
        Some(user) => respond::json(
            StatusCode::OK,
            &state.patches.render(Resource::User, id, user),
        ),
        None => user_not_found(id),
    }
}

/// The roles a write may assign in the current style.
fn assignable_roles(live: bool) -> &'static [&'static str] {
    if live {
        &LIVE_ROLES
    } else {
        &ASSIGNABLE_ROLES
    }
}

fn role_refused(role: &str, live: bool) -> String {
    format!(
        "role '{role}' is not one of {}",
        assignable_roles(live).join(", ")
    )
}

/// A form boolean: `true`/`false`/`1`/`0`.
fn form_bool(form: &[(String, String)], name: &str) -> Result<Option<bool>, String> {
    match form_field(form, name) {
        None => Ok(None),
        Some("true" | "1") => Ok(Some(true)),
        Some("false" | "0") => Ok(Some(false)),
        Some(other) => Err(format!("{name} must be true or false, got '{other}'")),
    }
}

/// The live `roles` form field, in any of the encodings clients use: `roles=a,b`,
/// `roles[]=a,b`, or the field repeated. `None` when absent.
fn form_roles(form: &[(String, String)]) -> Option<Vec<String>> {
    let mut present = false;
    let mut roles = Vec::new();
    for (key, value) in form {
        if key == "roles" || key == "roles[]" {
            present = true;
            roles.extend(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    present.then_some(roles)
}

fn update_user(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    let live = state.live();
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
    if let Some(role) = role.filter(|r| !assignable_roles(live).contains(r)) {
        return respond::bad_request(role_refused(role, live));
    }
    if live {
        let flags = form_bool(&form, "limit_services").and_then(|limit| {
            Ok((
                limit,
                form_bool(&form, "locked")?,
                form_bool(&form, "require_new_password")?,
            ))
        });
        let (limit_services, locked, require_new_password) = match flags {
            Ok(flags) => flags,
            Err(detail) => return respond::bad_request(detail),
        };
        let login = form_field(&form, "login");
        if let Some(login) = login.filter(|l| !looks_like_email(l)) {
            return respond::bad_request(format!("login '{login}' is not a valid email address"));
        }
        if let Some(login) = login {
            user.login = login.to_owned();
        }
        if let Some(roles) = form_roles(&form) {
            user.roles = Some(roles);
        }
        if let Some(limit) = limit_services {
            user.limit_services = limit;
        }
        if let Some(locked) = locked {
            user.locked = locked;
        }
        if let Some(require) = require_new_password {
            user.require_new_password = require;
        }
    }
    if let Some(name) = name {
        user.name = Some(name.to_owned());
    }
    if let Some(role) = role {
        user.role = role.to_owned();
    }
    user.updated_at = now_timestamp();
    let body = state.patches.render(Resource::User, id, user);
    respond::json(StatusCode::OK, &body)
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
    let users = state.data.users.items();
    if state.patches.any(Resource::User) {
        respond::json(
            StatusCode::OK,
            &state.patches.render_all(Resource::User, users),
        )
    } else {
        respond::json(StatusCode::OK, users)
    }
}

/// An invitation as the current style serialises it; patches go into `attributes`.
fn invitation_json(state: &Inner, invitation: &Invitation) -> Value {
    let mut resource = if state.live() {
        invitation.live_json()
    } else {
        invitation.seed_json()
    };
    if let Some(attributes) = resource.get_mut("attributes") {
        state
            .patches
            .apply(Resource::Invitation, &invitation.id, attributes);
    }
    resource
}

/// What a valid create-invitation body asks for.
struct NewInvitation {
    email: String,
    role: String,
    roles: Option<Vec<String>>,
    limit_services: bool,
    status_code: i64,
}

/// Checks a create-invitation body as the current style does.
fn read_invitation(body: &[u8], live: bool) -> Result<NewInvitation, String> {
    let body: Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
    let Some(data) = body.get("data").filter(|d| d.is_object()) else {
        return Err("the body must be an object with a \"data\" object".to_owned());
    };
    if data.get("type").and_then(Value::as_str) != Some("invitation") {
        return Err("data.type must be \"invitation\"".to_owned());
    }
    let attributes = data.get("attributes");
    if live && !attributes.is_some_and(Value::is_object) {
        return Err("data.attributes must be an object".to_owned());
    }
    let attribute = |name: &str| attributes.and_then(|a| a.get(name));
    let Some(email) = attribute("email").and_then(Value::as_str) else {
        return Err("data.attributes.email is required".to_owned());
    };
    if !looks_like_email(email) {
        return Err(format!("'{email}' is not a valid email address"));
    }
    let Some(role) = attribute("role").and_then(Value::as_str) else {
        return Err("data.attributes.role is required".to_owned());
    };
    if !assignable_roles(live).contains(&role) {
        return Err(role_refused(role, live));
    }
    let mut invitation = NewInvitation {
        email: email.to_owned(),
        role: role.to_owned(),
        roles: None,
        limit_services: false,
        status_code: 1,
    };
    if !live {
        return Ok(invitation);
    }
    invitation.roles = match attribute("roles") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|r| r.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or("data.attributes.roles must be a list of strings")?,
        ),
        Some(_) => return Err("data.attributes.roles must be a list of strings".to_owned()),
    };
    invitation.limit_services = match attribute("limit_services") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(limit)) => *limit,
        Some(_) => return Err("data.attributes.limit_services must be a boolean".to_owned()),
    };
    invitation.status_code = match attribute("status_code") {
        None | Some(Value::Null) => 1,
        Some(code) => code
            .as_i64()
            .filter(|c| *c == 0 || *c == 1)
            .ok_or("data.attributes.status_code must be 0 or 1")?,
    };
    match data.get("relationships") {
        None | Some(Value::Null | Value::Object(_)) => {}
        Some(_) => return Err("data.relationships must be an object".to_owned()),
    }
    Ok(invitation)
}

fn create_invitation(shared: &Shared, req: &ApiRequest) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    if !req.has_media_type(respond::JSON_API) {
        return invalid("Content-Type must be application/vnd.api+json".to_owned());
    }
    let mut state = shared.lock();
    let live = state.live();
    let new = match read_invitation(&req.body, live) {
        Ok(new) => new,
        Err(detail) => return invalid(detail),
    };
    let member = state
        .data
        .users
        .items()
        .iter()
        .any(|u| u.login.eq_ignore_ascii_case(&new.email));
    if member {
        return invalid(format!(
            "'{}' is already a member of this account",
            new.email
        ));
    }
    state.data.invitations_created += 1;
    let now = now_timestamp();
    let invitation = Invitation {
        id: format!("inv{:06}x4xCwxxJ", state.data.invitations_created),
        email: new.email,
        role: new.role,
        roles: new.roles,
        limit_services: new.limit_services,
        status_code: new.status_code,
        created_at: now.clone(),
        updated_at: now,
        customer_id: state.data.customer.id.clone(),
    };
    let resource = invitation_json(&state, &invitation);
    state.data.invitations.insert(invitation);
    if live {
        // The live API documents 200 for a created invitation (the seed: 201).
        let body = serde_json::json!({ "data": resource });
        return respond::json_as(StatusCode::OK, respond::JSON_API, &body);
    }
    let body = match state.settings.invitation_envelope {
        InvitationEnvelope::Data => serde_json::json!({ "data": resource }),
        InvitationEnvelope::Bare => resource,
    };
    respond::json_as(StatusCode::CREATED, respond::JSON_API, &body)
}

/// Live `GET /invitations`: JSON:API, `page[number]` and `page[size]`.
fn list_invitations(shared: &Shared, query: Option<&str>) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    let pairs: Vec<(String, String)> = match serde_urlencoded::from_str(query.unwrap_or_default()) {
        Ok(pairs) => pairs,
        Err(e) => return invalid(format!("the query string could not be parsed: {e}")),
    };
    let (mut number, mut size) = (1usize, 20usize);
    for (name, value) in pairs {
        let parsed = value.parse::<usize>().ok();
        match name.as_str() {
            "page[number]" => match parsed.filter(|n| *n >= 1) {
                Some(n) => number = n,
                None => return invalid(format!("page[number] must be from 1, got '{value}'")),
            },
            "page[size]" => match parsed.filter(|n| (1..=1000).contains(n)) {
                Some(n) => size = n,
                None => {
                    return invalid(format!(
                        "page[size] must be an integer from 1 to 1000, got '{value}'"
                    ))
                }
            },
            _ => {}
        }
    }
    let state = shared.lock();
    let items = state.data.invitations.items();
    let total = items.len();
    let start = (number - 1).saturating_mul(size).min(total);
    let end = start.saturating_add(size).min(total);
    let pages = total.div_ceil(size).max(1);
    let link = |n: usize| format!("/invitations?page%5Bnumber%5D={n}&page%5Bsize%5D={size}");
    let data: Vec<Value> = items[start..end]
        .iter()
        .map(|invitation| invitation_json(&state, invitation))
        .collect();
    let body = serde_json::json!({
        "data": data,
        "links": {
            "first": link(1),
            "last": link(pages),
            "prev": (number > 1).then(|| link((number - 1).min(pages))),
            "next": (number < pages).then(|| link(number + 1)),
        },
        "meta": {
            "current_page": number,
            "per_page": size,
            "record_count": total,
            "total_pages": pages,
        },
    });
    respond::json_as(StatusCode::OK, respond::JSON_API, &body)
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
