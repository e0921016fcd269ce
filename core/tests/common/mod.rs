//! Helpers shared by the integration tests: a sandbox per test and clients
//! tuned for fast tests (tiny backoff, short timeouts).
#![allow(dead_code)]

use std::time::Duration;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use fastly_account::{blocking, Client, ClientBuilder};
pub use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// A fresh sandbox with the default seed.
pub fn sandbox() -> Sandbox {
    sandbox_with(SandboxConfig::default())
}

/// A fresh sandbox with a custom configuration.
pub fn sandbox_with(config: SandboxConfig) -> Sandbox {
    Sandbox::start(config).expect("sandbox starts")
}

/// A builder aimed at the sandbox, with test-friendly retry delays.
pub fn builder(sandbox: &Sandbox) -> ClientBuilder {
    ClientBuilder::new(sandbox.token())
        .endpoint(sandbox.url())
        .timeout(Duration::from_secs(10))
        .retry_base_delay(Duration::from_millis(1))
        .retry_max_delay(Duration::from_millis(20))
}

/// The blocking client the tests use.
pub fn client(sandbox: &Sandbox) -> blocking::Client {
    builder(sandbox).build_blocking().expect("client builds")
}

/// The async client the tests use.
pub fn async_client(sandbox: &Sandbox) -> Client {
    builder(sandbox).build().expect("client builds")
}

/// How many requests for `method path` the sandbox saw.
pub fn attempts(sandbox: &Sandbox, method: &str, path: &str) -> usize {
    sandbox
        .requests()
        .iter()
        .filter(|r| r.method == method && r.path == path)
        .count()
}

/// Arms `fault` for `times` requests of `method path`.
pub fn arm(sandbox: &Sandbox, method: &str, path: &str, times: u32, fault: Fault) {
    sandbox.arm(FaultRule::new(fault).method(method).path(path).times(times));
}

/// The fault that answers `status` (no `Retry-After`).
pub fn status(status: u16) -> Fault {
    Fault::Status {
        status,
        retry_after: None,
    }
}

/// Waits (up to 10 s) until the sandbox has logged at least `count` requests
/// to `path`; their statuses (`0` for a request the client abandoned).
pub fn logged_statuses(sandbox: &Sandbox, path: &str, count: usize) -> Vec<u16> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let statuses: Vec<u16> = sandbox
            .requests()
            .iter()
            .filter(|r| r.path == path)
            .map(|r| r.status)
            .collect();
        if statuses.len() >= count || std::time::Instant::now() > deadline {
            return statuses;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every tracing event, span and record of the process, as text lines.
#[derive(Clone, Default)]
pub struct Capture(Arc<Mutex<Vec<String>>>);

struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={:?}", field.name(), value);
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut line = format!("span {}", span.metadata().name());
        span.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut line = String::from("record");
        values.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut line = format!("{} {}", event.metadata().level(), event.metadata().target());
        event.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

impl Capture {
    /// The lines so far.
    pub fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

/// Captures every tracing event of the process from now on (global, so the
/// events of the internal runtime's threads are seen too); once per test
/// binary.
pub fn capture_logs() -> Capture {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).expect("first subscriber");
    capture
}
