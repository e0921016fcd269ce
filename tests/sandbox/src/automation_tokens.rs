//! Automation tokens (`/automation-tokens`, JSON; fastly-py's
//! `AutomationTokensApi`): list, get, create (in sudo mode), revoke, and a
//! token's services. A created token's secret works as `Fastly-Key` until it is
//! revoked (here or through `DELETE /tokens/{id}`) or expires.
//!
//! The shapes follow go-fastly's recordings of the live API
//! (`fastly/fixtures/automation_tokens/*.yaml`, 2025): the list is
//! `{"data": [..], "meta": {"per_page", "current_page", "record_count",
//! "total_pages"}}` whose items carry `scopes` (a string) instead of `scope`, plus
//! `creator_id`, `customer_id`, `service_id` (null), `sudo_expires_at` (null),
//! `tls_access` and `access_token: ""`; one token (`GET /automation-tokens/{id}`)
//! is `{"id", "services", "name", "role", "access_token": "", "scope", "ip",
//! "created_at", "last_used_at", "expires_at", "user_agent"}`; create takes a flat
//! JSON body (`{"name", "role", "scope", "services", "expires_at", "tls_access"}`),
//! needs sudo mode first (`POST /sudo`), and answers **200** with the secret in
//! `access_token` and `""` for the unset `ip`, `last_used_at`, `expires_at` and
//! `user_agent`, plus `tls_access` and `customer_id`; go-fastly revokes with
//! `DELETE /tokens/{id}` (204), which revokes automation tokens too.
//!
//! Not recorded (answered plausibly): the `{"attributes": {..}}` wrapper of
//! fastly-py's `AutomationTokenCreateRequest` is accepted too; `name` and `role`
//! are required (400), `role` is `billing`, `engineer` or `user`, each scope one of
//! `global`, `purge_select`, `purge_all`, `global:read` (400), `services` must name
//! services of the customer (400), an unparsable `expires_at` is 422; without
//! sudo mode, from an automation token, or for a user who is not a superuser
//! (Fastly's reference: "Only users with the role of superuser can create
//! automation tokens and must be in sudo mode") the answer is 403 `{"msg"}`;
//! `DELETE /automation-tokens/{id}` answers 204 (the spec says 200); an unknown id
//! is 404 `{"msg": "Token lookup failed", "detail"}`; `page` (from 1) and
//! `per_page` (1..=100, default 20) else 400; `GET /automation-tokens/{id}/services`
//! answers `{"data": [service ids], "meta": {..}}` (the spec has only `data`); a
//! token's `last_used_at`, `ip` and `user_agent` do not change when it is used;
//! revoking records `token.destroy` and creating `token.create`.

use axum::http::StatusCode;
use serde_json::{json, Map, Value};

use crate::events::{self, Who};
use crate::login;
use crate::request_log::TokenKind;
use crate::resources::{now_timestamp, Keyed, Table};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::seed::{CUSTOMER_ID, OWNER_USER_ID};
use crate::state::{Inner, Shared};

/// The seeded automation token whose secret the sandbox accepts.
pub const AUTOMATION_TOKEN_ID: &str = "atSeedx4xCwxxJxExport1";
/// The secret of [`AUTOMATION_TOKEN_ID`]: a `Fastly-Key` that authenticates as
/// that automation token (acting for its creator, the owner).
pub const AUTOMATION_TOKEN_SECRET: &str = "sandbox-automation-token";

/// The roles an automation token may have (fastly-py's enum).
const ROLES: [&str; 3] = ["billing", "engineer", "user"];

/// The default and largest `per_page`.
const DEFAULT_PER_PAGE: usize = 20;
const MAX_PER_PAGE: usize = 100;

/// An automation token. The secret is never serialised.
#[derive(Clone)]
pub(crate) struct AutomationToken {
    pub id: String,
    pub name: String,
    pub role: String,
    pub scope: String,
    /// `null` when created without services.
    pub services: Option<Vec<String>>,
    pub creator_id: String,
    pub customer_id: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub expires_at: Option<String>,
    pub tls_access: bool,
    pub secret: Option<String>,
}

impl std::fmt::Debug for AutomationToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AutomationToken")
            .field("id", &self.id)
            .field("creator_id", &self.creator_id)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

impl Keyed for AutomationToken {
    fn key(&self) -> &str {
        &self.id
    }
}

