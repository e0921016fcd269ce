//! UniFFI bindings (Kotlin, Swift) of the `fastly-account` client.
//!
//! The interface is `src/fastly_account.udl`, generated (with the operation
//! list `src/operation_list.rs` and the records `src/record_list.rs`) from the
//! core's one declaration of each operation and model by
//! `cargo run -p fastly-account-generate`. This crate is glue only: each
//! operation is ONE generated declaration in the `operations!` list, which
//! generates both the blocking method of `Client` (over
//! [`fastly_account::blocking::Client`]) and the async method of the same
//! name on `AsyncClient` (the core's async client, run as a task of the
//! core's one runtime through [`fastly_account::runtime::task`]). Arguments
//! are converted by `forward::IntoCore` (the one place where UDL arguments are
//! checked), results by [`convert`] (the one place where core models and
//! errors become the UDL's dictionaries and `FastlyError`). No HTTP, retry or
//! JSON logic lives here.
//!
//! Every object is `Send + Sync`. Blocking calls are the core's blocking facade,
//! so they may be made from any foreign thread; async calls
//! are futures any foreign executor can poll (UniFFI's bridge to Kotlin
//! coroutines and Swift tasks), and dropping one aborts its request.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use fastly_account::{blocking, Paginator};
// Every options struct (the generated list names them).
use fastly_account::api::*;
use fastly_account::{ClientBuilder, ListOptions, UserRole};

/// The library's allocator: mimalloc (see the module docs).
#[cfg(feature = "mimalloc")]
mod allocator;

pub mod convert;
/// The all-primitive FFI twins the Kotlin binding calls (see the module docs).
pub mod ffi_shims;
mod forward;
pub mod logging;

use forward::{operations, IntoCore};

// UniFFI turns a panic into a foreign exception only when it can unwind; with
// `panic = "abort"` a bug would kill the whole app (JVM, iOS process) instead.
#[cfg(panic = "abort")]
compile_error!("fastly-account-uniffi must be built with panic = \"unwind\" (never \"abort\")");

// The records (generated: convert.rs), pages, `RateLimit` and `FastlyError`,
// at the crate's root where the UDL scaffolding looks for them.
pub use convert::*;
pub use logging::{set_log_sink, LogLevel, LogSink};

/// The binding tag in the user agent: `fastly-account/<version> (uniffi)`.
/// (Whether Kotlin or Swift loaded the library is not knowable from Rust.)
const BINDING: &str = "uniffi";

type Result<T, E = FastlyError> = std::result::Result<T, E>;

/// The configuration both clients' `with_options` constructors take; each
/// `None` keeps the core's default. Counts are signed in the UDL (no
/// unsigned integers in public signatures): a negative one is
/// `InvalidArgument`.
#[allow(clippy::too_many_arguments)]
fn configure(
    token: String,
    endpoint: Option<String>,
    timeout: Option<TimeSpan>,
    connect_timeout: Option<TimeSpan>,
    max_retries: Option<i32>,
    retry_base_delay: Option<TimeSpan>,
    retry_max_delay: Option<TimeSpan>,
    rate_limit_wait: Option<TimeSpan>,
    max_response_bytes: Option<i64>,
    ca_bundle: Option<String>,
    max_idle_connections: Option<i32>,
) -> Result<ClientBuilder> {
    let mut builder = ClientBuilder::new(token);
    if let Some(endpoint) = endpoint {
        builder = builder.endpoint(endpoint);
    }
    if let Some(timeout) = timeout {
        builder = builder.timeout(timeout.checked("timeout")?);
    }
    if let Some(timeout) = connect_timeout {
        builder = builder.connect_timeout(timeout.checked("connect_timeout")?);
    }
    if let Some(retries) = max_retries {
        let retries: u32 = retries.into_core("max_retries")?;
        builder = builder.max_retries(retries);
    }
    if let Some(delay) = retry_base_delay {
        builder = builder.retry_base_delay(delay.checked("retry_base_delay")?);
    }
    if let Some(delay) = retry_max_delay {
        builder = builder.retry_max_delay(delay.checked("retry_max_delay")?);
    }
    if let Some(wait) = rate_limit_wait {
        builder = builder.rate_limit_wait(wait.checked("rate_limit_wait")?);
    }
    if let Some(bytes) = max_response_bytes {
        let bytes: usize = bytes.into_core("max_response_bytes")?;
        builder = builder.max_response_bytes(bytes);
    }
    if let Some(path) = ca_bundle {
        builder = builder.ca_bundle(path);
    }
    if let Some(connections) = max_idle_connections {
        let connections: usize = connections.into_core("max_idle_connections")?;
        builder = builder.max_idle_connections(connections);
    }
    Ok(builder)
}

