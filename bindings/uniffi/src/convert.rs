//! The one place where the core's models and errors become the UDL's
//! dictionaries and `FastlyError`. Field for field; timestamps become
//! `SystemTime` (Kotlin `Instant`, Swift `Date`); roles become strings; each
//! model's `extra` members become their JSON text.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fastly_account::{Error, Timestamp};

fn time(value: Option<Timestamp>) -> Option<SystemTime> {
    value.map(SystemTime::from)
}

/// `Fastly-RateLimit-Reset` is in seconds since the Unix epoch.
fn epoch_seconds(value: Option<i64>) -> Option<SystemTime> {
    value.map(|seconds| match u64::try_from(seconds) {
        Ok(after) => UNIX_EPOCH + Duration::from_secs(after),
        Err(_) => UNIX_EPOCH - Duration::from_secs(seconds.unsigned_abs()),
    })
}

/// `extra`: each member's JSON text. The core's members are
/// `serde_json::Value`s, whose `Display` is compact JSON (`"sso"` arrives
/// quoted, `1` as `1`, `null` as `null`).
fn extra<V: fmt::Display>(
    members: impl IntoIterator<Item = (String, V)>,
) -> HashMap<String, String> {
    members
        .into_iter()
        .map(|(name, value)| (name, value.to_string()))
        .collect()
}

fn secret(value: Option<fastly_account::TokenSecret>) -> Option<Arc<TokenSecret>> {
    value.map(|secret| Arc::new(TokenSecret(secret)))
}

/// `interface TokenSecret`: a new token's secret, shown by `reveal()` only;
/// its `toString()` / `description` is `TokenSecret(***)`, so printing the
/// record that holds it (a Kotlin data class, a Swift struct) never shows it.
#[derive(PartialEq, Eq, Hash)]
pub struct TokenSecret(fastly_account::TokenSecret);

impl TokenSecret {
    /// The secret itself, to store where secrets belong.
    pub fn reveal(&self) -> String {
        self.0.expose().to_owned()
    }
}

impl fmt::Debug for TokenSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for TokenSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

fn role(value: Option<fastly_account::UserRole>) -> Option<String> {
    value.map(|role| role.as_str().to_owned())
}

/// A core value as the UDL's type: how every forwarded operation (the
/// `operations!` declarations of lib.rs) converts its result. One impl per
/// returned shape: a model, a list of models, a page, nothing.
pub(crate) trait FromCore<C> {
    fn from_core(value: C) -> Self;
}

impl FromCore<()> for () {
    fn from_core(_: ()) -> Self {}
}

/// A model and a list of it, through the model's `From`.
macro_rules! from_core {
    ($($model:ident),* $(,)?) => {
        $(
            impl FromCore<fastly_account::$model> for $model {
                fn from_core(value: fastly_account::$model) -> Self {
                    $model::from(value)
                }
            }

            impl FromCore<Vec<fastly_account::$model>> for Vec<$model> {
                fn from_core(value: Vec<fastly_account::$model>) -> Self {
                    value.into_iter().map($model::from).collect()
                }
            }
        )*
    };
}

// Every record and its `FromCore`, generated from the core's models (each
// field declared once, in core/src/model/<resource>.rs) by
// `cargo run -p fastly-account-generate`.
include!("record_list.rs");

/// A page dictionary: `data`, `next_cursor`, `total`, `current_page`,
/// `per_page`, `total_pages`, and `next_page_number` (the number of the next
/// page, for lists that page by number).
macro_rules! page {
    ($page:ident, $item:ident) => {
        #[doc = concat!("`dictionary ", stringify!($page), "`.")]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $page {
            pub data: Vec<$item>,
            pub next_cursor: Option<String>,
            pub total: Option<i64>,
            pub current_page: Option<i64>,
            pub per_page: Option<i64>,
            pub total_pages: Option<i64>,
            pub next_page_number: Option<i64>,
        }

        impl From<fastly_account::Page<fastly_account::$item>> for $page {
            fn from(page: fastly_account::Page<fastly_account::$item>) -> Self {
                // Beyond i64 is no page number a server sends: left out.
                let next_page_number = page
                    .next_page_number()
                    .and_then(|number| i64::try_from(number).ok());
                $page {
                    data: page.data.into_iter().map($item::from).collect(),
                    next_cursor: page.next_cursor,
                    total: page.total,
                    current_page: page.current_page,
                    per_page: page.per_page,
                    total_pages: page.total_pages,
                    next_page_number,
                }
            }
        }

        impl $crate::convert::FromCore<fastly_account::Page<fastly_account::$item>> for $page {
            fn from_core(page: fastly_account::Page<fastly_account::$item>) -> Self {
                $page::from(page)
            }
        }
    };
}

