//! THE request path. Every operation builds a [`Request`] and hands it to
//! [`Transport::send`], which adds the key and user agent, sends, retries
//! with backoff, keeps the rate-limit headers, maps statuses to [`Error`]
//! and decodes the body. Nothing else in the crate talks HTTP.

use std::collections::HashMap;
use std::sync::{Mutex, Weak};
use std::time::{Duration, Instant};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, LOCATION, RETRY_AFTER, USER_AGENT,
};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::config::Config;
use crate::error::{Error, RateLimit, Result};
use crate::response_error::message_from_body;
use crate::runtime;

/// Media type of plain JSON bodies.
pub(crate) const JSON: &str = "application/json";
/// Media type of JSON:API bodies (invitations).
pub(crate) const JSON_API: &str = "application/vnd.api+json";
/// Media type of JSON:API bulk bodies (`DELETE /tokens`, the bulk service
/// authorization calls).
pub(crate) const JSON_API_BULK: &str = "application/vnd.api+json; ext=bulk";
/// Media type of form bodies (PUT customer, PUT user).
pub(crate) const FORM: &str = "application/x-www-form-urlencoded";

const FASTLY_KEY: &str = "Fastly-Key";
/// The one-time code of a user with two-factor authentication, when logging in.
const FASTLY_OTP: &str = "Fastly-OTP";
const RATE_LIMIT_REMAINING: &str = "Fastly-RateLimit-Remaining";
const RATE_LIMIT_RESET: &str = "Fastly-RateLimit-Reset";

/// Everything except RFC 3986's unreserved characters (ALPHA / DIGIT / `-` /
/// `.` / `_` / `~`) is escaped, as Fastly's generated clients escape a path
/// parameter (fastly-py: `quote(value, safe="")`), so an id is always exactly
/// one path segment; `.` and `..`, the only ids that would still move the
/// path, are refused by [`id_segment`].
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The longest id, once percent-encoded, that goes into a path. Fastly's ids
/// are 22 characters and logins at most 254; the whole URL must stay under
/// 64 KiB (the HTTP stack's limit), with room for the rest of it.
pub(crate) const MAX_ID_BYTES: usize = 8 * 1024;

/// Percent-encodes a caller's id as one path segment, refusing ids that cannot
/// name anything (empty, `.`, `..`) or cannot be sent (longer than
/// [`MAX_ID_BYTES`] once encoded).
pub(crate) fn id_segment(what: &str, id: &str) -> Result<String> {
    if id.trim().is_empty() {
        return Err(Error::invalid(format!("{what} must not be empty")));
    }
    if id == "." || id == ".." {
        return Err(Error::invalid(format!("{what} {id:?} is not an id")));
    }
    let segment = utf8_percent_encode(id, SEGMENT).to_string();
    if segment.len() > MAX_ID_BYTES {
        return Err(Error::invalid(format!(
            "{what} is too long to send: {} bytes once encoded, at most {MAX_ID_BYTES}",
            segment.len()
        )));
    }
    Ok(segment)
}

/// A form-urlencoded body, field by field; fields whose value is `None` are
/// left out, so only what the caller set is sent.
#[derive(Default)]
pub(crate) struct Form {
    pairs: Vec<(&'static str, String)>,
    /// Every field offered, set or not, to name them when nothing was set.
    offered: Vec<&'static str>,
}

impl Form {
    pub(crate) fn new() -> Form {
        Form::default()
    }

    /// A text field.
    pub(crate) fn text(mut self, name: &'static str, value: Option<&str>) -> Form {
        self.offered.push(name);
        if let Some(value) = value {
            self.pairs.push((name, value.to_owned()));
        }
        self
    }

    /// A boolean field, sent as `1` or `0`: the spelling go-fastly uses "for
    /// compatibility with Fastly's API", the one its recorded live exchanges
    /// show the API reading (docs/real-api.md, "Form encoding").
    pub(crate) fn flag(self, name: &'static str, value: Option<bool>) -> Form {
        self.text(name, value.map(|v| if v { "1" } else { "0" }))
    }

    /// A list field, sent as ONE field with the values joined by commas
    /// (`roles=engineer,billing`): the form style without explode that
    /// Fastly's API definition gives, as its generated clients send it.
    pub(crate) fn list(self, name: &'static str, values: Option<&[String]>) -> Form {
        let joined = values.map(|values| values.join(","));
        self.text(name, joined.as_deref())
    }

