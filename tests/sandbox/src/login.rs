//! Passwords and the routes that take them: logging in (`POST /tokens`, which
//! issues a user token), sudo mode (`POST /sudo`), and the secrets the sandbox
//! issues (`GET /__sandbox/secrets`).
//!
//! Sources (go-fastly's recordings of the live API in
//! `fastly/fixtures/tokens/*.yaml` and `automation_tokens/create.yaml`,
//! fastly-py's `TokensApi` and `SudoApi`, Fastly's reference, and fastlyctl's
//! `login` command): `POST /tokens` takes the
//! credentials as form fields `username` and `password` (the reference, go-fastly,
//! fastlyctl) or as HTTP Basic (`Authorization: Basic base64(username:password)`,
//! what fastly-py and fastly-rust send), needs no `Fastly-Key`, takes form fields
//! `name`, `scope` (space-separated, default `global`), `services[]` (repeated) and
//! `expires_at` (an unparsable one is 422), and answers 200 with
//! `TokenCreatedResponse` as recorded: `{"id", "name", "user_id", "customer_id",
//! "service_id", "expires_at", "created_at", "updated_at", "scope", "services",
//! "access_token"}`. A user with two-factor authentication and no `Fastly-OTP`
//! header gets 400 with `2fa.verify` (fastlyctl reads it from `msg`, the spec's
//! `InlineResponse400` from `code`: both are sent). `POST /sudo` takes `username`
//! and `password` as a form (go-fastly, recorded) or JSON (fastly-py) with
//! `Fastly-Key`, and answers 200 `{"expiry_time": "...+00:00"}` five minutes on,
//! as recorded; a refusal is 403 `{"msg": ..}` (`SudoGenericTokenError`).
//!
//! Not recorded (answered plausibly): a wrong username or password is 400
//! `{"code":"invalid_grant","msg":"invalid_grant"}`, a locked user 400
//! `account_locked`, a wrong one-time code 400 `{"code":"invalid_grant","msg":
//! "Invalid one-time password"}` (the text a third-party script looks for), a bad
//! scope 400 `invalid_scope`, an unknown service 400 `invalid_request`; the
//! token's `name` defaults to `""`; `service_id` is the last of `services` (as in
//! the one recording with services) or null; `services` also comes comma-joined
//! in one `services` field; `/sudo` accepts a missing `username` (fastly/cli sends
//! only the password) and honours a future `expiry_time`; its 403 texts; only
//! users the sandbox knows a password of can log in (the owner,
//! [`crate::OWNER_PASSWORD`], and the two-factor user); the owner's record says
//! `two_factor_auth_enabled` but the sandbox keeps no one-time code for it, so
//! its logins need none. The `Authorization` header, passwords and one-time codes
//! are never logged or recorded (the request log holds no bodies and only the
//! headers it names).

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher as _, Hasher as _};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::events::{self, Who};
use crate::request_log::{IssuedSecret, TokenKind};
use crate::resources::{now_timestamp, Token};
use crate::respond::{self, Reply};
use crate::routes::{self, form_field, ApiRequest};
use crate::seed::ONE_TIME_CODE;
use crate::seed::{OWNER_PASSWORD, OWNER_USER_ID, TWO_FACTOR_PASSWORD, TWO_FACTOR_USER_ID};
use crate::state::{Inner, Shared};

/// The scopes a token may have (fastly-py's `Token.scope` and
/// `AutomationToken.scope`).
pub(crate) const SCOPES: [&str; 4] = ["global", "purge_select", "purge_all", "global:read"];

/// How long sudo mode lasts when the request names no `expiry_time`.
const SUDO_MINUTES: i64 = 5;

