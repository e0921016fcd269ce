//! The generator both client classes are written by: [`client_methods!`]
//! turns the operation list of [`operations!`](crate::operations) into one
//! `#[pymethods]` block, in one of two modes:
//!
//! - `blocking` (`Client`): each method converts its arguments, runs the
//!   core call through [`wait`](crate::wait::wait) (GIL released, Ctrl-C
//!   honoured) and returns the converted result; a walk returns an
//!   [`ItemIterator`](crate::iter::ItemIterator).
//! - `asyncio` (`AsyncClient`): each method returns a
//!   [`Call`](crate::aio::Call), an awaitable that starts the core call on
//!   the core's runtime when first awaited and resolves to the same
//!   converted result; a walk returns an
//!   [`AsyncItemIterator`](crate::iter::AsyncItemIterator).
//!
//! Both modes also write the members the classes share: the constructor
//! (the settings of [`build`]), `__repr__` and `rate_limit`. A class is
//! `struct $client { inner: fastly_account::blocking::Client, endpoint: String }`
//! with a `core()` method giving the async client for one call.

use std::path::PathBuf;

use fastly_account::{blocking, ClientBuilder};
use pyo3::prelude::*;

use std::time::Duration;

use crate::errors::to_py_err;

/// Writes a client class's one `#[pymethods]` block: the shared members,
/// the hand-written ones (the leading `{ ... }`, passed through as they
/// are), then a method per operation declaration.
///
/// One invocation writes the whole block because PyO3 allows one
/// `#[pymethods]` block per class unless its `multiple-pymethods` feature is
/// on, and that feature brings the `inventory` crate (a new dependency, and
/// registration before `main` that not every platform supports). A method
/// body may still expand a macro (`@blocking`, `@asyncio`), since
/// `#[pymethods]` reads only the signatures.
macro_rules! client_methods {
    (
        $mode:ident
        #[pymethods]
        impl $client:ident {
            { $($members:tt)* }
            $(
                $(#[$attr:meta])*
                fn $name:ident($($param:tt $(: $ty:ty)? $(= $default:tt)?),* $(,)?) -> $ret:ty
                    = $($walk:ident)? |$c:ident| $call:expr;
            )*
        }
    ) => {
        client_methods! {
            @write $mode $client {
                /// See the class docstring: every setting but the token keyword-only,
                /// named as the Rust `ClientBuilder`'s; durations in seconds.
                #[new]
                #[pyo3(signature = (
                    token=None, *, endpoint=None, timeout=None, connect_timeout=None,
                    max_retries=None, retry_base_delay=None, retry_max_delay=None,
                    rate_limit_wait=None, max_response_bytes=None, max_idle_connections=None,
                    ca_bundle=None, allow_insecure_http=None,
                ))]
                #[allow(clippy::too_many_arguments)]
                fn new(
                    py: Python<'_>,
                    token: $crate::convert::Param<'_, Option<String>>,
                    endpoint: $crate::convert::Param<'_, Option<String>>,
                    timeout: $crate::convert::Param<'_, Option<$crate::convert::Seconds>>,
                    connect_timeout: $crate::convert::Param<'_, Option<$crate::convert::Seconds>>,
                    max_retries: $crate::convert::Param<'_, Option<$crate::convert::Count>>,
                    retry_base_delay: $crate::convert::Param<'_, Option<$crate::convert::Seconds>>,
                    retry_max_delay: $crate::convert::Param<'_, Option<$crate::convert::Seconds>>,
                    rate_limit_wait: $crate::convert::Param<'_, Option<$crate::convert::Seconds>>,
                    max_response_bytes: $crate::convert::Param<'_, Option<$crate::convert::Size>>,
                    max_idle_connections: $crate::convert::Param<'_, Option<$crate::convert::Size>>,
                    ca_bundle: $crate::convert::Param<'_, Option<std::path::PathBuf>>,
                    allow_insecure_http: $crate::convert::Param<'_, Option<bool>>,
                ) -> PyResult<Self> {
                    let settings = $crate::methods::Settings {
                        token: $crate::convert::argument::<Option<String>>(py, token, "token")?,
                        endpoint: $crate::convert::argument::<Option<String>>(py, endpoint, "endpoint")?,
                        timeout: $crate::convert::argument::<Option<$crate::convert::Seconds>>(py, timeout, "timeout")?,
                        connect_timeout: $crate::convert::argument::<Option<$crate::convert::Seconds>>(py, connect_timeout, "connect_timeout")?,
                        max_retries: $crate::convert::argument::<Option<$crate::convert::Count>>(py, max_retries, "max_retries")?,
                        retry_base_delay: $crate::convert::argument::<Option<$crate::convert::Seconds>>(py, retry_base_delay, "retry_base_delay")?,
                        retry_max_delay: $crate::convert::argument::<Option<$crate::convert::Seconds>>(py, retry_max_delay, "retry_max_delay")?,
                        rate_limit_wait: $crate::convert::argument::<Option<$crate::convert::Seconds>>(py, rate_limit_wait, "rate_limit_wait")?,
                        max_response_bytes: $crate::convert::argument::<Option<$crate::convert::Size>>(py, max_response_bytes, "max_response_bytes")?,
                        max_idle_connections: $crate::convert::argument::<Option<$crate::convert::Size>>(py, max_idle_connections, "max_idle_connections")?,
                        ca_bundle: $crate::convert::argument::<Option<std::path::PathBuf>>(py, ca_bundle, "ca_bundle")?,
                        allow_insecure_http: $crate::convert::argument::<Option<bool>>(py, allow_insecure_http, "allow_insecure_http")?,
                    };
                    let (inner, endpoint) = $crate::methods::build(py, settings)?;
                    Ok($client { inner, endpoint })
                }

                fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                    let endpoint = pyo3::types::PyString::new(py, &self.endpoint).repr()?;
                    Ok(format!(concat!(stringify!($client), "(endpoint={}, token='***')"), endpoint))
                }

                /// The `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset` headers
                /// of the last response that carried them, or `None` before any did.
                #[getter]
                fn rate_limit(&self) -> Option<$crate::models::RateLimit> {
                    self.inner.rate_limit().map($crate::models::RateLimit::from)
                }

                $($members)*
            }
            $(
                $(#[$attr])*
                fn $name($($param $(: $ty)? $(= $default)?),*) -> $ret = $($walk)? |$c| $call;
            )*
        }
    };
    // `Client`: each method gives the converted result, or a lazy `ItemIterator`.
    (
        @write blocking $client:ident { $($members:tt)* }
        $(
            $(#[$attr:meta])*
            fn $name:ident($($param:tt $(: $ty:ty)? $(= $default:tt)?),*) -> $ret:ty
                = $($walk:ident)? |$c:ident| $call:expr;
        )*
    ) => {
        #[pymethods]
        impl $client {
            $($members)*

            $(
                $(#[$attr])*
                #[pyo3(signature = ($($param $(= $default)?),*))]
                #[allow(clippy::too_many_arguments)]
                fn $name(&self, py: Python<'_>, $($($param: $crate::convert::Param<'_, $ty>,)?)*) -> PyResult<$ret> {
                    $($(let $param = $crate::convert::argument::<$ty>(py, $param, stringify!($param))?;)?)*
                    let $c = self.core();
                    client_methods!(@blocking py, $name, $($walk)? $call)
                }
            )*
        }
    };
    // `AsyncClient`: each method gives an awaitable `Call` (an argument the
    // binding refuses is raised by the await, as from an `async def`), or a
    // lazy `AsyncItemIterator`.
    (
        @write asyncio $client:ident { $($members:tt)* }
        $(
            $(#[$attr:meta])*
            fn $name:ident($($param:tt $(: $ty:ty)? $(= $default:tt)?),*) -> $ret:ty
                = $($walk:ident)? |$c:ident| $call:expr;
        )*
    ) => {
        #[pymethods]
        impl $client {
            $($members)*

            $(
                $(#[$attr])*
                #[pyo3(signature = ($($param $(= $default)?),*))]
                #[allow(clippy::too_many_arguments)]
                fn $name(&self, py: Python<'_>, $($($param: $crate::convert::Param<'_, $ty>,)?)*) -> PyResult<Py<PyAny>> {
                    let $c = self.core();
                    let prepared = $crate::methods::prepare(move || {
                        $($(let $param = $crate::convert::argument::<$ty>(py, $param, stringify!($param))?;)?)*
                        Ok(client_methods!(@prepare $($walk)? $call))
                    });
                    client_methods!(@asyncio py, $name, prepared, $($walk)?)
                }
            )*
        }
    };
    // A lazy walk: nothing is fetched before the first `next()`.
    (@blocking $py:ident, $name:ident, walk $call:expr) => {{
        let _ = $py;
        Ok($crate::iter::ItemIterator::new(stringify!($name), $call))
    }};
    // One request (or a few, with retries) on the core's runtime.
    (@blocking $py:ident, $name:ident, $call:expr) => {{
        let result = $crate::wait::wait($py, async move { $call.await })?;
        $crate::convert::ToPython::to_python(result, $py)
    }};
    (@prepare walk $call:expr) => { $call };
    (@prepare $call:expr) => { async move { $call.await } };
    // A lazy async walk: nothing is fetched before the first `__anext__()`.
    (@asyncio $py:ident, $name:ident, $prepared:ident, walk) => {{
        let walk = $crate::iter::AsyncItemIterator::new(stringify!($name), $prepared?);
        Ok(Py::new($py, walk)?.into_any())
    }};
    // One awaitable call, started when first awaited.
    (@asyncio $py:ident, $name:ident, $prepared:ident,) => {{
        Ok(Py::new($py, $crate::aio::Call::new(stringify!($name), $prepared))?.into_any())
    }};
}

