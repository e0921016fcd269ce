//! Fault injection: the rules tests arm, and the misbehaviour each fault produces.

use std::future::Future as _;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use http_body::{Frame, SizeHint};
use serde::{Deserialize, Serialize};
use tokio::sync::watch;

use crate::respond::{self, Reply};
use crate::seed::{CUSTOMER_ID, OWNER_USER_ID};

/// A fault-injection rule (JSON body of `POST /__sandbox/faults`).
///
/// A request to an API route takes the first armed rule (in arm order) whose
/// `method` and `path` match and that still has uses left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultRule {
    /// Only requests with this method (case-insensitive); any method when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only requests with exactly this raw path (no query); any path when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How many requests the rule applies to (default 1).
    #[serde(default = "default_times")]
    pub times: u32,
    /// When true the rule never runs out (and `times` is ignored).
    #[serde(default)]
    pub forever: bool,
    /// What happens to a matching request.
    pub fault: Fault,
}

fn default_times() -> u32 {
    1
}

impl FaultRule {
    /// A rule applying `fault` once to any API request.
    pub fn new(fault: Fault) -> Self {
        FaultRule {
            method: None,
            path: None,
            times: 1,
            forever: false,
            fault,
        }
    }

    /// Restricts the rule to one HTTP method.
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// Restricts the rule to one raw path (exact match, without the query).
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Applies the rule to `times` requests.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    /// Applies the rule to every matching request, forever.
    pub fn forever(mut self) -> Self {
        self.forever = true;
        self
    }

    /// A rule from the JSON of the control protocol (`POST /__sandbox/faults`),
    /// parsed and [validated](FaultRule::validate): what the control endpoint
    /// and the bindings' testing kits arm from a caller's text.
    pub fn from_json(json: &[u8]) -> Result<FaultRule, String> {
        let rule: FaultRule = serde_json::from_slice(json).map_err(|e| {
            // serde's own words, without its "at line 1 column 37".
            let what = e.to_string();
            let what = what.split(" at line ").next().unwrap_or(&what).to_owned();
            format!(
                "the fault rule is not valid: {what}. A rule is {{\"method\": \"GET\", \
                 \"path\": \"/current_user\", \"times\": 1, \"forever\": false, \
                 \"fault\": {{\"type\": \"status\", \"status\": 503}}}} (method, path, \
                 times and forever optional; numbers are non-negative integers)"
            )
        })?;
        rule.validate()?;
        Ok(rule)
    }

    /// Checks values serde cannot: statuses, header values, counts (as the
    /// control endpoint does before arming; [`crate::Sandbox::arm`] does not).
    pub fn validate(&self) -> Result<(), String> {
        if let Some(path) = &self.path {
            // A rule that can never match would let a user's fault test pass
            // without injecting anything.
            if !path.starts_with('/') || path.contains(['{', '}', '?', '#']) {
                return Err(format!(
                    "path {path:?} can never match: give the raw request path, starting \
                     with / and without a query, e.g. /current_user or \
                     /user/4kYH1qUserx4xCwxxJx001 (not the template /user/{{user_id}})"
                ));
            }
        }
        if let Some(method) = &self.method {
            if method.is_empty() || !method.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(format!(
                    "method {method:?} can never match: give an HTTP method such as GET"
                ));
            }
        }
        if self.times == 0 && !self.forever {
            return Err("times must be at least 1 (or forever true)".to_owned());
        }
        let failure_ok = |status: u16| {
            if (400..=599).contains(&status) {
                Ok(())
            } else {
                Err(format!(
                    "a {status} is not a failure: a status fault answers 400 to 599 \
                     (for a custom success body use the body fault, for 3xx the redirect fault)"
                ))
            }
        };
        let status_ok = |status: u16| {
            StatusCode::from_u16(status)
                .map(|_| ())
                .map_err(|_| format!("{status} is not a valid HTTP status"))
        };
        let header_ok = |name: &str, value: &Option<String>| match value {
            Some(v) if HeaderValue::from_str(v).is_err() => {
                Err(format!("{name} {v:?} is not a valid header value"))
            }
            _ => Ok(()),
        };
        match &self.fault {
            Fault::Status {
                status,
                retry_after,
            } => {
                failure_ok(*status)?;
                header_ok("retry_after", retry_after)
            }
            Fault::RateLimit { retry_after, .. } => header_ok("retry_after", retry_after),
            Fault::UnknownShape { status } => failure_ok(*status),
            Fault::Redirect { status, location } => {
                status_ok(*status)?;
                header_ok("location", location)
            }
            Fault::Rendezvous { count, .. } if *count == 0 => {
                Err("rendezvous count must be at least 1".to_owned())
            }
            Fault::Body {
                status,
                content_type,
                ..
            } => {
                status_ok(*status)?;
                header_ok("content_type", content_type)
            }
            Fault::Huge { bytes } if *bytes > MAX_HUGE_BYTES => {
                Err(format!("huge bytes must be at most {MAX_HUGE_BYTES}"))
            }
            _ => Ok(()),
        }
    }
}

