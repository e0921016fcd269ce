//! The async [`Client`]: configuration plus one connection pool.

use std::fmt;
use std::sync::Arc;

use crate::config::{ClientBuilder, Config};
use crate::error::{RateLimit, Result};
use crate::transport::Transport;

/// The async client. Cheap to clone (clones share one connection pool) and
/// `Send + Sync`. Operations live in the [`api`](crate::api) modules, one per
/// spec tag, and are named after the spec's `operationId`s.
///
/// ```no_run
/// # async fn demo() -> fastly_account::Result<()> {
/// let client = fastly_account::Client::new("my-token")?;
/// let me = client.get_current_user().await?;
/// println!("{:?} ({:?})", me.name, me.role);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    transport: Arc<Transport>,
}

impl Client {
    /// A client for the production API with the default configuration.
    pub fn new(token: impl Into<String>) -> Result<Client> {
        ClientBuilder::new(token).build()
    }

    /// A client configured from `FASTLY_API_TOKEN` and `FASTLY_API_ENDPOINT`.
    pub fn from_env() -> Result<Client> {
        ClientBuilder::from_env().build()
    }

    /// Starts a configuration with this token; see [`ClientBuilder`].
    pub fn builder(token: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(token)
    }

    /// A client for an already validated configuration.
    pub fn with_config(config: Config) -> Result<Client> {
        Ok(Client {
            transport: Arc::new(Transport::new(config)?),
        })
    }

    /// The configuration in use (the token inside is redacted in `Debug`).
    pub fn config(&self) -> &Config {
        self.transport.config()
    }

    /// The `Fastly-RateLimit-*` headers of the last response that carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.transport.last_rate_limit()
    }

    pub(crate) fn transport(&self) -> &Transport {
        &self.transport
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.config().endpoint.as_str())
            .field("token", &"***")
            .finish()
    }
}
