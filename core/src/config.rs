//! Client configuration: token, endpoint, timeouts, retries, user agent.

use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::Url;

use crate::error::{Error, Result};

/// The production API endpoint.
pub const DEFAULT_ENDPOINT: &str = "https://api.fastly.com";
/// Environment variable holding the API token, read by [`ClientBuilder::from_env`].
pub const TOKEN_ENV: &str = "FASTLY_API_TOKEN";
/// Environment variable that overrides the endpoint, read by [`ClientBuilder::from_env`].
pub const ENDPOINT_ENV: &str = "FASTLY_API_ENDPOINT";

/// An API token. Its `Debug` and `Display` print `***`, never the value.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Checks that the token can travel in an HTTP header (non-empty, printable
    /// ASCII, no CR/LF or other control bytes).
    pub fn new(value: impl Into<String>) -> Result<Self> {
        let value = value.into();
        if value.trim().is_empty() {
            return Err(Error::invalid("the API token is empty"));
        }
        if !value.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
            return Err(Error::invalid(
                "the API token holds spaces, control characters (such as CR or LF) or non-ASCII bytes",
            ));
        }
        Ok(ApiKey(value))
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Everything a [`Client`](crate::Client) needs, validated. Built by [`ClientBuilder`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// The API token (redacted in `Debug`).
    pub token: ApiKey,
    /// Base URL of the API, without a trailing slash.
    pub endpoint: Url,
    /// Time allowed for one attempt, from sending the request to the end of the body.
    pub timeout: Duration,
    /// Time allowed to establish a connection.
    pub connect_timeout: Duration,
    /// How many times a failed attempt may be retried (0 = never).
    pub max_retries: u32,
    /// First backoff step; each retry doubles it, with full jitter.
    pub retry_base_delay: Duration,
    /// Upper bound of one backoff wait (also caps `Retry-After`).
    pub retry_max_delay: Duration,
    /// On a 429 whose reset (or `Retry-After`) is at most this far away, wait
    /// and retry instead of returning [`Error::RateLimited`].
    pub rate_limit_wait: Duration,
    /// Largest response body accepted; bigger ones fail with [`Error::Decode`].
    pub max_response_bytes: usize,
    /// Idle connections kept open for reuse; more concurrent calls open more
    /// connections, which are closed when they go idle past this number.
    pub max_idle_connections: usize,
    /// The `User-Agent` header sent with every request.
    pub user_agent: String,
    /// A PEM file of CA certificates trusted in addition to the operating
    /// system's store (for a private CA or a TLS-inspecting proxy).
    pub ca_bundle: Option<PathBuf>,
}

/// Builds a [`Client`](crate::Client) (or a [`blocking::Client`](crate::blocking::Client)).
///
/// ```
/// use std::time::Duration;
/// let client = fastly_account::ClientBuilder::new("my-token")
///     .timeout(Duration::from_secs(10))
///     .max_retries(5)
///     .build()?;
/// # Ok::<(), fastly_account::Error>(())
/// ```
#[derive(Clone)]
pub struct ClientBuilder {
    token: Option<String>,
    endpoint: String,
    timeout: Duration,
    connect_timeout: Duration,
    max_retries: u32,
    retry_base_delay: Duration,
    retry_max_delay: Duration,
    rate_limit_wait: Duration,
    max_response_bytes: usize,
    max_idle_connections: usize,
    binding: String,
    allow_insecure_http: bool,
    ca_bundle: Option<PathBuf>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("endpoint", &self.endpoint)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_retries", &self.max_retries)
            .field("rate_limit_wait", &self.rate_limit_wait)
            .field("binding", &self.binding)
            .field("ca_bundle", &self.ca_bundle)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Starts a configuration with the given API token and the defaults:
    /// endpoint `https://api.fastly.com`, 30 s per attempt, 10 s to connect,
    /// 3 retries, 10 s of rate-limit waiting, 32 MiB response cap, 16 idle
    /// connections kept.
    pub fn new(token: impl Into<String>) -> Self {
        ClientBuilder {
            token: Some(token.into()),
            ..Self::empty()
        }
    }

