//! A tiny blocking HTTP/1.1 client over `std::net::TcpStream`, so the sandbox's
//! tests depend on neither an HTTP client crate nor the client under test.

#![allow(dead_code)] // each test binary uses a different part of it

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

/// A response as read off the wire.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {} body is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
}

/// One request on a fresh connection (`Connection: close`), read to EOF.
/// An error means the connection failed before a response head arrived.
pub fn send(
    base_url: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> std::io::Result<Response> {
    let authority = base_url.trim_start_matches("http://");
    let stream = TcpStream::connect(authority)?;
    stream.set_read_timeout(Some(Duration::from_secs(20)))?;
    exchange(stream, authority, method, path, headers, body)
}

/// As [`send`], over TLS to an `https://` base URL, trusting only `ca_pem` and
/// checking the certificate against `server_name` (`127.0.0.1`, `localhost`...).
pub fn send_tls(
    base_url: &str,
    ca_pem: &str,
    server_name: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> std::io::Result<Response> {
    use rustls::pki_types::pem::PemObject as _;
    use rustls::pki_types::{CertificateDer, ServerName};

    let authority = base_url.trim_start_matches("https://");
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(ca_pem.as_bytes()) {
        let cert = cert.map_err(std::io::Error::other)?;
        roots.add(cert).map_err(std::io::Error::other)?;
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(std::io::Error::other)?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = ServerName::try_from(server_name.to_owned()).map_err(std::io::Error::other)?;
    let connection =
        rustls::ClientConnection::new(Arc::new(config), name).map_err(std::io::Error::other)?;
    let tcp = TcpStream::connect(authority)?;
    tcp.set_read_timeout(Some(Duration::from_secs(20)))?;
    let stream = rustls::StreamOwned::new(connection, tcp);
    exchange(stream, authority, method, path, headers, body)
}

/// Writes the request and reads the response to EOF.
fn exchange<S: Read + Write>(
    mut stream: S,
    authority: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> std::io::Result<Response> {
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if let Some(body) = body {
        stream.write_all(body)?;
    }
    stream.flush()?;

    let mut raw = Vec::new();
    let read = stream.read_to_end(&mut raw);
    let Some(split) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        read?;
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "connection closed before a response head",
        ));
    };
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Ok(Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}

/// GET with the given token (or none).
pub fn get(base_url: &str, path: &str, token: Option<&str>) -> Response {
    let headers: Vec<(&str, &str)> = token.map(|t| ("Fastly-Key", t)).into_iter().collect();
    send(base_url, "GET", path, &headers, None).expect("a response")
}

/// A request carrying the token and a body of the given content type.
pub fn send_body(
    base_url: &str,
    method: &str,
    path: &str,
    token: &str,
    content_type: &str,
    body: &str,
) -> Response {
    send(
        base_url,
        method,
        path,
        &[("Fastly-Key", token), ("Content-Type", content_type)],
        Some(body.as_bytes()),
    )
    .expect("a response")
}

/// A control-protocol request with a JSON body.
pub fn control(base_url: &str, method: &str, path: &str, body: &str) -> Response {
    send(
        base_url,
        method,
        path,
        &[("Content-Type", "application/json")],
        Some(body.as_bytes()),
    )
    .expect("a response")
}
