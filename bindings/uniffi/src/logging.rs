//! `set_log_sink`: the core's log events, handed to a Kotlin or Swift callback.
//!
//! The core emits `tracing` events (one DEBUG event per HTTP attempt, one INFO
//! event per retry, formatted as `message key=value ...`, never the token or a
//! body). [`fastly_account::log_forward`] forwards them to one sink; this
//! module only adapts the UDL's `callback interface LogSink` and
//! `enum LogLevel` to it.
//!
//! Off by default: until `set_log_sink` is called no subscriber is installed
//! and nothing is forwarded. With a level set, the level check is an atomic
//! load in the core, before any formatting or foreign call.
//!
//! The sink is called on whichever thread emitted the event: usually one of
//! the core's runtime threads, sometimes the caller's. A sink that fails
//! (a Kotlin exception reaches Rust as a panic) loses that one record, which
//! is reported in one line on stderr; the call that logged it carries on.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Once};

use fastly_account::log_forward::{self, Level};

/// `enum LogLevel`, from the most to the least severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
    Trace,
}

impl From<Level> for LogLevel {
    fn from(level: Level) -> Self {
        match level {
            Level::ERROR => LogLevel::Error,
            Level::WARN => LogLevel::Warn,
            Level::INFO => LogLevel::Info,
            Level::DEBUG => LogLevel::Debug,
            Level::TRACE => LogLevel::Trace,
        }
    }
}

impl From<LogLevel> for Level {
    fn from(level: LogLevel) -> Self {
        match level {
            LogLevel::Error => Level::ERROR,
            LogLevel::Warn => Level::WARN,
            LogLevel::Info => Level::INFO,
            LogLevel::Debug => Level::DEBUG,
            LogLevel::Trace => Level::TRACE,
        }
    }
}

/// `callback interface LogSink`: implemented in Kotlin or Swift.
pub trait LogSink: Send + Sync {
    /// One event: its level and `message key=value ...`.
    fn log(&self, level: LogLevel, message: String);
}

/// The foreign sink as the core's sink.
struct Foreign(Box<dyn LogSink>);

thread_local! {
    /// Set while this thread runs the foreign sink (see [`quiet_panic_hook`]).
    static IN_SINK: Cell<bool> = const { Cell::new(false) };
}

impl log_forward::LogSink for Foreign {
    fn log(&self, level: Level, message: &str) {
        // A Kotlin exception thrown by the sink reaches Rust as a panic of the
        // generated glue: caught here, it never unwinds into the request path.
        // The record is lost; one line on stderr says why.
        IN_SINK.with(|flag| flag.set(true));
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            self.0.log(level.into(), message.to_owned())
        }));
        IN_SINK.with(|flag| flag.set(false));
        if let Err(payload) = outcome {
            eprintln!(
                "fastly-account: the log sink failed; a record was dropped: {}",
                panic_text(payload.as_ref())
            );
        }
    }
}

/// The first line of a panic's message (for a foreign exception: its class
/// and message, without the stack trace).
fn panic_text(payload: &(dyn Any + Send)) -> String {
    let text = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("unknown failure");
    // uniffi's text: `Callback interface failure: UnexpectedUniFFICallbackError(reason: "...")`,
    // the reason holding the exception and its stack, escaped.
    let text = text
        .split_once("reason: \"")
        .map_or(text, |(_, reason)| reason);
    let end = [text.find("\\n"), text.find('\n')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len());
    text[..end].chars().take(300).collect()
}

/// Leaves a panic of the foreign sink to [`Foreign::log`], which reports it
/// in one line, instead of the default hook's message and backtrace. Other
/// panics go to the previous hook as before.
fn quiet_panic_hook() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_SINK.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

/// `void set_log_sink(LogSink? sink, LogLevel? max_level)`: events up to
/// `max_level` go to `sink` from now on. No sink, or no level, forwards
/// nothing (the default).
pub fn set_log_sink(sink: Option<Box<dyn LogSink>>, max_level: Option<LogLevel>) {
    // Nothing is forwarded while the sink changes hands.
    log_forward::set_max_level(None);
    let level = sink.as_ref().and(max_level);
    if sink.is_some() {
        quiet_panic_hook();
    }
    let sink = sink.map(|sink| Arc::new(Foreign(sink)) as Arc<dyn log_forward::LogSink>);
    // `false` only if the process already had a default `tracing`
    // subscriber (not the case for a JVM or Swift program): it keeps the events.
    log_forward::set_sink(sink);
    log_forward::set_max_level(level.map(Level::from));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn levels_map_both_ways() {
        for level in [
            LogLevel::Error,
            LogLevel::Warn,
            LogLevel::Info,
            LogLevel::Debug,
            LogLevel::Trace,
        ] {
            assert_eq!(LogLevel::from(Level::from(level)), level);
        }
    }

    struct Panicking;

    impl LogSink for Panicking {
        fn log(&self, _level: LogLevel, _message: String) {
            panic!("the foreign sink threw");
        }
    }

    struct Recording(Arc<Mutex<Vec<(LogLevel, String)>>>);

    impl LogSink for Recording {
        fn log(&self, level: LogLevel, message: String) {
            self.0.lock().unwrap().push((level, message));
        }
    }

    #[test]
    fn a_panic_reads_as_the_foreign_exception() {
        let uniffi = String::from(
            "Callback interface failure: UnexpectedUniFFICallbackError(reason: \"java.lang.IllegalStateException: broken\\n\\tat A.log(A.kt:1)\\n\")",
        );
        assert_eq!(
            panic_text(&uniffi),
            "java.lang.IllegalStateException: broken"
        );
        assert_eq!(panic_text(&"plain"), "plain");
        assert_eq!(panic_text(&"two\nlines"), "two");
        assert_eq!(panic_text(&5_u8), "unknown failure");
    }

    #[test]
    fn a_failing_sink_does_not_unwind_into_the_core() {
        quiet_panic_hook();
        let sink = Foreign(Box::new(Panicking));
        log_forward::LogSink::log(&sink, Level::DEBUG, "attempt");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Foreign(Box::new(Recording(Arc::clone(&seen))));
        log_forward::LogSink::log(&sink, Level::INFO, "retrying");
        assert_eq!(
            *seen.lock().unwrap(),
            vec![(LogLevel::Info, "retrying".to_owned())]
        );
    }
}
