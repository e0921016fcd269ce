//! `fastly_account.AsyncClient`: the asyncio client. The same constructor,
//! `__repr__`, `rate_limit` and operations as `Client`, from the same
//! operation list ([`operations!`](crate::operations)) through
//! [`client_methods!`](crate::methods) in its `asyncio` mode: each operation
//! returns an awaitable [`Call`](crate::aio::Call), each walk an
//! [`AsyncItemIterator`](crate::iter::AsyncItemIterator). What is written
//! here is what only the async client has (`async with`).

use fastly_account as core;
use pyo3::prelude::*;
use pyo3::types::PyType;
use pyo3::IntoPyObjectExt;

use crate::aio::Call;
use crate::operations::scope::*;

/// An asyncio client of the Fastly Account and IAM API: the operations of
/// `Client` under the same names, each awaitable (`await
/// client.get_current_user()`), and the `iter_*` walks as async iterators
/// (`async for role in client.iter_roles()`). Works on any running asyncio
/// event loop, several loops in several threads included; no thread is
/// started per call, and cancelling an await (`task.cancel()`,
/// `asyncio.wait_for`) aborts its request.
///
/// Built like `Client`: `AsyncClient(token=None, *, endpoint=None, ...)`,
/// the same keyword-only settings; without a token, `FASTLY_API_TOKEN` (and
/// `FASTLY_API_ENDPOINT`) are read from the environment.
#[pyclass(frozen, module = "fastly_account")]
pub struct AsyncClient {
    inner: core::blocking::Client,
    endpoint: String,
}

impl AsyncClient {
    /// The async client (rebuilt in a forked child), for one call.
    fn core(&self) -> core::Client {
        self.inner.as_async()
    }
}

operations!(asyncio AsyncClient {
    /// `async with AsyncClient(...) as client:` gives the client itself.
    fn __aenter__(slf: Py<Self>) -> Call {
        Call::resolved("__aenter__", slf.into_any())
    }

    /// Nothing to close: connections are released when the client is
    /// garbage collected. Exceptions propagate.
    #[pyo3(signature = (_exc_type=None, _exc_value=None, _traceback=None))]
    fn __aexit__(
        &self,
        py: Python<'_>,
        _exc_type: Option<Bound<'_, PyType>>,
        _exc_value: Option<Bound<'_, PyAny>>,
        _traceback: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Call> {
        Ok(Call::resolved("__aexit__", false.into_py_any(py)?))
    }
});
