//! The API's routes: authentication, routing on raw path segments, and the
//! customer and user operations. IAM operations live in `iam`, invitations in
//! `invitations`, API tokens in `tokens`.

use axum::body::Bytes;
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use crate::addresses;
use crate::automation_tokens;
use crate::billing_address;
use crate::contacts;
use crate::events::{self, Who};
use crate::iam;
use crate::iam_groups::{self, GroupList};
use crate::iam_roles;
use crate::invitations;
use crate::login::{self, Credentials};
use crate::patches::Resource;
use crate::request_log::PasswordReset;
use crate::resources::{now_timestamp, Customer, MemberKind, User, ASSIGNABLE_ROLES, LIVE_ROLES};
use crate::respond::{self, Reply};
use crate::seed::OWNER_USER_ID;
use crate::service_authorizations;
use crate::state::{Inner, Shared};
use crate::tokens;

/// An API request, read in full, as the routes need it.
#[derive(Debug)]
pub(crate) struct ApiRequest {
    pub method: Method,
    /// Raw path, percent-encoding intact.
    pub path: String,
    /// Raw query string, if any.
    pub query: Option<String>,
    pub content_type: Option<String>,
    /// The id of the token `Fastly-Key` named, when it is a valid key.
    pub caller_token: Option<String>,
    /// HTTP Basic credentials and `Fastly-OTP` (never printed).
    pub credentials: Credentials,
    /// The `Host` header (absolute links lead back to it).
    pub host: Option<String>,
    pub body: Bytes,
}

impl ApiRequest {
    /// The media type of `Content-Type`, lower-cased, without parameters.
    fn media_type(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        let essence = ct.split(';').next().unwrap_or_default().trim();
        Some(essence.to_ascii_lowercase())
    }

    pub(crate) fn has_media_type(&self, expected: &str) -> bool {
        self.media_type().as_deref() == Some(expected)
    }

    /// Whether `Content-Type` carries the JSON:API extension `ext` in its `ext`
    /// parameter (`; ext=bulk`, `; ext="bulk"`, or one of a space-separated list).
    pub(crate) fn has_media_type_extension(&self, ext: &str) -> bool {
        let Some(ct) = self.content_type.as_deref() else {
            return false;
        };
        ct.split(';').skip(1).any(|param| {
            param.split_once('=').is_some_and(|(name, value)| {
                name.trim().eq_ignore_ascii_case("ext")
                    && value
                        .trim()
                        .trim_matches('"')
                        .split_whitespace()
                        .any(|v| v == ext)
            })
        })
    }
}

/// `401 {"msg":..,"detail":..}`: no key, a wrong one, or a revoked one.
pub(crate) fn unauthorized() -> Reply {
    respond::msg(
        StatusCode::UNAUTHORIZED,
        "Provided credentials are missing or invalid",
        "send the sandbox token in the Fastly-Key header",
    )
}