// Every page dictionary is declared with `page!` in the generated walk_list.rs
// (included by lib.rs), one per item type some operation pages or walks.
pub(crate) use page;

/// `dictionary RateLimit`.
#[derive(Debug, Clone, PartialEq)]
pub struct RateLimit {
    pub remaining: Option<i64>,
    pub reset: Option<SystemTime>,
}

impl From<fastly_account::RateLimit> for RateLimit {
    fn from(r: fastly_account::RateLimit) -> Self {
        RateLimit {
            remaining: r.remaining.map(signed),
            reset: epoch_seconds(r.reset),
        }
    }
}

/// A count as the UDL's signed type (no unsigned integers in public
/// signatures); beyond `i64::MAX` saturates (no server sends that).
fn signed(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// `[Error] interface FastlyError`: one variant per variant of the core's
/// `Error`, its fields as the foreign exception's properties (Kotlin
/// `FastlyException.NotFound(status, detail)`, Swift
/// `FastlyError.NotFound(status:detail:)`). `detail` is the core's
/// `message` (a field called `message` would collide with Kotlin's
/// `Throwable.message`). Its `Display` (exported: Kotlin `toString()` and,
/// through the bindgen fix-up, `message`; Swift `description`) is the core's
/// sentence, which never holds the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FastlyError {
    Unauthorized {
        status: i32,
        detail: String,
    },
    Forbidden {
        status: i32,
        detail: String,
    },
    NotFound {
        status: i32,
        detail: String,
    },
    BadRequest {
        status: i32,
        detail: String,
    },
    RateLimited {
        status: i32,
        detail: String,
        remaining: Option<i64>,
        reset: Option<SystemTime>,
    },
    Server {
        status: i32,
        detail: String,
    },
    Http {
        status: i32,
        detail: String,
    },
    Timeout {
        detail: String,
    },
    Connection {
        detail: String,
    },
    Decode {
        status: Option<i32>,
        detail: String,
    },
    InvalidArgument {
        detail: String,
    },
}

impl FastlyError {
    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<i32> {
        match self {
            FastlyError::Unauthorized { status, .. }
            | FastlyError::Forbidden { status, .. }
            | FastlyError::NotFound { status, .. }
            | FastlyError::BadRequest { status, .. }
            | FastlyError::RateLimited { status, .. }
            | FastlyError::Server { status, .. }
            | FastlyError::Http { status, .. } => Some(*status),
            FastlyError::Decode { status, .. } => *status,
            FastlyError::Timeout { .. }
            | FastlyError::Connection { .. }
            | FastlyError::InvalidArgument { .. } => None,
        }
    }

    /// The message alone (the core's `message`).
    pub fn detail(&self) -> &str {
        match self {
            FastlyError::Unauthorized { detail, .. }
            | FastlyError::Forbidden { detail, .. }
            | FastlyError::NotFound { detail, .. }
            | FastlyError::BadRequest { detail, .. }
            | FastlyError::RateLimited { detail, .. }
            | FastlyError::Server { detail, .. }
            | FastlyError::Http { detail, .. }
            | FastlyError::Timeout { detail }
            | FastlyError::Connection { detail }
            | FastlyError::Decode { detail, .. }
            | FastlyError::InvalidArgument { detail } => detail,
        }
    }

