//! The one waiting loop every call goes through.
//!
//! The call runs on the core's internal runtime; this thread waits for it
//! detached from the interpreter (other Python threads run meanwhile), waking
//! every [`POLL`] to let Python handle signals. When a signal handler raises
//! (Ctrl-C gives `KeyboardInterrupt`) the pending call is dropped, which
//! aborts the request, and the exception propagates.

use std::future::Future;
use std::time::Duration;

use fastly_account::runtime;
use pyo3::prelude::*;

use crate::errors::to_py_err;

/// How long one detached wait lasts before signals are checked.
const POLL: Duration = Duration::from_millis(50);

/// Runs `future` to completion without holding the GIL. The outer `Err` is a
/// Python exception raised while waiting (e.g. `KeyboardInterrupt`); the inner
/// result is the call's own.
pub(crate) fn wait_raw<T, F>(py: Python<'_>, future: F) -> PyResult<fastly_account::Result<T>>
where
    T: Send + 'static,
    F: Future<Output = fastly_account::Result<T>> + Send + 'static,
{
    crate::logging::refresh(py);
    let mut pending = runtime::spawn(future).map_err(|e| to_py_err(py, e))?;
    loop {
        if let Some(result) = py.detach(|| pending.wait_timeout(POLL)) {
            return Ok(result);
        }
        // On error `pending` is dropped on return, which aborts the request.
        py.check_signals()?;
    }
}

/// [`wait_raw`] with the call's error turned into its Python exception.
pub(crate) fn wait<T, F>(py: Python<'_>, future: F) -> PyResult<T>
where
    T: Send + 'static,
    F: Future<Output = fastly_account::Result<T>> + Send + 'static,
{
    wait_raw(py, future)?.map_err(|e| to_py_err(py, e))
}
