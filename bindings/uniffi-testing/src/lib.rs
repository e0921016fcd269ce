//! The testing kit of the Kotlin and Swift bindings: the project's sandbox
//! ([`fastly_sandbox::Sandbox`]) in the test process, behind the UniFFI
//! interface of `src/fastly_account_testing.udl`.
//!
//! A native library of its own (`fastly_account_testing_uniffi`), shipped only
//! in the test artifacts (the Maven artifact `fastly-account-testing`, the
//! Swift product `FastlyAccountTesting`): the production library
//! (`fastly_account_uniffi`) carries no server. The sandbox serves on its own
//! thread with its own tokio runtime, so this crate is a thin wrapper: it
//! converts the signed integers of the interface, checks every value a caller
//! gives before arming it (an error, never a panic), and turns the request log
//! into dictionaries.

use std::fmt;
use std::sync::{Mutex, MutexGuard};

use fastly_sandbox::{FaultRule, RequestRecord, SandboxConfig, DEFAULT_TOKEN};

// UniFFI turns a panic into a foreign exception only when it can unwind.
#[cfg(panic = "abort")]
compile_error!(
    "fastly-account-testing-uniffi must be built with panic = \"unwind\" (never \"abort\")"
);

uniffi::include_scaffolding!("fastly_account_testing");

/// Why a `Sandbox` call failed (a flat error: foreign code gets the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SandboxError {
    /// The sandbox could not start.
    Start(String),
    /// The sandbox was stopped.
    Stopped,
    /// A fault or rule that cannot be armed.
    InvalidArgument(String),
}

impl fmt::Display for SandboxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SandboxError::Start(e) => write!(f, "could not start the sandbox: {e}"),
            SandboxError::Stopped => f.write_str("the sandbox is stopped"),
            SandboxError::InvalidArgument(e) => write!(f, "invalid argument: {e}"),
        }
    }
}

impl std::error::Error for SandboxError {}

type Result<T, E = SandboxError> = std::result::Result<T, E>;

fn invalid(detail: impl Into<String>) -> SandboxError {
    SandboxError::InvalidArgument(detail.into())
}

/// What an armed fault does (the UDL's `Fault`; a subset of
/// [`fastly_sandbox::Fault`], with signed integers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer `status` with an error body (and `Retry-After`).
    Status {
        /// The status, e.g. 503.
        status: i32,
        /// The `Retry-After` value, if any.
        retry_after: Option<String>,
    },
    /// Answer 429 with the `Fastly-RateLimit-*` headers.
    RateLimit {
        /// `Fastly-RateLimit-Remaining`.
        remaining: i64,
        /// `Fastly-RateLimit-Reset` (default a minute from now).
        reset_at: Option<std::time::SystemTime>,
        /// The `Retry-After` value, if any.
        retry_after: Option<String>,
    },
    /// Wait, then answer normally.
    Delay {
        /// How long, in milliseconds.
        ms: i64,
    },
    /// Send half the body, then cut the connection.
    Reset,
    /// Close the connection without answering.
    Close,
    /// Send half the body with a matching `Content-Length`.
    Truncate,
    /// Answer 200 with a body that is not JSON.
    Malformed,
}