impl AutomationToken {
    /// A list item, as recorded (`scopes`, `creator_id`, ...).
    fn list_item(&self) -> Value {
        json!({
            "id": self.id,
            "creator_id": self.creator_id,
            "customer_id": self.customer_id,
            "name": self.name,
            "access_token": "",
            "role": self.role,
            "ip": self.ip,
            "user_agent": self.user_agent,
            "scopes": self.scope,
            "services": self.services,
            "service_id": null,
            "sudo_expires_at": null,
            "last_used_at": self.last_used_at,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "tls_access": self.tls_access,
        })
    }

    /// One token, as recorded (`scope`; no `customer_id` or `tls_access`).
    pub fn get_json(&self) -> Value {
        json!({
            "id": self.id,
            "services": self.services,
            "name": self.name,
            "role": self.role,
            "access_token": "",
            "scope": self.scope,
            "ip": self.ip,
            "created_at": self.created_at,
            "last_used_at": self.last_used_at,
            "expires_at": self.expires_at,
            "user_agent": self.user_agent,
        })
    }
}

/// The seeded automation tokens: an exporter the owner made (its secret is
/// [`AUTOMATION_TOKEN_SECRET`]) and sam's deploy bot, limited to one service.
pub(crate) fn seed() -> Table<AutomationToken> {
    let mut table = Table::with_capacity(2);
    table.insert(AutomationToken {
        id: AUTOMATION_TOKEN_ID.to_owned(),
        name: "fastly-exporter".to_owned(),
        role: "engineer".to_owned(),
        scope: "global:read".to_owned(),
        services: Some(Vec::new()),
        creator_id: OWNER_USER_ID.to_owned(),
        customer_id: CUSTOMER_ID.to_owned(),
        ip: Some("198.51.100.77".to_owned()),
        user_agent: Some("Fastly-Exporter (9.0.0)".to_owned()),
        created_at: "2024-10-15T11:51:55Z".to_owned(),
        last_used_at: Some("2025-02-22T03:27:50Z".to_owned()),
        expires_at: None,
        tls_access: false,
        secret: Some(AUTOMATION_TOKEN_SECRET.to_owned()),
    });
    table.insert(AutomationToken {
        id: "atSeedx4xCwxxJxDeploy2".to_owned(),
        name: "deploy-bot".to_owned(),
        role: "engineer".to_owned(),
        scope: "global purge_select".to_owned(),
        services: Some(vec!["SU1Z0isxPaozGVKXdv0eY".to_owned()]),
        creator_id: "4kYH1qSupx4xCwxxJxx001".to_owned(),
        customer_id: CUSTOMER_ID.to_owned(),
        ip: None,
        user_agent: None,
        created_at: "2025-01-10T08:00:00Z".to_owned(),
        last_used_at: None,
        expires_at: Some("2027-01-10T00:00:00Z".to_owned()),
        tls_access: true,
        secret: None,
    });
    table
}

fn lookup_failed(id: &str) -> Reply {
    respond::msg(
        StatusCode::NOT_FOUND,
        "Token lookup failed",
        format!("Cannot find automation token '{id}'"),
    )
}

fn forbidden(msg: &str) -> Reply {
    respond::json(StatusCode::FORBIDDEN, &json!({ "msg": msg }))
}

/// `page` (from 1, default 1) and `per_page` (1..=100, default 20).
fn read_paging(query: Option<&str>) -> Result<(usize, usize), String> {
    let pairs = crate::pages::query_pairs(query)?;
    let (mut page, mut per_page) = (1, DEFAULT_PER_PAGE);
    for (name, value) in pairs {
        let parsed = value.trim().parse::<usize>().ok();
        match name.as_str() {
            "page" => {
                page = parsed
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| format!("page must be an integer from 1, got '{value}'"))?;
            }
            "per_page" => {
                per_page = parsed
                    .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "per_page must be an integer from 1 to {MAX_PER_PAGE}, got '{value}'"
                        )
                    })?;
            }
            _ => {}
        }
    }
    Ok((page, per_page))
}

/// `{"data": items of the page, "meta": {..}}`.
fn paged(items: Vec<Value>, query: Option<&str>) -> Reply {
    let (page, per_page) = match read_paging(query) {
        Ok(paging) => paging,
        Err(detail) => return respond::bad_request(detail),
    };
    let total = items.len();
    let start = (page - 1).saturating_mul(per_page).min(total);
    let end = start.saturating_add(per_page).min(total);
    let data: Vec<Value> = items.into_iter().skip(start).take(end - start).collect();
    let body = json!({
        "data": data,
        "meta": {
            "per_page": per_page,
            "current_page": page,
            "record_count": total,
            "total_pages": total.div_ceil(per_page).max(1),
        }
    });
    respond::json(StatusCode::OK, &body)
}

