//! Hands the client's own `tracing` events to a language's log system.
//!
//! Rust programs install any `tracing` subscriber and see the events under
//! the target `fastly_account`. A binding instead gives a [`LogSink`] to
//! [`set_sink`]: a small subscriber, installed once as the process-wide
//! default (unless the program already has one), forwards every event whose
//! target starts with `fastly_account` and whose level is enabled by
//! [`set_max_level`], formatted as `message key=value ...`.
//!
//! Cost when logging is off: the level lives in an atomic and is checked in
//! `enabled()`, before any formatting and before the sink is touched. The
//! events never carry the token or any body.

use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, RwLock};

use tracing::field::{Field, Visit};
use tracing::level_filters::LevelFilter;
use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::Interest;
use tracing::{Event, Metadata, Subscriber};

pub use tracing::Level;

/// Where forwarded events go. Called on whichever thread emitted the event.
pub trait LogSink: Send + Sync + 'static {
    /// One event, already formatted as `message key=value ...`.
    fn log(&self, level: Level, message: &str);
}

/// Events whose target starts with this are forwarded; others are ignored.
const TARGET_PREFIX: &str = "fastly_account";

/// The most verbose level forwarded: 0 (nothing) .. 5 (TRACE).
static MAX_LEVEL: AtomicU8 = AtomicU8::new(0);

static SINK: RwLock<Option<Arc<dyn LogSink>>> = RwLock::new(None);

fn rank(level: Level) -> u8 {
    match level {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        Level::DEBUG => 4,
        Level::TRACE => 5,
    }
}

/// Forwards events up to `level` (more verbose ones are dropped at once);
/// `None` forwards nothing.
pub fn set_max_level(level: Option<Level>) {
    MAX_LEVEL.store(level.map_or(0, rank), Ordering::Relaxed);
}

/// Sends events to `sink` from now on (`None`: to nobody). The first call
/// installs the forwarding subscriber as the process-wide default; it returns
/// `false` if the program already had a default subscriber, which then keeps
/// receiving the events instead.
pub fn set_sink(sink: Option<Arc<dyn LogSink>>) -> bool {
    *SINK
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = sink;
    static INSTALLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *INSTALLED.get_or_init(|| tracing::subscriber::set_global_default(Forwarder).is_ok())
}

fn is_ours(metadata: &Metadata<'_>) -> bool {
    metadata.is_event() && metadata.target().starts_with(TARGET_PREFIX)
}

fn level_on(level: Level) -> bool {
    rank(level) <= MAX_LEVEL.load(Ordering::Relaxed)
}

/// The subscriber: filters on [`MAX_LEVEL`], formats, hands to the sink.
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
        let sink = SINK
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        if let Some(sink) = sink {
            let mut line = Line::default();
            event.record(&mut line);
            sink.log(level, &line.finish());
        }
    }

    // Spans are never enabled (see `register_callsite`); required by the trait only.
    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _span: &Id, _values: &Record<'_>) {}

    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

    fn enter(&self, _span: &Id) {}

    fn exit(&self, _span: &Id) {}
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
