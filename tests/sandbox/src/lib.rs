//! `fastly-sandbox`: an in-memory, stateful fake of the Fastly Account API.
//!
//! Every language's test suite talks to it over real HTTP. It serves the spec's 15
//! operations and more of the live account API (creating and deleting users and
//! customers, password resets, listing and deleting invitations, listing and
//! revoking API tokens, logging in (`POST /tokens`, with a two-factor user),
//! sudo mode and automation tokens, service authorizations, the audit log
//! (`/events`, which the sandbox's own writes add to), a customer's billing
//! address; the IAM API: `/iam/v1/roles`, role writes, the permission
//! table and a role's permissions, one service or user group with its services,
//! members, roles and service groups) from deterministic seed data, checks `Fastly-Key`,
//! validates content types and bodies, logs every request (never the key's value),
//! and injects faults on demand through its control protocol under `/__sandbox/`
//! (see `tests/sandbox/README.md`, the contract). It is independent of the client
//! crate: its JSON comes from its own types, written from the spec and the live
//! API's documentation.
//!
//! The state is consistent: a deleted user's tokens are revoked with it, a deleted
//! invitation or revoked token is gone from its lists, and revoking the sandbox's
//! own token ([`SELF_TOKEN_ID`], `DELETE /tokens/self`) makes every later call with
//! its key a 401 until [`Sandbox::reset`]. Secrets the sandbox issues (logging in,
//! creating an automation token) work as keys until revoked or expired, and
//! [`Sandbox::issued_secrets`] tells a test what they are. In IAM, every count is the length of a
//! real list (a role's `permissions_count` of its permissions, which are rows of
//! the table `GET /permissions` serves; a group's `services_count`, `users_count`,
//! `invitations_count`, `roles_count`, `service_groups_count`), adds and removes
//! move them, and deleting a role, service group, user or invitation removes it
//! from every user group. `/iam/v1/roles` and `/roles` describe the same roles.
//! [`SeedInfo`] names the ids tests need (services, permissions, the groups whose
//! lists span several pages).
//!
//! It answers in one of two [`Style`]s: [`Style::Live`] (the default) like
//! `api.fastly.com` (IAM lists paged by page number, live invitations, six user
//! roles), or [`Style::Seed`] like the seed spec (cursor pages, `status` on
//! invitations, four roles). [`Sandbox::patch`] plants odd raw values into served
//! records, [`Fault::Body`] answers any body, and [`SandboxConfig::tls`] serves HTTPS
//! with a fresh private CA ([`Sandbox::ca_pem`]).
//!
//! ```no_run
//! use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig, Style};
//!
//! let sandbox = Sandbox::start(SandboxConfig::default())?;
//! sandbox.arm(FaultRule::new(Fault::Status { status: 503, retry_after: None }).path("/current_user"));
//! // ... point a client at sandbox.url() with token sandbox.token() ...
//! assert!(sandbox.requests().iter().all(|r| r.fault.is_none() || r.status == 503));
//!
//! // Odd values the live API sends, then the seed spec's shapes.
//! let owner = sandbox.seed().owner_user_id;
//! sandbox.patch("user", &owner, serde_json::json!({"locked": 0})).map_err(std::io::Error::other)?;
//! sandbox.set_style(Style::Seed);
//!
//! // HTTPS: trust `ca_pem()` in the client under test.
//! let tls = Sandbox::start(SandboxConfig { tls: true, ..SandboxConfig::default() })?;
//! assert!(tls.url().starts_with("https://") && tls.ca_pem().is_some());
//! # Ok::<(), std::io::Error>(())
//! ```

#![warn(missing_docs)]

mod addresses;
mod automation_tokens;
mod billing_address;
mod contacts;
mod control;
mod events;
mod faults;
mod iam;
mod iam_body;
mod iam_groups;
mod iam_roles;
mod invitations;
mod login;
mod pages;
mod patches;
mod request_log;
mod resources;
mod respond;
mod routes;
mod seed;
mod seed_iam;
mod server;
mod service_authorizations;
mod settings;
mod state;
mod tls;
mod tokens;

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use automation_tokens::{AUTOMATION_TOKEN_ID, AUTOMATION_TOKEN_SECRET};
pub use faults::{Fault, FaultRule};
pub use request_log::{CanaryRecord, IssuedSecret, PasswordReset, RequestRecord, TokenKind};
pub use seed::{
    SeedInfo, CUSTOMER_ID, ONE_TIME_CODE, OWNER_LOGIN, OWNER_PASSWORD, OWNER_USER_ID,
    SELF_TOKEN_ID, TWO_FACTOR_LOGIN, TWO_FACTOR_PASSWORD, TWO_FACTOR_USER_ID,
};
pub use settings::{CursorLocation, InvitationEnvelope, Settings, Style};