/// `GET /automation-tokens?page=N&per_page=M`.
pub(crate) fn list(shared: &Shared, req: &ApiRequest) -> Reply {
    let items = {
        let state = shared.lock();
        let tokens = state.data.automation_tokens.items();
        tokens.iter().map(AutomationToken::list_item).collect()
    };
    paged(items, req.query.as_deref())
}

/// `GET /automation-tokens/{id}`.
pub(crate) fn get(shared: &Shared, id: &str) -> Reply {
    match shared.lock().data.automation_tokens.get(id) {
        Some(token) => respond::json(StatusCode::OK, &token.get_json()),
        None => lookup_failed(id),
    }
}

/// `GET /automation-tokens/{id}/services?page=N&per_page=M`.
pub(crate) fn services(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let items = match shared.lock().data.automation_tokens.get(id) {
        Some(token) => token
            .services
            .iter()
            .flatten()
            .map(|s| Value::String(s.clone()))
            .collect(),
        None => return lookup_failed(id),
    };
    paged(items, req.query.as_deref())
}

/// What a create body asks for.
#[derive(Debug)]
struct NewToken {
    name: String,
    role: String,
    scope: String,
    services: Option<Vec<String>>,
    expires_at: Option<String>,
    tls_access: bool,
}

/// Why a create body is refused: 400, or 422 for `expires_at`.
#[derive(Debug, PartialEq, Eq)]
enum BodyError {
    Invalid(String),
    BadExpiry(String),
}

fn read_new(body: &[u8]) -> Result<NewToken, BodyError> {
    let invalid = |detail: &str| BodyError::Invalid(detail.to_owned());
    let Ok(Value::Object(mut body)) = serde_json::from_slice::<Value>(body) else {
        return Err(invalid("the body must be a JSON object"));
    };
    // fastly-py's AutomationTokenCreateRequest wraps the fields in `attributes`.
    let fields: Map<String, Value> = match body.remove("attributes") {
        Some(Value::Object(attributes)) => attributes,
        _ => body,
    };
    let text = |name: &str| -> Result<Option<&str>, BodyError> {
        match fields.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.as_str())),
            Some(_) => Err(BodyError::Invalid(format!("{name} must be a string"))),
        }
    };
    let name = text("name")?
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| invalid("name is required"))?
        .to_owned();
    let role =
        text("role")?.ok_or_else(|| invalid("role is required (billing, engineer or user)"))?;
    if !ROLES.contains(&role) {
        return Err(BodyError::Invalid(format!(
            "role '{role}' is not one of {}",
            ROLES.join(", ")
        )));
    }
    let scope =
        login::read_scope(text("scope")?.unwrap_or_default()).map_err(BodyError::Invalid)?;
    let services = match fields.get("services") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| invalid("services must be a list of service ids"))?,
        ),
        Some(_) => return Err(invalid("services must be a list of service ids")),
    };
    let expires_at = login::read_expiry(text("expires_at")?.unwrap_or_default())
        .map_err(BodyError::BadExpiry)?;
    let tls_access = match fields.get("tls_access") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(tls)) => *tls,
        Some(_) => return Err(invalid("tls_access must be a boolean")),
    };
    Ok(NewToken {
        name,
        role: role.to_owned(),
        scope,
        services,
        expires_at,
        tls_access,
    })
}

