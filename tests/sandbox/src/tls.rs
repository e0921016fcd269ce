//! HTTPS with a private CA: a fresh CA and server certificate made at each start.

use std::io;
use std::sync::Arc;

use chrono::{Datelike as _, Duration, Utc};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::TlsAcceptor;

/// What the API listener needs to serve TLS, and the CA a client must trust.
pub(crate) struct Tls {
    pub acceptor: TlsAcceptor,
    /// The private CA's certificate, PEM.
    pub ca_pem: String,
}

/// The names the server certificate is valid for.
const SERVER_NAMES: [&str; 3] = ["localhost", "127.0.0.1", "::1"];

fn tls_error(what: &str, e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("cannot set up TLS: {what}: {e}"))
}

/// A new private CA (ECDSA P-256) and a server certificate for `localhost`,
/// `127.0.0.1` and `::1` signed by it; the acceptor serves HTTP/1.1 with ring.
///
/// The certificates are shaped to pass strict verifiers too (Python 3.13's
/// `VERIFY_X509_STRICT`, Apple's rules): key usages, `serverAuth`, subject and
/// authority key identifiers, and a short validity (server: 200 days).
pub(crate) fn generate() -> io::Result<Tls> {
    // Midnight UTC, `n` days from today.
    let day = |n: i64| {
        let d = Utc::now() + Duration::days(n);
        // chrono's month and day always fit in a u8.
        rcgen::date_time_ymd(d.year(), d.month() as u8, d.day() as u8)
    };

    let ca_key = KeyPair::generate().map_err(|e| tls_error("CA key", e))?;
    let mut ca_params = CertificateParams::default();
    ca_params.distinguished_name = rcgen::DistinguishedName::new();
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "fastly-sandbox private CA");
    ca_params
        .distinguished_name
        .push(DnType::OrganizationName, "fastly-sandbox");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    ca_params.not_before = day(-1);
    ca_params.not_after = day(365);
    let ca_cert = ca_params
        .self_signed(&ca_key)
        .map_err(|e| tls_error("CA certificate", e))?;
    let ca_pem = ca_cert.pem();
    let issuer = Issuer::new(ca_params, ca_key);

    let server_key = KeyPair::generate().map_err(|e| tls_error("server key", e))?;
    let names: Vec<String> = SERVER_NAMES.iter().map(|n| (*n).to_owned()).collect();
    let mut params =
        CertificateParams::new(names).map_err(|e| tls_error("server certificate names", e))?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.use_authority_key_identifier_extension = true;
    params.not_before = day(-1);
    params.not_after = day(200);
    let server_cert = params
        .signed_by(&server_key, &issuer)
        .map_err(|e| tls_error("server certificate", e))?;

    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_error("protocol versions", e))?
        .with_no_client_auth()
        .with_single_cert(vec![server_cert.der().clone()], key)
        .map_err(|e| tls_error("server config", e))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Tls {
        acceptor: TlsAcceptor::from(Arc::new(config)),
        ca_pem,
    })
}