    /// A list field sent as one field per value (`services[]=a&services[]=b`),
    /// as go-fastly's recorded token requests send it.
    pub(crate) fn repeated(mut self, name: &'static str, values: Option<&[String]>) -> Form {
        self.offered.push(name);
        for value in values.unwrap_or_default() {
            self.pairs.push((name, value.clone()));
        }
        self
    }

    /// The body of a create: whatever was set.
    pub(crate) fn body(self) -> Body {
        let mut encoder = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &self.pairs {
            encoder.append_pair(name, value);
        }
        Body {
            content_type: FORM,
            bytes: encoder.finish().into_bytes(),
        }
    }

    /// The body of an update. An update with no field set is refused: it
    /// would send an empty PUT that changes nothing.
    pub(crate) fn update_body(self) -> Result<Body> {
        if self.pairs.is_empty() {
            return Err(Error::invalid(format!(
                "nothing to update: set at least one of {}",
                self.offered.join(", ")
            )));
        }
        Ok(self.body())
    }
}

/// A request body, already encoded, with its media type.
pub(crate) struct Body {
    content_type: &'static str,
    bytes: Vec<u8>,
}

impl Body {
    /// A JSON body with the given media type (`JSON` or `JSON_API`).
    pub(crate) fn json(content_type: &'static str, value: &serde_json::Value) -> Body {
        Body {
            content_type,
            bytes: value.to_string().into_bytes(),
        }
    }
}

/// One API call, described before it is sent.
pub(crate) struct Request {
    method: Method,
    /// Path with ids already percent-encoded, starting with `/`.
    path: String,
    /// The path as the spec writes it (`/user/{user_id}`), for logs.
    template: &'static str,
    query: Vec<(&'static str, String)>,
    body: Option<Body>,
    accept: &'static str,
    /// Sent instead of the client's `Fastly-Key`: HTTP basic auth (logging
    /// in), with the one-time code when there is one. Marked sensitive.
    login: Option<Login>,
}

/// A login's headers, built once and marked sensitive (never logged, never
/// shown by `Debug`).
pub(crate) struct Login {
    authorization: HeaderValue,
    one_time_code: Option<HeaderValue>,
}

impl Login {
    /// `Authorization: Basic base64(username:password)` and, when given,
    /// `Fastly-OTP: code`. A value that cannot travel in a header (control
    /// characters) is refused without echoing it.
    pub(crate) fn new(
        username: &str,
        password: &str,
        one_time_code: Option<&str>,
    ) -> Result<Login> {
        use base64::Engine as _;
        let credentials =
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
        let mut authorization = HeaderValue::from_str(&format!("Basic {credentials}"))
            .map_err(|_| Error::invalid("the login cannot be sent in a header"))?;
        authorization.set_sensitive(true);
        let one_time_code = one_time_code
            .map(|code| {
                let mut value = HeaderValue::from_str(code.trim()).map_err(|_| {
                    Error::invalid("the one-time code holds characters a header cannot carry")
                })?;
                value.set_sensitive(true);
                Ok::<_, Error>(value)
            })
            .transpose()?;
        Ok(Login {
            authorization,
            one_time_code,
        })
    }
}

impl Request {
    /// A request without body or query; it accepts plain JSON.
    pub(crate) fn new(method: Method, template: &'static str, path: String) -> Request {
        Request {
            method,
            path,
            template,
            query: Vec::new(),
            body: None,
            accept: JSON,
            login: None,
        }
    }

    /// Authenticates with a login (HTTP basic auth) instead of the client's
    /// `Fastly-Key`, which is then not sent.
    pub(crate) fn login(mut self, login: Login) -> Request {
        self.login = Some(login);
        self
    }

    /// Adds a query parameter when the value is present.
    pub(crate) fn query(mut self, name: &'static str, value: Option<String>) -> Request {
        if let Some(value) = value {
            self.query.push((name, value));
        }
        self
    }

    /// Sets the body.
    pub(crate) fn body(mut self, body: Body) -> Request {
        self.body = Some(body);
        self
    }

    /// Sets the media type the endpoint answers with.
    pub(crate) fn accept(mut self, accept: &'static str) -> Request {
        self.accept = accept;
        self
    }

