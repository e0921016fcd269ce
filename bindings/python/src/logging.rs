//! The core's `tracing` events, forwarded to Python's `logging` module under
//! the logger `fastly_account`.
//!
//! The library only emits: it installs no handler and sets no level, so
//! nothing is shown until the application configures logging (for example
//! `logging.basicConfig(level=logging.DEBUG)`). The core logs one DEBUG
//! record per HTTP attempt and one INFO record per retry, as
//! `message key=value ...`; it never logs the token.
//!
//! Cost when logging is off: a small [`tracing::Subscriber`] is installed as
//! the process-wide default when the module loads. It keeps the most verbose
//! level the Python logger accepts in an atomic ([`MAX_LEVEL`]) and refuses
//! every event above it in `enabled()`, before any formatting or any contact
//! with the interpreter. That level is read from
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

use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicU8, Ordering};

use pyo3::exceptions::PyKeyboardInterrupt;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::{ffi, intern};
use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::Interest;
use tracing::{Event, Level, Metadata, Subscriber};

/// The Python logger every event goes to.
pub(crate) const LOGGER_NAME: &str = "fastly_account";

/// Events whose target starts with this are forwarded; all others are ignored.
const TARGET_PREFIX: &str = "fastly_account";

/// The most verbose level the Python logger currently accepts, as a
/// [`rank`]: 0 (nothing) to 5 (TRACE).
static MAX_LEVEL: AtomicU8 = AtomicU8::new(0);

/// `logging.getLogger("fastly_account")`, fetched once.
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// A tracing level's verbosity: ERROR 1 ... TRACE 5.
fn rank(level: Level) -> u8 {
    match level {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        Level::DEBUG => 4,
        Level::TRACE => 5,
    }
}

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

/// The most verbose tracing level (as a [`rank`]) that a logger whose
/// effective level is `python` lets through.
fn rank_for_python_level(python: i64) -> u8 {
    match python {
        i64::MIN..=5 => 5,
        6..=10 => 4,
        11..=20 => 3,
        21..=30 => 2,
        31..=40 => 1,
        _ => 0,
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

/// Installs the forwarding subscriber as the process-wide default, unless
/// one is already installed (then events go to that one instead).
pub(crate) fn install(py: Python<'_>) -> PyResult<()> {
    logger(py)?;
    refresh(py);
    // Fails only if a default is already set: keep that one.
    let _ = tracing::subscriber::set_global_default(Forwarder);
    Ok(())
}

/// Reads the logger's effective level into [`MAX_LEVEL`]. Called at the
/// start of every call; on any failure the previous level is kept.
pub(crate) fn refresh(py: Python<'_>) {
    let level = logger(py).and_then(|logger| {
        logger
            .call_method0(intern!(py, "getEffectiveLevel"))?
            .extract::<i64>()
    });
    if let Ok(level) = level {
        MAX_LEVEL.store(rank_for_python_level(level), Ordering::Relaxed);
    }
}

fn is_ours(metadata: &Metadata<'_>) -> bool {
    metadata.is_event() && metadata.target().starts_with(TARGET_PREFIX)
}

fn level_on(level: Level) -> bool {
    rank(level) <= MAX_LEVEL.load(Ordering::Relaxed)
}

/// The subscriber: filters on [`MAX_LEVEL`], formats, hands to `logging`.
struct Forwarder;

impl Subscriber for Forwarder {
    fn register_callsite(&self, metadata: &'static Metadata<'static>) -> Interest {
        if is_ours(metadata) {
            // Asked again on every event, so a level change takes effect.
            Interest::sometimes()
        } else {
            Interest::never()
        }
    }

    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        is_ours(metadata) && level_on(*metadata.level())
    }

    fn max_level_hint(&self) -> Option<LevelFilter> {
        Some(LevelFilter::TRACE)
    }

    fn event(&self, event: &Event<'_>) {
        let level = *event.metadata().level();
        if !level_on(level) {
            return;
        }
        let mut line = Line::default();
        event.record(&mut line);
        let message = line.finish();
        // `None` while the interpreter shuts down: the event is dropped.
        let _ = Python::try_attach(|py| forward(py, level, &message));
    }

    // Spans are never enabled (see `register_callsite`); these are required
    // by the trait only.
    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _span: &Id, _values: &Record<'_>) {}

    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

    fn enter(&self, _span: &Id) {}

    fn exit(&self, _span: &Id) {}
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

/// An event as `message key=value key="value with spaces" ...`.
#[derive(Default)]
struct Line {
    message: String,
    fields: String,
}

impl Line {
    fn push(&mut self, name: &str, value: &str) {
        let quote = value.is_empty()
            || value
                .chars()
                .any(|c| c.is_whitespace() || c == '"' || c == '=' || c.is_control());
        let _ = if quote {
            write!(self.fields, " {name}={value:?}")
        } else {
            write!(self.fields, " {name}={value}")
        };
    }

    fn finish(self) -> String {
        let mut text = self.message;
        text.push_str(if text.is_empty() {
            self.fields.trim_start()
        } else {
            &self.fields
        });
        text
    }
}

impl Visit for Line {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message = value.to_owned();
        } else {
            self.push(field.name(), value);
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let text = format!("{value:?}");
        if field.name() == "message" {
            self.message = text;
        } else {
            self.push(field.name(), &text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_levels_map_to_tracing_levels() {
        assert_eq!(rank_for_python_level(0), 5); // NOTSET: everything
        assert_eq!(rank_for_python_level(10), rank(Level::DEBUG));
        assert_eq!(rank_for_python_level(15), rank(Level::INFO));
        assert_eq!(rank_for_python_level(20), rank(Level::INFO));
        assert_eq!(rank_for_python_level(30), rank(Level::WARN));
        assert_eq!(rank_for_python_level(40), rank(Level::ERROR));
        assert_eq!(rank_for_python_level(50), 0);
        for level in [
            Level::ERROR,
            Level::WARN,
            Level::INFO,
            Level::DEBUG,
            Level::TRACE,
        ] {
            assert_eq!(rank_for_python_level(python_level(level)), rank(level));
        }
    }

    #[test]
    fn values_are_quoted_only_when_needed() {
        let mut line = Line::default();
        line.push("path", "/user/{user_id}");
        line.push("error", "service unavailable (HTTP 503)");
        line.push("empty", "");
        line.message = "attempt".into();
        assert_eq!(
            line.finish(),
            r#"attempt path=/user/{user_id} error="service unavailable (HTTP 503)" empty="""#
        );
    }
}