/// A password the sandbox knows, and the one-time code it asks for, if any.
#[derive(Clone)]
pub(crate) struct Credential {
    pub user_id: String,
    pub password: String,
    pub one_time_code: Option<String>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

/// The seeded passwords: the owner's, and the two-factor user's with its code.
pub(crate) fn seed_credentials() -> Vec<Credential> {
    vec![
        Credential {
            user_id: OWNER_USER_ID.to_owned(),
            password: OWNER_PASSWORD.to_owned(),
            one_time_code: None,
        },
        Credential {
            user_id: TWO_FACTOR_USER_ID.to_owned(),
            password: TWO_FACTOR_PASSWORD.to_owned(),
            one_time_code: Some(ONE_TIME_CODE.to_owned()),
        },
    ]
}

/// What a request carries besides `Fastly-Key` to say who it is: HTTP Basic
/// credentials and a `Fastly-OTP` code. Never printed.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    /// `(username, password)` of `Authorization: Basic`; a malformed header
    /// reads as empty ones (which match no user).
    pub basic: Option<(String, String)>,
    pub otp: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("basic", &self.basic.as_ref().map(|_| "<redacted>"))
            .field("otp", &self.otp.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl Credentials {
    pub fn from_headers(headers: &HeaderMap) -> Credentials {
        let text = |name| {
            headers
                .get(name)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_owned())
        };
        let basic = text(header::AUTHORIZATION.as_str()).and_then(|value| {
            let (scheme, encoded) = value.split_once(' ')?;
            if !scheme.eq_ignore_ascii_case("basic") {
                return None;
            }
            let decoded = STANDARD
                .decode(encoded.trim())
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok());
            Some(match decoded.as_deref().and_then(|d| d.split_once(':')) {
                Some((user, password)) => (user.to_owned(), password.to_owned()),
                None => (String::new(), String::new()),
            })
        });
        Credentials {
            basic,
            otp: text("fastly-otp"),
        }
    }
}

/// A new secret: 32 letters and digits from a randomly keyed hash of a
/// counter and the clock, so nothing about the token (its id, the time)
/// predicts it.
fn new_secret(counter: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let keys = RandomState::new();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut secret = String::with_capacity(32);
    let mut block = 0u64;
    while secret.len() < 32 {
        let mut hasher = keys.build_hasher();
        hasher.write_u64(counter);
        hasher.write_u64(block);
        hasher.write_u128(nanos);
        let mut value = hasher.finish();
        // 62^10 < 2^64: ten letters per hash.
        for _ in 0..10 {
            let at = usize::try_from(value % 62).unwrap_or_default();
            secret.push(char::from(ALPHABET[at]));
            value /= 62;
        }
        block += 1;
    }
    secret.truncate(32);
    secret
}

/// Issues a new secret for the token `token_id` and records it
/// (`GET /__sandbox/secrets`).
pub(crate) fn issue_secret(state: &mut Inner, token_id: &str, kind: TokenKind) -> String {
    state.data.secrets_issued += 1;
    let secret = new_secret(state.data.secrets_issued);
    state.data.issued_secrets.push(IssuedSecret {
        token_id: token_id.to_owned(),
        kind,
        secret: secret.clone(),
    });
    secret
}

/// A space-separated scope, each one of [`SCOPES`] (empty: `global`), normalised
/// to single spaces.
pub(crate) fn read_scope(text: &str) -> Result<String, String> {
    let scopes: Vec<&str> = text.split_whitespace().collect();
    if scopes.is_empty() {
        return Ok("global".to_owned());
    }
    match scopes.iter().find(|s| !SCOPES.contains(s)) {
        Some(bad) => Err(format!("scope '{bad}' is not one of {}", SCOPES.join(", "))),
        None => Ok(scopes.join(" ")),
    }
}

/// An `expires_at`: empty for none, else RFC 3339, written back with `Z`.
pub(crate) fn read_expiry(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    DateTime::parse_from_rfc3339(text)
        .map(|at| Some(rfc3339(at.with_timezone(&Utc))))
        .map_err(|_| {
            format!("expires_at '{text}' is not an RFC 3339 date and time (2030-01-31T12:00:00Z)")
        })
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Whether a token's `expires_at` has passed.
pub(crate) fn expired(expires_at: Option<&str>) -> bool {
    expires_at
        .and_then(|at| DateTime::parse_from_rfc3339(at).ok())
        .is_some_and(|at| at <= Utc::now())
}

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No such login, or the wrong password.
    BadPassword,
    Locked,
}

/// The id of the user whose login is `username` and whose password is
/// `password`; `one_time_code` says whether it asks for a code.
pub(crate) fn check_password(
    state: &Inner,
    username: &str,
    password: &str,
) -> Result<(String, Option<String>), Refusal> {
    let user = state
        .data
        .users
        .items()
        .iter()
        .find(|u| !username.is_empty() && u.login.eq_ignore_ascii_case(username))
        .ok_or(Refusal::BadPassword)?;
    let credential = state
        .data
        .credentials
        .iter()
        .find(|c| c.user_id == user.id)
        .filter(|c| c.password == password)
        .ok_or(Refusal::BadPassword)?;
    if user.locked {
        return Err(Refusal::Locked);
    }
    Ok((user.id.clone(), credential.one_time_code.clone()))
}

/// `400 {"code": code, "msg": msg}`, the login errors' shape.
fn login_error(code: &str, msg: &str) -> Reply {
    respond::json(
        StatusCode::BAD_REQUEST,
        &json!({ "code": code, "msg": msg }),
    )
}