    /// GET, PUT and DELETE may be repeated; a POST may have been processed.
    fn idempotent(&self) -> bool {
        matches!(
            self.method,
            Method::GET | Method::PUT | Method::DELETE | Method::HEAD
        )
    }
}

/// A response with a success status and its whole body.
struct Success {
    status: StatusCode,
    body: Vec<u8>,
}

/// What one attempt ended with, before the retry decision.
enum Attempt {
    Done(Success),
    Failed { error: Error, retry: Retry },
}

/// Whether and when a failed attempt may be tried again.
enum Retry {
    No,
    /// Back off exponentially, or wait what the server asked for.
    Backoff {
        server_wait: Option<Duration>,
    },
}

/// The HTTP side of a client: its connection pools, its configuration and
/// the last rate-limit headers seen.
pub(crate) struct Transport {
    /// The connection pools of this process: a forked child builds its own
    /// instead of waiting on the parent's connections.
    pools: Mutex<Pools>,
    tls: rustls::ClientConfig,
    config: Config,
    key: HeaderValue,
    user_agent: HeaderValue,
    rate_limit: Mutex<Option<RateLimit>>,
}

impl Transport {
    pub(crate) fn new(config: Config) -> Result<Transport> {
        let mut key = HeaderValue::from_str(config.token.expose())
            .map_err(|_| Error::invalid("the API token cannot be sent in a header"))?;
        key.set_sensitive(true);
        let user_agent = HeaderValue::from_str(&config.user_agent)
            .map_err(|_| Error::invalid("the user agent cannot be sent in a header"))?;
        let tls = crate::tls::client_config(config.ca_bundle.as_deref())?;
        let shared = build_pool(&config, &tls)?;
        Ok(Transport {
            pools: Mutex::new(Pools {
                pid: std::process::id(),
                shared,
                local: HashMap::new(),
            }),
            tls,
            config,
            key,
            user_agent,
            rate_limit: Mutex::new(None),
        })
    }

    /// The connection pool for a request made now, on this thread.
    ///
    /// A connection belongs to the runtime that opened it (its task runs
    /// there), so each of the runtimes that blocking calls drive on their own
    /// thread ([`runtime::driving`]) has a pool of its own; every other call
    /// shares one. A forked child builds new pools: the parent's are leaked,
    /// not dropped (their connections belong to the parent, and dropping may
    /// touch their runtime).
    fn http(&self) -> Result<reqwest::Client> {
        let mut pools = self
            .pools
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let pid = std::process::id();
        if pools.pid != pid {
            let fresh = Pools {
                pid,
                shared: build_pool(&self.config, &self.tls)?,
                local: HashMap::new(),
            };
            std::mem::forget(std::mem::replace(&mut *pools, fresh));
        }
        let Some(local) = runtime::driving() else {
            return Ok(pools.shared.clone());
        };
        if let Some((_, http)) = pools.local.get(&local.id) {
            return Ok(http.clone());
        }
        // A runtime that is gone (shut down after an abandoned call) never
        // comes back: forget its pool.
        pools.local.retain(|_, (alive, _)| alive.strong_count() > 0);
        let http = build_pool(&self.config, &self.tls)?;
        pools.local.insert(local.id, (local.alive, http.clone()));
        Ok(http)
    }

    pub(crate) fn config(&self) -> &Config {
        &self.config
    }