/// Declares the three constructors of a client (`constructor(token)`,
/// `[Name=with_options]`, `[Name=from_env]`), given how it is built from a
/// configured `ClientBuilder`.
macro_rules! constructors {
    ($client:ident, |$builder:ident| $build:expr) => {
        impl $client {
            /// `constructor(string token)`.
            pub fn new(token: String) -> Result<Self> {
                Self::build(ClientBuilder::new(token))
            }

            /// `[Name=with_options] constructor(...)`: each `None` keeps the core's default.
            #[allow(clippy::too_many_arguments)]
            pub fn with_options(
                token: String,
                endpoint: Option<String>,
                timeout: Option<TimeSpan>,
                connect_timeout: Option<TimeSpan>,
                max_retries: Option<i32>,
                retry_base_delay: Option<TimeSpan>,
                retry_max_delay: Option<TimeSpan>,
                rate_limit_wait: Option<TimeSpan>,
                max_response_bytes: Option<i64>,
                ca_bundle: Option<String>,
                max_idle_connections: Option<i32>,
            ) -> Result<Self> {
                Self::build(configure(
                    token,
                    endpoint,
                    timeout,
                    connect_timeout,
                    max_retries,
                    retry_base_delay,
                    retry_max_delay,
                    rate_limit_wait,
                    max_response_bytes,
                    ca_bundle,
                    max_idle_connections,
                )?)
            }

            /// `[Name=from_env] constructor()`: `FASTLY_API_TOKEN`, `FASTLY_API_ENDPOINT`.
            pub fn from_env() -> Result<Self> {
                Self::build(ClientBuilder::from_env())
            }

            fn build(builder: ClientBuilder) -> Result<Self> {
                let $builder = builder.binding(BINDING);
                Ok($client { inner: $build })
            }

            /// `endpoint()`: the API base URL.
            pub fn endpoint(&self) -> String {
                self.inner.config().endpoint.to_string()
            }

            /// `rate_limit()`: the headers of the last response that carried them.
            pub fn rate_limit(&self) -> Option<RateLimit> {
                self.inner.rate_limit().map(RateLimit::from)
            }
        }

        /// Kotlin `toString()`, Swift `description`: the endpoint, never the token.
        impl fmt::Display for $client {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    concat!(
                        "fastly-account ",
                        stringify!($client),
                        "(endpoint={}, token=***)"
                    ),
                    self.inner.config().endpoint
                )
            }
        }

        impl fmt::Debug for $client {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The core's Debug redacts the token.
                fmt::Debug::fmt(&self.inner, f)
            }
        }
    };
}

/// `[Custom] typedef double TimeSpan`: a span of time in seconds as the
/// foreign side gives it (Kotlin `java.time.Duration`, Swift `TimeInterval`,
/// mapped in uniffi.toml). A plain number crosses the FFI, so UniFFI's own
/// duration conversion, which crashes Swift on a negative or NaN value and
/// throws `IllegalArgumentException` in Kotlin, never runs; the library
/// checks the number itself ([`TimeSpan::checked`]).
pub struct TimeSpan(f64);

uniffi::custom_newtype!(TimeSpan, f64);

impl TimeSpan {
    /// The span as a `Duration`, or `InvalidArgument` naming `name` with the
    /// accepted range (the core's one check of durations).
    fn checked(self, name: &str) -> Result<Duration> {
        Ok(fastly_account::arguments::seconds(
            &forward::camel(name),
            self.0,
        )?)
    }
}

/// `interface Client`: the blocking client of the core, shared by reference.
pub struct Client {
    inner: blocking::Client,
}

constructors!(Client, |builder| builder.build_blocking()?);

/// `interface AsyncClient`: the core's async client, shared by reference.
/// Each operation runs as a task of the core's one runtime
/// ([`fastly_account::runtime::task`]), awaited through UniFFI's foreign
/// future bridge; no second runtime, no thread per call.
pub struct AsyncClient {
    inner: fastly_account::Client,
}

constructors!(AsyncClient, |builder| builder.build()?);

// The operations: one declaration each (see `forward` for the syntax and what
// the generated method does). Same names, arguments and order as the UDL's
// `interface Client`; the UDL documents them for Kotlin and Swift.
// Every operation, generated from the core's interface description (each
// declared once, in core/src/api/<area>.rs) by `cargo run -p fastly-account-generate`.
include!("operation_list.rs");