const MAX_HUGE_BYTES: usize = 512 * 1024 * 1024;

/// What an armed rule does to a request (tagged by `"type"` in JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Fault {
    /// Answer `status` with `{"msg":"Injected failure",..}` (and `Retry-After`).
    Status {
        /// The status to answer, e.g. 503.
        status: u16,
        /// The `Retry-After` header value to send, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<String>,
    },
    /// Answer 429 with `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset`.
    RateLimit {
        /// `Fastly-RateLimit-Remaining` (default 0).
        #[serde(default)]
        remaining: u64,
        /// `Fastly-RateLimit-Reset` in epoch seconds (default: now + 60).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reset: Option<u64>,
        /// The `Retry-After` header value to send, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after: Option<String>,
    },
    /// Sleep `ms` milliseconds, then handle the request normally.
    Delay {
        /// How long to wait before handling the request.
        ms: u64,
    },
    /// Handle normally but send only the first half of the body, with a
    /// `Content-Length` that matches the shortened body.
    Truncate,
    /// Handle normally, send the full `Content-Length`, half the body, then cut
    /// the connection.
    Reset,
    /// Close the connection without answering.
    Close,
    /// Answer 200 `application/json` with a body that is not valid JSON.
    Malformed,
    /// Answer `status` with an HTML body.
    UnknownShape {
        /// The status to answer (default 500).
        #[serde(default = "default_unknown_shape_status")]
        status: u16,
    },
    /// Answer 200 with a valid JSON user object of about `bytes` bytes.
    Huge {
        /// The approximate body size.
        bytes: usize,
    },
    /// Answer a redirect.
    Redirect {
        /// The redirect status (default 302).
        #[serde(default = "default_redirect_status")]
        status: u16,
        /// The `Location`; by default the canary URL plus the request's path.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        location: Option<String>,
    },
    /// Hold each matching request until `count` have arrived, then handle them all
    /// normally; a request still waiting after `timeout_ms` gets 409.
    Rendezvous {
        /// How many requests must meet.
        count: usize,
        /// How long one request waits for the others (default 5000).
        #[serde(default = "default_rendezvous_timeout")]
        timeout_ms: u64,
    },
    /// Answer `status` with exactly `body` (serialised JSON; a JSON string is sent
    /// as its text, unquoted), e.g. 200 `{"status":"error","msg":".."}`.
    Body {
        /// The status to answer (default 200).
        #[serde(default = "default_body_status")]
        status: u16,
        /// The body: any JSON value; a string is sent raw (so it may be non-JSON).
        body: serde_json::Value,
        /// The `Content-Type` (default `application/json`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        content_type: Option<String>,
    },
}

fn default_body_status() -> u16 {
    200
}

fn default_unknown_shape_status() -> u16 {
    500
}

fn default_redirect_status() -> u16 {
    302
}

fn default_rendezvous_timeout() -> u64 {
    5000
}

impl Fault {
    /// The fault's `type` tag, as recorded in the request log.
    pub fn kind(&self) -> &'static str {
        match self {
            Fault::Status { .. } => "status",
            Fault::RateLimit { .. } => "rate_limit",
            Fault::Delay { .. } => "delay",
            Fault::Truncate => "truncate",
            Fault::Reset => "reset",
            Fault::Close => "close",
            Fault::Malformed => "malformed",
            Fault::UnknownShape { .. } => "unknown_shape",
            Fault::Huge { .. } => "huge",
            Fault::Redirect { .. } => "redirect",
            Fault::Rendezvous { .. } => "rendezvous",
            Fault::Body { .. } => "body",
        }
    }
}

/// A rule as kept by the sandbox: with its uses left and its meeting point.
#[derive(Debug)]
pub(crate) struct ArmedRule {
    pub rule: FaultRule,
    pub remaining: u32,
    rendezvous: Option<Arc<Rendezvous>>,
}

