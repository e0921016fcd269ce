//! The one error type every operation returns.
//!
//! Each variant says what happened in terms a caller can act on: the API
//! refused the token (401), the token lacks a permission (403), the thing is
//! not there (404), the request was invalid (400/422), the account is rate
//! limited (429), the API failed (5xx), or the call never got a usable answer
//! (timeout, connection, undecodable body). Messages never contain the API
//! token.

/// Shorthand for `Result<T, fastly_account::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong with a call.
///
/// Variants with an HTTP status carry it in `status`; every variant carries a
/// human-readable `message` (for API errors, taken from the response body).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// 401: the API token is missing, invalid or expired.
    #[error("the API rejected the token (HTTP {status}): {message}")]
    Unauthorized {
        /// HTTP status (401).
        status: u16,
        /// Message from the response body.
        message: String,
    },
    /// 403: the token is valid but not allowed to do this.
    #[error("permission denied (HTTP {status}): {message}")]
    Forbidden {
        /// HTTP status (403).
        status: u16,
        /// Message from the response body.
        message: String,
    },
    /// 404: the resource does not exist (or is not visible to this token).
    #[error("not found (HTTP {status}): {message}")]
    NotFound {
        /// HTTP status (404).
        status: u16,
        /// Message from the response body.
        message: String,
    },
    /// 400 or 422: the API refused the request as invalid.
    #[error("the API refused the request as invalid (HTTP {status}): {message}")]
    BadRequest {
        /// HTTP status (400 or 422).
        status: u16,
        /// Message from the response body.
        message: String,
    },
    /// 429: the account is rate limited. `remaining` and `reset` come from the
    /// `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset` headers.
    #[error("rate limited (HTTP {status}): {message}{}", reset_hint(*.reset))]
    RateLimited {
        /// HTTP status (429).
        status: u16,
        /// Message from the response body.
        message: String,
        /// Requests left in the current window, if the API said.
        remaining: Option<u64>,
        /// When the window resets, in seconds since the Unix epoch, if the API said.
        reset: Option<i64>,
    },
    /// 5xx: the API failed (after the retries the configuration allows).
    #[error("the API failed (HTTP {status}): {message}")]
    Server {
        /// HTTP status (500-599).
        status: u16,
        /// Message from the response body.
        message: String,
    },
    /// Any other unexpected HTTP status, including redirects (never followed).
    #[error("unexpected HTTP status {status}: {message}")]
    Http {
        /// HTTP status.
        status: u16,
        /// What the response said.
        message: String,
    },
    /// The call did not finish within the configured timeout.
    #[error("the request timed out: {message}")]
    Timeout {
        /// Which timeout and where.
        message: String,
    },
    /// The connection failed or broke (refused, reset, DNS, TLS).
    #[error("network error: {message}")]
    Connection {
        /// What the network layer reported.
        message: String,
    },
    /// The response arrived but could not be read as the expected model.
    #[error("could not decode the API response: {message}")]
    Decode {
        /// HTTP status of the response, when it had one.
        status: Option<u16>,
        /// What was wrong with the body.
        message: String,
    },
    /// The call was refused before any request: an empty id, a malformed
    /// email, an unknown role, a bad token or endpoint.
    #[error("invalid argument: {message}")]
    InvalidArgument {
        /// Which argument and why.
        message: String,
    },
}

fn reset_hint(reset: Option<i64>) -> String {
    match reset.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0)) {
        Some(at) => format!(" (the limit resets at {})", at.to_rfc3339()),
        None => String::new(),
    }
}

impl Error {
    /// The HTTP status behind this error, if a response was received.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Unauthorized { status, .. }
            | Error::Forbidden { status, .. }
            | Error::NotFound { status, .. }
            | Error::BadRequest { status, .. }
            | Error::RateLimited { status, .. }
            | Error::Server { status, .. }
            | Error::Http { status, .. } => Some(*status),
            Error::Decode { status, .. } => *status,
            Error::Timeout { .. } | Error::Connection { .. } | Error::InvalidArgument { .. } => {
                None
            }
        }
    }

    /// The message alone, without the variant's prefix.
    pub fn message(&self) -> &str {
        match self {
            Error::Unauthorized { message, .. }
            | Error::Forbidden { message, .. }
            | Error::NotFound { message, .. }
            | Error::BadRequest { message, .. }
            | Error::RateLimited { message, .. }
            | Error::Server { message, .. }
            | Error::Http { message, .. }
            | Error::Timeout { message }
            | Error::Connection { message }
            | Error::Decode { message, .. }
            | Error::InvalidArgument { message } => message,
        }
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidArgument {
            message: message.into(),
        }
    }

    /// The error for a non-success HTTP status with the message read from its body.
    pub(crate) fn from_status(status: u16, message: String, rate_limit: RateLimit) -> Self {
        match status {
            401 => Error::Unauthorized { status, message },
            403 => Error::Forbidden { status, message },
            404 => Error::NotFound { status, message },
            400 | 422 => Error::BadRequest { status, message },
            429 => Error::RateLimited {
                status,
                message,
                remaining: rate_limit.remaining,
                reset: rate_limit.reset,
            },
            500..=599 => Error::Server { status, message },
            _ => Error::Http { status, message },
        }
    }
}

/// The rate-limit state the API reported in its last response headers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// `Fastly-RateLimit-Remaining`: requests left in the current window.
    pub remaining: Option<u64>,
    /// `Fastly-RateLimit-Reset`: when the window resets, in seconds since the Unix epoch.
    pub reset: Option<i64>,
}