impl Fault {
    /// The sandbox's fault, or why this one cannot be armed.
    fn into_sandbox(self) -> Result<fastly_sandbox::Fault> {
        let non_negative = |name: &str, value: i64| {
            u64::try_from(value).map_err(|_| invalid(format!("{name} must not be negative")))
        };
        Ok(match self {
            Fault::Status {
                status,
                retry_after,
            } => fastly_sandbox::Fault::Status {
                status: u16::try_from(status)
                    .map_err(|_| invalid(format!("{status} is not a valid HTTP status")))?,
                retry_after,
            },
            Fault::RateLimit {
                remaining,
                reset_at,
                retry_after,
            } => fastly_sandbox::Fault::RateLimit {
                remaining: non_negative("remaining", remaining)?,
                reset: reset_at
                    .map(|at| {
                        at.duration_since(std::time::UNIX_EPOCH)
                            .map(|since| since.as_secs())
                            .map_err(|_| invalid("resetAt must not be before 1970"))
                    })
                    .transpose()?,
                retry_after,
            },
            Fault::Delay { ms } => fastly_sandbox::Fault::Delay {
                ms: non_negative("ms", ms)?,
            },
            Fault::Reset => fastly_sandbox::Fault::Reset,
            Fault::Close => fastly_sandbox::Fault::Close,
            Fault::Truncate => fastly_sandbox::Fault::Truncate,
            Fault::Malformed => fastly_sandbox::Fault::Malformed,
        })
    }
}

/// The seed data's ids (the UDL's `Seed`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seed {
    pub customer_id: String,
    pub owner_user_id: String,
    pub user_ids_by_role: std::collections::HashMap<String, Vec<String>>,
    pub role_ids: Vec<String>,
    pub service_group_ids: Vec<String>,
    pub user_group_ids: Vec<String>,
    pub token_ids: Vec<String>,
    pub self_token_id: String,
    pub invitation_ids: Vec<String>,
    pub service_ids: Vec<String>,
    pub permission_ids: Vec<String>,
    pub owner_login: String,
    pub owner_password: String,
    pub two_factor_login: String,
    pub two_factor_password: String,
    pub one_time_code: String,
}

/// A token secret the sandbox issued (the UDL's `IssuedSecret`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedSecret {
    pub token_id: String,
    pub kind: String,
    pub secret: String,
}

impl From<fastly_sandbox::IssuedSecret> for IssuedSecret {
    fn from(issued: fastly_sandbox::IssuedSecret) -> Self {
        IssuedSecret {
            token_id: issued.token_id,
            kind: issued.kind.as_str().to_owned(),
            secret: issued.secret,
        }
    }
}

/// One logged request (the UDL's `SandboxRequest`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxRequest {
    /// Arrival order, from 1.
    pub seq: i64,
    /// The HTTP method.
    pub method: String,
    /// The raw path without the query.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// The status answered.
    pub status: i32,
    /// The type of the fault applied, if any.
    pub fault: Option<String>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The `Accept` header, if any.
    pub accept: Option<String>,
    /// The `User-Agent` header, if any.
    pub user_agent: Option<String>,
    /// Whether a `Fastly-Key` header was sent.
    pub fastly_key_present: bool,
    /// Whether it carried the sandbox's token.
    pub fastly_key_valid: bool,
}

impl From<RequestRecord> for SandboxRequest {
    fn from(r: RequestRecord) -> Self {
        SandboxRequest {
            // The log restarts at 1 on reset: it never nears i64::MAX.
            seq: i64::try_from(r.seq).unwrap_or(i64::MAX),
            method: r.method,
            path: r.path,
            query: r.query,
            status: i32::from(r.status),
            fault: r.fault,
            content_type: r.content_type,
            accept: r.accept,
            user_agent: r.user_agent,
            fastly_key_present: r.fastly_key_present,
            fastly_key_valid: r.fastly_key_valid,
        }
    }
}

