//! The core's `tracing` events, forwarded to Python's `logging` module under
//! the logger `fastly_account`.
//!
//! The library only emits: it installs no handler and sets no level, so
//! nothing is shown until the application configures logging (for example
//! `logging.basicConfig(level=logging.DEBUG)`). The core logs one DEBUG
//! record per HTTP attempt and one INFO record per retry, as
//! `message key=value ...`; it never logs the token.
//!
//! Cost when logging is off: the core's forwarding subscriber
//! ([`fastly_account::log_forward`]) is installed when the module loads, with
//! this module's sink. It drops every event above the level the Python logger
//! accepts before any formatting or any contact with the interpreter. That
//! level is read from
//! `logging.getLogger("fastly_account").getEffectiveLevel()` at the start of
//! every call ([`refresh`], one Python method call while the caller holds the
//! GIL anyway), so configuring logging at any time takes effect from the
//! next call.
//!
//! Forwarding an enabled event attaches to the interpreter
//! (`Python::try_attach`) from whichever thread emitted it: the caller's
//! thread, which waits detached from the interpreter, or a runtime thread.
//! Attaching is re-entrant, so an event emitted by a thread that is already
//! attached works too, and nothing is forwarded once the interpreter is
//! shutting down.

use std::sync::Arc;

use fastly_account::log_forward::{self, Level, LogSink};
use pyo3::exceptions::PyKeyboardInterrupt;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::{ffi, intern};

/// The Python logger every event goes to.
pub(crate) const LOGGER_NAME: &str = "fastly_account";

/// `logging.getLogger("fastly_account")`, fetched once.
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The `logging` level number a tracing level is logged at (TRACE as 5).
fn python_level(level: Level) -> i64 {
    match level {
        Level::ERROR => 40,
        Level::WARN => 30,
        Level::INFO => 20,
        Level::DEBUG => 10,
        Level::TRACE => 5,
    }
}

/// The most verbose tracing level that a logger whose effective level is
/// `python` lets through (`None`: nothing).
fn level_for_python_level(python: i64) -> Option<Level> {
    match python {
        i64::MIN..=5 => Some(Level::TRACE),
        6..=10 => Some(Level::DEBUG),
        11..=20 => Some(Level::INFO),
        21..=30 => Some(Level::WARN),
        31..=40 => Some(Level::ERROR),
        _ => None,
    }
}

fn logger(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    LOGGER
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import("logging")?
                    .call_method1("getLogger", (LOGGER_NAME,))?
                    .unbind(),
            )
        })
        .map(|logger| logger.bind(py))
}

/// Sends the core's events to this module's sink. If the program already
/// has a `tracing` subscriber, that one keeps receiving them instead.
pub(crate) fn install(py: Python<'_>) -> PyResult<()> {
    logger(py)?;
    refresh(py);
    log_forward::set_sink(Some(Arc::new(PythonLogging)));
    Ok(())
}

/// Reads the logger's effective level into the core's forwarding level.
/// Called at the start of every call; on any failure the previous level is kept.
pub(crate) fn refresh(py: Python<'_>) {
    let level = logger(py).and_then(|logger| {
        logger
            .call_method0(intern!(py, "getEffectiveLevel"))?
            .extract::<i64>()
    });
    if let Ok(level) = level {
        log_forward::set_max_level(level_for_python_level(level));
    }
}

/// The sink: `logging.getLogger("fastly_account").log(level, message)`.
struct PythonLogging;

impl LogSink for PythonLogging {
    fn log(&self, level: Level, message: &str) {
        // `None` while the interpreter shuts down: the event is dropped.
        let _ = Python::try_attach(|py| forward(py, level, message));
    }
}

/// `logger.log(level, message)`. A failure of the application's logging
/// setup is reported as unraisable (like an exception in `__del__`); a
/// Ctrl-C that arrived meanwhile is handed back to the interpreter, so the
/// waiting call still raises `KeyboardInterrupt`.
fn forward(py: Python<'_>, level: Level, message: &str) {
    let result = logger(py)
        .and_then(|logger| logger.call_method1(intern!(py, "log"), (python_level(level), message)));
    if let Err(error) = result {
        if error.is_instance_of::<PyKeyboardInterrupt>(py) {
            // SAFETY: attached to the interpreter; only sets a flag that the
            // next signal check (the call's waiting loop) turns into
            // KeyboardInterrupt.
            unsafe { ffi::PyErr_SetInterrupt() };
        } else {
            error.write_unraisable(py, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_levels_map_to_tracing_levels() {
        assert_eq!(level_for_python_level(0), Some(Level::TRACE)); // NOTSET: everything
        assert_eq!(level_for_python_level(10), Some(Level::DEBUG));
        assert_eq!(level_for_python_level(15), Some(Level::INFO));
        assert_eq!(level_for_python_level(20), Some(Level::INFO));
        assert_eq!(level_for_python_level(30), Some(Level::WARN));
        assert_eq!(level_for_python_level(40), Some(Level::ERROR));
        assert_eq!(level_for_python_level(50), None);
        for level in [
            Level::ERROR,
            Level::WARN,
            Level::INFO,
            Level::DEBUG,
            Level::TRACE,
        ] {
            assert_eq!(level_for_python_level(python_level(level)), Some(level));
        }
    }
}