/// `POST /automation-tokens`: a superuser's user token in sudo mode creates a
/// token; 200 with its secret in `access_token`.
pub(crate) fn create(shared: &Shared, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    let Some(caller) = state.caller(req.caller_token.as_deref()) else {
        return crate::routes::unauthorized();
    };
    if caller.kind != TokenKind::User {
        return forbidden("automation tokens can only be created with a user token");
    }
    if !login::in_sudo(state, &caller.token_id) {
        return forbidden("sudo mode required");
    }
    let superuser = state
        .data
        .users
        .get(&caller.user_id)
        .is_some_and(|u| u.role == "superuser");
    if !superuser {
        return forbidden("only superusers can create automation tokens");
    }
    if !req.has_media_type(respond::JSON) {
        return respond::bad_request("Content-Type must be application/json");
    }
    let new = match read_new(&req.body) {
        Ok(new) => new,
        Err(BodyError::Invalid(detail)) => return respond::bad_request(detail),
        Err(BodyError::BadExpiry(detail)) => {
            return respond::msg(
                StatusCode::UNPROCESSABLE_ENTITY,
                "Invalid expires_at",
                detail,
            )
        }
    };
    if let Some(unknown) = new
        .services
        .iter()
        .flatten()
        .find(|id| state.data.services.get(id).is_none())
    {
        return respond::bad_request(format!("service '{unknown}' does not exist"));
    }
    state.data.automation_tokens_created += 1;
    let id = format!("atNewx4xCwxxJx{:08}", state.data.automation_tokens_created);
    let secret = login::issue_secret(state, &id, TokenKind::Automation);
    let token = AutomationToken {
        id: id.clone(),
        name: new.name,
        role: new.role,
        scope: new.scope,
        services: new.services,
        creator_id: caller.user_id.clone(),
        customer_id: state.data.customer.id.clone(),
        ip: None,
        user_agent: None,
        created_at: now_timestamp(),
        last_used_at: None,
        expires_at: new.expires_at,
        tls_access: new.tls_access,
        secret: Some(secret.clone()),
    };
    let body = json!({
        "id": token.id,
        "services": token.services,
        "name": token.name,
        "role": token.role,
        "access_token": secret,
        "scope": token.scope,
        "ip": "",
        "created_at": token.created_at,
        "last_used_at": "",
        "expires_at": token.expires_at.as_deref().unwrap_or(""),
        "user_agent": "",
        "tls_access": token.tls_access,
        "customer_id": token.customer_id,
    });
    let description = format!("Automation token '{}' was created", token.name);
    let metadata = json!({
        "token_id": id, "name": token.name, "role": token.role, "scope": token.scope,
        "automation": true,
    });
    state.data.automation_tokens.insert(token);
    events::record(
        state,
        Who::Caller(req),
        "token.create",
        description,
        None,
        metadata,
    );
    respond::json(StatusCode::OK, &body)
}

/// Revokes the automation token `id` (recording `token.destroy` first, while
/// the caller, perhaps that very token, still exists); false when there is none.
pub(crate) fn revoke_one(state: &mut Inner, id: &str, req: &ApiRequest) -> bool {
    let Some(token) = state.data.automation_tokens.get(id) else {
        return false;
    };
    let description = format!("Automation token '{}' was revoked", token.name);
    let metadata = json!({ "token_id": token.id, "name": token.name, "automation": true });
    events::record(
        state,
        Who::Caller(req),
        "token.destroy",
        description,
        None,
        metadata,
    );
    state.data.automation_tokens.remove(id);
    true
}

/// `DELETE /automation-tokens/{id}`: 204; the token leaves the list and its
/// secret stops working.
pub(crate) fn revoke(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    if revoke_one(&mut shared.lock(), id, req) {
        respond::no_content()
    } else {
        lookup_failed(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flat_and_wrapped_create_bodies() {
        let flat = br#"{"name":"ci","role":"engineer","scope":"global","services":null,"tls_access":false}"#;
        let read = read_new(flat).expect("ok");
        assert_eq!((read.name.as_str(), read.role.as_str()), ("ci", "engineer"));
        assert_eq!(read.services, None);
        let wrapped = br#"{"attributes":{"name":"ci","role":"user","scope":"purge_all global:read",
            "services":["a"],"expires_at":"2030-01-01T00:00:00Z","tls_access":true}}"#;
        let read = read_new(wrapped).expect("ok");
        assert_eq!(read.scope, "purge_all global:read");
        assert_eq!(read.services, Some(vec!["a".to_owned()]));
        assert_eq!(read.expires_at.as_deref(), Some("2030-01-01T00:00:00Z"));
        assert!(read.tls_access);
        assert_eq!(
            read_new(br#"{"name":"x","role":"user"}"#)
                .expect("ok")
                .scope,
            "global"
        );
        for bad in [
            &br#"{"role":"user"}"#[..],
            br#"{"name":"","role":"user"}"#,
            br#"{"name":"x"}"#,
            br#"{"name":"x","role":"superuser"}"#,
            br#"{"name":"x","role":"user","scope":"everything"}"#,
            br#"{"name":"x","role":"user","services":"a"}"#,
            br#"{"name":"x","role":"user","tls_access":"yes"}"#,
            b"[]",
        ] {
            assert!(
                matches!(read_new(bad), Err(BodyError::Invalid(_))),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        assert!(matches!(
            read_new(br#"{"name":"x","role":"user","expires_at":"soon"}"#),
            Err(BodyError::BadExpiry(_))
        ));
    }
}