impl ArmedRule {
    pub fn new(rule: FaultRule) -> Self {
        let rendezvous = match rule.fault {
            Fault::Rendezvous { count, .. } => Some(Arc::new(Rendezvous::new(count))),
            _ => None,
        };
        ArmedRule {
            remaining: rule.times,
            rule,
            rendezvous,
        }
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        (self.rule.forever || self.remaining > 0)
            && self
                .rule
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.rule.path.as_deref().is_none_or(|p| p == path)
    }
}

/// The fault a request drew, with the rule's meeting point for a rendezvous.
#[derive(Debug)]
pub(crate) struct DrawnFault {
    pub fault: Fault,
    pub rendezvous: Option<Arc<Rendezvous>>,
}

/// Takes one use of the first rule matching the request, if any.
pub(crate) fn draw(rules: &mut [ArmedRule], method: &str, path: &str) -> Option<DrawnFault> {
    let armed = rules.iter_mut().find(|r| r.matches(method, path))?;
    if !armed.rule.forever {
        armed.remaining -= 1;
    }
    Some(DrawnFault {
        fault: armed.rule.fault.clone(),
        rendezvous: armed.rendezvous.clone(),
    })
}

/// Where requests of one rendezvous rule wait for each other.
#[derive(Debug)]
pub(crate) struct Rendezvous {
    count: usize,
    arrived: watch::Sender<usize>,
}

impl Rendezvous {
    fn new(count: usize) -> Self {
        Rendezvous {
            count,
            arrived: watch::Sender::new(0),
        }
    }

    /// Arrives and waits for the others. On timeout returns how many had arrived.
    pub async fn meet(&self, timeout: Duration) -> Result<(), (usize, usize)> {
        let mut arrivals = self.arrived.subscribe();
        self.arrived.send_modify(|n| *n += 1);
        let count = self.count;
        let met = tokio::time::timeout(timeout, arrivals.wait_for(|n| *n >= count))
            .await
            .is_ok_and(|waited| waited.is_ok());
        if met {
            Ok(())
        } else {
            Err((*self.arrived.borrow(), count))
        }
    }
}

/// The answer for faults that replace the response entirely; `None` for faults
/// that let the request be handled (delay, rendezvous, truncate, reset, close).
pub(crate) fn replacement(fault: &Fault, canary_url: &str, path: &str) -> Option<Reply> {
    let reply = match fault {
        Fault::Status {
            status,
            retry_after,
        } => {
            let status = status_or_500(*status);
            let mut reply = respond::msg(
                status,
                "Injected failure",
                format!("status {} injected by the sandbox", status.as_u16()),
            );
            insert_header(&mut reply, header::RETRY_AFTER, retry_after.as_deref());
            reply
        }
        Fault::RateLimit {
            remaining,
            reset,
            retry_after,
        } => {
            let reset = reset
                .unwrap_or_else(|| u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0) + 60);
            let mut reply = respond::msg(
                StatusCode::TOO_MANY_REQUESTS,
                "Rate limit exceeded",
                format!("rate limit injected by the sandbox; resets at {reset}"),
            );
            let headers = reply.headers_mut();
            headers.insert("fastly-ratelimit-remaining", HeaderValue::from(*remaining));
            headers.insert("fastly-ratelimit-reset", HeaderValue::from(reset));
            insert_header(&mut reply, header::RETRY_AFTER, retry_after.as_deref());
            reply
        }
        Fault::Malformed => respond::bytes(
            StatusCode::OK,
            respond::JSON,
            Bytes::from_static(b"{\"id\": \"x\", \"name\": "),
        ),
        Fault::UnknownShape { status } => respond::bytes(
            status_or_500(*status),
            "text/html; charset=utf-8",
            Bytes::from_static(b"<html><body>Something odd happened</body></html>"),
        ),
        Fault::Huge { bytes } => respond::bytes(StatusCode::OK, respond::JSON, huge_user(*bytes)),
        Fault::Body {
            status,
            body,
            content_type,
        } => {
            let raw = match body {
                serde_json::Value::String(text) => Bytes::from(text.clone()),
                other => Bytes::from(other.to_string()),
            };
            let mut reply = respond::bytes(status_or_500(*status), respond::JSON, raw);
            insert_header(&mut reply, header::CONTENT_TYPE, content_type.as_deref());
            reply
        }
        Fault::Redirect { status, location } => {
            let location = location
                .clone()
                .unwrap_or_else(|| format!("{canary_url}{path}"));
            let mut reply = respond::msg(
                status_or_500(*status),
                "Redirected",
                format!("the sandbox redirects this request to {location}"),
            );
            insert_header(&mut reply, header::LOCATION, Some(&location));
            reply
        }
        Fault::Delay { .. }
        | Fault::Rendezvous { .. }
        | Fault::Truncate
        | Fault::Reset
        | Fault::Close => return None,
    };
    Some(reply)
}