use patches::Resource;
use seed::ExtraCounts;
use server::Role;
use state::{PatchError, Shared};

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
    /// The style to start in, and to return to on reset (default [`Style::Live`];
    /// the binary's `--seed-shapes` starts in [`Style::Seed`]).
    pub style: Style,
    /// Serve the API over HTTPS with a certificate from a fresh private CA
    /// (see [`Sandbox::ca_pem`]); the canary stays plain HTTP. Default false.
    pub tls: bool,
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
            style: Style::Live,
            tls: false,
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
        check_token(&config.token)?;
        let api = std::net::TcpListener::bind((config.host, config.port))?;
        let canary = std::net::TcpListener::bind((config.host, 0))?;
        api.set_nonblocking(true)?;
        canary.set_nonblocking(true)?;
        let tls = if config.tls {
            Some(tls::generate()?)
        } else {
            None
        };
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{}", api.local_addr()?);
        let canary_url = format!("http://{}", canary.local_addr()?);
        let extra = ExtraCounts {
            users: config.users,
            roles: config.roles,
            service_groups: config.service_groups,
            user_groups: config.user_groups,
        };
        let (acceptor, ca_pem) = match tls {
            Some(tls) => (Some(tls.acceptor), Some(tls.ca_pem)),
            None => (None, None),
        };
        let shared = Arc::new(Shared::new(
            config.token,
            extra,
            canary_url.clone(),
            config.style,
            ca_pem,
        ));

        let (ready_tx, ready_rx) = mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel();
        let served = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("fastly-sandbox".to_owned())
            .spawn(move || serve(served, api, canary, acceptor, ready_tx, stop_rx))?;
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

    /// The API's base URL, e.g. `http://127.0.0.1:41234` (no trailing slash);
    /// `https://...` when started with `tls`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The private CA's certificate in PEM when started with `tls` (trust it in
    /// the client under test), `None` for plain HTTP. New at every start.
    pub fn ca_pem(&self) -> Option<String> {
        self.shared.ca_pem.clone()
    }

    /// The canary listener's base URL: a second loopback port that answers
    /// anything with 200 `{"stolen":true}` and records what reached it.
    pub fn canary_url(&self) -> String {
        self.canary_url.clone()
    }

    /// The token the API accepts in `Fastly-Key` (refused after
    /// `DELETE /tokens/self` until a reset).
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

    /// Replaces the response-shape settings (`PUT /__sandbox/settings` with every
    /// field). Note that `Settings::default()` is the live style: to change only
    /// the cursor location of a seed-style sandbox, start from
    /// [`Sandbox::settings`] or [`Settings::seed`].
    pub fn set_settings(&self, settings: Settings) {
        self.shared.lock().settings = settings;
    }

    /// The current settings (as `GET /__sandbox/settings`).
    pub fn settings(&self) -> Settings {
        self.shared.lock().settings
    }

    /// Switches between the live and seed styles, keeping the other settings.
    pub fn set_style(&self, style: Style) {
        self.shared.lock().settings.style = style;
    }

    /// Plants raw JSON values into one record (as `POST /__sandbox/patch`): every
    /// later response that serialises it carries `fields` (an object) merged over
    /// its own keys. `resource` is `user`, `customer`, `role`, `service_group`,
    /// `user_group`, `invitation` (whose patches go into `attributes`) or `token`. Errors
    /// name an unknown resource, an unknown id or a non-object `fields`.
    pub fn patch(&self, resource: &str, id: &str, fields: serde_json::Value) -> Result<(), String> {
        let resource = Resource::parse(resource)?;
        let serde_json::Value::Object(fields) = fields else {
            return Err("fields must be a JSON object".to_owned());
        };
        self.shared
            .lock()
            .patch(resource, id, fields)
            .map_err(|PatchError::NotFound(detail)| detail)
    }

    /// Data back to the seed; faults, logs, patches and settings cleared, the
    /// style back to the configured one (as `POST /__sandbox/reset`).
    pub fn reset(&self) {
        self.shared.reset();
    }

    /// The password resets asked for through
    /// `POST /user/{login}/password/request_reset` since the start or the last
    /// reset, in order (as `GET /__sandbox/password_resets`).
    pub fn password_resets(&self) -> Vec<PasswordReset> {
        self.shared.lock().data.password_resets.clone()
    }

    /// The secrets the sandbox issued since the start or the last reset, in
    /// issue order: the `access_token` of each `POST /tokens` (kind
    /// [`TokenKind::User`]) and `POST /automation-tokens`
    /// ([`TokenKind::Automation`]), still valid or not (as
    /// `GET /__sandbox/secrets`).
    pub fn issued_secrets(&self) -> Vec<IssuedSecret> {
        self.shared.lock().data.issued_secrets.clone()
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
    tls: Option<tokio_rustls::TlsAcceptor>,
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
            _ = server::accept_loop(api, Arc::clone(&shared), Role::Api, tls) => {}
            _ = server::accept_loop(canary, shared, Role::Canary, None) => {}
            _ = stop => {}
        }
    });
    // Open connections are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_secs(1));
}

/// A token no client could send (empty, or holding whitespace or control
/// characters, which a `Fastly-Key` header cannot carry) makes a sandbox no
/// test can call: refused at start, as an `InvalidInput` error.
fn check_token(token: &str) -> io::Result<()> {
    if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "the sandbox token {token:?} cannot be sent in a Fastly-Key header: \
                 give a non-empty token without whitespace"
            ),
        ));
    }
    Ok(())
}