/// A running in-process sandbox (the UDL's `Sandbox`).
pub struct Sandbox {
    endpoint: String,
    token: String,
    inner: Mutex<Option<fastly_sandbox::Sandbox>>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("endpoint", &self.endpoint)
            .field("running", &self.running())
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Starts a sandbox on a free loopback port accepting `token`
    /// (default `sandbox-token`).
    pub fn new(token: Option<String>) -> Result<Self> {
        let token = token.unwrap_or_else(|| DEFAULT_TOKEN.to_owned());
        let config = SandboxConfig {
            token: token.clone(),
            ..SandboxConfig::default()
        };
        let sandbox = fastly_sandbox::Sandbox::start(config).map_err(|e| match e.kind() {
            // A token no client could send: the caller's mistake.
            std::io::ErrorKind::InvalidInput => invalid(e.to_string()),
            _ => SandboxError::Start(e.to_string()),
        })?;
        Ok(Sandbox {
            endpoint: sandbox.url(),
            token,
            inner: Mutex::new(Some(sandbox)),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Option<fastly_sandbox::Sandbox>> {
        // The guarded value is only ever replaced whole: a poisoned lock is still sound.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn with<T>(&self, f: impl FnOnce(&fastly_sandbox::Sandbox) -> T) -> Result<T> {
        self.lock().as_ref().map(f).ok_or(SandboxError::Stopped)
    }

    /// The API's base URL.
    pub fn endpoint(&self) -> String {
        self.endpoint.clone()
    }

    /// The token the sandbox accepts.
    pub fn token(&self) -> String {
        self.token.clone()
    }

    /// Whether the sandbox is still serving.
    pub fn running(&self) -> bool {
        self.lock().is_some()
    }

    /// The request log, in arrival order.
    pub fn requests(&self) -> Result<Vec<SandboxRequest>> {
        let records = self.with(|s| s.requests())?;
        Ok(records.into_iter().map(SandboxRequest::from).collect())
    }

    /// The ids of the seed data.
    pub fn seed(&self) -> Result<Seed> {
        let seed = self.with(|s| s.seed())?;
        Ok(Seed {
            customer_id: seed.customer_id,
            owner_user_id: seed.owner_user_id,
            user_ids_by_role: seed.user_ids_by_role.into_iter().collect(),
            role_ids: seed.role_ids,
            service_group_ids: seed.service_group_ids,
            user_group_ids: seed.user_group_ids,
            token_ids: seed.token_ids,
            self_token_id: seed.self_token_id,
            invitation_ids: seed.invitation_ids,
            service_ids: seed.service_ids,
            permission_ids: seed.permission_ids,
            owner_login: seed.owner_login,
            owner_password: seed.owner_password,
            two_factor_login: seed.two_factor_login,
            two_factor_password: seed.two_factor_password,
            one_time_code: seed.one_time_code,
        })
    }

    /// The token secrets this sandbox issued, in issue order.
    pub fn issued_secrets(&self) -> Result<Vec<IssuedSecret>> {
        let secrets = self.with(|s| s.issued_secrets())?;
        Ok(secrets.into_iter().map(IssuedSecret::from).collect())
    }

    /// Empties the request log.
    pub fn clear_requests(&self) -> Result<()> {
        self.with(|s| s.clear_requests())
    }

    /// Arms `fault` for the matching requests (see the UDL).
    pub fn fail(
        &self,
        fault: Fault,
        path: Option<String>,
        method: Option<String>,
        times: i32,
        forever: bool,
    ) -> Result<()> {
        let times = match u32::try_from(times) {
            Ok(t) if t >= 1 => t,
            _ if forever => 1, // ignored: a forever rule never runs out
            _ => return Err(invalid(format!("times must be at least 1 (got {times})"))),
        };
        let mut rule = FaultRule::new(fault.into_sandbox()?).times(times);
        rule.path = path;
        rule.method = method;
        rule.forever = forever;
        rule.validate().map_err(invalid)?;
        self.with(|s| s.arm(rule))
    }

    /// Arms a raw rule given as the JSON of `POST /__sandbox/faults`.
    pub fn arm(&self, rule_json: String) -> Result<()> {
        let rule = FaultRule::from_json(rule_json.as_bytes()).map_err(invalid)?;
        self.with(|s| s.arm(rule))
    }

    /// Data back to the seed; faults, the request log and settings cleared.
    pub fn reset(&self) -> Result<()> {
        self.with(|s| s.reset())
    }

    /// Stops serving and frees the port; idempotent.
    pub fn stop(&self) {
        // Taken out first: the server thread is joined without holding the lock.
        let sandbox = self.lock().take();
        drop(sandbox);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    /// One plain HTTP/1.1 GET with the given key; returns the status line.
    fn get(endpoint: &str, path: &str, key: &str) -> String {
        let address = endpoint.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).expect("connect");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {address}\r\nFastly-Key: {key}\r\nConnection: close\r\n\r\n"
        )
        .expect("write");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer.lines().next().unwrap_or_default().to_owned()
    }

    #[test]
    fn serves_logs_and_fails_on_demand() {
        let sandbox = Sandbox::new(None).expect("start");
        assert_eq!(sandbox.token(), "sandbox-token");
        let ok = get(&sandbox.endpoint(), "/current_user", "sandbox-token");
        assert!(ok.contains(" 200 "), "{ok}");
        sandbox
            .fail(
                Fault::Status {
                    status: 503,
                    retry_after: None,
                },
                Some("/current_user".into()),
                None,
                1,
                false,
            )
            .expect("arm");
        let failed = get(&sandbox.endpoint(), "/current_user", "sandbox-token");
        assert!(failed.contains(" 503 "), "{failed}");
        let log = sandbox.requests().expect("log");
        let statuses: Vec<i32> = log.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [200, 503]);
        assert_eq!(log[1].fault.as_deref(), Some("status"));
        assert!(log[0].fastly_key_present && log[0].fastly_key_valid);
        sandbox.reset().expect("reset");
        assert!(sandbox.requests().expect("log").is_empty());
    }

    #[test]
    fn refuses_what_cannot_be_armed() {
        let sandbox = Sandbox::new(Some("t".into())).expect("start");
        let status = |status| Fault::Status {
            status,
            retry_after: None,
        };
        for bad in [-1, 70_000, 42] {
            let e = sandbox.fail(status(bad), None, None, 1, false);
            assert!(
                matches!(e, Err(SandboxError::InvalidArgument(_))),
                "{bad}: {e:?}"
            );
        }
        for times in [0, -3] {
            let e = sandbox.fail(status(503), None, None, times, false);
            assert!(matches!(e, Err(SandboxError::InvalidArgument(_))));
        }
        assert!(sandbox.fail(status(503), None, None, 0, true).is_ok());
        let e = sandbox.fail(Fault::Delay { ms: -1 }, None, None, 1, false);
        assert!(matches!(e, Err(SandboxError::InvalidArgument(_))));
        let e = sandbox.fail(
            Fault::RateLimit {
                remaining: -1,
                reset_at: None,
                retry_after: None,
            },
            None,
            None,
            1,
            false,
        );
        assert!(matches!(e, Err(SandboxError::InvalidArgument(_))));
        let e = sandbox.fail(
            Fault::Status {
                status: 503,
                retry_after: Some("a\nb".into()),
            },
            None,
            None,
            1,
            false,
        );
        assert!(matches!(e, Err(SandboxError::InvalidArgument(_))));
        assert!(matches!(
            sandbox.arm("{".into()),
            Err(SandboxError::InvalidArgument(_))
        ));
        assert!(sandbox
            .arm(r#"{"fault":{"type":"huge","bytes":1000}}"#.into())
            .is_ok());
    }

    #[test]
    fn stop_is_idempotent_and_frees_the_port() {
        let sandbox = Sandbox::new(None).expect("start");
        let address = sandbox.endpoint().trim_start_matches("http://").to_owned();
        sandbox.stop();
        sandbox.stop();
        assert!(!sandbox.running());
        assert_eq!(sandbox.requests(), Err(SandboxError::Stopped));
        assert_eq!(sandbox.reset(), Err(SandboxError::Stopped));
        assert!(TcpStream::connect(&address).is_err());
        // The endpoint and token stay readable after stop.
        assert!(sandbox.endpoint().starts_with("http://127.0.0.1:"));
    }
}
