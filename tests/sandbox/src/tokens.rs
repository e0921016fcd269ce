//! API tokens: the caller's and the customer's lists, one token, and revoking one,
//! the caller's own (after which its key is refused) or several at once (JSON:API
//! bulk). The secret is never serialised. Revoking takes automation tokens' ids
//! too (go-fastly revokes them with `DELETE /tokens/{id}`, recorded 204), and
//! `GET /tokens/self` of an automation token answers its automation-token record
//! (not recorded). Logging in (`POST /tokens`) is in `login`.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::automation_tokens;
use crate::events::{self, Who};
use crate::patches::Resource;
use crate::resources::Token;
use crate::respond::{self, Reply};
use crate::routes::{self, ApiRequest};
use crate::state::{Inner, Shared};

fn token_not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find token '{id}'"))
}

/// The calling token went away while the request was under way (revoked by a
/// concurrent request): answered like any request with a revoked key.
fn caller_gone() -> Reply {
    routes::unauthorized()
}

fn render_list<'a>(state: &Inner, tokens: impl Iterator<Item = &'a Token>) -> Reply {
    let body: Vec<Value> = tokens
        .map(|token| state.patches.render(Resource::Token, &token.id, token))
        .collect();
    respond::json(StatusCode::OK, &body)
}

/// `GET /tokens`: the calling user's tokens.
pub(crate) fn list_own(shared: &Shared, req: &ApiRequest) -> Reply {
    let state = shared.lock();
    let Some(user_id) = state.caller(req.caller_token.as_deref()).map(|c| c.user_id) else {
        return caller_gone();
    };
    let tokens = state.data.tokens.items().iter();
    render_list(&state, tokens.filter(|t| t.user_id == user_id))
}

/// `GET /customer/{customer_id}/tokens`: every token of the customer.
pub(crate) fn list_customer(shared: &Shared, customer_id: &str) -> Reply {
    let state = shared.lock();
    if !routes::customer_exists(&state, customer_id) {
        return routes::customer_not_found(customer_id);
    }
    let tokens = state.data.tokens.items().iter();
    render_list(&state, tokens.filter(|t| t.customer_id == customer_id))
}

/// `GET /tokens/{token_id}`.
pub(crate) fn get(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.tokens.get(id) {
        Some(token) => respond::json(
            StatusCode::OK,
            &state.patches.render(Resource::Token, id, token),
        ),
        None => token_not_found(id),
    }
}

/// `GET /tokens/self`: the token the request authenticated with.
pub(crate) fn get_self(shared: &Shared, req: &ApiRequest) -> Reply {
    let Some(id) = req.caller_token.as_deref() else {
        return caller_gone();
    };
    let state = shared.lock();
    if let Some(token) = state.data.tokens.get(id) {
        return respond::json(
            StatusCode::OK,
            &state.patches.render(Resource::Token, id, token),
        );
    }
    match state.data.automation_tokens.get(id) {
        Some(token) => respond::json(StatusCode::OK, &token.get_json()),
        None => caller_gone(),
    }
}

/// Revokes the token `id`, a user token or an automation token (recording
/// `token.destroy` first, while the caller, perhaps that very token, still
/// exists); false when there is none.
fn revoke_one(state: &mut Inner, id: &str, req: &ApiRequest) -> bool {
    let Some(token) = state.data.tokens.get(id) else {
        return automation_tokens::revoke_one(state, id, req);
    };
    let description = format!("Token '{}' was revoked", token.name);
    let metadata = json!({ "token_id": token.id, "name": token.name, "user_id": token.user_id });
    events::record(
        state,
        Who::Caller(req),
        "token.destroy",
        description,
        None,
        metadata,
    );
    state.data.tokens.remove(id);
    true
}

/// `DELETE /tokens/{token_id}`: 204. Revoking the sandbox's own token this way
/// has the same effect as `DELETE /tokens/self`.
pub(crate) fn revoke(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    if revoke_one(&mut shared.lock(), id, req) {
        respond::no_content()
    } else {
        token_not_found(id)
    }
}

/// `DELETE /tokens/self`: 204; from then on the key is refused (401) until a reset.
pub(crate) fn revoke_self(shared: &Shared, req: &ApiRequest) -> Reply {
    let Some(id) = req.caller_token.as_deref() else {
        return caller_gone();
    };
    if revoke_one(&mut shared.lock(), id, req) {
        respond::no_content()
    } else {
        caller_gone()
    }
}

/// The ids a bulk-revoke body names, or why it is not a valid one.
fn bulk_ids(body: &[u8]) -> Result<Vec<String>, String> {
    let body: Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
    let Some(items) = body.get("data").and_then(Value::as_array) else {
        return Err("the body must be an object with a \"data\" list".to_owned());
    };
    if items.is_empty() {
        return Err("data must name at least one token".to_owned());
    }
    let mut ids: Vec<String> = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        if !item.is_object() {
            return Err(format!("data[{n}] must be an object"));
        }
        if item.get("type").and_then(Value::as_str) != Some("token") {
            return Err(format!("data[{n}].type must be \"token\""));
        }
        match item.get("id").and_then(Value::as_str) {
            Some(id) if !id.is_empty() => {
                if !ids.iter().any(|seen| seen == id) {
                    ids.push(id.to_owned());
                }
            }
            _ => return Err(format!("data[{n}].id is required (a token id)")),
        }
    }
    Ok(ids)
}

/// `DELETE /tokens` with `Content-Type: application/vnd.api+json; ext=bulk`:
/// revokes every named token (all or none), 204. Errors are JSON:API 400s.
pub(crate) fn revoke_bulk(shared: &Shared, req: &ApiRequest) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    if !req.has_media_type(respond::JSON_API) || !req.has_media_type_extension("bulk") {
        return invalid("Content-Type must be application/vnd.api+json; ext=bulk".to_owned());
    }
    let ids = match bulk_ids(&req.body) {
        Ok(ids) => ids,
        Err(detail) => return invalid(detail),
    };
    let mut state = shared.lock();
    let known = |id: &str| {
        state.data.tokens.get(id).is_some() || state.data.automation_tokens.get(id).is_some()
    };
    if let Some(unknown) = ids.iter().find(|id| !known(id)) {
        return invalid(format!("Cannot find token '{unknown}'"));
    }
    for id in &ids {
        revoke_one(&mut state, id, req);
    }
    respond::no_content()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bulk_bodies() {
        let ok = br#"{"data":[{"type":"token","id":"a"},{"type":"token","id":"b"},{"type":"token","id":"a"}]}"#;
        assert_eq!(bulk_ids(ok), Ok(vec!["a".to_owned(), "b".to_owned()]));
        for bad in [
            &br#"{"data":[]}"#[..],
            br#"{"data":[{"type":"token"}]}"#,
            br#"{"data":[{"type":"token","id":""}]}"#,
            br#"{"data":[{"type":"user","id":"a"}]}"#,
            br#"{"data":[{"id":"a"}]}"#,
            br#"{"data":["a"]}"#,
            br#"{"data":{"type":"token","id":"a"}}"#,
            b"nope",
        ] {
            assert!(bulk_ids(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
