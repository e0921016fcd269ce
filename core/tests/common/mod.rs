//! Helpers shared by the integration tests: a sandbox per test and clients
//! tuned for fast tests (tiny backoff, short timeouts).
#![allow(dead_code)]

use std::time::Duration;

use fastly_account::{blocking, Client, ClientBuilder};
pub use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};

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