    /// Starts a configuration from `FASTLY_API_TOKEN` and, when set,
    /// `FASTLY_API_ENDPOINT`. A missing token is reported by [`build`](Self::build).
    pub fn from_env() -> Self {
        let mut builder = Self::empty();
        builder.token = std::env::var(TOKEN_ENV).ok();
        if let Ok(endpoint) = std::env::var(ENDPOINT_ENV) {
            if !endpoint.trim().is_empty() {
                builder.endpoint = endpoint;
            }
        }
        builder
    }

    fn empty() -> Self {
        ClientBuilder {
            token: None,
            endpoint: DEFAULT_ENDPOINT.to_string(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_retries: 3,
            retry_base_delay: Duration::from_millis(250),
            retry_max_delay: Duration::from_secs(8),
            rate_limit_wait: Duration::from_secs(10),
            max_response_bytes: 32 * 1024 * 1024,
            max_idle_connections: 16,
            binding: "rust".to_string(),
            allow_insecure_http: false,
            ca_bundle: None,
        }
    }

    /// Sets the token (overrides the one from the environment).
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Sets the API base URL. `http://` is accepted only for loopback hosts
    /// unless [`allow_insecure_http`](Self::allow_insecure_http) is set.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = endpoint.into();
        self
    }

    /// Time allowed for one attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to connect (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How many retries a failed attempt gets (default 3; 0 disables retries).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// First backoff step (default 250 ms); each retry doubles it, with full jitter.
    pub fn retry_base_delay(mut self, delay: Duration) -> Self {
        self.retry_base_delay = delay;
        self
    }

    /// Cap of one backoff wait, and of a `Retry-After` wait (default 8 s).
    pub fn retry_max_delay(mut self, delay: Duration) -> Self {
        self.retry_max_delay = delay;
        self
    }

    /// How long a call may wait out a 429 before returning
    /// [`Error::RateLimited`] (default 10 s; zero surfaces every 429 at once).
    pub fn rate_limit_wait(mut self, wait: Duration) -> Self {
        self.rate_limit_wait = wait;
        self
    }

    /// Largest response body accepted (default 32 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// How many idle connections to keep open for reuse (default 16). The
    /// open descriptors of a long-running client stay at most this many plus
    /// the calls in flight.
    pub fn max_idle_connections(mut self, connections: usize) -> Self {
        self.max_idle_connections = connections;
        self
    }

    /// Names the language binding in the user agent:
    /// `fastly-account/<version> (<binding>)`. Default `rust`.
    pub fn binding(mut self, binding: impl Into<String>) -> Self {
        self.binding = binding.into();
        self
    }

    /// Allows a plain `http://` endpoint on a non-loopback host. The token
    /// then crosses the network unencrypted: only for trusted test networks.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Trusts the CA certificates in this PEM file as well as the operating
    /// system's store: for a private CA, or a corporate proxy that inspects
    /// TLS. The file is read when the client is built; an unreadable file or
    /// one without a certificate is refused then.
    pub fn ca_bundle(mut self, path: impl Into<PathBuf>) -> Self {
        self.ca_bundle = Some(path.into());
        self
    }

