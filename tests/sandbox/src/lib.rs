//! `fastly-sandbox`: an in-memory, stateful fake of the Fastly Account API.
//!
//! Every language's test suite talks to it over real HTTP. It serves the spec's 15
//! operations from deterministic seed data, checks `Fastly-Key`, validates content
//! types and bodies, paginates with cursors, logs every request (never the key's
//! value), and injects faults on demand through its control protocol under
//! `/__sandbox/` (see `tests/sandbox/README.md`). It is independent of the client
//! crate: its JSON comes from its own types, written from the spec.
//!
//! ```no_run
//! use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};
//!
//! let sandbox = Sandbox::start(SandboxConfig::default())?;
//! sandbox.arm(FaultRule::new(Fault::Status { status: 503, retry_after: None }).path("/current_user"));
//! // ... point a client at sandbox.url() with token sandbox.token() ...
//! assert!(sandbox.requests().iter().all(|r| r.fault.is_none() || r.status == 503));
//! # Ok::<(), std::io::Error>(())
//! ```

#![warn(missing_docs)]

mod control;
mod faults;
mod iam;
mod request_log;
mod resources;
mod respond;
mod routes;
mod seed;
mod server;
mod settings;
mod state;

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use faults::{Fault, FaultRule};
pub use request_log::{CanaryRecord, RequestRecord};
pub use seed::{SeedInfo, CUSTOMER_ID, OWNER_USER_ID};
pub use settings::{CursorLocation, InvitationEnvelope, Settings};

use seed::ExtraCounts;
use server::Role;
use state::Shared;

/// The token the sandbox accepts unless configured otherwise.
pub const DEFAULT_TOKEN: &str = "sandbox-token";

/// How to start a sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxConfig {
    /// The token `Fastly-Key` must carry (default `sandbox-token`).
    pub token: String,
    /// The address to listen on (default 127.0.0.1); the canary listens there too.
    pub host: IpAddr,
    /// The API port; 0 (the default) picks a free one.
    pub port: u16,
    /// Users generated on top of the fixed seed (ids `u000001`, ...).
    pub users: usize,
    /// IAM roles generated on top of the fixed seed (ids `role-gen-000001`, ...).
    pub roles: usize,
    /// Service groups generated on top of the fixed seed (ids `sg-gen-000001`, ...).
    pub service_groups: usize,
    /// User groups generated on top of the fixed seed (ids `ug-gen-000001`, ...).
    pub user_groups: usize,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            token: DEFAULT_TOKEN.to_owned(),
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            users: 0,
            roles: 0,
            service_groups: 0,
            user_groups: 0,
        }
    }
}

/// A running sandbox: two listeners (API + control, and the canary) served by a
/// thread with its own tokio runtime. Dropping it stops the server.
pub struct Sandbox {
    url: String,
    canary_url: String,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("url", &self.url)
            .field("canary_url", &self.canary_url)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Seeds the data, binds both listeners and starts serving on a new thread
    /// with its own runtime, so it works from plain sync code and from inside
    /// another runtime alike. Returns once both listeners accept connections.
    pub fn start(config: SandboxConfig) -> io::Result<Sandbox> {
        let api = std::net::TcpListener::bind((config.host, config.port))?;
        let canary = std::net::TcpListener::bind((config.host, 0))?;
        api.set_nonblocking(true)?;
        canary.set_nonblocking(true)?;
        let url = format!("http://{}", api.local_addr()?);
        let canary_url = format!("http://{}", canary.local_addr()?);
        let extra = ExtraCounts {
            users: config.users,
            roles: config.roles,
            service_groups: config.service_groups,
            user_groups: config.user_groups,
        };
        let shared = Arc::new(Shared::new(config.token, extra, canary_url.clone()));

        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel();
        let served = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("fastly-sandbox".to_owned())
            .spawn(move || serve(served, api, canary, ready_tx, stop_rx))?;
        let ready = ready_rx.recv().unwrap_or_else(|_| {
            Err(io::Error::other(
                "the sandbox thread ended before listening",
            ))
        });
        if let Err(e) = ready {
            let _ = thread.join();
            return Err(e);
        }
        Ok(Sandbox {
            url,
            canary_url,
            shared,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// The API's base URL, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The canary listener's base URL: a second loopback port that answers
    /// anything with 200 `{"stolen":true}` and records what reached it.
    pub fn canary_url(&self) -> String {
        self.canary_url.clone()
    }

    /// The token the API accepts in `Fastly-Key`.
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// Arms a fault rule after those already armed (as `POST /__sandbox/faults`,
    /// but without its validation: an invalid status becomes 500).
    pub fn arm(&self, rule: FaultRule) {
        self.shared.arm(rule);
    }

    /// The request log, in arrival order (as `GET /__sandbox/requests`).
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.lock().requests()
    }

    /// Empties the request log (as `DELETE /__sandbox/requests`).
    pub fn clear_requests(&self) {
        self.shared.lock().log.clear();
    }

    /// What reached the canary listener, in arrival order.
    pub fn canary_requests(&self) -> Vec<CanaryRecord> {
        self.shared.lock().canary_log.clone()
    }

    /// Replaces the response-shape settings (`PUT /__sandbox/settings` with both
    /// fields).
    pub fn set_settings(&self, settings: Settings) {
        self.shared.lock().settings = settings;
    }

    /// Data back to the seed; faults, logs and settings cleared
    /// (as `POST /__sandbox/reset`).
    pub fn reset(&self) {
        self.shared.reset();
    }

    /// The ids and counts of the seeded data (as `GET /__sandbox/seed`).
    pub fn seed(&self) -> SeedInfo {
        self.shared.seed_info()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The server thread: its own runtime, both accept loops, until told to stop.
fn serve(
    shared: Arc<Shared>,
    api: std::net::TcpListener,
    canary: std::net::TcpListener,
    ready: mpsc::Sender<io::Result<()>>,
    stop: oneshot::Receiver<()>,
) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("fastly-sandbox-worker")
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    runtime.block_on(async move {
        let listeners =
            TcpListener::from_std(api).and_then(|api| Ok((api, TcpListener::from_std(canary)?)));
        let (api, canary) = match listeners {
            Ok(listeners) => listeners,
            Err(e) => {
                let _ = ready.send(Err(e));
                return;
            }
        };
        let _ = ready.send(Ok(()));
        tokio::select! {
            _ = server::accept_loop(api, Arc::clone(&shared), Role::Api) => {}
            _ = server::accept_loop(canary, shared, Role::Canary) => {}
            _ = stop => {}
        }
    });
    // Open connections are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_secs(1));
}