/// The 409 a request gets when its rendezvous times out.
pub(crate) fn rendezvous_timed_out(arrived: usize, count: usize) -> Reply {
    respond::msg(
        StatusCode::CONFLICT,
        "Rendezvous timed out",
        format!("only {arrived} of {count} requests arrived"),
    )
}

/// `reply` with only the first half of its body and a matching `Content-Length`.
pub(crate) async fn truncate(reply: Reply) -> Reply {
    let (mut parts, body) = reply.into_parts();
    let full = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    Reply::from_parts(parts, Body::from(full.slice(..full.len() / 2)))
}

/// `reply` announcing its full `Content-Length`, but whose body stops half way
/// with an error, so the connection is cut mid-body.
pub(crate) async fn cut_mid_body(reply: Reply) -> Reply {
    let (mut parts, body) = reply.into_parts();
    let full = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
    let body = HalfThenError {
        declared: full.len() as u64,
        half: Some(full.slice(..full.len() / 2)),
        pause: Box::pin(tokio::time::sleep(Duration::from_millis(50))),
    };
    Reply::from_parts(parts, Body::new(body))
}

/// A body that yields its first half, pauses (so the half is flushed to the
/// client), then fails, which makes hyper abort the connection.
struct HalfThenError {
    declared: u64,
    half: Option<Bytes>,
    pause: Pin<Box<tokio::time::Sleep>>,
}

impl http_body::Body for HalfThenError {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        if let Some(half) = self.half.take() {
            return Poll::Ready(Some(Ok(Frame::data(half))));
        }
        match self.pause.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => Poll::Ready(Some(Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionReset,
                "reset injected by the sandbox",
            )))),
        }
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.declared)
    }
}

/// A valid JSON user object of about `bytes` bytes (its `name` is padded).
fn huge_user(bytes: usize) -> Bytes {
    let user = |name: &str| {
        serde_json::json!({
            "id": OWNER_USER_ID,
            "login": "owner@example.com",
            "name": name,
            "role": "superuser",
            "customer_id": CUSTOMER_ID,
            "email_hash": null,
            "two_factor_auth_enabled": false,
            "limit_services": false,
            "locked": false,
            "require_new_password": false,
            "created_at": "2016-07-28T19:24:50Z",
            "updated_at": "2016-07-28T19:24:50Z",
            "deleted_at": null
        })
        .to_string()
    };
    let base = user("").len();
    Bytes::from(user(&"x".repeat(bytes.saturating_sub(base))))
}

fn status_or_500(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn insert_header(reply: &mut Reply, name: header::HeaderName, value: Option<&str>) {
    if let Some(value) = value.and_then(|v| HeaderValue::from_str(v).ok()) {
        reply.headers_mut().insert(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(json: &str) -> String {
        FaultRule::from_json(json.as_bytes()).expect_err(json)
    }

    #[test]
    fn rules_that_can_never_match_or_mean_nothing_are_refused() {
        let status = r#""fault":{"type":"status","status":503}"#;
        for path in ["current_user", "/user/{user_id}", "/current_user?x=1"] {
            let message = refused(&format!(r#"{{"path":"{path}",{status}}}"#));
            assert!(message.contains("can never match"), "{message}");
        }
        assert!(refused(&format!(r#"{{"method":"G E T",{status}}}"#)).contains("HTTP method"));
        assert!(refused(&format!(r#"{{"times":0,{status}}}"#)).contains("times"));
        for code in [200, 204, 302, 99] {
            let message = refused(&format!(
                r#"{{"fault":{{"type":"status","status":{code}}}}}"#
            ));
            assert!(message.contains("not a failure"), "{message}");
        }
        let message = refused(r#"{"fault":{"type":"delay","ms":-5}}"#);
        assert!(
            message.starts_with("the fault rule is not valid"),
            "{message}"
        );
        assert!(!message.contains("line 1 column"), "{message}");
        FaultRule::from_json(
            format!(r#"{{"path":"/current_user","method":"GET",{status}}}"#).as_bytes(),
        )
        .expect("a rule that matches");
        FaultRule::from_json(
            br#"{"times":0,"forever":true,"fault":{"type":"status","status":500}}"#,
        )
        .expect("forever needs no count");
    }
}
