//! TLS: which certificates a client trusts.
//!
//! By default, the operating system's certificate store, through the
//! platform verifier (as curl and browsers do): a corporate TLS proxy or a
//! private CA that the system trusts works without configuration. A PEM file
//! of extra CA certificates (`ca_bundle`) is trusted as well, for a CA the
//! system does not know. Crypto is rustls with the `ring` provider.
//!
//! The platform verifier is built once per process, on the first TLS
//! handshake (on Linux that reads the whole system store), and shared by
//! every client. When the system has no usable store (a slim container
//! without CA certificates), building a client still works, plain-HTTP
//! loopback endpoints and `ca_bundle` still work, and a handshake that only
//! the system store could vouch for fails with a sentence that says so.
//!
//! On Android the platform verifier needs the app's `Context` through JNI,
//! which this library is not handed yet (without it the verifier panics), so
//! there the bundled Mozilla root store takes its place.

use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result};

/// The one crypto provider (ring) of every client.
fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    Arc::clone(PROVIDER.get_or_init(|| Arc::new(rustls::crypto::ring::default_provider())))
}

/// The rustls configuration of a client: the platform's trust, plus the
/// certificates of `ca_bundle` when given.
pub(crate) fn client_config(ca_bundle: Option<&Path>) -> Result<ClientConfig> {
    let provider = provider();
    let bundle = match ca_bundle {
        Some(path) => Some(bundle_verifier(path, &provider)?),
        None => None,
    };
    let verifier = PlatformThenBundle {
        provider: Arc::clone(&provider),
        bundle,
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_setup_error(e.to_string()))?
        .dangerous() // a verifier of our own: the platform's, then the bundle's
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(config)
}

/// The platform's verifier of this process, built on first use; `Err` says
/// why there is none.
fn platform() -> &'static std::result::Result<Arc<dyn ServerCertVerifier>, String> {
    static PLATFORM: OnceLock<std::result::Result<Arc<dyn ServerCertVerifier>, String>> =
        OnceLock::new();
    PLATFORM.get_or_init(|| platform_verifier(&provider()))
}

/// The operating system's verifier.
#[cfg(not(target_os = "android"))]
fn platform_verifier(
    provider: &Arc<CryptoProvider>,
) -> std::result::Result<Arc<dyn ServerCertVerifier>, String> {
    match rustls_platform_verifier::Verifier::new(Arc::clone(provider)) {
        Ok(verifier) => Ok(Arc::new(verifier)),
        Err(e) => Err(format!("the system's certificate store is unusable: {e}")),
    }
}

/// Android: Mozilla's root store, bundled (see the module docs).
#[cfg(target_os = "android")]
fn platform_verifier(
    provider: &Arc<CryptoProvider>,
) -> std::result::Result<Arc<dyn ServerCertVerifier>, String> {
    let roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    match WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(provider)).build()
    {
        Ok(verifier) => Ok(verifier),
        Err(e) => Err(format!("the bundled root store is unusable: {e}")),
    }
}

/// A verifier that trusts exactly the CA certificates of a PEM file.
fn bundle_verifier(
    path: &Path,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<WebPkiServerVerifier>> {
    let shown = path.display();
    let certificates = CertificateDer::pem_file_iter(path)
        .map_err(|e| Error::invalid(format!("ca_bundle {shown} cannot be read: {e}")))?
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::invalid(format!("ca_bundle {shown} is not valid PEM: {e}")))?;
    if certificates.is_empty() {
        return Err(Error::invalid(format!(
            "ca_bundle {shown} holds no CERTIFICATE block"
        )));
    }
    let mut roots = RootCertStore::empty();
    for certificate in certificates {
        roots.add(certificate).map_err(|e| {
            Error::invalid(format!(
                "ca_bundle {shown} holds an unusable certificate: {e}"
            ))
        })?;
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(provider))
        .build()
        .map_err(|e| Error::invalid(format!("ca_bundle {shown} cannot be used: {e}")))
}

fn tls_setup_error(message: String) -> Error {
    Error::Connection {
        message: format!("could not set up TLS: {message}"),
    }
}

/// Accepts a server certificate that the platform trusts, or else one that
/// chains to the bundle. Handshake signatures are checked with the provider's
/// algorithms, as every webpki-based verifier does.
struct PlatformThenBundle {
    provider: Arc<CryptoProvider>,
    bundle: Option<Arc<WebPkiServerVerifier>>,
}

impl fmt::Debug for PlatformThenBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PlatformThenBundle")
            .field("bundle", &self.bundle.is_some())
            .finish()
    }
}

impl ServerCertVerifier for PlatformThenBundle {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let by_platform = match platform() {
            Ok(platform) => platform.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ),
            Err(why) => Err(rustls::Error::General(format!(
                "{why}; install the system's CA certificates or pass ca_bundle"
            ))),
        };
        match (&by_platform, &self.bundle) {
            (Err(_), Some(bundle)) => bundle.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ),
            _ => by_platform,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
