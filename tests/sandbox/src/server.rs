//! The listeners: accepting connections, owning each one (so faults can cut it),
//! and the request path: control routes, or log + fault + API route.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio_rustls::TlsAcceptor;

use crate::control;
use crate::faults::{self, Fault};
use crate::login::Credentials;
use crate::request_log::{CanaryRecord, RequestRecord};
use crate::respond::{self, Reply};
use crate::routes::{self, ApiRequest};
use crate::state::Shared;

/// The largest request body the sandbox reads.
const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// How long a client may take to finish the TLS handshake.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Which service a listener runs.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Role {
    /// The fake API plus the control protocol.
    Api,
    /// The canary: answers anything, records what reached it.
    Canary,
}

/// Accepts connections forever, serving each on its own task; over TLS when an
/// acceptor is given.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    role: Role,
    tls: Option<TlsAcceptor>,
) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let shared = Arc::clone(&shared);
                match tls.clone() {
                    None => {
                        tokio::spawn(serve_plain(stream, shared, role));
                    }
                    Some(acceptor) => {
                        tokio::spawn(serve_tls(stream, acceptor, shared, role));
                    }
                }
            }
            // Out of file descriptors and the like: back off briefly and go on.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}

async fn serve_plain(stream: TcpStream, shared: Arc<Shared>, role: Role) {
    let _ = stream.set_nodelay(true);
    serve_connection(stream, shared, role).await;
}

/// The TLS handshake, then HTTP/1.1 inside it. A failed handshake (a plain-HTTP
/// client, an untrusted CA) just ends the connection.
async fn serve_tls(stream: TcpStream, acceptor: TlsAcceptor, shared: Arc<Shared>, role: Role) {
    let _ = stream.set_nodelay(true);
    let handshake = tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await;
    if let Ok(Ok(stream)) = handshake {
        serve_connection(stream, shared, role).await;
    }
}

/// Serves one HTTP/1.1 connection until it ends or a fault asks to cut it.
async fn serve_connection<S>(stream: S, shared: Arc<Shared>, role: Role)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let cut = Arc::new(Notify::new());
    let service = {
        let cut = Arc::clone(&cut);
        service_fn(move |req: Request<Incoming>| {
            let shared = Arc::clone(&shared);
            let cut = Arc::clone(&cut);
            async move {
                let reply = match role {
                    Role::Api => handle(&shared, req, &cut).await,
                    Role::Canary => handle_canary(&shared, req),
                };
                Ok::<_, Infallible>(reply)
            }
        })
    };
    // No header-read timeout: an idle keep-alive connection stays open as long as
    // the client keeps it, so clients never race a server-side idle close.
    let connection = http1::Builder::new()
        .header_read_timeout(None)
        .serve_connection(TokioIo::new(stream), service);
    tokio::select! {
        _ = connection => {}
        // Dropping the connection closes the socket with nothing more written.
        _ = cut.notified() => {}
    }
}

/// A request on the API listener: control route, or API route.
async fn handle(shared: &Shared, req: Request<Incoming>, cut: &Notify) -> Reply {
    let path = req.uri().path();
    if path == "/__sandbox" || path.starts_with("/__sandbox/") {
        let (parts, body) = req.into_parts();
        return match read_body(body).await {
            Ok(body) => control::respond(shared, &parts.method, parts.uri.path(), &body),
            Err(detail) => respond::bad_request(detail),
        };
    }
    handle_api(shared, req, cut).await
}

