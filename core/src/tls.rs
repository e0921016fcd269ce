//! TLS: which certificates a client trusts.
//!
//! By default, the operating system's certificate store, through the
//! platform verifier (as curl and browsers do): a corporate TLS proxy or a
//! private CA that the system trusts works without configuration. A PEM file
//! of extra CA certificates (`ca_bundle`) is trusted as well, for a CA the
//! system does not know. Crypto is rustls with the `ring` provider.
//!
//! On Android the platform verifier needs the app's `Context` through JNI,
//! which this library is not handed yet (without it the verifier panics), so
//! there the bundled Mozilla root store takes its place.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result};

/// The rustls configuration of a client: the platform's trust, plus the
/// certificates of `ca_bundle` when given.
pub(crate) fn client_config(ca_bundle: Option<&Path>) -> Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let platform = platform_verifier(&provider)?;
    let bundle = match ca_bundle {
        Some(path) => Some(bundle_verifier(path, &provider)?),
        None => None,
    };
    let verifier = PlatformThenBundle { platform, bundle };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_setup_error(e.to_string()))?
        .dangerous() // a verifier of our own: the platform's, then the bundle's
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(config)
}

/// The operating system's verifier.
#[cfg(not(target_os = "android"))]
fn platform_verifier(provider: &Arc<CryptoProvider>) -> Result<Arc<dyn ServerCertVerifier>> {
    let verifier = rustls_platform_verifier::Verifier::new(Arc::clone(provider))
        .map_err(|e| tls_setup_error(format!("the platform verifier is unavailable: {e}")))?;
    Ok(Arc::new(verifier))
}

/// Android: Mozilla's root store, bundled (see the module docs).
#[cfg(target_os = "android")]
fn platform_verifier(provider: &Arc<CryptoProvider>) -> Result<Arc<dyn ServerCertVerifier>> {
    let roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let verifier =
        WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(provider))
            .build()
            .map_err(|e| tls_setup_error(format!("the bundled root store is unusable: {e}")))?;
    Ok(verifier)
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
/// chains to the bundle. Signatures are checked the same way by both.
struct PlatformThenBundle {
    platform: Arc<dyn ServerCertVerifier>,
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
        let by_platform = self.platform.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
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
        self.platform.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.platform.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.platform.supported_verify_schemes()
    }
}