    /// The core error this one stands for, for its `Display`. A value built
    /// on the foreign side with a status outside `u16` reads as status 0.
    fn to_core(&self) -> Error {
        let http = |status: &i32| u16::try_from(*status).unwrap_or(0);
        let message = self.detail().to_owned();
        match self {
            FastlyError::Unauthorized { status, .. } => Error::Unauthorized {
                status: http(status),
                message,
            },
            FastlyError::Forbidden { status, .. } => Error::Forbidden {
                status: http(status),
                message,
            },
            FastlyError::NotFound { status, .. } => Error::NotFound {
                status: http(status),
                message,
            },
            FastlyError::BadRequest { status, .. } => Error::BadRequest {
                status: http(status),
                message,
            },
            FastlyError::RateLimited {
                status,
                remaining,
                reset,
                ..
            } => Error::RateLimited {
                status: http(status),
                message,
                remaining: remaining.and_then(|n| u64::try_from(n).ok()),
                reset: reset.map(seconds_since_epoch),
            },
            FastlyError::Server { status, .. } => Error::Server {
                status: http(status),
                message,
            },
            FastlyError::Http { status, .. } => Error::Http {
                status: http(status),
                message,
            },
            FastlyError::Timeout { .. } => Error::Timeout { message },
            FastlyError::Connection { .. } => Error::Connection { message },
            FastlyError::Decode { status, .. } => Error::Decode {
                status: status.as_ref().map(http),
                message,
            },
            FastlyError::InvalidArgument { .. } => Error::InvalidArgument { message },
        }
    }
}

/// The inverse of [`epoch_seconds`] (whole seconds).
fn seconds_since_epoch(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

impl From<Error> for FastlyError {
    fn from(error: Error) -> Self {
        let status = i32::from(error.status().unwrap_or(0));
        let detail = error.message().to_owned();
        match error {
            Error::Unauthorized { .. } => FastlyError::Unauthorized { status, detail },
            Error::Forbidden { .. } => FastlyError::Forbidden { status, detail },
            Error::NotFound { .. } => FastlyError::NotFound { status, detail },
            Error::BadRequest { .. } => FastlyError::BadRequest { status, detail },
            Error::RateLimited {
                remaining, reset, ..
            } => FastlyError::RateLimited {
                status,
                detail,
                remaining: remaining.map(signed),
                reset: epoch_seconds(reset),
            },
            Error::Server { .. } => FastlyError::Server { status, detail },
            Error::Http { .. } => FastlyError::Http { status, detail },
            Error::Timeout { .. } => FastlyError::Timeout { detail },
            Error::Connection { .. } => FastlyError::Connection { detail },
            Error::Decode { status, .. } => FastlyError::Decode {
                status: status.map(i32::from),
                detail,
            },
            Error::InvalidArgument { .. } => FastlyError::InvalidArgument { detail },
            // `Error` is #[non_exhaustive]: a variant added to the core later
            // reads as the nearest general kind until it gets its own variant
            // here, with the core's whole sentence as its detail.
            other => match other.status() {
                Some(code) => FastlyError::Http {
                    status: i32::from(code),
                    detail: other.to_string(),
                },
                None => FastlyError::Connection {
                    detail: other.to_string(),
                },
            },
        }
    }
}

impl fmt::Display for FastlyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_core(), f)
    }
}