/// Runs an async method's preparation (argument conversion, then the core
/// call's future or walk), keeping a refusal as a value for the await.
pub(crate) fn prepare<T>(steps: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    steps()
}

/// The constructor's settings, read and checked (see the class docs).
pub(crate) struct Settings {
    pub(crate) token: Option<String>,
    pub(crate) endpoint: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) retry_base_delay: Option<Duration>,
    pub(crate) retry_max_delay: Option<Duration>,
    pub(crate) rate_limit_wait: Option<Duration>,
    pub(crate) max_response_bytes: Option<usize>,
    pub(crate) max_idle_connections: Option<usize>,
    pub(crate) ca_bundle: Option<PathBuf>,
    pub(crate) allow_insecure_http: Option<bool>,
}

/// Builds the core client both classes wrap, and the endpoint `repr` shows.
///
/// Without a token, `FASTLY_API_TOKEN` (and `FASTLY_API_ENDPOINT`, if set)
/// are read from the environment. A response body larger than
/// `max_response_bytes` (default 32 MiB) raises `DecodeError`. `ca_bundle`
/// (a `str` or `os.PathLike`) names a PEM file of CA certificates trusted
/// besides the operating system's.
pub(crate) fn build(py: Python<'_>, settings: Settings) -> PyResult<(blocking::Client, String)> {
    let mut builder = match settings.token {
        Some(token) => ClientBuilder::new(token),
        None => ClientBuilder::from_env(),
    };
    builder = builder.binding("python");
    if let Some(endpoint) = settings.endpoint {
        builder = builder.endpoint(endpoint);
    }
    if let Some(timeout) = settings.timeout {
        builder = builder.timeout(timeout);
    }
    if let Some(timeout) = settings.connect_timeout {
        builder = builder.connect_timeout(timeout);
    }
    if let Some(retries) = settings.max_retries {
        builder = builder.max_retries(retries);
    }
    if let Some(delay) = settings.retry_base_delay {
        builder = builder.retry_base_delay(delay);
    }
    if let Some(delay) = settings.retry_max_delay {
        builder = builder.retry_max_delay(delay);
    }
    if let Some(wait) = settings.rate_limit_wait {
        builder = builder.rate_limit_wait(wait);
    }
    if let Some(cap) = settings.max_response_bytes {
        builder = builder.max_response_bytes(cap);
    }
    if let Some(idle) = settings.max_idle_connections {
        builder = builder.max_idle_connections(idle);
    }
    if let Some(path) = settings.ca_bundle {
        builder = builder.ca_bundle(path);
    }
    if let Some(allow) = settings.allow_insecure_http {
        builder = builder.allow_insecure_http(allow);
    }
    let inner = builder.build_blocking().map_err(|e| to_py_err(py, e))?;
    let endpoint = inner
        .config()
        .endpoint
        .as_str()
        .trim_end_matches('/')
        .to_owned();
    Ok((inner, endpoint))
}