    /// The rate-limit headers of the last response that carried them.
    pub(crate) fn last_rate_limit(&self) -> Option<RateLimit> {
        *self
            .rate_limit
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Sends the request and decodes a success body as `T`.
    pub(crate) async fn send<T: DeserializeOwned>(&self, request: Request) -> Result<T> {
        let success = self.execute(&request).await?;
        decode(success.status, &success.body)
    }

    /// Sends the request; a success body may be empty or anything, except a
    /// `{"status": ...}` object whose status is not `"ok"`: the API's way of
    /// saying that the operation failed despite the 2xx.
    pub(crate) async fn send_no_content(&self, request: Request) -> Result<()> {
        let success = self.execute(&request).await?;
        check_status_body(success.status, &success.body)
    }

    /// Sends the request; any success status is enough, whatever the body
    /// (an endpoint documented to answer its success with an error-shaped
    /// body, such as `DELETE /automation-tokens/{id}`).
    pub(crate) async fn send_ignoring_body(&self, request: Request) -> Result<()> {
        self.execute(&request).await.map(|_| ())
    }

    /// Sends the request; an empty success body (204) reads as `None`.
    pub(crate) async fn send_maybe<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Option<T>> {
        let success = self.execute(&request).await?;
        if success.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        decode(success.status, &success.body).map(Some)
    }

    /// Runs attempts until one succeeds, one fails for good, or retries run out.
    async fn execute(&self, request: &Request) -> Result<Success> {
        let mut retries_done = 0u32;
        loop {
            let attempt_number = retries_done + 1;
            let started = Instant::now();
            let outcome = self.attempt(request).await;
            let (status, verdict) = match &outcome {
                Attempt::Done(success) => (Some(success.status.as_u16()), "ok"),
                Attempt::Failed { error, .. } => (error.status(), "failed"),
            };
            tracing::debug!(
                target: "fastly_account",
                method = %request.method,
                path = request.template,
                status,
                attempt = attempt_number,
                duration_ms = started.elapsed().as_millis() as u64,
                outcome = verdict,
                "fastly-account request attempt"
            );
            let (error, retry) = match outcome {
                Attempt::Done(success) => return Ok(success),
                Attempt::Failed { error, retry } => (error, retry),
            };
            let wait = match retry {
                Retry::Backoff { server_wait } if retries_done < self.config.max_retries => {
                    server_wait.unwrap_or_else(|| self.backoff(retries_done))
                }
                _ => return Err(error),
            };
            tracing::info!(
                target: "fastly_account",
                method = %request.method,
                path = request.template,
                attempt = attempt_number,
                wait_ms = wait.as_millis() as u64,
                error = %error,
                "fastly-account retrying"
            );
            tokio::time::sleep(wait).await;
            retries_done += 1;
        }
    }

    /// Exponential backoff with full jitter: a random wait in [0, base * 2^n], capped.
    fn backoff(&self, retries_done: u32) -> Duration {
        let base = self.config.retry_base_delay.as_millis() as u64;
        let ceiling = base
            .saturating_mul(1u64 << retries_done.min(20))
            .min(self.config.retry_max_delay.as_millis() as u64);
        Duration::from_millis(fastrand::u64(0..=ceiling))
    }

    async fn attempt(&self, request: &Request) -> Attempt {
        let http = match self.http() {
            Ok(http) => http,
            Err(error) => {
                return Attempt::Failed {
                    error,
                    retry: Retry::No,
                }
            }
        };
        let response = match self.build(http, request).send().await {
            Ok(response) => response,
            Err(error) => return self.transport_failure(request, &error),
        };
        let status = response.status();
        let headers = response.headers().clone();
        self.remember_rate_limit(&headers);
        let body = match self.read_body(response).await {
            Ok(body) => body,
            Err(BodyError::TooBig) => {
                return Attempt::Failed {
                    error: Error::Decode {
                        status: Some(status.as_u16()),
                        message: format!(
                            "the response body exceeds the {} byte limit",
                            self.config.max_response_bytes
                        ),
                    },
                    retry: Retry::No,
                }
            }
            Err(BodyError::Transport(error)) => return self.transport_failure(request, &error),
        };
        if status.is_success() {
            return Attempt::Done(Success { status, body });
        }
        self.status_failure(request, status, &headers, &body)
    }

    fn build(&self, http: reqwest::Client, request: &Request) -> reqwest::RequestBuilder {
        let url = format!(
            "{}{}",
            self.config.endpoint.as_str().trim_end_matches('/'),
            request.path
        );
        let mut builder = http
            .request(request.method.clone(), url)
            .header(USER_AGENT, self.user_agent.clone())
            .header(ACCEPT, request.accept);
        builder = match &request.login {
            None => builder.header(FASTLY_KEY, self.key.clone()),
            Some(login) => {
                builder = builder.header(AUTHORIZATION, login.authorization.clone());
                match &login.one_time_code {
                    Some(code) => builder.header(FASTLY_OTP, code.clone()),
                    None => builder,
                }
            }
        };
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some(body) = &request.body {
            builder = builder
                .header(CONTENT_TYPE, body.content_type)
                .body(body.bytes.clone());
        }
        builder
    }

    /// Reads the body, refusing to hold more than the configured cap.
    async fn read_body(&self, mut response: reqwest::Response) -> Result<Vec<u8>, BodyError> {
        let cap = self.config.max_response_bytes;
        if response
            .content_length()
            .is_some_and(|len| len > cap as u64)
        {
            return Err(BodyError::TooBig);
        }
        let mut body = Vec::with_capacity(response.content_length().unwrap_or(0) as usize);
        while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
            if body.len() + chunk.len() > cap {
                return Err(BodyError::TooBig);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    fn remember_rate_limit(&self, headers: &HeaderMap) {
        let seen = rate_limit_from(headers);
        if seen.remaining.is_some() || seen.reset.is_some() {
            *self
                .rate_limit
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(seen);
        }
    }

    /// A send that got no usable response: connect errors may always be
    /// retried (nothing reached the server); others only when idempotent.
    fn transport_failure(&self, request: &Request, error: &reqwest::Error) -> Attempt {
        let message = describe_transport_error(error);
        if error.is_builder() {
            // Nothing was sent: the request itself cannot be (a URL the HTTP
            // stack refuses, e.g. over its 64 KiB limit). Sending it again
            // would fail the same way.
            return Attempt::Failed {
                error: Error::invalid(format!(
                    "the request to {} cannot be sent (the HTTP stack refuses it, \
                     e.g. a URL over 64 KiB): {message}",
                    request.template
                )),
                retry: Retry::No,
            };
        }
        if error.is_timeout() {
            // A connect timeout reached nothing: safe to retry for any
            // method. Any other timeout may have been processed.
            let retry = if error.is_connect() {
                Retry::Backoff { server_wait: None }
            } else {
                Retry::No
            };
            return Attempt::Failed {
                error: Error::Timeout {
                    message: format!(
                        "{message} (limit {:?} per attempt, {:?} to connect)",
                        self.config.timeout, self.config.connect_timeout
                    ),
                },
                retry,
            };
        }
        let retry = if error.is_connect() || request.idempotent() {
            Retry::Backoff { server_wait: None }
        } else {
            Retry::No
        };
        Attempt::Failed {
            error: Error::Connection { message },
            retry,
        }
    }

    fn status_failure(
        &self,
        request: &Request,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Attempt {
        let code = status.as_u16();
        let rate_limit = rate_limit_from(headers);
        let message = if status.is_redirection() {
            let target = headers
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("an unnamed location");
            format!("the API answered with a redirect to {target}, which is not followed")
        } else {
            message_from_body(status, headers.get(CONTENT_TYPE), body)
        };
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, chrono::Utc::now()));
        let retry = match code {
            500 | 502..=504 if request.idempotent() => Retry::Backoff {
                server_wait: retry_after.map(|wait| wait.min(self.config.retry_max_delay)),
            },
            429 => match rate_limit_wait(retry_after, rate_limit.reset, chrono::Utc::now()) {
                Some(wait) if wait <= self.config.rate_limit_wait => Retry::Backoff {
                    server_wait: Some(wait),
                },
                _ => Retry::No,
            },
            _ => Retry::No,
        };
        Attempt::Failed {
            error: Error::from_status(code, message, rate_limit),
            retry,
        }
    }
}

/// The connection pools of one client in one process.
struct Pools {
    /// The process these pools belong to.
    pid: u32,
    /// For calls on the shared runtime and on the caller's own runtimes.
    shared: reqwest::Client,
    /// For blocking calls, one per runtime they drive (by its id), with a
    /// weak reference that tells whether that runtime still exists.
    local: HashMap<u64, (Weak<()>, reqwest::Client)>,
}

/// One connection pool: no redirects, the configured timeouts, our TLS.
fn build_pool(config: &Config, tls: &rustls::ClientConfig) -> Result<reqwest::Client> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(config.timeout)
        .connect_timeout(config.connect_timeout)
        .pool_idle_timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(config.max_idle_connections)
        .use_preconfigured_tls(tls.clone())
        .build()
        .map_err(|e| Error::Connection {
            message: format!("could not set up the HTTP client: {e}"),
        })
}

enum BodyError {
    TooBig,
    Transport(reqwest::Error),
}

/// Decodes a success body, naming the status and the serde error on failure.
pub(crate) fn decode<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T> {
    serde_json::from_slice(body).map_err(|e| Error::Decode {
        status: Some(status.as_u16()),
        message: format!("{} byte body is not the expected JSON: {e}", body.len()),
    })
}

/// A 2xx body of the form `{"status": "..."}` is a success only when the
/// status is `ok` (any case). Other bodies, and none, are successes.
pub(crate) fn check_status_body(status: StatusCode, body: &[u8]) -> Result<()> {
    let Ok(serde_json::Value::Object(object)) = serde_json::from_slice(body) else {
        return Ok(());
    };
    match object.get("status") {
        None => Ok(()),
        Some(serde_json::Value::String(word)) if word.eq_ignore_ascii_case("ok") => Ok(()),
        Some(word) => {
            let detail = message_from_body(status, None, body);
            Err(Error::Http {
                status: status.as_u16(),
                message: format!("the API reported status {word} despite HTTP {status}: {detail}"),
            })
        }
    }
}

/// Reads `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset`; junk is ignored.
pub(crate) fn rate_limit_from(headers: &HeaderMap) -> RateLimit {
    let number = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    RateLimit {
        remaining: number(RATE_LIMIT_REMAINING).and_then(|v| v.parse().ok()),
        reset: number(RATE_LIMIT_RESET).and_then(|v| v.parse().ok()),
    }
}

/// Parses `Retry-After` as delta-seconds or an HTTP date; junk and absurd values give `None`.
pub(crate) fn parse_retry_after(
    value: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds.min(24 * 3600)));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let seconds = (at.with_timezone(&chrono::Utc) - now)
        .num_milliseconds()
        .max(0);
    Some(Duration::from_millis(seconds.min(24 * 3600 * 1000) as u64))
}

/// How long a 429 asks us to wait: `Retry-After`, else until the reset time.
fn rate_limit_wait(
    retry_after: Option<Duration>,
    reset: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    retry_after.or_else(|| {
        let seconds = reset?.checked_sub(now.timestamp())?;
        Some(Duration::from_secs(seconds.max(0) as u64))
    })
}

/// A transport error as a sentence, with its causes, without the request URL's query.
fn describe_transport_error(error: &reqwest::Error) -> String {
    let mut message = if error.is_connect() {
        "could not connect".to_string()
    } else if error.is_timeout() {
        "no complete answer in time".to_string()
    } else if error.is_body() || error.is_decode() {
        "the connection broke while reading the response".to_string()
    } else {
        "the request failed".to_string()
    };
    if let Some(url) = error.url() {
        message.push_str(&format!(
            " to {}://{}{}",
            url.scheme(),
            url.host_str().unwrap_or(""),
            port_suffix(url)
        ));
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        if is_plain_http_answer(cause) {
            message.push_str(
                "the server answered without TLS: it looks like a plain-HTTP server \
                 (give its http:// address; plain HTTP is allowed for loopback hosts only)",
            );
            break;
        }
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// Whether `cause` is rustls finding something other than TLS in the first
/// bytes the server sent: what a plain-HTTP server's answer to a TLS hello
/// looks like ("received corrupt message of type InvalidContentType").
fn is_plain_http_answer(cause: &(dyn std::error::Error + 'static)) -> bool {
    // The connector wraps rustls's error in `io::Error`s, one inside another.
    let mut error = cause;
    while let Some(inner) = error
        .downcast_ref::<std::io::Error>()
        .and_then(|io| io.get_ref())
    {
        error = inner;
    }
    matches!(
        error.downcast_ref::<rustls::Error>(),
        Some(rustls::Error::InvalidMessage(
            rustls::InvalidMessage::InvalidContentType
        ))
    )
}

fn port_suffix(url: &reqwest::Url) -> String {
    url.port().map(|p| format!(":{p}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_one_segment() {
        assert_eq!(id_segment("id", "abc-DEF_1~.").unwrap(), "abc-DEF_1~.");
        assert_eq!(
            id_segment("id", "../customer/x").unwrap(),
            "..%2Fcustomer%2Fx"
        );
        assert_eq!(
            id_segment("id", "user1@example.com").unwrap(),
            "user1%40example.com"
        );
        assert_eq!(id_segment("id", "a/b?c#d").unwrap(), "a%2Fb%3Fc%23d");
        for bad in ["", " ", ".", ".."] {
            assert!(id_segment("id", bad).is_err());
        }
    }

    #[test]
    fn forms_encode_as_fastly_defines_them() {
        let roles = ["engineer".to_owned(), "billing".to_owned()];
        let body = Form::new()
            .list("roles", Some(&roles))
            .flag("locked", Some(true))
            .flag("limit_services", Some(false))
            .text("name", None)
            .body();
        assert_eq!(
            String::from_utf8(body.bytes).unwrap(),
            "roles=engineer%2Cbilling&locked=1&limit_services=0"
        );
        match Form::new()
            .text("name", None)
            .list("roles", None)
            .update_body()
        {
            Err(Error::InvalidArgument { message }) => {
                assert!(message.ends_with("name, roles"), "{message}")
            }
            other => panic!("expected InvalidArgument, got {:?}", other.map(|b| b.bytes)),
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 2026 00:00:05 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn rate_limit_wait_prefers_retry_after() {
        let now = chrono::DateTime::from_timestamp(1000, 0).unwrap();
        assert_eq!(
            rate_limit_wait(Some(Duration::from_secs(2)), Some(2000), now),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            rate_limit_wait(None, Some(1005), now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(rate_limit_wait(None, Some(10), now), Some(Duration::ZERO));
        assert_eq!(rate_limit_wait(None, None, now), None);
    }
}
