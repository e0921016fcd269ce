//! `fastly_account._native._Sandbox`: the in-process sandbox behind
//! `fastly_account.testing.Sandbox`.
//!
//! The `fastly-sandbox` library linked into the extension: it serves on its own
//! thread with its own tokio runtime, so the handle is a thin, private wrapper.
//! Fault rules go in and the request log comes out as JSON (the sandbox's own
//! serde shapes, the same as its HTTP control protocol); the Python module turns
//! them into keyword arguments and typed records.

use std::sync::Mutex;

use fastly_sandbox::{FaultRule, Sandbox, SandboxConfig};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

/// A running in-process sandbox (private; use `fastly_account.testing.Sandbox`).
#[pyclass(name = "_Sandbox", module = "fastly_account._native", frozen)]
pub struct NativeSandbox {
    url: String,
    token: String,
    inner: Mutex<Option<Sandbox>>,
}

impl NativeSandbox {
    fn with<T>(&self, f: impl FnOnce(&Sandbox) -> T) -> PyResult<T> {
        let guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        match guard.as_ref() {
            Some(sandbox) => Ok(f(sandbox)),
            None => Err(PyRuntimeError::new_err("the sandbox is stopped")),
        }
    }
}

#[pymethods]
impl NativeSandbox {
    /// Starts a sandbox on a free loopback port accepting `token`.
    #[new]
    #[pyo3(signature = (token))]
    fn new(py: Python<'_>, token: String) -> PyResult<Self> {
        let config = SandboxConfig {
            token: token.clone(),
            ..SandboxConfig::default()
        };
        let sandbox = py
            .detach(|| Sandbox::start(config))
            .map_err(|e| match e.kind() {
                // A token no client could send: the caller's mistake.
                std::io::ErrorKind::InvalidInput => PyValueError::new_err(e.to_string()),
                _ => PyRuntimeError::new_err(format!("could not start the sandbox: {e}")),
            })?;
        Ok(NativeSandbox {
            url: sandbox.url(),
            token,
            inner: Mutex::new(Some(sandbox)),
        })
    }

    /// The API's base URL, e.g. `http://127.0.0.1:41234`.
    #[getter]
    fn url(&self) -> String {
        self.url.clone()
    }

    /// The token the sandbox accepts in `Fastly-Key`.
    #[getter]
    fn token(&self) -> String {
        self.token.clone()
    }

    /// Whether the sandbox is still serving.
    #[getter]
    fn running(&self) -> bool {
        self.inner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }

    /// Arms a fault rule given as the JSON of `POST /__sandbox/faults`.
    fn arm(&self, rule_json: &str) -> PyResult<()> {
        let rule = FaultRule::from_json(rule_json.as_bytes())
            .map_err(|e| PyValueError::new_err(format!("invalid fault rule: {e}")))?;
        self.with(|s| s.arm(rule))
    }

    /// The request log as JSON (a list of `GET /__sandbox/requests` records).
    fn requests_json(&self) -> PyResult<String> {
        let records = self.with(|s| s.requests())?;
        serde_json::to_string(&records).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// The ids of the seed data as JSON (`GET /__sandbox/seed`).
    fn seed_json(&self) -> PyResult<String> {
        let seed = self.with(|s| s.seed())?;
        serde_json::to_string(&seed).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// The token secrets the sandbox issued (logging in, automation tokens),
    /// as JSON, in issue order.
    fn issued_secrets_json(&self) -> PyResult<String> {
        let secrets = self.with(|s| s.issued_secrets())?;
        serde_json::to_string(&secrets).map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// Empties the request log.
    fn clear_requests(&self) -> PyResult<()> {
        self.with(|s| s.clear_requests())
    }

    /// Data back to the seed; faults, logs, patches and settings cleared.
    fn reset(&self) -> PyResult<()> {
        self.with(|s| s.reset())
    }

    /// Stops serving and frees the port; idempotent.
    fn stop(&self, py: Python<'_>) {
        let sandbox = self.inner.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(sandbox) = sandbox {
            py.detach(move || drop(sandbox));
        }
    }
}