    /// Validates everything and returns the configuration.
    pub fn into_config(self) -> Result<Config> {
        let token = match self.token {
            Some(token) => ApiKey::new(token)?,
            None => {
                return Err(Error::invalid(format!(
                    "no API token: pass one or set {TOKEN_ENV}"
                )))
            }
        };
        let endpoint = parse_endpoint(&self.endpoint, self.allow_insecure_http)?;
        for (name, duration) in [
            ("timeout", self.timeout),
            ("connect_timeout", self.connect_timeout),
            ("retry_base_delay", self.retry_base_delay),
            ("retry_max_delay", self.retry_max_delay),
            ("rate_limit_wait", self.rate_limit_wait),
        ] {
            crate::arguments::seconds(name, duration.as_secs_f64())?;
        }
        crate::arguments::size(
            "max_response_bytes",
            i64::try_from(self.max_response_bytes).unwrap_or(i64::MAX),
        )?;
        let binding: String = self
            .binding
            .chars()
            .filter(|c| c.is_ascii_graphic() || *c == ' ')
            .collect();
        Ok(Config {
            token,
            endpoint,
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            max_retries: self.max_retries,
            retry_base_delay: self.retry_base_delay,
            retry_max_delay: self.retry_max_delay.max(self.retry_base_delay),
            rate_limit_wait: self.rate_limit_wait,
            max_response_bytes: self.max_response_bytes,
            max_idle_connections: self.max_idle_connections,
            user_agent: format!("fastly-account/{} ({binding})", env!("CARGO_PKG_VERSION")),
            ca_bundle: self.ca_bundle,
        })
    }

    /// Validates the configuration and builds the async client.
    pub fn build(self) -> Result<crate::Client> {
        crate::Client::with_config(self.into_config()?)
    }

    /// Validates the configuration and builds the blocking client.
    pub fn build_blocking(self) -> Result<crate::blocking::Client> {
        Ok(crate::blocking::Client::from_async(self.build()?))
    }
}

/// Parses and checks the endpoint: http(s) only, plain http only on loopback
/// unless explicitly allowed, no credentials, query or fragment.
fn parse_endpoint(raw: &str, allow_insecure_http: bool) -> Result<Url> {
    let url = Url::parse(raw.trim())
        .map_err(|e| Error::invalid(format!("endpoint {raw:?} is not a URL: {e}")))?;
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(Error::invalid(format!(
                "endpoint {raw:?} uses plain http on a non-loopback host; use https \
                 (or allow_insecure_http for a trusted test network)"
            )))
        }
        other => {
            return Err(Error::invalid(format!(
                "endpoint scheme {other:?} is not http or https"
            )))
        }
    }
    if url.host().is_none() {
        return Err(Error::invalid(format!("endpoint {raw:?} has no host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid("endpoint must not embed credentials"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::invalid("endpoint must not have a query or fragment"));
    }
    let mut url = url;
    let trimmed = url.path().trim_end_matches('/').to_string();
    url.set_path(&trimmed);
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_rejects_header_breaking_bytes() {
        for bad in [
            "",
            "  ",
            "abc\r\nX-Evil: 1",
            "a\nb",
            "tab\there",
            "nul\0",
            "é",
        ] {
            assert!(ApiKey::new(bad).is_err(), "{bad:?} accepted");
        }
        assert!(ApiKey::new("abc-DEF_123").is_ok());
    }

    #[test]
    fn token_never_prints() {
        let builder = ClientBuilder::new("s3cr3t-value");
        assert!(!format!("{builder:?}").contains("s3cr3t"));
        let config = builder.into_config().expect("valid");
        assert!(!format!("{config:?}").contains("s3cr3t"));
    }

    #[test]
    fn endpoint_rules() {
        let ok = [
            "https://api.fastly.com",
            "http://127.0.0.1:8080",
            "http://localhost:1/",
            "http://[::1]:9",
        ];
        for e in ok {
            assert!(parse_endpoint(e, false).is_ok(), "{e} refused");
        }
        let bad = [
            "http://api.fastly.com",
            "ftp://x",
            "not a url",
            "https://u:p@h",
            "https://h/?q=1",
        ];
        for e in bad {
            assert!(parse_endpoint(e, false).is_err(), "{e} accepted");
        }
        assert!(parse_endpoint("http://10.0.0.1", true).is_ok());
        assert_eq!(
            parse_endpoint("https://h/base/", false).unwrap().as_str(),
            "https://h/base"
        );
    }
}
