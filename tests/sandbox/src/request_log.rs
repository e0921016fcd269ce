//! What the sandbox records about the requests it receives.

use serde::{Deserialize, Serialize};

/// One request to an API route (not to `/__sandbox/*`), as logged by the sandbox.
///
/// The `Fastly-Key` value is never recorded: only whether it was present and valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestRecord {
    /// Arrival order, from 1; restarts at 1 after a reset.
    pub seq: u64,
    /// The HTTP method, e.g. `GET`.
    pub method: String,
    /// The path exactly as received, percent-encoding intact, without the query.
    pub path: String,
    /// The raw query string (without `?`), or `None` when the URL had none.
    pub query: Option<String>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The `Accept` header, if any.
    pub accept: Option<String>,
    /// The `User-Agent` header, if any.
    pub user_agent: Option<String>,
    /// Whether a `Fastly-Key` header was sent.
    pub fastly_key_present: bool,
    /// Whether the `Fastly-Key` header matched the sandbox token (and that token
    /// had not been revoked).
    pub fastly_key_valid: bool,
    /// The status the sandbox answered; `0` when it answered nothing (a `close`
    /// fault, or the client went away before the answer).
    pub status: u16,
    /// The `type` of the fault applied to this request, if any.
    pub fault: Option<String>,
}

/// One request that reached the canary listener.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CanaryRecord {
    /// The HTTP method.
    pub method: String,
    /// The path as received (without the query).
    pub path: String,
    /// The `Fastly-Key` header's value, if one arrived: tests assert it never does.
    pub fastly_key: Option<String>,
}

/// A password reset asked for through `POST /user/{login}/password/request_reset`
/// (the live API would send an email; the sandbox records it instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordReset {
    /// The login as the request named it (percent-decoded).
    pub login: String,
    /// The id of the user with that login.
    pub user_id: String,
    /// When it was asked for (RFC 3339, whole seconds, `Z`).
    pub requested_at: String,
}

/// What kind of token a secret authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A user's API token (`POST /tokens`, listed by `GET /tokens`).
    User,
    /// An automation token (`POST /automation-tokens`).
    Automation,
}

impl TokenKind {
    /// The JSON spelling: `user` or `automation`.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::User => "user",
            TokenKind::Automation => "automation",
        }
    }
}

/// A secret the sandbox issued (`access_token` of `POST /tokens` or
/// `POST /automation-tokens`), so that a test can tell which it got
/// (`GET /__sandbox/secrets`, [`crate::Sandbox::issued_secrets`]). The request
/// log never holds one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedSecret {
    /// The id of the token it authenticates.
    pub token_id: String,
    /// `user` or `automation`.
    pub kind: TokenKind,
    /// The value to send in `Fastly-Key`.
    pub secret: String,
}