/// The pairs of a form body, or of a JSON object's string members; none for an
/// empty body.
fn read_fields(req: &ApiRequest) -> Result<Vec<(String, String)>, String> {
    if req.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Vec::new());
    }
    if req.has_media_type(respond::JSON) {
        let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&req.body) else {
            return Err("the body must be a JSON object".to_owned());
        };
        return Ok(body
            .into_iter()
            .filter_map(|(name, value)| value.as_str().map(|v| (name, v.to_owned())))
            .collect());
    }
    routes::parse_form(req)
}

/// Whether a `POST /tokens` carries credentials (then it needs no `Fastly-Key`).
pub(crate) fn has_credentials(req: &ApiRequest) -> bool {
    req.credentials.basic.is_some()
        || routes::parse_form(req).is_ok_and(|form| {
            form_field(&form, "username").is_some() || form_field(&form, "password").is_some()
        })
}

/// `POST /tokens`: logs in and issues a user token (200 with its secret in
/// `access_token`).
pub(crate) fn create_token(shared: &Shared, req: &ApiRequest) -> Reply {
    let form = match read_fields(req) {
        Ok(form) => form,
        Err(_) => {
            return login_error(
                "invalid_request",
                "send a form (application/x-www-form-urlencoded)",
            )
        }
    };
    let (username, password) = match &req.credentials.basic {
        Some((user, password)) => (user.clone(), password.clone()),
        None => match (form_field(&form, "username"), form_field(&form, "password")) {
            (Some(user), Some(password)) => (user.to_owned(), password.to_owned()),
            _ => return login_error("invalid_request", "username and password are required"),
        },
    };
    let mut guard = shared.lock();
    let state = &mut *guard;
    let (user_id, one_time_code) = match check_password(state, &username, &password) {
        Ok(found) => found,
        Err(Refusal::BadPassword) => return login_error("invalid_grant", "invalid_grant"),
        Err(Refusal::Locked) => return login_error("account_locked", "account_locked"),
    };
    if let Some(code) = one_time_code {
        match req.credentials.otp.as_deref() {
            None | Some("") => return login_error("2fa.verify", "2fa.verify"),
            Some(sent) if sent != code => {
                return login_error("invalid_grant", "Invalid one-time password")
            }
            Some(_) => {}
        }
    }
    let scope = match read_scope(form_field(&form, "scope").unwrap_or_default()) {
        Ok(scope) => scope,
        Err(_) => return login_error("invalid_scope", "invalid_scope"),
    };
    let mut services: Vec<String> = Vec::new();
    for (name, value) in &form {
        let listed: Vec<&str> = match name.as_str() {
            "services[]" => vec![value.as_str()],
            "services" => value.split(',').collect(),
            _ => continue,
        };
        for id in listed
            .into_iter()
            .map(str::trim)
            .filter(|id| !id.is_empty())
        {
            if state.data.services.get(id).is_none() {
                return login_error("invalid_request", &format!("service '{id}' does not exist"));
            }
            if !services.iter().any(|s| s == id) {
                services.push(id.to_owned());
            }
        }
    }
    let expires_at =
        match read_expiry(form_field(&form, "expires_at").unwrap_or_default()) {
            Ok(at) => at,
            Err(detail) => return respond::msg(
                StatusCode::UNPROCESSABLE_ENTITY,
                "The format of the date and time supplied to the expires_at parameter is invalid.",
                detail,
            ),
        };
    state.data.tokens_created += 1;
    let id = format!("tkNewx4xCwxxJx{:08}", state.data.tokens_created);
    let secret = issue_secret(state, &id, TokenKind::User);
    let now = now_timestamp();
    let token = Token {
        id: id.clone(),
        name: form_field(&form, "name").unwrap_or_default().to_owned(),
        user_id: user_id.clone(),
        customer_id: state.data.customer.id.clone(),
        services,
        scope,
        created_at: now.clone(),
        last_used_at: None,
        expires_at,
        ip: None,
        user_agent: None,
        secret: Some(secret.clone()),
        sudo_until: None,
    };
    let body = json!({
        "id": token.id,
        "name": token.name,
        "user_id": token.user_id,
        "customer_id": token.customer_id,
        "service_id": token.services.last(),
        "expires_at": token.expires_at,
        "created_at": now,
        "updated_at": now,
        "scope": token.scope,
        "services": token.services,
        "access_token": secret,
    });
    let description = format!("Token '{}' was created", token.name);
    let metadata = json!({ "token_id": id, "name": token.name, "scope": token.scope });
    let who = Who::User {
        user_id: &user_id,
        token_id: Some(&id),
    };
    state.data.tokens.insert(token);
    events::record(state, who, "token.create", description, None, metadata);
    respond::json(StatusCode::OK, &body)
}