/// An API request: logged, then faulted if a rule matches, then routed.
async fn handle_api(shared: &Shared, req: Request<Incoming>, cut: &Notify) -> Reply {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().map(str::to_owned);
    let key = parts.headers.get("fastly-key");
    let key_present = key.is_some();
    let (seq, drawn, caller_token) = {
        let mut state = shared.lock();
        let seq = state.next_seq();
        // Valid while the sandbox's own token has not been revoked.
        let caller_token = key.and_then(|key| state.token_for_key(key.as_bytes()));
        let drawn = state.draw_fault(parts.method.as_str(), &path);
        (seq, drawn, caller_token)
    };
    let key_valid = caller_token.is_some();
    let fault = drawn.as_ref().map(|d| d.fault.clone());
    let entry = LogEntry {
        shared,
        record: Some(RequestRecord {
            seq,
            method: parts.method.to_string(),
            path: path.clone(),
            query: query.clone(),
            content_type: header_text(&parts.headers, "content-type"),
            accept: header_text(&parts.headers, "accept"),
            user_agent: header_text(&parts.headers, "user-agent"),
            fastly_key_present: key_present,
            fastly_key_valid: key_valid,
            status: 0,
            fault: fault.as_ref().map(|f| f.kind().to_owned()),
        }),
    };

    if let Some(drawn) = drawn {
        if let Some(reply) = faults::replacement(&drawn.fault, &shared.canary_url, &path) {
            return entry.finish(reply);
        }
        match drawn.fault {
            Fault::Close => {
                drop(entry); // logged with status 0: nothing was answered
                cut.notify_one();
                return std::future::pending().await;
            }
            Fault::Delay { ms } => tokio::time::sleep(Duration::from_millis(ms)).await,
            Fault::Rendezvous { timeout_ms, .. } => {
                if let Some(point) = drawn.rendezvous {
                    let wait = Duration::from_millis(timeout_ms);
                    if let Err((arrived, count)) = point.meet(wait).await {
                        return entry.finish(faults::rendezvous_timed_out(arrived, count));
                    }
                }
            }
            _ => {}
        }
    }

    let body = match read_body(body).await {
        Ok(body) => body,
        Err(detail) => return entry.finish(respond::bad_request(detail)),
    };
    let request = ApiRequest {
        method: parts.method,
        path,
        query,
        content_type: header_text(&parts.headers, "content-type"),
        caller_token,
        credentials: Credentials::from_headers(&parts.headers),
        host: header_text(&parts.headers, "host"),
        body,
    };
    let reply = routes::respond(shared, &request);
    let reply = match fault {
        Some(Fault::Truncate) => faults::truncate(reply).await,
        Some(Fault::Reset) => faults::cut_mid_body(reply).await,
        _ => reply,
    };
    entry.finish(reply)
}

/// The canary: records the request (key value included) and answers 200.
fn handle_canary(shared: &Shared, req: Request<Incoming>) -> Reply {
    shared.lock().canary_log.push(CanaryRecord {
        method: req.method().to_string(),
        path: req.uri().path().to_owned(),
        fastly_key: header_text(req.headers(), "fastly-key"),
    });
    respond::json(StatusCode::OK, &json!({ "stolen": true }))
}

/// Reads a whole request body, up to [`MAX_BODY_BYTES`], or says why it cannot.
async fn read_body(body: Incoming) -> Result<Bytes, String> {
    axum::body::to_bytes(Body::new(body), MAX_BODY_BYTES)
        .await
        .map_err(|e| {
            format!("the request body could not be read (limit {MAX_BODY_BYTES} bytes): {e}")
        })
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// A request's log record, pushed when answered; if the request is dropped before
/// (client gone, connection cut) it is pushed with status 0.
struct LogEntry<'a> {
    shared: &'a Shared,
    record: Option<RequestRecord>,
}

impl LogEntry<'_> {
    /// Logs the reply's status and hands the reply back.
    fn finish(mut self, reply: Reply) -> Reply {
        if let Some(mut record) = self.record.take() {
            record.status = reply.status().as_u16();
            self.shared.lock().log.push(record);
        }
        reply
    }
}

impl Drop for LogEntry<'_> {
    fn drop(&mut self) {
        if let Some(record) = self.record.take() {
            self.shared.lock().log.push(record);
        }
    }
}