/// Answers an API request: auth first, then the route.
pub(crate) fn respond(shared: &Shared, req: &ApiRequest) -> Reply {
    // Segments stay percent-encoded while routing, so an encoded `/` in an id can
    // never split it into more segments (and never reach another route).
    let trimmed = req.path.strip_prefix('/').unwrap_or(&req.path);
    let segments: Vec<&str> = trimmed.split('/').collect();
    let m = &req.method;
    // Two routes take a password instead of a key: logging in, and a password
    // change with HTTP Basic (as fastly-py sends it).
    if *m == Method::POST {
        match segments.as_slice() {
            ["tokens"] if login::has_credentials(req) => return login::create_token(shared, req),
            ["current_user", "password"] if req.credentials.basic.is_some() => {
                return update_password(shared, req)
            }
            _ => {}
        }
    }
    if req.caller_token.is_none() {
        return unauthorized();
    }
    match segments.as_slice() {
        ["current_customer"] => match *m {
            Method::GET => get_current_customer(shared),
            _ => respond::method_not_allowed("GET"),
        },
        ["customer", id] => match *m {
            Method::GET => get_customer(shared, &decode_segment(id)),
            Method::PUT => update_customer(shared, &decode_segment(id), req),
            Method::DELETE => delete_customer(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET, PUT, DELETE"),
        },
        ["customer", id, "users"] => match *m {
            Method::GET => list_customer_users(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET"),
        },
        ["billing", "v3", "customer-addresses"] => match *m {
            Method::GET => addresses::list(shared),
            Method::POST => addresses::create(shared, req),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["billing", "v3", "customer-addresses", kind] => match *m {
            Method::PUT => addresses::update(shared, &decode_segment(kind), req),
            _ => respond::method_not_allowed("PUT"),
        },
        ["customer", id, "billing_address"] => {
            let id = decode_segment(id);
            match *m {
                Method::GET => billing_address::get(shared, &id),
                Method::POST => billing_address::create(shared, &id, req),
                Method::PATCH => billing_address::update(shared, &id, req),
                Method::DELETE => billing_address::delete(shared, &id, req),
                _ => respond::method_not_allowed("GET, POST, PATCH, DELETE"),
            }
        }
        ["customer", id, "contacts"] => match *m {
            Method::GET => contacts::list(shared, &decode_segment(id)),
            Method::POST => contacts::create(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["customer", id, "contacts", contact] => match *m {
            Method::DELETE => {
                contacts::delete(shared, &decode_segment(id), &decode_segment(contact))
            }
            _ => respond::method_not_allowed("DELETE"),
        },
        ["customer", id, "tokens"] => match *m {
            Method::GET => tokens::list_customer(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET"),
        },
        ["current_user"] => {
            let Some(caller) = shared.lock().caller(req.caller_token.as_deref()) else {
                return unauthorized();
            };
            match *m {
                Method::GET => get_user(shared, &caller.user_id),
                Method::PUT => update_user(shared, &caller.user_id, req),
                _ => respond::method_not_allowed("GET, PUT"),
            }
        }
        ["current_user", "password"] => match *m {
            Method::POST => update_password(shared, req),
            _ => respond::method_not_allowed("POST"),
        },
        ["user"] => match *m {
            Method::POST => create_user(shared, req),
            _ => respond::method_not_allowed("POST"),
        },
        ["user", id] => match *m {
            Method::GET => get_user(shared, &decode_segment(id)),
            Method::PUT => update_user(shared, &decode_segment(id), req),
            Method::DELETE => delete_user(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, PUT, DELETE"),
        },
        ["user", login, "password", "request_reset"] => match *m {
            Method::POST => request_password_reset(shared, &decode_segment(login)),
            _ => respond::method_not_allowed("POST"),
        },
        ["invitations"] => match *m {
            Method::POST => invitations::create_invitation(shared, req),
            Method::GET if shared.lock().live() => {
                invitations::list_invitations(shared, req.query.as_deref())
            }
            _ if shared.lock().live() => respond::method_not_allowed("GET, POST"),
            _ => respond::method_not_allowed("POST"),
        },
        ["invitations", id] => match *m {
            Method::DELETE => invitations::delete_invitation(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("DELETE"),
        },
        ["tokens"] => match *m {
            Method::GET => tokens::list_own(shared, req),
            Method::POST => login::create_token(shared, req),
            Method::DELETE => tokens::revoke_bulk(shared, req),
            _ => respond::method_not_allowed("GET, POST, DELETE"),
        },
        ["sudo"] => match *m {
            Method::POST => login::sudo(shared, req),
            _ => respond::method_not_allowed("POST"),
        },
        ["automation-tokens"] => match *m {
            Method::GET => automation_tokens::list(shared, req),
            Method::POST => automation_tokens::create(shared, req),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["automation-tokens", id] => match *m {
            Method::GET => automation_tokens::get(shared, &decode_segment(id)),
            Method::DELETE => automation_tokens::revoke(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, DELETE"),
        },
        ["automation-tokens", id, "services"] => match *m {
            Method::GET => automation_tokens::services(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET"),
        },
        ["tokens", "self"] => match *m {
            Method::GET => tokens::get_self(shared, req),
            Method::DELETE => tokens::revoke_self(shared, req),
            _ => respond::method_not_allowed("GET, DELETE"),
        },
        ["tokens", id] => match *m {
            Method::GET => tokens::get(shared, &decode_segment(id)),
            Method::DELETE => tokens::revoke(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, DELETE"),
        },
        ["service-authorizations"] => match *m {
            Method::GET => service_authorizations::list(shared, req),
            Method::POST => service_authorizations::create(shared, req),
            Method::PATCH => service_authorizations::update_bulk(shared, req),
            Method::DELETE => service_authorizations::delete_bulk(shared, req),
            _ => respond::method_not_allowed("GET, POST, PATCH, DELETE"),
        },
        ["service-authorizations", id] => match *m {
            Method::GET => service_authorizations::get(shared, &decode_segment(id)),
            Method::PATCH => service_authorizations::update(shared, &decode_segment(id), req),
            Method::DELETE => service_authorizations::delete(shared, &decode_segment(id), req),
            _ => respond::method_not_allowed("GET, PATCH, DELETE"),
        },
        ["events"] => match *m {
            Method::GET => events::list(shared, req),
            _ => respond::method_not_allowed("GET"),
        },
        ["events", id] => match *m {
            Method::GET => events::get(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET"),
        },
        ["roles"] => match *m {
            Method::GET => iam::list_roles(shared, req.query.as_deref()),
            Method::POST => iam_roles::create_role(shared, req),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["roles", id] => match *m {
            Method::GET => iam::get_role(shared, &decode_segment(id)),
            Method::PATCH => iam_roles::update_role(shared, &decode_segment(id), req),
            Method::DELETE => iam_roles::delete_role(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET, PATCH, DELETE"),
        },
        ["roles", id, "permissions"] => match *m {
            Method::GET => iam_roles::list_role_permissions(shared, &decode_segment(id)),
            Method::POST => {
                iam_roles::change_role_permissions(shared, &decode_segment(id), req, true)
            }
            Method::DELETE => {
                iam_roles::change_role_permissions(shared, &decode_segment(id), req, false)
            }
            _ => respond::method_not_allowed("GET, POST, DELETE"),
        },
        ["permissions"] => match *m {
            Method::GET => iam_roles::list_permissions(shared),
            _ => respond::method_not_allowed("GET"),
        },
        ["iam", "v1", "roles"] => match *m {
            Method::GET => iam_roles::list_iam_roles(shared, req.query.as_deref()),
            _ => respond::method_not_allowed("GET"),
        },
        ["iam", "v1", "roles", id] => match *m {
            Method::GET => {
                iam_roles::get_iam_role(shared, &decode_segment(id), req.query.as_deref())
            }
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
        ["service-groups", id] => match *m {
            Method::GET => iam_groups::get_service_group(shared, &decode_segment(id)),
            Method::PATCH => iam_groups::update_service_group(shared, &decode_segment(id), req),
            Method::DELETE => iam_groups::delete_service_group(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET, PATCH, DELETE"),
        },
        ["service-groups", id, "services"] => {
            let id = decode_segment(id);
            match *m {
                Method::GET => {
                    iam_groups::list_service_group_services(shared, &id, req.query.as_deref())
                }
                Method::POST => iam_groups::change_service_group_services(shared, &id, req, true),
                Method::DELETE => {
                    iam_groups::change_service_group_services(shared, &id, req, false)
                }
                _ => respond::method_not_allowed("GET, POST, DELETE"),
            }
        }
        ["user-groups"] => match *m {
            Method::GET => iam::list_user_groups(shared, req.query.as_deref()),
            Method::POST if !req.has_media_type(respond::JSON) => {
                respond::bad_request("Content-Type must be application/json")
            }
            Method::POST => iam::create_user_group(shared, &req.body),
            _ => respond::method_not_allowed("GET, POST"),
        },
        ["user-groups", id] => match *m {
            Method::GET => iam_groups::get_user_group(shared, &decode_segment(id)),
            Method::PATCH => iam_groups::update_user_group(shared, &decode_segment(id), req),
            Method::DELETE => iam_groups::delete_user_group(shared, &decode_segment(id)),
            _ => respond::method_not_allowed("GET, PATCH, DELETE"),
        },
        ["user-groups", id, list @ ("members" | "roles" | "service-groups")] => {
            let id = decode_segment(id);
            let list = match *list {
                "members" => GroupList::Members,
                "roles" => GroupList::Roles,
                _ => GroupList::ServiceGroups,
            };
            match *m {
                Method::GET => {
                    iam_groups::list_user_group_items(shared, &id, list, req.query.as_deref())
                }
                Method::POST => iam_groups::change_user_group_items(shared, &id, list, req, true),
                Method::DELETE => {
                    iam_groups::change_user_group_items(shared, &id, list, req, false)
                }
                _ => respond::method_not_allowed("GET, POST, DELETE"),
            }
        }
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
pub(crate) fn parse_form(req: &ApiRequest) -> Result<Vec<(String, String)>, String> {
    if !req.has_media_type("application/x-www-form-urlencoded") {
        return Err("Content-Type must be application/x-www-form-urlencoded".to_owned());
    }
    serde_urlencoded::from_bytes(&req.body)
        .map_err(|e| format!("the form body could not be parsed: {e}"))
}

/// The last value of form field `name`, if present.
pub(crate) fn form_field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
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

/// Whether `id` names the customer, and it has not been deleted.
pub(crate) fn customer_exists(state: &Inner, id: &str) -> bool {
    state.data.customer.id == id && !state.data.customer_deleted
}

fn get_current_customer(shared: &Shared) -> Reply {
    let state = shared.lock();
    if state.data.customer_deleted {
        return respond::not_found(format!(
            "customer '{}' has been deleted",
            state.data.customer.id
        ));
    }
    respond::json(StatusCode::OK, &customer_json(&state))
}

pub(crate) fn customer_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find customer '{id}'"))
}

fn get_customer(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    if !customer_exists(&state, id) {
        return customer_not_found(id);
    }
    respond::json(StatusCode::OK, &customer_json(&state))
}

/// `DELETE /customer/{id}`: 200 `{"status":"ok"}`; from then on the customer's
/// own routes (and `GET /current_customer`) answer 404 until a reset. Its users
/// and tokens stay, so the key keeps working.
fn delete_customer(shared: &Shared, id: &str) -> Reply {
    let mut state = shared.lock();
    if !customer_exists(&state, id) {
        return customer_not_found(id);
    }
    state.data.customer_deleted = true;
    state.data.customer.deleted_at = Some(now_timestamp());
    respond::json(StatusCode::OK, &serde_json::json!({ "status": "ok" }))
}

fn update_customer(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    if !customer_exists(&state, id) {
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
    let description = format!("Customer '{}' was updated", customer.name);
    let body = customer_json(&state);
    let fields = json!({ "fields": form_names(&form) });
    events::record(
        &mut state,
        Who::Caller(req),
        "customer.update",
        description,
        None,
        fields,
    );
    if live && form_field(&form, "billing_contact_id").is_some() {
        let contact = state.data.customer.billing_contact_id.clone();
        let description = "The billing contact was changed".to_owned();
        let metadata = json!({ "billing_contact_id": contact });
        events::record(
            &mut state,
            Who::Caller(req),
            "billing.contact_update",
            description,
            None,
            metadata,
        );
    }
    respond::json(StatusCode::OK, &body)
}

/// The distinct names of a form's fields, in order (what an event's metadata
/// names; never the values).
fn form_names(form: &[(String, String)]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::with_capacity(form.len());
    for (name, _) in form {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    names
}

/// The writable live customer fields other than `name` (`has_improved_ssl_config`
/// and `has_pci_passwords`, which the generated clients also send, are accepted
/// and ignored). Checks every field before changing any.
fn apply_live_customer_form(
    customer: &mut Customer,
    form: &[(String, String)],
) -> Result<(), String> {
    const FLAGS: [&str; 8] = [
        "force_2fa",
        "force_sso",
        "has_account_panel",
        "has_improved_events",
        "has_openstack_logging",
        "has_pci",
        "can_reset_passwords",
        "can_upload_vcl",
    ];
    let mut flags = Vec::new();
    for name in FLAGS {
        if let Some(value) = form_bool(form, name)? {
            flags.push((name, value));
        }
    }
    // Nullable in the live model, so not one of the plain flags.
    let wordpress = form_bool(form, "can_configure_wordpress")?;
    for (name, value) in flags {
        let slot = match name {
            "force_2fa" => &mut customer.force_2fa,
            "force_sso" => &mut customer.force_sso,
            "has_account_panel" => &mut customer.has_account_panel,
            "has_improved_events" => &mut customer.has_improved_events,
            "has_openstack_logging" => &mut customer.has_openstack_logging,
            "has_pci" => &mut customer.has_pci,
            "can_reset_passwords" => &mut customer.can_reset_passwords,
            _ => &mut customer.can_upload_vcl,
        };
        *slot = value;
    }
    if let Some(value) = wordpress {
        customer.can_configure_wordpress = Some(value);
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
pub(crate) fn assignable_roles(live: bool) -> &'static [&'static str] {
    if live {
        &LIVE_ROLES
    } else {
        &ASSIGNABLE_ROLES
    }
}

pub(crate) fn role_refused(role: &str, live: bool) -> String {
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

/// The live `roles` form field as Fastly's API definition sends it: ONE
/// field, the role names joined by commas (`roles=engineer,billing`; form
/// style without explode). `roles[]=...` and a repeated `roles` field are
/// refused: they are not that encoding. `None` when absent.
fn form_roles(form: &[(String, String)]) -> Result<Option<Vec<String>>, String> {
    if form.iter().any(|(key, _)| key == "roles[]") {
        return Err(
            "roles[] is not a field: send roles once, comma-separated (roles=engineer,billing)"
                .to_owned(),
        );
    }
    let mut values = form.iter().filter(|(key, _)| key == "roles");
    let Some((_, value)) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err("roles was sent more than once: send it once, comma-separated".to_owned());
    }
    let roles: Vec<String> = value.split(',').map(|r| r.trim().to_owned()).collect();
    if roles.iter().any(String::is_empty) {
        return Err(format!("roles '{value}' holds an empty role name"));
    }
    Ok(Some(roles))
}

/// The user fields of a create or update form, checked.
#[derive(Debug, Default)]
struct UserForm {
    login: Option<String>,
    name: Option<String>,
    role: Option<String>,
    roles: Option<Vec<String>>,
    limit_services: Option<bool>,
    locked: Option<bool>,
    require_new_password: Option<bool>,
    two_factor_auth_enabled: Option<bool>,
    two_factor_setup_required: Option<bool>,
}

impl UserForm {
    /// Reads `name` and `role` (as the style allows), and with `all` the live
    /// fields too: `login`, `roles`, `limit_services`, `locked`,
    /// `require_new_password`. Other fields are ignored.
    fn read(form: &[(String, String)], live: bool, all: bool) -> Result<UserForm, String> {
        let name = form_field(form, "name");
        if name.is_some_and(|n| n.trim().is_empty()) {
            return Err("name must not be empty".to_owned());
        }
        let role = form_field(form, "role");
        if let Some(role) = role.filter(|r| !assignable_roles(live).contains(r)) {
            return Err(role_refused(role, live));
        }
        let mut fields = UserForm {
            name: name.map(str::to_owned),
            role: role.map(str::to_owned),
            ..UserForm::default()
        };
        if !all {
            return Ok(fields);
        }
        fields.limit_services = form_bool(form, "limit_services")?;
        fields.locked = form_bool(form, "locked")?;
        fields.require_new_password = form_bool(form, "require_new_password")?;
        let login = form_field(form, "login");
        if let Some(login) = login.filter(|l| !looks_like_email(l)) {
            return Err(format!("login '{login}' is not a valid email address"));
        }
        fields.login = login.map(str::to_owned);
        fields.roles = form_roles(form)?;
        fields.two_factor_auth_enabled = form_bool(form, "two_factor_auth_enabled")?;
        fields.two_factor_setup_required = form_bool(form, "two_factor_setup_required")?;
        Ok(fields)
    }

    fn apply(self, user: &mut User) {
        if let Some(login) = self.login {
            user.login = login;
        }
        if let Some(name) = self.name {
            user.name = Some(name);
        }
        if let Some(role) = self.role {
            user.role = role;
        }
        if let Some(roles) = self.roles {
            user.roles = Some(roles);
        }
        if let Some(limit) = self.limit_services {
            user.limit_services = limit;
        }
        if let Some(locked) = self.locked {
            user.locked = locked;
        }
        if let Some(require) = self.require_new_password {
            user.require_new_password = require;
        }
    }
}

/// Whether another user (not `except`) already has `login` (case-insensitive).
fn login_taken(state: &Inner, login: &str, except: Option<&str>) -> bool {
    state
        .data
        .users
        .items()
        .iter()
        .any(|u| u.login.eq_ignore_ascii_case(login) && Some(u.id.as_str()) != except)
}

fn update_user(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    let live = state.live();
    if state.data.users.get(id).is_none() {
        return user_not_found(id);
    }
    let (form, fields) =
        match parse_form(req).and_then(|form| Ok((UserForm::read(&form, live, live)?, form))) {
            Ok((fields, form)) => (form, fields),
            Err(detail) => return respond::bad_request(detail),
        };
    if let Some(login) = fields.login.as_deref() {
        if login_taken(state, login, Some(id)) {
            return respond::bad_request(format!("login '{login}' is already taken"));
        }
    }
    let Some(user) = state.data.users.get_mut(id) else {
        return user_not_found(id);
    };
    fields.apply(user);
    user.updated_at = now_timestamp();
    let body = state.patches.render(Resource::User, id, user);
    let description = format!("User '{}' was updated", user.login);
    let metadata = json!({ "user_id": id, "fields": form_names(&form) });
    events::record(
        state,
        Who::Caller(req),
        "user.update",
        description,
        None,
        metadata,
    );
    respond::json(StatusCode::OK, &body)
}

/// `POST /current_user/password`: changes the calling user's password (form
/// fields `old_password` and `new_password`, both required) and answers the
/// user. The user is the one HTTP Basic names (login and current password, as
/// fastly-py sends it: wrong ones are 401), or else the `Fastly-Key`'s. A wrong
/// `old_password` is 400, as is an empty new one (the API's exact answers are
/// unconfirmed: Fastly's definition gives no error shape). The request log
/// never holds a body or the `Authorization` header, so no password is ever
/// recorded.
fn update_password(shared: &Shared, req: &ApiRequest) -> Reply {
    let form = match parse_form(req) {
        Ok(form) => form,
        Err(detail) => return respond::bad_request(detail),
    };
    let (Some(old), Some(new)) = (
        form_field(&form, "old_password").map(str::to_owned),
        form_field(&form, "new_password").map(str::to_owned),
    ) else {
        return respond::bad_request("old_password and new_password are required");
    };
    let mut guard = shared.lock();
    let state = &mut *guard;
    let (user_id, token_id) = match &req.credentials.basic {
        Some((login, password)) => match login::check_password(state, login, password) {
            Ok((user_id, _)) => (user_id, None),
            Err(_) => return unauthorized(),
        },
        None => match state.caller(req.caller_token.as_deref()) {
            Some(caller) => (caller.user_id, Some(caller.token_id)),
            None => return unauthorized(),
        },
    };
    let Some(credential) = state
        .data
        .credentials
        .iter_mut()
        .find(|c| c.user_id == user_id && c.password == old)
    else {
        return respond::bad_request("old_password is not the user's password");
    };
    if new.trim().is_empty() {
        return respond::bad_request("new_password must not be empty");
    }
    credential.password = new;
    let Some(user) = state.data.users.get_mut(&user_id) else {
        return user_not_found(&user_id);
    };
    user.updated_at = now_timestamp();
    let body = state.patches.render(Resource::User, &user_id, user);
    let description = format!("User '{}' changed their password", user.login);
    let metadata = json!({ "user_id": user_id });
    let who = Who::User {
        user_id: &user_id,
        token_id: token_id.as_deref(),
    };
    events::record(
        state,
        who,
        "user.password_update",
        description,
        None,
        metadata,
    );
    respond::json(StatusCode::OK, &body)
}

/// `POST /user`: a new user of the customer (200 with the user, as the live API).
/// `login` (an unused address) and `name` are required; `role` defaults to `user`.
fn create_user(shared: &Shared, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    let live = state.live();
    let fields = match parse_form(req).and_then(|form| UserForm::read(&form, live, true)) {
        Ok(fields) => fields,
        Err(detail) => return respond::bad_request(detail),
    };
    let Some(login) = fields.login.clone() else {
        return respond::bad_request("login is required (an email address)");
    };
    if fields.name.is_none() {
        return respond::bad_request("name is required");
    }
    if login_taken(&state, &login, None) {
        return respond::bad_request(format!("login '{login}' is already taken"));
    }
    state.data.users_created += 1;
    let now = now_timestamp();
    let mut user = User {
        id: format!("4kYH1qNewx4xCwxx{:06}", state.data.users_created),
        login,
        name: None,
        role: "user".to_owned(),
        customer_id: state.data.customer.id.clone(),
        email_hash: None,
        two_factor_auth_enabled: false,
        limit_services: false,
        locked: false,
        require_new_password: false,
        created_at: now.clone(),
        updated_at: now,
        deleted_at: None,
        two_factor_setup_required: false,
        sso_provider: None,
        roles: Some(Vec::new()),
        last_active_at: None,
    };
    // Fastly's reference: the two-factor fields are set at creation only
    // (an update ignores them).
    if let Some(enabled) = fields.two_factor_auth_enabled {
        user.two_factor_auth_enabled = enabled;
    }
    if let Some(required) = fields.two_factor_setup_required {
        user.two_factor_setup_required = required;
    }
    fields.apply(&mut user);
    let body = state.patches.render(Resource::User, &user.id, &user);
    let description = format!("User '{}' was created", user.login);
    let metadata = json!({ "user_id": user.id, "login": user.login, "role": user.role });
    events::record(
        &mut state,
        Who::Caller(req),
        "user.create",
        description,
        None,
        metadata,
    );
    state.data.users.insert(user);
    respond::json(StatusCode::OK, &body)
}

/// Deletes the user, revokes its tokens and removes it from every user group.
fn delete_user(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    if id == OWNER_USER_ID {
        return respond::bad_request("the account owner cannot be deleted");
    }
    let mut state = shared.lock();
    match state.data.users.remove(id) {
        Some(user) => {
            let description = format!("User '{}' was deleted", user.login);
            let metadata = json!({ "user_id": id, "login": user.login });
            events::record(
                &mut state,
                Who::Caller(req),
                "user.destroy",
                description,
                None,
                metadata,
            );
            state.data.tokens.retain(|t| t.user_id != id);
            state
                .data
                .service_authorizations
                .retain(|a| a.user_id != id);
            state.data.forget_member(MemberKind::User, id);
            respond::json(StatusCode::OK, &serde_json::json!({ "status": "ok" }))
        }
        None => user_not_found(id),
    }
}

/// `POST /user/{login}/password/request_reset`: 200 `{"status":"ok"}`, recorded
/// (`GET /__sandbox/password_resets`); 404 for a login no user has.
fn request_password_reset(shared: &Shared, login: &str) -> Reply {
    let mut state = shared.lock();
    let user = state
        .data
        .users
        .items()
        .iter()
        .find(|u| u.login.eq_ignore_ascii_case(login));
    let Some(user_id) = user.map(|u| u.id.clone()) else {
        return respond::not_found(format!("Cannot find user with login '{login}'"));
    };
    state.data.password_resets.push(PasswordReset {
        login: login.to_owned(),
        user_id,
        requested_at: now_timestamp(),
    });
    respond::json(StatusCode::OK, &serde_json::json!({ "status": "ok" }))
}

fn list_customer_users(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    if !customer_exists(&state, id) {
        return customer_not_found(id);
    }
    // Every user belongs to the one customer: serialise the table as is.
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