/// `403 {"msg": ..}` (`SudoGenericTokenError`).
fn sudo_refused(msg: &str) -> Reply {
    respond::json(StatusCode::FORBIDDEN, &json!({ "msg": msg }))
}

/// `POST /sudo`: the calling user token enters sudo mode until the answer's
/// `expiry_time` (five minutes on, or the request's future `expiry_time`).
pub(crate) fn sudo(shared: &Shared, req: &ApiRequest) -> Reply {
    let fields = match read_fields(req) {
        Ok(fields) => fields,
        Err(detail) => return respond::bad_request(detail),
    };
    let Some(password) = form_field(&fields, "password") else {
        return respond::bad_request("password is required");
    };
    let until = match form_field(&fields, "expiry_time").filter(|t| !t.trim().is_empty()) {
        None => Utc::now() + Duration::minutes(SUDO_MINUTES),
        Some(text) => match DateTime::parse_from_rfc3339(text.trim()) {
            Ok(at) if at > Utc::now() => at.with_timezone(&Utc),
            _ => {
                return respond::bad_request(format!(
                    "expiry_time '{text}' is not a future RFC 3339 date and time"
                ))
            }
        },
    };
    let mut guard = shared.lock();
    let state = &mut *guard;
    let Some(token_id) = req.caller_token.as_deref() else {
        return routes::unauthorized();
    };
    let Some(user_id) = state.data.tokens.get(token_id).map(|t| t.user_id.clone()) else {
        return sudo_refused("sudo mode is for user tokens, not automation tokens");
    };
    let login = state.data.users.get(&user_id).map(|u| u.login.clone());
    let username =
        form_field(&fields, "username").map_or_else(|| login.clone(), |u| Some(u.to_owned()));
    let matches = login.is_some_and(|login| {
        username
            .as_deref()
            .is_some_and(|u| u.eq_ignore_ascii_case(&login))
            && check_password(state, &login, password).is_ok()
    });
    if !matches {
        return sudo_refused("invalid username or password");
    }
    if let Some(token) = state.data.tokens.get_mut(token_id) {
        token.sudo_until = Some(until);
    }
    let expiry = until.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
    let mut reply = respond::json(StatusCode::OK, &json!({ "expiry_time": expiry }));
    reply
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    reply
}

/// Whether the token `token_id` is a user token in sudo mode now.
pub(crate) fn in_sudo(state: &Inner, token_id: &str) -> bool {
    state
        .data
        .tokens
        .get(token_id)
        .and_then(|t| t.sudo_until)
        .is_some_and(|until| until > Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_letters_and_digits_and_never_repeat() {
        let a = new_secret(1);
        let b = new_secret(1);
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()), "{a}");
        assert_ne!(a, b, "the same counter gives another secret");
    }

    #[test]
    fn scopes_and_expiries() {
        assert_eq!(read_scope(""), Ok("global".to_owned()));
        assert_eq!(
            read_scope(" purge_all  global:read "),
            Ok("purge_all global:read".to_owned())
        );
        assert!(read_scope("global admin").is_err());
        assert_eq!(read_expiry(""), Ok(None));
        assert_eq!(
            read_expiry("2030-01-31T13:00:00+01:00"),
            Ok(Some("2030-01-31T12:00:00Z".to_owned()))
        );
        assert!(read_expiry("next week").is_err());
        assert!(expired(Some("2001-01-01T00:00:00Z")));
        assert!(!expired(Some("2999-01-01T00:00:00Z")));
        assert!(!expired(None));
    }

    #[test]
    fn reads_basic_credentials_and_never_prints_them() {
        let mut headers = HeaderMap::new();
        let encoded = STANDARD.encode("owner@example.com:pa:ss");
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {encoded}")).expect("a header"),
        );
        headers.insert("fastly-otp", HeaderValue::from_static("123456"));
        let credentials = Credentials::from_headers(&headers);
        assert_eq!(
            credentials.basic,
            Some(("owner@example.com".to_owned(), "pa:ss".to_owned()))
        );
        assert_eq!(credentials.otp.as_deref(), Some("123456"));
        let printed = format!("{credentials:?}");
        assert!(
            !printed.contains("pa:ss") && !printed.contains("123456"),
            "{printed}"
        );

        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic %%%"));
        assert_eq!(
            Credentials::from_headers(&headers).basic,
            Some((String::new(), String::new()))
        );
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert_eq!(Credentials::from_headers(&headers).basic, None);
    }
}