impl std::error::Error for FastlyError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_keeps_variant_fields_and_sentence() {
        let core = Error::RateLimited {
            status: 429,
            message: "slow down".into(),
            remaining: Some(0),
            reset: Some(2_000_000_000),
        };
        let error = FastlyError::from(core.clone());
        assert_eq!(
            error,
            FastlyError::RateLimited {
                status: 429,
                detail: "slow down".into(),
                remaining: Some(0),
                reset: Some(UNIX_EPOCH + Duration::from_secs(2_000_000_000)),
            }
        );
        assert_eq!(error.status(), Some(429));
        assert_eq!(error.detail(), "slow down");
        assert_eq!(error.to_string(), core.to_string());
        assert!(
            error
                .to_string()
                .starts_with("rate limited (HTTP 429): slow down"),
            "{error}"
        );
    }

    #[test]
    fn every_variant_reads_as_the_core_sentence() {
        let errors = [
            Error::Unauthorized {
                status: 401,
                message: "bad key".into(),
            },
            Error::Forbidden {
                status: 403,
                message: "no".into(),
            },
            Error::NotFound {
                status: 404,
                message: "Cannot find user 'x'".into(),
            },
            Error::BadRequest {
                status: 422,
                message: "bad".into(),
            },
            Error::Server {
                status: 503,
                message: "down".into(),
            },
            Error::Http {
                status: 302,
                message: "moved".into(),
            },
            Error::Timeout {
                message: "after 1s".into(),
            },
            Error::Connection {
                message: "refused".into(),
            },
            Error::Decode {
                status: Some(200),
                message: "not JSON".into(),
            },
            Error::Decode {
                status: None,
                message: "too big".into(),
            },
            Error::InvalidArgument {
                message: "empty id".into(),
            },
        ];
        for core in errors {
            let error = FastlyError::from(core.clone());
            assert_eq!(error.to_string(), core.to_string());
            assert_eq!(error.status(), core.status().map(i32::from));
            assert_eq!(error.detail(), core.message());
        }
        let missing = FastlyError::from(Error::NotFound {
            status: 404,
            message: "Cannot find user 'x'".into(),
        });
        assert_eq!(
            missing.to_string(),
            "not found (HTTP 404): Cannot find user 'x'"
        );
    }

    #[test]
    fn a_foreign_built_error_with_an_odd_status_still_reads() {
        let error = FastlyError::NotFound {
            status: -1,
            detail: "made up".into(),
        };
        assert_eq!(error.to_string(), "not found (HTTP 0): made up");
    }

    #[test]
    fn extra_members_become_their_json_text() {
        let mut core = fastly_account::User::default();
        core.extra.insert("sso_provider".into(), "okta".into());
        core.extra.insert("locked".into(), 1.into());
        core.extra.insert("flag".into(), true.into());
        core.extra.insert("gone".into(), Default::default());
        core.role = Some(fastly_account::UserRole::TlsAdmin);
        let user = User::from(core);
        assert_eq!(user.role.as_deref(), Some("tls_admin"));
        let text = |name: &str| user.extra.get(name).map(String::as_str);
        assert_eq!(text("sso_provider"), Some("\"okta\""));
        assert_eq!(text("locked"), Some("1"));
        assert_eq!(text("flag"), Some("true"));
        assert_eq!(text("gone"), Some("null"));
        assert_eq!(user.extra.len(), 4);
    }

    #[test]
    fn new_iam_models_keep_their_fields() {
        let mut member = fastly_account::UserGroupMember::default();
        member.role = Some(fastly_account::UserRole::Other("auditor".into()));
        member.extra.insert("team".into(), "core".into());
        let member = UserGroupMember::from(member);
        assert_eq!(member.role.as_deref(), Some("auditor"));
        assert_eq!(
            member.extra.get("team").map(String::as_str),
            Some("\"core\"")
        );

        let mut service = fastly_account::Service::default();
        service.service_type = Some("wasm".into());
        assert_eq!(Service::from(service).service_type.as_deref(), Some("wasm"));

        let mut permission = fastly_account::Permission::default();
        permission.object = Some("permission".into());
        assert_eq!(
            Permission::from(permission).object.as_deref(),
            Some("permission")
        );
        let mut role = fastly_account::IamRole::default();
        role.permissions = Some(vec!["user.read".into()]);
        let role = IamRole::from(role);
        assert_eq!(role.permissions, Some(vec!["user.read".to_owned()]));
        assert_eq!(
            IamRole::from(fastly_account::IamRole::default()).permissions,
            None
        );
    }

    #[test]
    fn negative_epoch_is_before_1970() {
        assert_eq!(
            epoch_seconds(Some(-5)),
            Some(UNIX_EPOCH - Duration::from_secs(5))
        );
    }
}
