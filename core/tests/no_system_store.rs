//! A machine without CA certificates (a slim container): building a client
//! still works, plain-HTTP loopback and `ca_bundle` still work, and a
//! handshake only the system store could vouch for fails with a sentence
//! that says what to do. Alone in its binary: the system store is read once
//! per process, and `SSL_CERT_FILE`/`SSL_CERT_DIR` point it at nothing here.

mod common;

use common::*;
use fastly_account::Error;

#[test]
fn an_empty_system_store_is_reported_at_the_handshake_not_at_build() {
    let empty = std::env::temp_dir().join(format!("fastly-account-no-ca-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("empty.pem"), "").unwrap();
    std::env::set_var("SSL_CERT_FILE", empty.join("empty.pem"));
    std::env::set_var("SSL_CERT_DIR", &empty);

    let plain = sandbox();
    client(&plain)
        .get_current_user()
        .expect("plain HTTP on loopback needs no certificate store");

    let tls = sandbox_with(SandboxConfig {
        tls: true,
        ..SandboxConfig::default()
    });
    match client(&tls).get_current_user() {
        Err(Error::Connection { message }) => {
            assert!(message.contains("pass ca_bundle"), "{message}");
        }
        other => panic!("expected a TLS refusal that names the fix, got {other:?}"),
    }
    let ca = empty.join("sandbox-ca.pem");
    std::fs::write(&ca, tls.ca_pem().expect("a CA")).unwrap();
    let trusting = builder(&tls).ca_bundle(&ca).build_blocking().unwrap();
    trusting
        .get_current_user()
        .expect("ca_bundle works without a system store");
    let _ = std::fs::remove_dir_all(&empty);
}