/// A lazy walk shared by reference across the FFI: the core's iterator
/// behind a mutex (objects must be `Sync`; concurrent `next()` calls take
/// turns). A poisoned lock only means another caller panicked mid-walk; the
/// iterator itself is still consistent, so it is used as it is.
///
/// `$async_name` is the async walk of the same items: the core's
/// [`Paginator`] behind a tokio mutex in an `Arc`, so each `next()` runs
/// (page fetch included) as a task of the core's runtime, and a cancelled
/// `next()` aborts it (the walk then stays where it was: the same page is
/// asked for again by the next `next()`).
macro_rules! walk {
    ($(#[$doc:meta])* $name:ident, $(#[$async_doc:meta])* $async_name:ident, $item:ident) => {
        $(#[$doc])*
        pub struct $name(Mutex<blocking::Iter<fastly_account::$item>>);

        impl $name {
            fn new(items: blocking::Iter<fastly_account::$item>) -> Arc<Self> {
                Arc::new($name(Mutex::new(items)))
            }

            fn lock(&self) -> MutexGuard<'_, blocking::Iter<fastly_account::$item>> {
                self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
            }

            /// The next item, fetching a page if needed; `None` after the last.
            pub fn next(&self) -> Result<Option<$item>> {
                match self.lock().next() {
                    None => Ok(None),
                    Some(item) => Ok(Some(item?.into())),
                }
            }

            /// How many pages have been fetched so far.
            pub fn pages_fetched(&self) -> i64 {
                pages(self.lock().pages_fetched())
            }
        }

        $(#[$async_doc])*
        pub struct $async_name {
            pages: Arc<tokio::sync::Mutex<Paginator<fastly_account::$item>>>,
            fetched: Arc<AtomicI64>,
        }

        impl $async_name {
            fn new(pages: Paginator<fastly_account::$item>) -> Arc<Self> {
                Arc::new($async_name {
                    pages: Arc::new(tokio::sync::Mutex::new(pages)),
                    fetched: Arc::new(AtomicI64::new(0)),
                })
            }

            /// The next item, fetching a page if needed; `None` after the last.
            pub async fn next(&self) -> Result<Option<$item>> {
                let (walk, fetched) = (Arc::clone(&self.pages), Arc::clone(&self.fetched));
                let item = fastly_account::runtime::task(async move {
                    let mut walk = walk.lock().await;
                    let item = walk.next().await;
                    fetched.store(pages(walk.pages_fetched()), Ordering::Relaxed);
                    item
                })?
                .await?;
                Ok(item.map($item::from))
            }

            /// How many pages have been fetched so far (never waits for a
            /// `next()` in progress).
            pub fn pages_fetched(&self) -> i64 {
                self.fetched.load(Ordering::Relaxed)
            }
        }

        // Every object crosses threads on the foreign side.
        const _: () = {
            fn send_sync<T: Send + Sync>() {}
            let _ = send_sync::<$name>;
            let _ = send_sync::<$async_name>;
        };
    };
}

/// A page count in the UDL's signed type (saturates; never reached).
fn pages(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

// Every page dictionary and walk (blocking and async), generated: one per item
// type some operation pages or walks.
include!("walk_list.rs");

uniffi::include_scaffolding!("fastly_account");

// `[Error, Traits=(Display)] interface FastlyError` puts the Display method in the
// library's metadata (so Kotlin's `toString()` and Swift's `description` call it), but
// uniffi 0.32's UDL scaffolding for an error enum does not export its function (the
// scaffolding template of plain enums does, with `export_for_udl_derive`). Export it the
// way that template would, without metadata (the UDL already gave it): the empty enum is
// only the macro's input and is not emitted. Without this the foreign side fails to load
// `..._fn_method_fastlyerror_uniffi_trait_display`.
#[uniffi::export_for_udl(Display)]
enum FastlyError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn objects_are_send_and_sync() {
        assert_send_sync::<Client>();
        assert_send_sync::<FastlyError>();
        assert_send_sync::<AsyncClient>();
    }

    /// The UDL's methods of one interface: name -> (attributes, the rest of
    /// the declaration from the return type to the `;`, whitespace folded).
    fn udl_methods(interface: &str) -> std::collections::BTreeMap<String, (String, String)> {
        let udl = include_str!("fastly_account.udl");
        let start = udl
            .find(&format!("interface {interface} {{"))
            .expect("the interface is declared");
        let body = &udl[start..];
        let body = &body[..body.find("\n};").expect("the interface ends")];
        let mut methods = std::collections::BTreeMap::new();
        let mut attributes = String::new();
        let code: String = body
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join(" ");
        for statement in code.split(';') {
            let statement = statement.split_whitespace().collect::<Vec<_>>().join(" ");
            let statement = statement
                .rsplit('{')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            let (attrs, rest) = match statement.strip_prefix('[') {
                Some(tail) => match tail.split_once(']') {
                    Some((attrs, rest)) => (attrs.to_owned(), rest.trim().to_owned()),
                    None => continue,
                },
                None => (String::new(), statement),
            };
            attributes.clear();
            attributes.push_str(&attrs);
            let Some((before, _)) = rest.split_once('(') else {
                continue;
            };
            let Some(name) = before.split_whitespace().last() else {
                continue;
            };
            if name == "constructor" {
                continue;
            }
            methods.insert(name.to_owned(), (attributes.clone(), rest.clone()));
        }
        methods
    }

    #[test]
    fn the_async_client_declares_every_operation_of_the_client() {
        let blocking = udl_methods("Client");
        let asynchronous = udl_methods("AsyncClient");
        assert!(blocking.len() > 55, "{}", blocking.len());
        assert_eq!(
            blocking.keys().collect::<Vec<_>>(),
            asynchronous.keys().collect::<Vec<_>>()
        );
        for (name, (attrs, declaration)) in &blocking {
            let (async_attrs, async_declaration) = &asynchronous[name];
            if name.starts_with("iter_") {
                // The async walk object instead of the blocking one.
                let expected = declaration.replacen("Iterator ", "AsyncIterator ", 1);
                assert_eq!(&expected, async_declaration, "{name}");
                assert_eq!(attrs, async_attrs, "{name}");
            } else if name == "endpoint" || name == "rate_limit" {
                assert_eq!(declaration, async_declaration, "{name}");
                assert_eq!(attrs, async_attrs, "{name}");
            } else {
                assert_eq!(declaration, async_declaration, "{name}");
                assert_eq!(attrs, "Throws=FastlyError", "{name}");
                assert_eq!(async_attrs, "Async, Throws=FastlyError", "{name}");
            }
        }
    }

    #[test]
    fn no_public_signature_uses_an_unsigned_integer() {
        let udl = include_str!("fastly_account.udl");
        for (number, line) in udl.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for unsigned in ["u8", "u16", "u32", "u64"] {
                let used = code
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .any(|word| word == unsigned);
                assert!(!used, "line {}: {line}", number + 1);
            }
        }
    }

    #[test]
    fn client_text_never_holds_the_token() {
        let client = Client::with_options(
            "s3cr3t-t0ken".into(),
            Some("http://127.0.0.1:9".into()),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .expect("valid configuration");
        for text in [client.to_string(), format!("{client:?}")] {
            assert!(!text.contains("s3cr3t"), "{text}");
            assert!(text.contains("127.0.0.1:9"), "{text}");
        }
    }

    #[test]
    fn the_generator_uses_the_same_uniffi() {
        let pin = |manifest: &str| {
            let line = manifest
                .lines()
                .find(|l| l.starts_with("uniffi = "))
                .expect("a uniffi dependency");
            line.split('"').nth(1).expect("a quoted version").to_owned()
        };
        let library = pin(include_str!("../Cargo.toml"));
        assert!(
            library.starts_with('='),
            "uniffi must be pinned with '=': {library}"
        );
        assert_eq!(library, pin(include_str!("../bindgen/Cargo.toml")));
    }

    fn with_extras(ca_bundle: Option<String>, max_idle_connections: Option<i32>) -> Result<Client> {
        Client::with_options(
            "t0ken".into(),
            Some("http://127.0.0.1:9".into()),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            ca_bundle,
            max_idle_connections,
        )
    }

    #[test]
    fn negative_idle_connections_are_refused() {
        let error = with_extras(None, Some(-1)).expect_err("negative count refused");
        assert!(
            matches!(&error, FastlyError::InvalidArgument { detail } if detail.contains("maxIdleConnections")),
            "{error}"
        );
        with_extras(None, Some(0)).expect("zero idle connections is valid");
        with_extras(None, Some(4)).expect("a positive count is valid");
    }

    #[test]
    fn an_unreadable_ca_bundle_is_an_invalid_argument() {
        let error = with_extras(Some("/nonexistent/fastly-ca.pem".into()), None)
            .expect_err("missing file refused");
        assert!(
            matches!(error, FastlyError::InvalidArgument { .. }),
            "{error}"
        );
    }

    #[test]
    fn negative_counts_in_the_configuration_are_refused() {
        for (retries, bytes, name) in [
            (Some(-1), None, "maxRetries"),
            (None, Some(-1), "maxResponseBytes"),
        ] {
            let error = AsyncClient::with_options(
                "t0ken".into(),
                Some("http://127.0.0.1:9".into()),
                None,
                None,
                retries,
                None,
                None,
                None,
                bytes,
                None,
                None,
            )
            .expect_err("negative count refused");
            assert!(
                matches!(&error, FastlyError::InvalidArgument { detail } if detail.contains(name)),
                "{error}"
            );
        }
    }

    #[test]
    fn bad_configuration_is_an_invalid_argument() {
        let error = Client::new(String::new()).expect_err("empty token refused");
        assert!(matches!(error, FastlyError::InvalidArgument { .. }));
        assert_eq!(error.status(), None);
        assert!(
            error.to_string().starts_with("invalid argument:"),
            "{error}"
        );
    }
}
