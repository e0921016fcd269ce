//! `fastly_account.Client`: the blocking client. Its constructor,
//! `__repr__`, `rate_limit` and every operation come from the one operation
//! list ([`operations!`](crate::operations)) through
//! [`client_methods!`](crate::methods) in its `blocking` mode; what is
//! written here is what only the blocking client has (`with`).

use fastly_account as core;
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::operations::scope::*;

/// A client of the Fastly Account and IAM API. Safe to share between
/// threads; every call releases the GIL while it waits and can be
/// interrupted with Ctrl-C (`KeyboardInterrupt`).
///
/// `Client(token=None, *, endpoint=None, timeout=None, connect_timeout=None,
/// max_retries=None, retry_base_delay=None, retry_max_delay=None,
/// rate_limit_wait=None, max_response_bytes=None, max_idle_connections=None,
/// ca_bundle=None, allow_insecure_http=None)`: without a token,
/// `FASTLY_API_TOKEN` (and `FASTLY_API_ENDPOINT`) are read from the
/// environment; durations are in seconds; `ca_bundle` is a PEM file of CA
/// certificates trusted besides the system's. Optional arguments of every
/// operation are keyword-only.
#[pyclass(frozen, module = "fastly_account")]
pub struct Client {
    inner: core::blocking::Client,
    endpoint: String,
}

impl Client {
    /// The async client (rebuilt in a forked child), for one call.
    fn core(&self) -> core::Client {
        self.inner.as_async()
    }
}

operations!(blocking Client {
    fn __enter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    /// Nothing to close: connections are released when the client is garbage collected.
    #[pyo3(signature = (_exc_type=None, _exc_value=None, _traceback=None))]
    fn __exit__(
        &self,
        _exc_type: Option<Bound<'_, PyType>>,
        _exc_value: Option<Bound<'_, PyAny>>,
        _traceback: Option<Bound<'_, PyAny>>,
    ) -> bool {
        false
    }
});
